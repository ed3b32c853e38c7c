"""Named fidelity patches for moto 5.2.5, one module per AWS service; tools/moto_emulator.py applies them
and its docstring lists every one with the AWS documentation that shows moto, not the product, is wrong."""

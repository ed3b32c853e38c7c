"""Custom checkov checks for this repo (loaded by scripts/checkov.sh with --external-checks-dir)."""

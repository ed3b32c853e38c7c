// @ts-check
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'cdktf.out/**', '.venv/**', '.venv-prowler/**', '.gen/**', 'coverage/**', '.build/**', '**/*.js', '**/*.mjs', '**/*.cjs'] },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // The provider's barrel loads every resource class (~7x slower synth). Deep paths only.
      'no-restricted-imports': [
        'error',
        {
          paths: ['@cdktf/provider-aws', '@cdktf/provider-aws/lib', '@cdktf/provider-aws/lib/index'].map((name) => ({
            name,
            message: "Import the resource by deep path, e.g. '@cdktf/provider-aws/lib/vpc': the barrel makes synth ~7x slower.",
          })),
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);

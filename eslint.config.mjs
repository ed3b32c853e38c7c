// @ts-check
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';

// The provider's barrel loads every resource class (~7x slower synth). Deep paths only.
const PROVIDER_BARREL = ['@cdktf/provider-aws', '@cdktf/provider-aws/lib', '@cdktf/provider-aws/lib/index'].map((name) => ({
  name,
  message: "Import the resource by deep path, e.g. '@cdktf/provider-aws/lib/vpc': the barrel makes synth ~7x slower.",
}));
// The CDK framework is named in one module (help/cdktn-migration.md); `npm run framework:seam` rewrites a direct import.
const FRAMEWORK = [
  {
    group: ['cdktf', 'cdktf/*', 'cdktn', 'cdktn/*'],
    message: "Import the framework from framework/ (the seam), e.g. import { App } from '../framework'; npm run framework:seam rewrites it.",
  },
];

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'cdktf.out/**', '.venv/**', '.venv-prowler/**', '.gen/**', 'coverage/**', '.build/**', '**/*.js', '**/*.mjs', '**/*.cjs'] },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      'no-restricted-imports': ['error', { paths: PROVIDER_BARREL, patterns: FRAMEWORK }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // The seam itself names the framework.
  { files: ['framework/**/*.ts'], rules: { 'no-restricted-imports': ['error', { paths: PROVIDER_BARREL }] } },
);

// Lint rules: typescript-eslint recommended, plus the content module's isolation from every SDK.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules/', '.serverless/', '.esbuild/', 'dist/', 'coverage/', 'web/public/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['content/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['ask-sdk*', 'twilio', 'twilio/*', 'express', '@twilio/*'], message: 'content/ imports no SDK.' },
            { group: ['../ivr/*', '../lambda/*', '../web/*', '../server/*'], message: 'content/ imports no channel.' },
          ],
        },
      ],
    },
  },
);

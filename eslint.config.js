// Lint rules: typescript-eslint recommended, the content module's isolation from every SDK, and the folders'
// direction (content -> infra -> channels -> app -> tools; tools/folders.ts checks the same for every import).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/** Import patterns reaching these top-level folders from one to three levels down. */
const into = (...folders) => folders.flatMap((f) => ['../', '../../', '../../../'].map((up) => `${up}${f}/*`));
const SDKS = ['ask-sdk*', 'twilio', 'twilio/*', 'express', '@twilio/*'];

/** One no-restricted-imports rule: a folder may not import the folders named, and says why. */
const mayNotImport = (message, folders, extra = []) => ({
  'no-restricted-imports': ['error', { patterns: [...extra, { group: into(...folders), message }] }],
});

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
    rules: mayNotImport(
      'content/ imports nothing of this project but itself.',
      ['infra', 'nlu', 'ivr', 'lambda', 'web', 'app', 'tools', 'scripts'],
      [{ group: SDKS, message: 'content/ imports no SDK.' }],
    ),
  },
  {
    files: ['nlu/**/*.ts'],
    rules: mayNotImport('nlu/ is the classifier the phone line loads: it imports only content/.', [
      'infra',
      'ivr',
      'lambda',
      'web',
      'app',
      'tools',
      'scripts',
    ]),
  },
  {
    files: ['infra/**/*.ts'],
    rules: mayNotImport('infra/ is shared by every channel: it imports only content/.', [
      'ivr',
      'lambda',
      'web',
      'app',
      'tools',
      'scripts',
    ]),
  },
  {
    files: ['ivr/**/*.ts'],
    rules: mayNotImport('ivr/ imports content/ and infra/ only: no other channel, no app/ or tools/.', [
      'lambda',
      'web',
      'app',
      'tools',
      'scripts',
    ]),
  },
  {
    files: ['lambda/**/*.ts'],
    rules: mayNotImport('lambda/ imports content/ and infra/ only: no other channel, no app/ or tools/.', [
      'ivr',
      'web',
      'app',
      'tools',
      'scripts',
    ]),
  },
  {
    files: ['web/**/*.ts'],
    rules: mayNotImport('web/ imports content/ and infra/ only: no other channel, no app/ or tools/.', [
      'ivr',
      'lambda',
      'app',
      'tools',
      'scripts',
    ]),
  },
  {
    // The handler paths serverless.yml names stay in their channel's folder but are the composition's.
    files: ['app/**/*.ts', 'ivr/lambda.ts', 'lambda/index.ts', 'web/lambda.ts'],
    rules: mayNotImport('runtime code never imports tools/ or scripts/.', ['tools', 'scripts']),
  },
);

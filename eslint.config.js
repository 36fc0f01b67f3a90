// Lint rules: typescript-eslint recommended, the content module's isolation from every SDK, and the folders'
// direction (content -> infra -> channels -> app -> tools, from tools/layers.json; tools/folders.ts checks the same
// for every import).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import folders from './tools/layers.json' with { type: 'json' };

const { layers } = folders;

/** Import patterns reaching these top-level folders from one to three levels down. */
const into = (...folders) => folders.flatMap((f) => ['../', '../../', '../../../'].map((up) => `${up}${f}/*`));
const SDKS = ['ask-sdk*', 'twilio', 'twilio/*', 'express', '@twilio/*'];

/** The folders one may not import: the others of its layer and every higher layer. */
const notBelow = (folder) => Object.keys(layers).filter((f) => f !== folder && layers[f] >= layers[folder]);
const why = (folder) => {
  const allowed = Object.keys(layers).filter((f) => layers[f] < layers[folder]);
  return `${folder}/ may import only ${allowed.length ? allowed.map((f) => `${f}/`).join(', ') : 'itself'} (tools/layers.json).`;
};

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
  // One rule per folder, from the same table as `npm run check:folders`: no import of a folder in the same or a higher
  // layer.
  ...Object.keys(layers).map((folder) => ({
    files: [`${folder}/**/*.ts`],
    rules: mayNotImport(
      why(folder),
      notBelow(folder),
      folder === 'content' ? [{ group: SDKS, message: 'content/ imports no SDK.' }] : [],
    ),
  })),
);

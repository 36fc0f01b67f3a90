// `npm run build:web`: builds the page's browser files into web/public/ and says where.

import { buildWebAssets } from './build.js';

const started = Date.now();
buildWebAssets().then(
  (dir) => console.log(`web assets built in ${dir} (${Date.now() - started} ms)`),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);

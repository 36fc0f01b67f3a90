// Each function's zip: bytes on disk, files inside, the bundle's uncompressed size, against the 300 kB budget.

import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FUNCTIONS, FUNCTION_NAMES, ZIP_BUDGET_BYTES } from '../deploy/budgets.js';
import { listZip } from '../deploy/zip.js';
import type { BenchContext, BenchSection, Measurement } from './types.js';

const kB = (bytes: number): string => (bytes / 1000).toFixed(1);

export const bundleSize: Measurement = {
  name: 'bundle-size',
  async run(ctx: BenchContext): Promise<BenchSection> {
    const rows = FUNCTION_NAMES.map((name) => {
      const path = join(ctx.packageDir, FUNCTIONS[name].zip);
      const bytes = statSync(path).size;
      const entries = listZip(readFileSync(path));
      const handler = entries.find((e) => e.name === FUNCTIONS[name].handlerFile);
      return {
        function: name,
        'zip kB': kB(bytes),
        files: entries.length,
        'handler kB (unzipped)': handler ? kB(handler.size) : 'missing',
        'all files kB (unzipped)': kB(entries.reduce((sum, e) => sum + e.size, 0)),
        budget: bytes <= ZIP_BUDGET_BYTES ? `ok (<= ${kB(ZIP_BUDGET_BYTES)})` : `OVER ${kB(ZIP_BUDGET_BYTES)}`,
      };
    });
    return { title: 'Bundle size (kB = 1,000 bytes)', rows };
  },
};

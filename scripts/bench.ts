// `npm run bench`: packages the three functions, then prints each measurement in scripts/bench/ with the machine it ran on.
//   npm run bench -- --runs 21 --duration 5 --connections 10 --only bundle-size,load-time --json bench.json
//   npm run bench -- --only load,memory      (memory, the 60 s memory-flat check, runs only when named)

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { bundleSize } from './bench/bundle-size.js';
import { classifierBench } from './bench/classifier.js';
import { loadParts } from './bench/load-parts.js';
import { loadTime } from './bench/load-time.js';
import { memoryTest } from './bench/load-memory.js';
import { loadTest } from './bench/load.js';
import { machine } from './bench/machine.js';
import { throughput } from './bench/throughput.js';
import { workarounds } from './bench/workarounds.js';
import { formatSection, type BenchContext, type BenchSection, type Measurement } from './bench/types.js';
import { FUNCTIONS, FUNCTION_NAMES } from './deploy/budgets.js';
import { PROJECT_ROOT } from './deploy/osls.js';
import { packageFunctions } from './deploy/package.js';
import { extractZip } from './deploy/zip.js';

/** In print order. A new measurement is one file in scripts/bench/ and one line here. */
export const MEASUREMENTS: readonly Measurement[] = [
  machine,
  bundleSize,
  workarounds,
  loadTime,
  loadParts,
  classifierBench,
  throughput,
  loadTest,
  memoryTest,
];

function positive(name: string, raw: string): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a whole number of at least 1, not "${raw}".`);
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '21' },
      duration: { type: 'string', default: '5' },
      connections: { type: 'string', default: '10' },
      only: { type: 'string' },
      json: { type: 'string' },
    },
  });
  const only = values.only?.split(',').map((s) => s.trim());
  const unknown = only?.filter((name) => !MEASUREMENTS.some((m) => m.name === name)) ?? [];
  if (unknown.length > 0) {
    throw new Error(`Unknown --only ${unknown.join(', ')}: choose from ${MEASUREMENTS.map((m) => m.name).join(', ')}.`);
  }
  const work = mkdtempSync(join(tmpdir(), 'westmont-bench-'));
  try {
    console.log('Packaging the functions (osls package, offline)...');
    const packageDir = await packageFunctions(['--package', join(work, 'package')]);
    const extracted = Object.fromEntries(
      FUNCTION_NAMES.map((name) => {
        const dir = join(work, 'extracted', name);
        extractZip(join(packageDir, FUNCTIONS[name].zip), dir);
        return [name, dir];
      }),
    );
    const ctx: BenchContext = {
      projectRoot: PROJECT_ROOT,
      packageDir,
      extracted,
      runs: positive('runs', values.runs),
      durationSeconds: positive('duration', values.duration),
      connections: positive('connections', values.connections),
    };
    const sections: BenchSection[] = [];
    for (const measurement of MEASUREMENTS.filter((m) => (only ? only.includes(m.name) : !m.optIn))) {
      const section = await measurement.run(ctx);
      sections.push(section);
      console.log(`\n${formatSection(section)}`);
    }
    if (values.json)
      writeFileSync(values.json, `${JSON.stringify({ date: new Date().toISOString(), sections }, null, 2)}\n`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}

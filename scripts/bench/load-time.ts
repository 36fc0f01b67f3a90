// Cold-start cost of each bundled handler: fresh `node` processes that import it, against bare `node -e 0`.

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FUNCTIONS, FUNCTION_NAMES, LOAD_BUDGET_RATIO, type FunctionName } from '../deploy/budgets.js';
import { handlerEnv } from '../deploy/bundle-env.js';
import { median, type BenchContext, type BenchSection, type Measurement } from './types.js';

interface Sample {
  readonly wallMs: number;
  /** Time spent inside import() alone, measured by the child itself. */
  readonly importMs: number;
  /** CPU time (user + system) of the whole child: less disturbed than wall time when other work shares the CPU. */
  readonly cpuMs: number;
}

/** Printed by every child as its last act: import time (0 for bare node) and its own CPU time. */
export const REPORT = 'const c=process.cpuUsage();process.stdout.write(JSON.stringify([t,(c.user+c.system)/1000]))';

export const WARM_UP_RUNS = 2;

export function run(args: readonly string[], env: NodeJS.ProcessEnv): Sample {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { env, encoding: 'utf8' });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) {
    throw new Error(`node ${args.join(' ')} exited with ${result.status}:\n${result.stderr}`);
  }
  const [importMs, cpuMs] = JSON.parse(result.stdout) as [number, number];
  return { wallMs, importMs, cpuMs };
}

/** The child prints how long import() took; the parent times the whole process. */
export function importArgs(handlerPath: string): string[] {
  const url = pathToFileURL(handlerPath).href;
  return ['-e', `let t=performance.now();import(${JSON.stringify(url)}).then(()=>{t=performance.now()-t;${REPORT}})`];
}

interface LoadTimes {
  readonly bareMs: number;
  readonly bareCpuMs: number;
  readonly handlers: Readonly<
    Record<FunctionName, { wallMs: number; importMs: number; overBareMs: number; cpuOverBareMs: number }>
  >;
}

/** Median of `runs` interleaved fresh processes per handler and for bare node, so machine noise hits all alike. */
function measureLoadTimes(extracted: Readonly<Record<string, string>>, runs: number): LoadTimes {
  const env = { PATH: process.env.PATH ?? '', ...handlerEnv('https://bench.invalid') };
  const bare: Sample[] = [];
  const samples = Object.fromEntries(FUNCTION_NAMES.map((n) => [n, [] as Sample[]])) as Record<FunctionName, Sample[]>;
  for (let i = 0; i < runs + WARM_UP_RUNS; i++) {
    const keep = i >= WARM_UP_RUNS;
    const b = run(['-e', `const t=0;${REPORT}`], env);
    if (keep) bare.push(b);
    for (const name of FUNCTION_NAMES) {
      const dir = extracted[name];
      if (dir === undefined) throw new Error(`No extracted bundle for ${name}.`);
      const s = run(importArgs(join(dir, FUNCTIONS[name].handlerFile)), env);
      if (keep) samples[name].push(s);
    }
  }
  const bareMs = median(bare.map((s) => s.wallMs));
  const bareCpuMs = median(bare.map((s) => s.cpuMs));
  const handlers = Object.fromEntries(
    FUNCTION_NAMES.map((name) => {
      const wallMs = median(samples[name].map((s) => s.wallMs));
      const cpuOverBareMs = median(samples[name].map((s) => s.cpuMs)) - bareCpuMs;
      return [
        name,
        { wallMs, importMs: median(samples[name].map((s) => s.importMs)), overBareMs: wallMs - bareMs, cpuOverBareMs },
      ];
    }),
  ) as LoadTimes['handlers'];
  return { bareMs, bareCpuMs, handlers };
}

/** The budget column: ok or OVER for the functions a caller waits on, "none" for the others. */
export function loadVerdict(name: FunctionName, ratio: number): string {
  if (!FUNCTIONS[name].loadBudget) return 'none';
  return ratio <= LOAD_BUDGET_RATIO ? `ok (<= ${LOAD_BUDGET_RATIO}x)` : `OVER ${LOAD_BUDGET_RATIO}x`;
}

export const loadTime: Measurement = {
  name: 'load-time',
  async run(ctx: BenchContext): Promise<BenchSection> {
    const times = measureLoadTimes(ctx.extracted, ctx.runs);
    const ratio = (t: { overBareMs: number }): number => t.overBareMs / times.bareMs;
    return {
      title: `Handler load time (median of ${ctx.runs} fresh node processes each)`,
      rows: [
        {
          process: 'node -e 0 (bare)',
          'wall ms': times.bareMs.toFixed(1),
          'import ms': '',
          'over bare ms': '',
          'CPU over bare ms': '',
          'over bare / bare': '',
          budget: '',
        },
        ...FUNCTION_NAMES.map((name) => {
          const t = times.handlers[name];
          return {
            process: `${name} (${FUNCTIONS[name].handlerFile})`,
            'wall ms': t.wallMs.toFixed(1),
            'import ms': t.importMs.toFixed(1),
            'over bare ms': t.overBareMs.toFixed(1),
            'CPU over bare ms': t.cpuOverBareMs.toFixed(1),
            'over bare / bare': `${ratio(t).toFixed(2)}x`,
            budget: loadVerdict(name, ratio(t)),
          };
        }),
      ],
      notes: [
        '"over bare / bare" (the budget) is the whole-process wall-time difference as a share of bare node in the same run;',
        '"import ms" is timed inside the child',
        'around import(); "CPU over bare ms" is user+system CPU, steadier than wall time when other work shares the CPU.',
      ],
    };
  },
};

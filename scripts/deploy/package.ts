// `npm run package`: builds the three Lambda zips offline (no AWS credentials), then holds each to the size budget.

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FUNCTIONS, FUNCTION_NAMES, ZIP_BUDGET_BYTES } from './budgets.js';
import { PACKAGING_PARAMS, PROJECT_ROOT, defaultParamArgs, givenParams, runOsls } from './osls.js';
import { listZip } from './zip.js';

/** The folder osls writes to: --package <dir> / -p <dir> when given, else .serverless. */
export function packageDir(args: readonly string[]): string {
  const i = args.findIndex((a) => a === '--package' || a === '-p');
  const inline = args.find((a) => a.startsWith('--package='))?.slice('--package='.length);
  const dir = inline ?? (i >= 0 ? args[i + 1] : undefined) ?? '.serverless';
  return resolve(PROJECT_ROOT, dir);
}

export interface ZipReport {
  readonly name: string;
  readonly bytes: number;
  readonly files: number;
  readonly withinBudget: boolean;
}

export function zipReports(dir: string): ZipReport[] {
  return FUNCTION_NAMES.map((name) => {
    const path = join(dir, FUNCTIONS[name].zip);
    const bytes = statSync(path).size;
    return { name, bytes, files: listZip(readFileSync(path)).length, withinBudget: bytes <= ZIP_BUDGET_BYTES };
  });
}

/**
 * The web page's browser files ship inside the web zip. `npm run package` always rebuilds them; tests only when
 * they are missing, so they never rewrite files another test is reading.
 */
export function buildWebAssets(when: 'always' | 'if-missing'): void {
  const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
    scripts?: Record<string, string>;
  };
  if (!pkg.scripts?.['build:web']) return;
  if (when === 'if-missing' && existsSync(join(PROJECT_ROOT, 'web', 'public', 'page.css'))) return;
  const result = spawnSync('npm', ['run', '--silent', 'build:web'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm run build:web failed: the page files for the web zip were not built.');
}

export interface PackageOptions {
  /** Print osls's output as it is (the CLI); otherwise it is only in the error when packaging fails. */
  readonly echo?: boolean;
  readonly env?: NodeJS.ProcessEnv;
  readonly webAssets?: 'always' | 'if-missing';
}

/**
 * Builds the page files, then runs `osls package` with placeholders for any parameter the arguments leave out.
 * Returns the folder the zips are in, or throws with osls's output when packaging fails.
 */
export async function packageFunctions(args: readonly string[], options: PackageOptions = {}): Promise<string> {
  buildWebAssets(options.webAssets ?? 'always');
  const result = await runOsls(['package', ...args, ...defaultParamArgs(args, PACKAGING_PARAMS)], { env: options.env });
  if (options.echo) process.stdout.write(result.output);
  if (result.code !== 0)
    throw new Error(`osls package failed (exit ${result.code}).${options.echo ? '' : `\n${result.output}`}`);
  return packageDir(args);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const dir = await packageFunctions(args, { echo: true });
  const placeholders = Object.keys(PACKAGING_PARAMS).filter((name) => !givenParams(args).has(name));
  if (placeholders.length > 0) {
    console.log(
      `Packaged with placeholder ${placeholders.join(' and ')}: these zips prove the build; deploy with npm run deploy.`,
    );
  }
  let over = false;
  for (const zip of zipReports(dir)) {
    const kb = (zip.bytes / 1000).toFixed(1);
    const verdict = zip.withinBudget ? 'ok' : `OVER the ${ZIP_BUDGET_BYTES / 1000} kB budget`;
    console.log(`${zip.name}.zip  ${kb} kB  ${zip.files} file(s)  ${verdict}`);
    over ||= !zip.withinBudget;
  }
  if (over) process.exit(1);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}

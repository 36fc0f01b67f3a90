// Runs the osls CLI (Serverless v3 line) the way packaging and tests need it: offline, in a throwaway HOME.

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OSLS_BIN = join(PROJECT_ROOT, 'node_modules', 'osls', 'bin', 'serverless.js');

/**
 * Where osls keeps the configuration validator it compiles from its schema (about 4 s of CPU per run). It would be
 * under HOME, which is a fresh temp folder every run; here it is compiled once and reused (keyed by the schema).
 */
const SCHEMA_CACHE_DIR = join(PROJECT_ROOT, 'node_modules', '.cache', 'osls');

/**
 * Stand-ins that let `osls package` run with no AWS account: no skill has the all-zero ID, so it cannot work if
 * deployed by mistake. The Twilio token is no parameter: the function reads it from SSM at run time.
 */
export const PACKAGING_PARAMS: Readonly<Record<string, string>> = {
  alexaSkillId: 'amzn1.ask.skill.00000000-0000-0000-0000-000000000000',
};

/** The names given with --param=name=value (or --param name=value) in a command line. */
export function givenParams(args: readonly string[]): Set<string> {
  const names = new Set<string>();
  args.forEach((arg, i) => {
    const value = arg.startsWith('--param=')
      ? arg.slice('--param='.length)
      : arg === '--param'
        ? args[i + 1]
        : undefined;
    const name = value?.replace(/^['"]/, '').split('=')[0];
    if (name) names.add(name);
  });
  return names;
}

/** --param arguments for every default the command line does not already set. */
export function defaultParamArgs(args: readonly string[], defaults: Readonly<Record<string, string>>): string[] {
  const given = givenParams(args);
  return Object.entries(defaults)
    .filter(([name]) => !given.has(name))
    .map(([name, value]) => `--param=${name}=${value}`);
}

export interface OslsOptions {
  readonly cwd?: string;
  readonly env?: NodeJS.ProcessEnv;
  /** Where osls keeps its state ($HOME/.serverless); a fresh temp folder when absent. */
  readonly home?: string;
}

/** A temp folder to use as HOME, so osls never writes into the user's home or CI's. */
export function tempHome(): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), 'westmont-osls-home-'));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

function oslsEnv(options: OslsOptions, home: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    ...options.env,
    HOME: home,
    SLS_SCHEMA_CACHE_BASE_DIR: SCHEMA_CACHE_DIR,
    // serverless-esbuild runs `npm --version`; without this npm may look for its own update online.
    npm_config_update_notifier: 'false',
  };
}

/** Starts osls with these arguments; the caller owns the child (it leads its own process group). */
export function spawnOsls(args: readonly string[], options: OslsOptions & { home: string }): ChildProcess {
  return spawn(process.execPath, [OSLS_BIN, ...args], {
    cwd: options.cwd ?? PROJECT_ROOT,
    env: oslsEnv(options, options.home),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
}

export interface OslsResult {
  readonly code: number | null;
  readonly output: string;
}

/** Runs osls to completion and returns its exit code and combined output. */
export async function runOsls(args: readonly string[], options: OslsOptions = {}): Promise<OslsResult> {
  const home = options.home === undefined ? tempHome() : undefined;
  try {
    const child = spawnOsls(args, { ...options, home: options.home ?? (home as { path: string }).path });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve, reject) => {
      child.once('error', reject);
      child.once('close', resolve);
    });
    return { code, output };
  } finally {
    home?.remove();
  }
}

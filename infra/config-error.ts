// One error that names every configuration problem at once, so an operator can fix them all in one pass.

export interface ConfigProblem {
  /** The environment variable at fault, e.g. TWILIO_AUTH_TOKEN. */
  readonly variable: string;
  /** What is wrong with it, in a sentence. */
  readonly problem: string;
  /** What to do about it, in a sentence. */
  readonly fix: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: readonly ConfigProblem[]) {
    super(formatProblems(problems));
    this.name = 'ConfigError';
  }
}

function formatProblems(problems: readonly ConfigProblem[]): string {
  const lines = problems.map((p) => `  - ${p.variable}: ${p.problem} Fix: ${p.fix}`);
  return [`The server cannot start: ${problems.length} configuration problem(s).`, ...lines].join('\n');
}

/**
 * Runs one channel's loader and keeps its problems instead of stopping at the first, so loadConfig can report
 * every channel's problems together. Returns undefined when the loader found problems.
 */
export function collect<T>(problems: ConfigProblem[], load: () => T): T | undefined {
  try {
    return load();
  } catch (err) {
    if (err instanceof ConfigError) {
      problems.push(...err.problems);
      return undefined;
    }
    throw err;
  }
}

/**
 * A true/false setting: unset or empty is `fallback`, "true"/"false" in any case is that value, anything else is a
 * problem (named with `fix`) and reads as `fallback`.
 */
export function readFlag(
  env: Readonly<Record<string, string | undefined>>,
  variable: string,
  fallback: boolean,
  fix: string,
  problems: ConfigProblem[],
): boolean {
  const raw = env[variable];
  const value = raw?.trim().toLowerCase();
  if (value === undefined || value === '') return fallback;
  if (value === 'true' || value === 'false') return value === 'true';
  problems.push({ variable, problem: `"${raw}" is neither true nor false.`, fix });
  return fallback;
}

/**
 * A whole-number setting from min to max: unset or empty is `fallback`, anything else out of range or not plain
 * digits is a problem (said as `problem`, by default the range, and named with `fix`) and reads as `fallback`.
 */
export function readWholeNumber(
  env: Readonly<Record<string, string | undefined>>,
  variable: string,
  range: { readonly min: number; readonly max: number; readonly fallback: number },
  fix: string,
  problems: ConfigProblem[],
  problem = `is not a whole number from ${range.min} to ${range.max}.`,
): number {
  const raw = env[variable]?.trim();
  if (!raw) return range.fallback;
  const value = Number(raw);
  if (/^\d+$/.test(raw) && value >= range.min && value <= range.max) return value;
  problems.push({ variable, problem: `"${raw}" ${problem}`, fix });
  return range.fallback;
}

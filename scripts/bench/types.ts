// What every bench measurement returns and how the entry prints it: add a measurement by adding one file.

export type Cell = string | number;

export interface BenchSection {
  readonly title: string;
  readonly rows: readonly Readonly<Record<string, Cell>>[];
  readonly notes?: readonly string[];
}

/** Shared inputs, prepared once by the entry (scripts/bench.ts) and read by each measurement. */
export interface BenchContext {
  readonly projectRoot: string;
  /** Where the packaged zips are (osls --package output). */
  readonly packageDir: string;
  /** Each function's zip extracted: function name -> folder. */
  readonly extracted: Readonly<Record<string, string>>;
  /** Fresh Node processes per handler for the load-time median. */
  readonly runs: number;
  /** Seconds per autocannon run. */
  readonly durationSeconds: number;
  readonly connections: number;
}

export interface Measurement {
  readonly name: string;
  /** Runs only when named in --only (a long measurement, e.g. the 60 s memory check). */
  readonly optIn?: boolean;
  /** The project's files it runs or builds, from the root (test/architecture/entry-files.test.ts checks they exist). */
  readonly files?: readonly string[];
  run(ctx: BenchContext): Promise<BenchSection>;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** A plain-text table: every column any row has, in first-seen order, each cell right-aligned but the first. */
export function formatSection(section: BenchSection): string {
  const lines = [`## ${section.title}`];
  if (section.rows.length > 0) {
    const columns = [...new Set(section.rows.flatMap((row) => Object.keys(row)))];
    const cells = [columns, ...section.rows.map((row) => columns.map((c) => String(row[c] ?? '')))];
    const widths = columns.map((_, i) => Math.max(...cells.map((r) => (r[i] as string).length)));
    for (const row of cells) {
      lines.push(
        row
          .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] as number) : cell.padStart(widths[i] as number)))
          .join('  '),
      );
    }
  }
  for (const note of section.notes ?? []) lines.push(`  ${note}`);
  return lines.join('\n');
}

// Types for esbuild-plugins.cjs, so TypeScript tests can call its pure parts.

import type { Plugin } from 'esbuild';

type MimeEntry = { source?: string; charset?: string; extensions?: string[]; compressible?: boolean };

declare const plugins: Plugin[] & {
  /** mime-db with only what mime-types reads: types with extensions or a charset, three fields each. */
  trimMimeDb(db: Record<string, MimeEntry>): Record<string, MimeEntry>;
  /** Whether a build's entry points include the web function's: the only build the plugins act on. */
  buildsWeb(entryPoints: unknown): boolean;
};

export = plugins;

// `npm run check:folders`: reads every relative import and checks the folders' direction (the picture in
// README "Layout"): content -> infra -> channels -> app -> tools, no channel importing another, no cycle of folders
// and none of files (type-only imports count: two files that need each other are one idea split in two).

import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import folderLayers from './layers.json' with { type: 'json' };

/**
 * Each folder's layer (tools/layers.json, which eslint.config.js reads too): a folder may import its own layer's
 * files only from itself, and any lower layer.
 */
const LAYERS: Readonly<Record<string, number>> = folderLayers.layers;

const SPECIFIER = /(?:from\s+|import\(\s*|import\s+|require\(\s*)['"](\.\.?\/[^'"]+)['"]/g;

/** Every .ts/.mts/.cjs file under the layered folders, relative to root, with forward slashes. */
function sourceFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory() && entry.name !== 'node_modules' && entry.name !== 'public') walk(path);
      else if (/\.(ts|mts|cts|cjs|mjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(path);
    }
  };
  for (const folder of Object.keys(LAYERS)) {
    try {
      walk(folder);
    } catch {
      // A folder that does not exist imports nothing.
    }
  }
  return out.sort();
}

/** The folder a file counts as: its top-level folder. */
function folderOf(file: string): string {
  return file.split('/')[0] ?? file;
}

export interface FileImport {
  /** The importing file and the file it names (relative to root, .ts for a .js specifier). */
  readonly from: string;
  readonly to: string;
  readonly specifier: string;
}

export interface FolderImport {
  readonly from: string;
  readonly to: string;
  /** The file and specifier that made the edge, for the message. */
  readonly file: string;
  readonly specifier: string;
}

/** Every relative import of every file, type-only ones included (they tie two files together just the same). */
export function fileImports(root: string, files: readonly string[] = sourceFiles(root)): FileImport[] {
  const out: FileImport[] = [];
  for (const file of files) {
    const text = readFileSync(join(root, file), 'utf8');
    for (const [, specifier] of text.matchAll(SPECIFIER)) {
      const target = relative(root, resolve(root, dirname(file), specifier as string))
        .split(sep)
        .join('/');
      if (!target.startsWith('..'))
        out.push({ from: file, to: target.replace(/\.js$/, '.ts'), specifier: specifier as string });
    }
  }
  return out;
}

/** Every import from one top-level folder into another (a file's own folder is left out). */
export function folderImports(root: string, files: readonly string[] = sourceFiles(root)): FolderImport[] {
  return fileImports(root, files)
    .map(({ from: file, to, specifier }) => ({ from: folderOf(file), to: folderOf(to), file, specifier }))
    .filter(({ from, to }) => from !== to && to in LAYERS);
}

/** A cycle (of folders or files) as a path that starts and ends at the same node, or undefined when there is none. */
export function findCycle(edges: readonly { from: string; to: string }[]): string[] | undefined {
  const next = new Map<string, Set<string>>();
  for (const { from, to } of edges) next.set(from, (next.get(from) ?? new Set()).add(to));
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string): string[] | undefined => {
    if (state.get(node) === 'open') return [...path.slice(path.indexOf(node)), node];
    if (state.get(node) === 'done') return undefined;
    state.set(node, 'open');
    path.push(node);
    for (const to of next.get(node) ?? []) {
      const cycle = visit(to);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(node, 'done');
    return undefined;
  };
  for (const node of [...next.keys()].sort()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return undefined;
}

/** Imports that point the wrong way: into a higher layer, or sideways into another channel. */
export function wrongWay(edges: readonly FolderImport[]): FolderImport[] {
  return edges.filter(({ from, to }) => (LAYERS[to] ?? 0) >= (LAYERS[from] ?? 0));
}

/** Prints every problem; returns the exit code. */
export function main(root: string = process.cwd(), print: (line: string) => void = console.error): number {
  const edges = folderImports(root);
  const problems = wrongWay(edges).map(
    (e) => `${e.file} imports ${e.specifier}: ${e.from}/ may not import ${e.to}/ (see tools/layers.json).`,
  );
  const cycle = findCycle(edges);
  if (cycle) problems.push(`folder cycle: ${cycle.join(' -> ')}`);
  const fileCycle = findCycle(fileImports(root));
  if (fileCycle) problems.push(`file cycle: ${fileCycle.join(' -> ')}`);
  for (const line of problems) print(line);
  return problems.length > 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main();

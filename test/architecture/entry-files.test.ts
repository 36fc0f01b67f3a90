// Every command's entry file exists: the npm scripts, serverless.yml's handlers and files, the bench's parts, and
// every `npm run <name>` the docs, comments and messages tell someone to type. A moved or renamed file fails here.

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MEASUREMENTS } from '../../scripts/bench.js';
import { FUNCTIONS, FUNCTION_NAMES } from '../../scripts/deploy/budgets.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const exists = (path: string): boolean => existsSync(join(ROOT, path));
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');
const SCRIPTS = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;

/** What each command of an npm script needs: `tsx <file>` its file, `npm run <name>` that script, a tool its bin. */
function scriptProblems(scripts: Readonly<Record<string, string>>, found: (path: string) => boolean): string[] {
  const problems: string[] = [];
  for (const [name, line] of Object.entries(scripts)) {
    for (const command of line.split(/&&|\|\||;/)) {
      const [tool = '', ...args] = command.trim().split(/\s+/);
      const fail = (what: string): void => void problems.push(`package.json scripts.${name}: ${what}`);
      if (tool === 'npm') {
        if (args[0] === 'run' && args[1] && !(args[1] in scripts)) fail(`npm run ${args[1]} is not a script`);
      } else if (!found(join('node_modules', '.bin', tool))) {
        fail(`${tool} is not installed (node_modules/.bin/${tool})`);
      }
      for (const arg of args.filter((a) => /\.[cm]?[jt]s$/.test(a))) if (!found(arg)) fail(`${arg} does not exist`);
    }
  }
  return problems;
}

/** serverless.yml's functions: name -> the handler it names (path.export). */
function handlers(yml: string): Map<string, string> {
  return new Map([...yml.matchAll(/^ {2}(\w+):\n {4}handler: (\S+)$/gm)].map((m) => [m[1] as string, m[2] as string]));
}

/** Text files a person reads or runs, outside node_modules, git and built output. */
function textFiles(dir = ''): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      return ['node_modules', '.git', 'public', 'review-kit', '.esbuild', '.serverless'].includes(entry.name)
        ? []
        : textFiles(path);
    }
    return /\.(ts|md|json|yml|cjs)$|^run$/.test(entry.name) && entry.name !== 'package-lock.json' ? [path] : [];
  });
}

describe('package.json scripts', () => {
  it('when each command is resolved, then every tsx file, npm run target and installed tool exists', () => {
    expect(Object.keys(SCRIPTS).length).toBeGreaterThan(15);
    expect(scriptProblems(SCRIPTS, exists)).toEqual([]);
  });

  it('when a script names a moved file, a missing script or a tool not installed, then each is reported', () => {
    const broken = { a: 'tsx server/local.ts', b: 'npm run nothing && tsx app/local.ts', c: 'nosuchtool --check' };
    expect(scriptProblems(broken, exists)).toEqual([
      'package.json scripts.a: server/local.ts does not exist',
      'package.json scripts.b: npm run nothing is not a script',
      'package.json scripts.c: nosuchtool is not installed (node_modules/.bin/nosuchtool)',
    ]);
  });

  it('when the docs, comments, messages and CI name `npm run <name>`, then that script exists', () => {
    const named = new Map<string, string>();
    for (const file of textFiles().filter((f) => f !== 'test/architecture/entry-files.test.ts')) {
      for (const [, name] of read(file).matchAll(/npm run ([\w:-]*[\w-])/g))
        if (!named.has(name as string)) named.set(name as string, file);
    }
    expect(named.size).toBeGreaterThan(10);
    expect([...named].filter(([name]) => !(name in SCRIPTS)).map(([name, file]) => `${file}: npm run ${name}`)).toEqual(
      [],
    );
  });
});

describe('serverless.yml', () => {
  const yml = read('serverless.yml');

  it('when each function names its handler, then the file exists, exports it, and the bench and packaging agree', () => {
    const named = handlers(yml);
    expect([...named.keys()].sort()).toEqual([...FUNCTION_NAMES].sort());
    for (const name of FUNCTION_NAMES) {
      const [path, exported] = (named.get(name) as string).split(/\.(?=[^.]+$)/) as [string, string];
      expect(FUNCTIONS[name].entry, name).toBe(`${path}.ts`);
      expect(FUNCTIONS[name].handlerFile, name).toBe(`${path}.mjs`);
      expect(read(`${path}.ts`), name).toMatch(
        new RegExp(`export (const|async function|function) ${exported}\\b|export \\{[^}]*\\b${exported}\\b`),
      );
    }
  });

  it('when it names a file of the project (./path), then the file exists', () => {
    const paths = [...yml.matchAll(/\s(\.\/[\w./-]+)/g)].map((m) => m[1] as string);
    expect(paths.length).toBeGreaterThan(1);
    expect(paths.filter((p) => !exists(p))).toEqual([]);
  });
});

describe('npm run bench', () => {
  it('when each measurement lists the files it runs or builds, then they exist', () => {
    const files = MEASUREMENTS.flatMap((m) => (m.files ?? []).map((f) => `${m.name}: ${f}`));
    expect(files.length).toBeGreaterThan(5);
    expect(files.filter((f) => !exists(f.slice(f.indexOf(': ') + 2)))).toEqual([]);
  });
});

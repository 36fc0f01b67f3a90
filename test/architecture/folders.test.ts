// The folders' direction: every relative import of the real tree points down the layers, and no folder cycle exists.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { fileImports, findCycle, folderImports, main, wrongWay } from '../../tools/folders.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('the real tree', () => {
  const edges = folderImports(ROOT);

  it('when every relative import is read, then channels, infra and content are imported across folders', () => {
    // Guards the reader itself: a regex that found nothing would pass every check below.
    const pairs = new Set(edges.map((e) => `${e.from}->${e.to}`));
    for (const pair of ['ivr->content', 'ivr->infra', 'lambda->infra', 'web->content', 'app->ivr', 'tools->app'])
      expect(pairs).toContain(pair);
  });

  it('when folder imports are followed, then none points up a layer or sideways into another channel', () => {
    expect(wrongWay(edges).map((e) => `${e.file} -> ${e.specifier}`)).toEqual([]);
  });

  it('when folder imports are followed, then there is no cycle', () => {
    expect(findCycle(edges)).toBeUndefined();
  });

  it('when file imports are followed (type-only ones too), then no two files or more form a cycle', () => {
    const files = fileImports(ROOT);
    expect(files.length).toBeGreaterThan(edges.length);
    expect(findCycle(files)).toBeUndefined();
  });

  it.each(['lambda/index.ts', 'ivr/lambda.ts', 'web/lambda.ts'])(
    'when the handler entry %s is read, then it imports only its own channel',
    (entry) => {
      const imported = fileImports(ROOT).filter((e) => e.from === entry);
      expect(imported.length).toBeGreaterThan(0);
      expect(imported.filter((e) => e.to.split('/')[0] !== entry.split('/')[0])).toEqual([]);
    },
  );
});

describe('findCycle', () => {
  it('when folders import in a ring, then the ring is returned', () => {
    const ring = [
      { from: 'ivr', to: 'infra' },
      { from: 'infra', to: 'lambda' },
      { from: 'lambda', to: 'ivr' },
      { from: 'ivr', to: 'content' },
    ];
    expect(findCycle(ring)).toEqual(['infra', 'lambda', 'ivr', 'infra']);
  });

  it('when imports form a diamond, then there is no cycle', () => {
    const diamond = [
      { from: 'app', to: 'ivr' },
      { from: 'app', to: 'web' },
      { from: 'ivr', to: 'content' },
      { from: 'web', to: 'content' },
    ];
    expect(findCycle(diamond)).toBeUndefined();
  });
});

describe('main', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  /** The lines main() prints for a fresh tree of these files (it must also exit 1). */
  function problemsIn(files: Record<string, string>): string[] {
    const dir = mkdtempSync(join(tmpdir(), 'folders-'));
    dirs.push(dir);
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    const lines: string[] = [];
    expect(main(dir, (l) => lines.push(l))).toBe(1);
    return lines;
  }

  it('when a channel imports another and infra imports a channel, then each is named and the cycles too', () => {
    expect(
      problemsIn({
        'ivr/router.ts': "import { x } from '../lambda/http.js';\nimport { y } from '../infra/logger.js';\n",
        'lambda/http.ts': "export { z } from '../infra/metrics/events.js';\n",
        'infra/logger.ts': "const m = await import('../ivr/router.js');\n",
        'infra/metrics/events.ts': 'export const z = 1;\n',
      }),
    ).toEqual([
      'infra/logger.ts imports ../ivr/router.js: infra/ may not import ivr/ (see tools/layers.json).',
      'ivr/router.ts imports ../lambda/http.js: ivr/ may not import lambda/ (see tools/layers.json).',
      'folder cycle: infra -> ivr -> lambda -> infra',
      'file cycle: infra/logger.ts -> ivr/router.ts -> infra/logger.ts',
    ]);
  });

  it('when a handler entry file imports the composition above it, then the import is named', () => {
    expect(
      problemsIn({
        'ivr/lambda.ts': "export { handler } from '../app/ivr-lambda.js';\n",
        'app/ivr-lambda.ts': "export { phoneLine } from '../ivr/phone.js';\n",
        'ivr/phone.ts': 'export const phoneLine = 1;\n',
      }),
    ).toEqual([
      'ivr/lambda.ts imports ../app/ivr-lambda.js: ivr/ may not import app/ (see tools/layers.json).',
      'folder cycle: app -> ivr -> app',
    ]);
  });

  it('when two files of one folder import each other (one for a type only), then the file cycle is named', () => {
    expect(
      problemsIn({
        'ivr/caller-id.ts': "import type { Mode } from './config.js';\nexport const E164 = /x/;\n",
        'ivr/config.ts': "import { E164 } from './caller-id.js';\nexport type Mode = string;\n",
      }),
    ).toEqual(['file cycle: ivr/caller-id.ts -> ivr/config.ts -> ivr/caller-id.ts']);
  });
});

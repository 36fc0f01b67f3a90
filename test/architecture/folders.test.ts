// The folders' direction: every relative import of the real tree points down the layers, and no folder cycle exists.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { findCycle, folderImports, main, wrongWay } from '../../tools/folders.js';

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
  const dir = mkdtempSync(join(tmpdir(), 'folders-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (path: string, text: string): void => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };

  it('when a channel imports another and infra imports a channel, then each is named and the cycle too', () => {
    write('ivr/router.ts', "import { x } from '../lambda/http.js';\nimport { y } from '../infra/logger.js';\n");
    write('lambda/http.ts', "export { z } from '../infra/metrics/events.js';\n");
    write('infra/logger.ts', "const m = await import('../ivr/router.js');\n");
    write('infra/metrics/events.ts', 'export const z = 1;\n');
    const lines: string[] = [];
    expect(main(dir, (l) => lines.push(l))).toBe(1);
    expect(lines).toEqual([
      'infra/logger.ts imports ../ivr/router.js: infra/ may not import ivr/ (see tools/layers.json).',
      'ivr/router.ts imports ../lambda/http.js: ivr/ may not import lambda/ (see tools/layers.json).',
      'folder cycle: infra -> ivr -> lambda -> infra',
    ]);
  });
});

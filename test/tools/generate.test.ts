// The generated files (models, classifier, skill manifest, fallback words, README diagram) are what content/ gives
// today, and a stale one is named with the one command that makes them all again.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { GENERATED, GENERATE, staleFiles, staleMessage } from '../../tools/generate.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const committed = (path: string): string => readFileSync(join(ROOT, path), 'utf8');

describe('npm run generate', () => {
  it('when every generated file is compared with what its sources give today, then none is stale', async () => {
    expect(GENERATED.map((f) => f.path)).toEqual([
      'models/en-US.json',
      'models/es-US.json',
      'nlu/models/phone.en-US.json',
      'nlu/models/phone.es-US.json',
      'skill.json',
      'ivr/fallback-content.json',
      'README.md',
    ]);
    const stale = await staleFiles();
    expect(stale, staleMessage(stale)).toEqual([]);
  });

  it('when a file was edited by hand or its sources changed, then the check names it and the command', async () => {
    const edited: Record<string, string> = {
      'README.md': '# Help line\n\n```mermaid\nflowchart LR\n  old --> menu\n```\n',
      'ivr/fallback-content.json': committed('ivr/fallback-content.json').replace('"digits"', '"Digits"'),
      // A classifier trained on another corpus: its fingerprint differs, so it is stale without retraining.
      'nlu/models/phone.es-US.json': committed('nlu/models/phone.es-US.json').replace(
        /"docsHash":\s*"[^"]+"/,
        '"docsHash":"an older corpus"',
      ),
      'skill.json': '',
    };
    const stale = await staleFiles(GENERATED, (path) => edited[path] ?? committed(path));
    expect(stale).toEqual(['nlu/models/phone.es-US.json', 'skill.json', 'ivr/fallback-content.json', 'README.md']);
    expect(staleMessage(stale)).toBe(
      `nlu/models/phone.es-US.json, skill.json, ivr/fallback-content.json, README.md are stale: run ${GENERATE} and commit the result.`,
    );
    expect(GENERATE).toBe('npm run generate');
  });
});

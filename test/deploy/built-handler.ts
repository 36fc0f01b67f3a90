// Runs a built Lambda handler in a fresh plain Node process (as Lambda does) and returns what it answered.

import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export type Invocation =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: string };

// The child: import the handler once (one cold start), then invoke it with each event in turn.
const RUNNER = `
import { readFileSync, writeFileSync } from 'node:fs';
const [handlerUrl, eventsPath, outPath] = process.argv.slice(1);
const context = {
  awsRequestId: 'test', functionName: 'test', functionVersion: '$LATEST', memoryLimitInMB: '512',
  getRemainingTimeInMillis: () => 5000, callbackWaitsForEmptyEventLoop: true,
};
const { handler } = await import(handlerUrl);
const results = [];
for (const event of JSON.parse(readFileSync(eventsPath, 'utf8'))) {
  try { results.push({ ok: true, value: await handler(event, context) }); }
  catch (err) { results.push({ ok: false, error: String(err && err.message ? err.message : err) }); }
}
writeFileSync(outPath, JSON.stringify(results));
`;

export async function invokeBuilt(
  handlerPath: string,
  events: readonly unknown[],
  env: Readonly<Record<string, string>>,
): Promise<Invocation[]> {
  const dir = mkdtempSync(join(tmpdir(), 'westmont-invoke-'));
  try {
    const eventsPath = join(dir, 'events.json');
    const outPath = join(dir, 'out.json');
    writeFileSync(eventsPath, JSON.stringify(events));
    const child = spawn(
      process.execPath,
      ['--input-type=module', '-e', RUNNER, pathToFileURL(handlerPath).href, eventsPath, outPath],
      // Only what Lambda would set: no PATH-borne surprises from the test runner's environment.
      { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
    if (code !== 0) throw new Error(`The built handler ${handlerPath} failed to start (exit ${code}):\n${stderr}`);
    return JSON.parse(readFileSync(outPath, 'utf8')) as Invocation[];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

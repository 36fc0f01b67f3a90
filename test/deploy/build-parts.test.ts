// The pieces the deployment build relies on: the iconv-lite stand-in, the trimmed mime-db, the zip reader, the
// packaging parameters, and the ivr Lambda entry's start-up checks.

import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { createHandler, webAssetsDir } from '../../app/ivr-lambda.js';
import { ConfigError, loadConfig } from '../../app/config.js';
import { STAND_IN_AUTH_TOKEN, handlerEnv } from '../../scripts/deploy/bundle-env.js';
import { signedWebhook } from '../../scripts/deploy/twilio-webhook.js';
import { API_HOST, httpApiEvent } from './events.js';
import plugins from '../../scripts/deploy/esbuild-plugins.cjs';
import { decode, encodingExists, getDecoder } from '../../scripts/deploy/iconv-lite-node.js';
import { defaultParamArgs, givenParams, PACKAGING_PARAMS } from '../../scripts/deploy/osls.js';
import { packageDir } from '../../scripts/deploy/package.js';
import { listZip } from '../../scripts/deploy/zip.js';

const work = mkdtempSync(join(tmpdir(), 'westmont-build-parts-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('iconv-lite stand-in', () => {
  it('when asked about charsets, then it knows those Node decodes and no others', () => {
    for (const name of ['utf-8', 'UTF8', 'utf16le', 'ISO-8859-1', 'latin1', 'us-ascii']) {
      expect(encodingExists(name), name).toBe(true);
    }
    for (const name of ['shift_jis', 'big5', 'koi8-r', '']) expect(encodingExists(name), name).toBe(false);
  });

  it('when decoding UTF-8, then it drops a byte-order mark and keeps accents', () => {
    expect(decode(Buffer.from('\uFEFFseñal & más', 'utf8'), 'utf-8')).toBe('señal & más');
  });

  it('when a character is split across chunks, then the streaming decoder joins it', () => {
    const bytes = Buffer.from('\uFEFFañ', 'utf8');
    const decoder = getDecoder('utf-8');
    const text = [bytes.subarray(0, 4), bytes.subarray(4)].map((c) => decoder.write(c)).join('') + decoder.end();
    expect(text).toBe('añ');
  });

  it('when the charset is unknown, then it throws the message raw-body turns into a 415', () => {
    expect(() => getDecoder('shift_jis')).toThrow(/^Encoding not recognized: /);
    expect(() => decode(Buffer.from('x'), 'big5')).toThrow(/^Encoding not recognized: /);
  });
});

describe('trimmed mime-db', () => {
  it('when mime-types is bundled with the trimmed database, then every lookup answers as with the full one', async () => {
    const outfile = join(work, 'mime-types.mjs');
    await build({
      stdin: { contents: "import m from 'mime-types'; export default m;", resolveDir: process.cwd() },
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile,
      plugins: plugins.filter((p) => p.name === 'trimmed-mime-db'),
      banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
      logLevel: 'error',
    });
    type MimeTypes = {
      lookup(x: string): string | false;
      charset(x: string): string | false;
      extension(x: string): string | false;
      contentType(x: string): string | false;
    };
    const trimmed = ((await import(pathToFileURL(outfile).href)) as { default: MimeTypes }).default;
    const require = createRequire(import.meta.url);
    const full = require('mime-types') as MimeTypes;
    const db = require('mime-db') as Record<string, { extensions?: string[] }>;
    const types = Object.keys(db);
    const extensions = types.flatMap((t) => db[t]?.extensions ?? []);
    expect(extensions.length).toBeGreaterThan(1000);
    for (const ext of extensions) expect(trimmed.lookup(ext), ext).toBe(full.lookup(ext));
    for (const type of types) {
      expect(trimmed.charset(type), type).toBe(full.charset(type));
      expect(trimmed.extension(type), type).toBe(full.extension(type));
      expect(trimmed.contentType(type), type).toBe(full.contentType(type));
    }
    expect(Object.keys(plugins.trimMimeDb(db)).length).toBeLessThan(types.length / 2);
  });
});

describe('zip reader', () => {
  it('when the file is not a zip, then it says so', () => {
    expect(() => listZip(Buffer.from('not a zip at all, just text that is long enough'))).toThrow(/Not a zip/);
  });
});

describe('packaging parameters', () => {
  it('when the command line sets a parameter, then its placeholder is not added', () => {
    const args = ['--stage', 'prod', '--param=alexaSkillId=amzn1.ask.skill.x', '--param', 'other=1'];
    expect([...givenParams(args)].sort()).toEqual(['alexaSkillId', 'other']);
    expect(defaultParamArgs(args, PACKAGING_PARAMS)).toEqual([]);
    expect(defaultParamArgs(['--param', 'other=1'], PACKAGING_PARAMS)).toEqual([
      `--param=alexaSkillId=${PACKAGING_PARAMS.alexaSkillId}`,
    ]);
  });

  it('when packaging, then no placeholder is a Twilio token (the token is never a parameter any more)', () => {
    expect(Object.keys(PACKAGING_PARAMS)).toEqual(['alexaSkillId']);
  });

  it('when --package names a folder, then the zips are looked for there', () => {
    expect(packageDir(['--package', '/tmp/x'])).toBe('/tmp/x');
    expect(packageDir(['--stage', 'prod'])).toMatch(/\.serverless$/);
  });
});

describe('ivr Lambda entry', () => {
  it('when PUBLIC_BASE_URL is missing, then start-up fails naming it and the fix', () => {
    const env: NodeJS.ProcessEnv = { ...handlerEnv('https://help.example.test') };
    delete env.PUBLIC_BASE_URL;
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => createHandler(env)).toThrow(/PUBLIC_BASE_URL: .*Fix: set it to the https address Twilio calls/s);
  });

  it('when PUBLIC_BASE_URL has an API stage and API Gateway passes it in the path, then the phone route answers', async () => {
    const publicUrl = `https://${API_HOST}/prod`;
    const handler = createHandler({ ...handlerEnv(publicUrl), LOG_LEVEL: 'silent' });
    const { body, headers } = signedWebhook(STAND_IN_AUTH_TOKEN, `${publicUrl}/ivr/voice`);
    const event = httpApiEvent({ method: 'POST', path: '/prod/ivr/voice', headers, body });
    const result = await handler(event, {} as never);
    expect(result.statusCode).toBe(200);
    expect(result.body).toContain(`${publicUrl}/ivr/`);
  });

  it('when the bundle has no page files beside it, then the working directory’s web/public is used', () => {
    expect(webAssetsDir('/somewhere')).toMatch(/web[\\/]public[\\/]?$/);
  });
});

// The pieces the deployment build relies on: the iconv-lite stand-in, the trimmed mime-db (web build only), the zip
// reader, the packaging parameters, and the ivr and web Lambda entries' start-up checks and routing (from source;
// package.test.ts runs the bundles).

import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createHandler as createIvrHandler } from '../../ivr/lambda-handler.js';
import { createHandler as createWebHandler, webAssetsDir } from '../../web/lambda-handler.js';
import { ConfigError, loadConfig } from '../../app/config.js';
import { STAND_IN_AUTH_TOKEN, handlerEnv, webHandlerEnv } from '../../scripts/deploy/bundle-env.js';
import { INCOMING_CALL } from '../../scripts/deploy/twilio-webhook.js';
import { twilioWebhook } from '../support/twilio.js';
import { API_HOST, httpApiEvent } from './events.js';
import { expectSecurityHeaders } from '../app/security-headers.js';
import { VOICE_ENV } from '../web/helpers.js';
import { decode, encodingExists, getDecoder } from '../../scripts/deploy/iconv-lite-node.js';
import { ICONV_STAND_IN } from '../../scripts/bench/workarounds.js';
import plugins from '../../scripts/deploy/esbuild-plugins.cjs';
import { defaultParamArgs, givenParams, PACKAGING_PARAMS, PROJECT_ROOT } from '../../scripts/deploy/osls.js';
import { packageDir } from '../../scripts/deploy/package.js';
import { listZip } from '../../scripts/deploy/zip.js';

describe('iconv-lite stand-in', () => {
  it('when serverless.yml aliases iconv-lite, then to the stand-in the bench measures', () => {
    const [[name, path]] = Object.entries(ICONV_STAND_IN) as [[string, string]];
    const yml = readFileSync(join(PROJECT_ROOT, 'serverless.yml'), 'utf8');
    expect(yml).toMatch(new RegExp(`\\n    alias:\\n(      #.*\\n)*      ${name}: ${path.replace(/\./g, '\\.')}\\n`));
  });

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

const work = mkdtempSync(join(tmpdir(), 'westmont-build-parts-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Bundles mime-types from an entry file at <work>/<entry>, with the plugins as serverless.yml gives them. */
async function bundleMimeTypes(entry: string): Promise<{ url: string; bytes: number }> {
  const path = join(work, entry);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, "import m from 'mime-types'; export default m;");
  const outfile = path.replace(/\.ts$/, '.mjs');
  await build({
    entryPoints: [path],
    nodePaths: [join(PROJECT_ROOT, 'node_modules')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    plugins,
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    logLevel: 'error',
  });
  return { url: pathToFileURL(outfile).href, bytes: statSync(outfile).size };
}

describe('trimmed mime-db', () => {
  it('when the web function is built, then mime-types with the trimmed database answers every lookup as the full one', async () => {
    type MimeTypes = {
      lookup(x: string): string | false;
      charset(x: string): string | false;
      extension(x: string): string | false;
      contentType(x: string): string | false;
    };
    const trimmed = ((await import((await bundleMimeTypes('web/lambda.ts')).url)) as { default: MimeTypes }).default;
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

  it('when another function is built, then the plugins leave its dependencies whole', async () => {
    const [web, ivr] = [await bundleMimeTypes('web/lambda.ts'), await bundleMimeTypes('ivr/lambda.ts')];
    expect(ivr.bytes - web.bytes).toBeGreaterThan(50_000);
    expect(plugins.buildsWeb(['web/lambda.ts'])).toBe(true);
    expect(plugins.buildsWeb([{ in: 'web\\lambda.ts', out: 'x' }])).toBe(true);
    expect(plugins.buildsWeb(['ivr/lambda.ts'])).toBe(false);
    expect(plugins.buildsWeb(['lambda/index.ts'])).toBe(false);
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
    expect(() => createIvrHandler(env)).toThrow(/PUBLIC_BASE_URL: .*Fix: set it to the https address Twilio calls/s);
  });

  it('when PUBLIC_BASE_URL has an API stage and API Gateway passes it in the path, then the phone route answers', async () => {
    const publicUrl = `https://${API_HOST}/prod`;
    const handler = createIvrHandler({ ...handlerEnv(publicUrl), LOG_LEVEL: 'silent' });
    const { body, headers } = twilioWebhook(`${publicUrl}/ivr/voice`, INCOMING_CALL, { token: STAND_IN_AUTH_TOKEN });
    const event = httpApiEvent({ method: 'POST', path: '/prod/ivr/voice', headers, body });
    const result = await handler(event, {} as never);
    expect(result.statusCode).toBe(200);
    expect(result.body).toContain(`${publicUrl}/ivr/`);
  });

  it('when a web setting is wrong, then the phone function still starts: it reads no web setting', async () => {
    const env = { ...handlerEnv('https://help.example.test'), LOG_LEVEL: 'silent', WEB_QUICK_EXIT_URL: 'not a url' };
    expect(() => loadConfig(env)).toThrow(/WEB_QUICK_EXIT_URL/);
    const result = await createIvrHandler(env)(httpApiEvent({ method: 'GET', path: '/healthz' }), {} as never);
    expect(result.statusCode).toBe(200);
  });

  it.each(['/', '/es', '/assets/page.css', '/voice-token'])(
    'when asked for the page path %s, then 404: the page is the web function’s',
    async (path) => {
      const handler = createIvrHandler({ ...handlerEnv('https://help.example.test'), LOG_LEVEL: 'silent' });
      const method = path === '/voice-token' ? 'POST' : 'GET';
      const result = await handler(httpApiEvent({ method, path }), {} as never);
      expect(result.statusCode).toBe(404);
      expectSecurityHeaders(result.headers ?? {}, path);
      expect(result.headers?.['cache-control']).toBe('no-store');
    },
  );

  it('when it answers a call, a refusal or the health check, then with every security header and never stored', async () => {
    const handler = createIvrHandler({ ...handlerEnv('https://help.example.test'), LOG_LEVEL: 'silent' });
    const signed = twilioWebhook('https://help.example.test/ivr/voice', INCOMING_CALL, { token: STAND_IN_AUTH_TOKEN });
    for (const event of [
      httpApiEvent({ method: 'POST', path: '/ivr/voice', ...signed }),
      httpApiEvent({ method: 'POST', path: '/ivr/voice', body: signed.body }),
      httpApiEvent({ method: 'GET', path: '/healthz' }),
    ]) {
      const result = await handler(event, {} as never);
      expectSecurityHeaders(result.headers ?? {}, String(result.statusCode));
      expect(result.headers?.['cache-control']).toBe('no-store');
    }
  });
});

describe('web Lambda entry', () => {
  it('when no Twilio auth token is set, even in production, then the page function starts and serves the page', async () => {
    const env: Record<string, string> = { ...webHandlerEnv('https://help.example.test'), LOG_LEVEL: 'silent' };
    expect(env.NODE_ENV).toBe('production');
    expect(Object.keys(env).filter((k) => k.startsWith('TWILIO_AUTH_TOKEN'))).toEqual([]);
    const result = await createWebHandler(env)(httpApiEvent({ method: 'GET', path: '/es' }), {} as never);
    expect(result.statusCode).toBe(200);
    expect(result.headers?.['content-type']).toMatch(/^text\/html/);
    expectSecurityHeaders(result.headers ?? {}, 'the page');
  });

  it('when a page setting is wrong, then start-up fails naming it and the fix, as the local server does', () => {
    const env = { ...webHandlerEnv('https://help.example.test'), WEB_QUICK_EXIT_URL: 'http://example.org/' };
    expect(() => createWebHandler(env)).toThrow(/WEB_QUICK_EXIT_URL: .*must be an https:\/\/ address.*Fix: /s);
    expect(() => createWebHandler({ ...env, WEB_QUICK_EXIT_URL: '', PUBLIC_BASE_URL: 'https://x.test/ivr' })).toThrow(
      /PUBLIC_BASE_URL: .*contains \/ivr/s,
    );
  });

  it('when PUBLIC_BASE_URL has an API stage and API Gateway passes it in the path, then the page answers below it', async () => {
    const handler = createWebHandler({ ...webHandlerEnv(`https://${API_HOST}/prod`), LOG_LEVEL: 'silent' });
    const result = await handler(httpApiEvent({ method: 'GET', path: '/prod/es' }), {} as never);
    expect(result.statusCode).toBe(200);
    expect(result.headers?.['content-language']).toBe('es-US');
  });

  it('when asked for a phone path or the health check, then 404: those are the ivr function’s', async () => {
    const handler = createWebHandler({ ...webHandlerEnv('https://help.example.test'), LOG_LEVEL: 'silent' });
    for (const [method, path] of [
      ['POST', '/ivr/voice'],
      ['GET', '/healthz'],
    ] as const) {
      const result = await handler(httpApiEvent({ method, path }), {} as never);
      expect(result.statusCode, path).toBe(404);
      expectSecurityHeaders(result.headers ?? {}, path);
    }
  });

  it('when tokens are asked through API Gateway, then they are limited per caller (the address API Gateway saw) with no misconfiguration report', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const env = { ...webHandlerEnv('https://help.example.test'), ...VOICE_ENV, WEB_VOICE_TOKEN_LIMIT: '2' };
      const handler = createWebHandler({ ...env, LOG_LEVEL: 'silent' });
      // API Gateway appends the address it saw to whatever X-Forwarded-For the caller sent.
      const ask = async (sourceIp: string, claimed: string) => {
        const event = httpApiEvent({
          method: 'POST',
          path: '/voice-token',
          headers: { origin: `https://${API_HOST}`, 'x-forwarded-for': `${claimed}, ${sourceIp}` },
        });
        event.requestContext.http.sourceIp = sourceIp;
        return (await handler(event, {} as never)).statusCode;
      };
      const one = [await ask('203.0.113.10', '1.1.1.1'), await ask('203.0.113.10', '2.2.2.2')];
      expect([...one, await ask('203.0.113.10', '3.3.3.3')]).toEqual([200, 200, 429]);
      expect(await ask('198.51.100.7', '1.1.1.1')).toBe(200);
      expect(errors.mock.calls.flat().map(String).join('\n')).not.toMatch(/ERR_ERL_/);
    } finally {
      errors.mockRestore();
    }
  });

  it('when the bundle has no page files beside it, then the working directory’s web/public is used', () => {
    expect(webAssetsDir('/somewhere')).toMatch(/web[\\/]public[\\/]?$/);
  });
});

// esbuild plugins that serverless-esbuild loads (custom.esbuild.plugins); CommonJS because it require()s this file.
// They shrink the web function's express; the other functions' builds skip them (they bundle no express).
'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS by necessity (see the first line). */

const { readFileSync } = require('node:fs');
const { dirname, join } = require('node:path');

/** The one entry (serverless.yml's web function) whose bundle carries express. */
const WEB_ENTRY = 'web/lambda.ts';

/** Whether a build's entry points include the web function's (serverless-esbuild builds one entry at a time). */
function buildsWeb(entryPoints) {
  const entries = Array.isArray(entryPoints) ? entryPoints : Object.values(entryPoints ?? {});
  return entries.some((e) =>
    String(typeof e === 'object' ? e.in : e)
      .replace(/\\/g, '/')
      .endsWith(WEB_ENTRY),
  );
}

/** The plugin, applied to the web function's build only. */
const webOnly = (plugin) => ({
  name: plugin.name,
  setup(build) {
    if (buildsWeb(build.initialOptions.entryPoints)) plugin.setup(build);
  },
});

/**
 * express, router, send, finalhandler and express-rate-limit each carry their own copy of `debug` 4 (five
 * identical copies, each with its browser half). One copy, the Node half, serves them all; DEBUG=... still works.
 */
const oneDebug = {
  name: 'one-debug',
  setup(build) {
    const debugPackage = require.resolve('debug/package.json', { paths: [dirname(require.resolve('express'))] });
    const nodeHalf = join(dirname(debugPackage), 'src', 'node.js');
    build.onResolve({ filter: /^debug$/ }, () => ({ path: nodeHalf }));
  },
};

/**
 * mime-types reads three fields of mime-db (extensions, charset, source) and only for types that have an
 * extension or a charset; the rest (compressibility, 1,500 extension-less types) is 130 kB of the bundle.
 */
function trimMimeDb(db) {
  const out = {};
  for (const [type, entry] of Object.entries(db)) {
    if (!entry.extensions && !entry.charset) continue;
    const kept = {};
    if (entry.source) kept.source = entry.source;
    if (entry.charset) kept.charset = entry.charset;
    if (entry.extensions) kept.extensions = entry.extensions;
    out[type] = kept;
  }
  return out;
}

const trimmedMimeDb = {
  name: 'trimmed-mime-db',
  setup(build) {
    build.onLoad({ filter: /[\\/]mime-db[\\/]db\.json$/ }, (args) => ({
      contents: JSON.stringify(trimMimeDb(JSON.parse(readFileSync(args.path, 'utf8')))),
      loader: 'json',
    }));
  },
};

module.exports = [webOnly(oneDebug), webOnly(trimmedMimeDb)];
module.exports.trimMimeDb = trimMimeDb;
module.exports.buildsWeb = buildsWeb;

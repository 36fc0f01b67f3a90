// The page and its text files sent compressed (br or gzip, whichever the browser prefers), from the router itself
// so every host gets it: express locally, and Lambda, where serverless-http returns a compressed body
// base64-encoded and API Gateway passes it through with its Content-Encoding.

import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Request, Response } from 'express';

const ENCODINGS = ['br', 'gzip', 'identity'] as const;
export type Encoding = (typeof ENCODINGS)[number];

/** Compressed once per body and kept: the page and its files do not change while the server runs. */
const compressed = new WeakMap<Buffer, Map<Encoding, Buffer>>();

function encode(body: Buffer, encoding: Encoding): Buffer {
  if (encoding === 'identity') return body;
  const forBody = compressed.get(body) ?? new Map<Encoding, Buffer>();
  compressed.set(body, forBody);
  let out = forBody.get(encoding);
  if (out === undefined) {
    out =
      encoding === 'br'
        ? brotliCompressSync(body, {
            params: {
              [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
              [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
            },
          })
        : gzipSync(body, { level: 9 });
    forBody.set(encoding, out);
  }
  return out;
}

/**
 * The encoding to send for an Accept-Encoding header: the highest q-value wins, and on a tie the smaller result
 * (br, then gzip). Browsers list "gzip, deflate, br" with equal weights; without the header, nothing is compressed.
 */
export function chooseEncoding(header: string | undefined): Encoding {
  if (header === undefined || header.trim() === '') return 'identity';
  const weights = new Map<string, number>();
  for (const part of header.split(',')) {
    const [raw = '', ...params] = part.toLowerCase().split(';');
    const name = raw.trim();
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    if (name !== '') weights.set(name, q === undefined ? 1 : Number(q));
  }
  const weight = (e: Encoding): number => weights.get(e) ?? weights.get('*') ?? (e === 'identity' ? 1 : 0);
  const top = Math.max(...ENCODINGS.map(weight));
  // Even "identity;q=0" alone gets the plain body: better than no page at all.
  return (top > 0 && ENCODINGS.find((e) => weight(e) === top)) || 'identity';
}

/** Sends a text body in the encoding the request accepts; caches and proxies keep one copy per encoding. */
export function sendEncoded(req: Request, res: Response, body: Buffer): void {
  const encoding = chooseEncoding(req.get('accept-encoding'));
  res.vary('Accept-Encoding');
  if (encoding !== 'identity') res.set('Content-Encoding', encoding);
  res.send(encode(body, encoding));
}

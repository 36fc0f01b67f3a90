// The page and its text files sent compressed (br or gzip, whichever the browser prefers), from the router itself
// so every host gets it: express locally, and Lambda, where serverless-http returns a compressed body
// base64-encoded and API Gateway passes it through with its Content-Encoding.

import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Request, Response } from 'express';

export const ENCODINGS = ['br', 'gzip', 'identity'] as const;
export type Encoding = (typeof ENCODINGS)[number];

/** Compressed once per body and kept: the page and its files do not change while the server runs. */
const compressed = new WeakMap<Buffer, Map<Encoding, Buffer>>();

export function encode(body: Buffer, encoding: Encoding): Buffer {
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

/** The browser's preferred encoding among ours, by its Accept-Encoding q-values; identity without the header. */
export function negotiate(req: Request): Encoding {
  const best = req.acceptsEncodings([...ENCODINGS]);
  return best === 'br' || best === 'gzip' ? best : 'identity';
}

/** Sends a text body in the encoding the request accepts; caches and proxies keep one copy per encoding. */
export function sendEncoded(req: Request, res: Response, body: Buffer): void {
  const encoding = negotiate(req);
  res.vary('Accept-Encoding');
  if (encoding !== 'identity') res.set('Content-Encoding', encoding);
  res.send(encode(body, encoding));
}

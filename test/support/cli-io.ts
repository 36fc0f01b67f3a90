// A command-line tool's input and output in memory, for calling its main() in-process.

import { PassThrough, Readable } from 'node:stream';
import type { CliIo } from '../../tools/cli-io.js';

export interface CapturedIo extends CliIo {
  /** Everything written to stdout (console.log and the prompts), in order. */
  out(): string;
  /** Everything written to stderr (console.error and console.warn), in order. */
  err(): string;
}

const line = (args: unknown[]): string => `${args.map(String).join(' ')}\n`;

/** `input` is what a person or a pipe would type; `env` replaces the process environment. */
export function captureIo(input = '', env: NodeJS.ProcessEnv = { PATH: process.env.PATH }): CapturedIo {
  let out = '';
  let err = '';
  const stdout = new PassThrough();
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  return {
    console: {
      log: (...args: unknown[]) => void (out += line(args)),
      warn: (...args: unknown[]) => void (err += line(args)),
      error: (...args: unknown[]) => void (err += line(args)),
    },
    stdin: Readable.from([input]),
    stdout,
    env,
    out: () => out,
    err: () => err,
  };
}

// What a command-line tool reads and writes, passed to its main() so tests run it in-process (one spawn per CLI).

export interface CliIo {
  readonly console: Pick<Console, 'log' | 'error' | 'warn'>;
  readonly stdin: NodeJS.ReadableStream & { readonly isTTY?: boolean };
  readonly stdout: NodeJS.WritableStream;
  readonly env: NodeJS.ProcessEnv;
}

export const processIo = (): CliIo => ({ console, stdin: process.stdin, stdout: process.stdout, env: process.env });

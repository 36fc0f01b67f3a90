// What code writes to stdout while it runs (on Lambda, what reaches CloudWatch Logs), captured instead of printed.

import { vi } from 'vitest';

/** Every line written to stdout while `run` runs, in order; nothing reaches the terminal meanwhile. */
export async function stdoutDuring(run: () => Promise<void>): Promise<string[]> {
  const written: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
  try {
    await run();
  } finally {
    spy.mockRestore();
  }
  return written.join('').split('\n');
}

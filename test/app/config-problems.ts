// What a configuration loader refused, one line a problem ("VARIABLE: problem Fix: fix"); [] when it loaded.

import { ConfigError } from '../../app/config.js';

export function problemsOf(load: () => unknown): string[] {
  try {
    load();
  } catch (err) {
    if (err instanceof ConfigError) return err.problems.map((p) => `${p.variable}: ${p.problem} Fix: ${p.fix}`);
    throw err;
  }
  return [];
}

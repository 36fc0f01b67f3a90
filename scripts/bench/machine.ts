// The machine a bench ran on: CPU, cores, memory, OS, Node, and how busy it was (a shared box is noisy).

import { arch, cpus, loadavg, platform, release, totalmem } from 'node:os';
import type { BenchSection, Measurement } from './types.js';

export const machine: Measurement = {
  name: 'machine',
  async run(): Promise<BenchSection> {
    const cores = cpus();
    return {
      title: 'Machine',
      rows: [
        { item: 'CPU', value: cores[0]?.model.trim() ?? 'unknown' },
        { item: 'cores', value: cores.length },
        { item: 'memory', value: `${(totalmem() / 2 ** 30).toFixed(1)} GiB` },
        { item: 'OS', value: `${platform()} ${release()} ${arch()}` },
        { item: 'Node', value: process.version },
        {
          item: 'load average (1, 5, 15 min)',
          value: loadavg()
            .map((l) => l.toFixed(2))
            .join(' '),
        },
      ],
    };
  },
};

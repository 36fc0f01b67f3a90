// Reading GET /metrics in tests: one sample's value out of Prometheus text.

/** The value of the sample `name` whose labels include all of `labels`, 0 when there is none. */
export function sample(text: string, name: string, labels: Record<string, string>): number {
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  for (const line of text.split('\n')) {
    const [, n, l, value] = /^(\w+)\{(.*)\} (\S+)$/.exec(line) ?? [];
    if (n === name && wanted.every((w) => (l ?? '').split(',').includes(w))) return Number(value);
  }
  return 0;
}

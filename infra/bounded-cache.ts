// A Map with a size limit, for caches and counters that requests could otherwise grow without end.

/** Forgets its oldest entry (first set) when a new key would take it past `limit`. */
export class BoundedCache<K, V> extends Map<K, V> {
  constructor(private readonly limit: number) {
    super();
  }

  override set(key: K, value: V): this {
    if (!this.has(key) && this.size >= this.limit) this.delete(this.keys().next().value as K);
    return super.set(key, value);
  }
}

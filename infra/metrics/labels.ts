// How a raw value becomes a metric label: only a member of the label's closed set, anything else becomes "other".

/** What any value outside a label's set becomes: the count is kept, the value is not. */
export const OTHER = 'other';

/**
 * `value` when it is exactly one of `allowed`, else "other". The only way a value reaches a label, so a phone
 * number, a call id or words someone said can never become one, whatever a caller or a bug puts in the value.
 */
export function closed<T extends string>(allowed: readonly T[], value: unknown): T | typeof OTHER {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : OTHER;
}

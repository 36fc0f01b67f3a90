// Pure helpers for reading and showing numbers from the registry.

import type { E164 } from './types.js';

const NANP = /^\+1([2-9]\d{2})([2-9]\d{2})(\d{4})$/;
const TOLL_FREE = new Set(['800', '833', '844', '855', '866', '877', '888']);

export function isNanpE164(value: string): value is E164 {
  return NANP.test(value);
}

function nanpParts(e164: E164): [string, string, string] {
  const m = NANP.exec(e164);
  if (!m) throw new Error(`Not a North American E.164 number: ${e164}`);
  return [m[1] as string, m[2] as string, m[3] as string];
}

/** Groups to read aloud, 3-3-4; toll-free numbers keep the leading 1 people dial. */
export function spokenGroups(e164: E164): string[] {
  const [area, exchange, line] = nanpParts(e164);
  return TOLL_FREE.has(area) ? ['1', area, exchange, line] : [area, exchange, line];
}

/** 1-888-373-7888 for toll-free numbers, (213) 555-0100 for local ones. */
export function displayPhone(e164: E164): string {
  const [area, exchange, line] = nanpParts(e164);
  return TOLL_FREE.has(area) ? `1-${area}-${exchange}-${line}` : `(${area}) ${exchange}-${line}`;
}

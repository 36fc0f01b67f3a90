// Limits on the session attributes a request brings back from the device, applied before the skill reads them:
// beyond them the attributes are dropped and the skill answers as in a fresh session. About 5,000 levels of nesting
// used to overflow the stack inside ask-sdk; nothing the skill writes comes near these limits.

/** Objects and arrays inside objects and arrays; the skill writes two levels (e.g. last.kind). */
export const MAX_ATTRIBUTE_DEPTH = 8;
/** As JSON; the skill writes an answer id, a place in a long answer and a few resource ids: well under 1 kB. */
export const MAX_ATTRIBUTE_CHARS = 32 * 1024;

/** Whether objects and arrays nest at most `maxDepth` levels in `value`, walked without recursion. */
function withinDepth(value: unknown, maxDepth: number): boolean {
  const pending: [unknown, number][] = [[value, 1]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [node, depth] = next;
    if (node === null || typeof node !== 'object') continue;
    if (depth > maxDepth) return false;
    for (const child of Object.values(node)) pending.push([child, depth + 1]);
  }
  return true;
}

/**
 * The envelope as it is, or with its session attributes emptied when they are too deep or too large. Anything that
 * is not an envelope at all is passed on as it is, for the skill to refuse.
 */
export function boundedSession<T extends { readonly session?: { readonly attributes?: unknown } }>(envelope: T): T {
  const attributes = (envelope as T | null | undefined)?.session?.attributes;
  if (attributes === undefined) return envelope;
  // The depth first: JSON.stringify itself recurses.
  if (withinDepth(attributes, MAX_ATTRIBUTE_DEPTH) && JSON.stringify(attributes).length <= MAX_ATTRIBUTE_CHARS) {
    return envelope;
  }
  return { ...envelope, session: { ...envelope.session, attributes: {} } };
}

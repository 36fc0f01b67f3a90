// SSML from the skill -> plain text for tools and people reading a transcript (npm run ask, test failures).

import { GROUP_BREAK } from './render-ssml.js';

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** A phone number's digit groups become 1-888-373-7888; other breaks a space; tags go; entities are decoded. */
export function ssmlToText(ssml: string): string {
  return ssml
    .replaceAll(`</say-as>${GROUP_BREAK}<say-as interpret-as="digits">`, '-')
    .replace(/<break\b[^>]*\/>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

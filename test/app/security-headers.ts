// The check that an answer carries every security header, for the local server's and the Lambda functions' tests.

import { expect } from 'vitest';
import { SECURITY_HEADERS } from '../../infra/http.js';

/** The headers every answer carries, whatever route or error made it; the page replaces the policy with its own. */
export function expectSecurityHeaders(headers: Headers | Record<string, unknown>, where: string): void {
  const get = (name: string): unknown => (headers instanceof Headers ? headers.get(name) : headers[name]);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    if (name === 'content-security-policy') {
      expect(get(name), `${where}: ${name}`).toMatch(/^default-src 'none';.*frame-ancestors 'none'/);
    } else expect(get(name), `${where}: ${name}`).toBe(value);
  }
}

// Whether an address or host name only reaches this machine: the one place unsigned local mode is allowed.

import { isIP } from 'node:net';

/** True for 127.0.0.0/8, ::1, their IPv4-mapped forms, and the name "localhost". */
export function isLoopback(hostOrAddress: string | undefined): boolean {
  if (!hostOrAddress) return false;
  const value = hostOrAddress
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, '');
  if (value === 'localhost') return true;
  if (value === '::1' || value === '0:0:0:0:0:0:0:1') return true;
  const v4 = value.startsWith('::ffff:') ? value.slice('::ffff:'.length) : value;
  return isIP(v4) === 4 && v4.startsWith('127.');
}

/** Request headers as Node gives them: lower-case names, a list for a repeated header. */
export type RequestHeaders = Readonly<Record<string, string | readonly string[] | undefined>>;

/**
 * A client on this machine itself, not a proxy or tunnel forwarding someone else's request from loopback (they add
 * Forwarded / X-Forwarded-For / X-Real-IP).
 */
export function isDirectLocalRequest(headers: RequestHeaders, remoteAddress: string | undefined): boolean {
  const forwarded = headers.forwarded ?? headers['x-forwarded-for'] ?? headers['x-real-ip'];
  return forwarded === undefined && isLoopback(remoteAddress);
}

// isLoopback: which addresses count as this machine, the gate of every loopback-only development mode.

import { isIP } from 'node:net';
import { describe, expect, it } from 'vitest';
import { isDirectLocalRequest, isLoopback } from '../../infra/loopback.js';

/** The rule isLoopback's pattern stands in for: an IPv4 address Node accepts, inside 127.0.0.0/8. */
const reference = (v4: string): boolean => isIP(v4) === 4 && v4.startsWith('127.');

describe('isLoopback', () => {
  it('when given loopback names and addresses, then each is loopback', () => {
    for (const a of ['localhost', 'LOCALHOST ', '127.0.0.1', '127.255.255.254', '127.1.2.3', '::1', '[::1]'])
      expect(isLoopback(a), a).toBe(true);
    expect(isLoopback('::ffff:127.0.0.1')).toBe(true);
    expect(isLoopback('0:0:0:0:0:0:0:1')).toBe(true);
  });

  it('when given other hosts, near misses and malformed addresses, then none is loopback', () => {
    const others = [
      '',
      undefined,
      '0.0.0.0',
      '10.0.0.1',
      '128.0.0.1',
      '1127.0.0.1',
      '127.0.0',
      '127.0.0.1.5',
      '127.0.0.256',
      '127.00.0.1',
      '127.0.0.01',
      '127.0.0.1 evil',
      'localhost.example.com',
      '::2',
      '::ffff:10.0.0.1',
    ];
    for (const a of others) expect(isLoopback(a), String(a)).toBe(false);
  });

  it("when every octet value is tried in each position, then the answer is the one Node's isIP gives", () => {
    const values = [...Array(260).keys()].map(String).concat(['00', '01', '007', '-1', '1e2', ' 1', 'a']);
    for (const v of values) {
      for (const address of [`127.${v}.0.1`, `127.0.${v}.1`, `127.0.0.${v}`, `${v}.0.0.1`]) {
        expect(isLoopback(address), address).toBe(reference(address));
      }
    }
  });
});

describe('isDirectLocalRequest', () => {
  it('when a loopback client sends no forwarding header, then it is local; with one, it is not', () => {
    expect(isDirectLocalRequest({ headers: {}, socket: { remoteAddress: '127.0.0.1' } })).toBe(true);
    expect(
      isDirectLocalRequest({ headers: { 'x-forwarded-for': '203.0.113.9' }, socket: { remoteAddress: '127.0.0.1' } }),
    ).toBe(false);
    expect(isDirectLocalRequest({ headers: {}, socket: { remoteAddress: '203.0.113.9' } })).toBe(false);
  });
});

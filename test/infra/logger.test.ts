// The structured logger: one JSON line per entry in pino's format, quieter levels dropped, caller data blanked.

import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../infra/config-error.js';
import { createLogger } from '../../infra/logger.js';
import { memoryLogger } from '../support/logger.js';

describe('createLogger', () => {
  it('when an entry is logged, then one JSON line carries the level number, the time, the fields and the message', () => {
    const written: string[] = [];
    const log = createLogger({ level: 'info', destination: { write: (line: string) => written.push(line) } });
    const before = Date.now();
    log.warn({ channel: 'ivr', route: 'menu' }, 'ivr step');
    expect(written).toHaveLength(1);
    expect(written[0]).toMatch(/^\{"level":40,"time":\d+,"channel":"ivr","route":"menu","msg":"ivr step"\}\n$/);
    const time = (JSON.parse(written[0] as string) as { time: number }).time;
    expect(time).toBeGreaterThanOrEqual(before);
    expect(time).toBeLessThanOrEqual(Date.now());
  });

  it('when the level is warn, then info and debug are dropped and warn, error and fatal are written', () => {
    const { logger: log, entries } = memoryLogger('warn');
    log.debug({ n: 1 });
    log.info({ n: 2 });
    log.warn({ n: 3 });
    log.error({ n: 4 });
    log.fatal({ n: 5 });
    expect(entries().map((l) => [l.level, l.n])).toEqual([
      [40, 3],
      [50, 4],
      [60, 5],
    ]);
  });

  it('when the level is silent, then nothing is written, not even errors', () => {
    const { logger: log, lines } = memoryLogger('silent');
    log.error({ n: 1 }, 'failed');
    log.fatal({ n: 2 });
    expect(lines).toEqual([]);
  });

  it("when a field carries a caller's number, words, keys or an Alexa user, at any depth, then it is blanked", () => {
    const { logger: log, entries } = memoryLogger('info');
    log.info({
      From: '+13105550142',
      request: { To: '+13105550143', SpeechResult: 'my name is Ana', Digits: '1' },
      context: { System: { user: { userId: 'amzn1.ask.account.X' }, device: { deviceId: 'amzn1.ask.device.Y' } } },
      outcome: 'menu',
    });
    const text = JSON.stringify(entries());
    for (const secret of ['+1310555014', 'Ana', 'amzn1.ask']) expect(text).not.toContain(secret);
    expect(entries()[0]).toMatchObject({
      From: '[redacted]',
      request: { To: '[redacted]', SpeechResult: '[redacted]', Digits: '[redacted]' },
      context: { System: { user: '[redacted]', device: '[redacted]' } },
      outcome: 'menu',
    });
  });

  it('when LOG_LEVEL is not a level, then a ConfigError names the variable and the levels to choose from', () => {
    expect(() => createLogger({ level: 'loud' })).toThrow(ConfigError);
    expect(() => createLogger({ level: 'loud' })).toThrow(
      /LOG_LEVEL.*"loud".*trace, debug, info, warn, error, fatal, silent/s,
    );
  });
});

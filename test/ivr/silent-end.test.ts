// The silence path end to end: a caller who cannot speak is put through to the hotline, and if nobody answers, what
// a bystander may overhear names no service, no trafficking and no police; the number is still said twice.

import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../content/index.js';
import { parseTwiml, sayText } from '../../tools/call-simulator.js';
import { HOTLINE_SPOKEN, callParams, findAll, inProcessLine, spokenNumbers } from './helpers.js';

const GIVES_AWAY = /traffick|prostitut|police|sheriff|trata|prostitu|polic[íi]a|alguacil|hotline|l[íi]nea nacional/i;

describe.each(LOCALES)('in %s', (locale) => {
  const line = inProcessLine();

  it('when a caller stays silent to the end and the transfer is not answered, then the goodbye names nothing and says the number twice', async () => {
    let path = `/ivr/menu/main?lang=${locale}&tries=0`;
    let xml = '';
    // Silence on every reprompt until the line puts the caller through.
    for (let i = 0; i < 5 && !xml.includes('<Dial'); i += 1) {
      xml = (await line(path, callParams())).text;
      path = findAll(parseTwiml(xml), 'Gather')[0]?.attrs.action ?? path;
    }
    const dial = findAll(parseTwiml(xml), 'Dial')[0];
    expect(dial, 'the silence path ends in a transfer').toBeDefined();
    const overheardBefore = findAll(parseTwiml(xml), 'Say').map(sayText).join(' ');
    expect(overheardBefore).not.toMatch(GIVES_AWAY);

    const end = parseTwiml(
      (await line(dial?.attrs.action ?? '', { ...callParams(), DialCallStatus: 'no-answer' })).text,
    );
    const says = findAll(end, 'Say');
    expect(says.map(sayText).join(' ')).not.toMatch(GIVES_AWAY);
    expect(says.flatMap(spokenNumbers).filter((n) => n === HOTLINE_SPOKEN)).toHaveLength(2);
    expect(findAll(end, 'Hangup')).toHaveLength(1);
  });
});

// The fuzz checks must catch what they claim to: each broken answer below is flagged, a good one is not.

import { describe, expect, it } from 'vitest';
import { HOTLINE_PHONE, checkAnswer } from './twiml-properties.js';

const LINE = '+15555550199';
const say = (inner: string): string => `<Say voice="Polly.Joanna-Neural" language="en-US">${inner}</Say>`;
const digits = (...groups: string[]): string =>
  groups.map((g) => `<say-as interpret-as="digits">${g}</say-as>`).join('<break time="300ms"/>');
const doc = (body: string): { status: number; type: string; xml: string } => ({
  status: 200,
  type: 'text/xml; charset=utf-8',
  xml: `<?xml version="1.0" encoding="UTF-8"?><Response>${body}</Response>`,
});
const hotline = say(`The number is ${digits('1', '888', '373', '7888')}.`);
const gather = `<Gather input="dtmf speech" action="/ivr/menu/main">${say('Press 1.')}</Gather><Redirect method="POST">/ivr/menu/main</Redirect>`;

describe('checkAnswer', () => {
  it.each([
    ['a menu', doc(gather)],
    [
      'a transfer',
      doc(`${hotline}<Dial callerId="${LINE}" action="/ivr/dial/x"><Number>${HOTLINE_PHONE}</Number></Dial>`),
    ],
    ['a goodbye with the hotline number', doc(`${hotline}<Hangup/>`)],
  ])('when given %s, then no problems', (_what, answer) => {
    expect(checkAnswer(answer, LINE).problems).toEqual([]);
  });

  it.each([
    ['a 500', { ...doc(gather), status: 500 }, /HTTP 500/],
    ['HTML', { ...doc(gather), type: 'text/html' }, /content-type/],
    ['broken XML', { ...doc(gather), xml: '<Response><Say>hi</Response>' }, /well-formed/],
    ['another root', { ...doc(gather), xml: '<Html/>' }, /Response/],
    ['a number not in the registry', doc(`${say(digits('310', '555', '0142'))}${gather}`), /speaks 3105550142/],
    ['911 dialled', doc(`<Dial action="/x"><Number>911</Number></Dial>`), /dials 911/],
    [
      "the caller's number shown",
      doc(`<Dial callerId="+13105550142" action="/x"><Number>${HOTLINE_PHONE}</Number></Dial>`),
      /presents/,
    ],
    ['a Gather with no Redirect', doc(`<Gather action="/x">${say('Press 1.')}</Gather>`), /no way forward/],
    ['a hang-up without the hotline number', doc(`${say('Goodbye.')}<Hangup/>`), /no way forward/],
    ['a Say over 3,000 characters', doc(`${say('a'.repeat(3000))}${gather}`), /3000 characters/],
    ['a document over 64 kB', doc(`${say('a'.repeat(2000)).repeat(34)}${gather}`), /bytes/],
    ['a Say with no voice', doc(`<Say>hi</Say>${gather}`), /voice/],
  ])('when given %s, then it is flagged', (_what, answer, problem) => {
    expect(checkAnswer(answer, LINE).problems.join('\n')).toMatch(problem);
  });
});

import { describe, expect, it } from 'vitest';
import { displayPhone, renderDisplay, spokenGroups, type Prompt } from '../../content/index.js';

describe('displayPhone', () => {
  it('when the number is toll-free, then it is shown as 1-888-373-7888', () => {
    expect(displayPhone('+18883737888')).toBe('1-888-373-7888');
  });
  it('when the number is local, then it is shown as (323) 890-5500', () => {
    expect(displayPhone('+13238905500')).toBe('(323) 890-5500');
  });
  it('when the value is not a US E.164 number, then it throws', () => {
    expect(() => displayPhone('+4420794601' as `+${string}`)).toThrow(/Not a North American/);
  });
});

describe('spokenGroups', () => {
  it('reads toll-free numbers with the leading 1, in 3-3-4 groups', () => {
    expect(spokenGroups('+18883737888')).toEqual(['1', '888', '373', '7888']);
  });
  it('reads local numbers in 3-3-4 groups', () => {
    expect(spokenGroups('+12133651906')).toEqual(['213', '365', '1906']);
  });
});

describe('renderDisplay', () => {
  it('joins text, formatted numbers, digits and pauses, keeping & and accents', () => {
    const prompt: Prompt = [
      { kind: 'text', text: 'Llame a la línea & ' },
      { kind: 'phone', e164: '+18883737888' },
      { kind: 'pause', ms: 400 },
      { kind: 'text', text: 'o envíe HELP al ' },
      { kind: 'digits', digits: '233733' },
      { kind: 'text', text: '.' },
    ];
    expect(renderDisplay(prompt)).toBe('Llame a la línea & 1-888-373-7888 o envíe HELP al 233733.');
  });
  it('collapses runs of white space and trims the ends', () => {
    expect(renderDisplay([{ kind: 'text', text: '  a \n b  ' }])).toBe('a b');
  });
});

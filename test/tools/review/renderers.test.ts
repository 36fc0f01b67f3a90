// The review kit's small renderers on tiny inputs, compared as exact strings: Markdown, HTML, spoken text, CSV,
// WAV length and the preview's arguments.

import { describe, expect, it } from 'vitest';
import { parseTwiml } from '../../../tools/call-simulator.js';
import {
  escapeMarkdown,
  heading,
  link,
  list,
  para,
  table,
  toHtml,
  toMarkdown,
} from '../../../tools/review/document.js';
import { csvField, csvLine, hoursText } from '../../../tools/review/numbers-csv.js';
import { RESOURCES } from '../../../content/index.js';
import { parsePreviewArgs, wavSeconds } from '../../../tools/review/preview-cli.js';
import { estimateSeconds, spokenSay, spokenSsml } from '../../../tools/review/spoken.js';

const say = (inner: string) =>
  parseTwiml(`<Response><Say>${inner}</Say></Response>`).children[0] as Parameters<typeof spokenSay>[0];

describe('spoken text', () => {
  it('when a Say holds a number in digit groups, then it reads "1, 8 8 8, 3 7 3, 7 8 8 8" and names the number', () => {
    const s = spokenSay(
      say(
        'Call <say-as interpret-as="digits">1</say-as><break time="300ms"/><say-as interpret-as="digits">888</say-as><break time="300ms"/><say-as interpret-as="digits">373</say-as><break time="300ms"/><say-as interpret-as="digits">7888</say-as>, please &amp; thank you.',
      ),
    );
    expect(s).toEqual({
      text: 'Call 1, 8 8 8, 3 7 3, 7 8 8 8, please & thank you.',
      numbers: ['18883737888'],
      words: 15,
      pauseMs: 900,
    });
  });

  it('when SSML has a pause between words, then it shows as "…" and two numbers stay apart', () => {
    const s = spokenSsml(
      '<speak>Marque <say-as interpret-as="digits">211</say-as><break time="400ms"/>o el <say-as interpret-as="digits">911</say-as>.</speak>',
    );
    expect(s.text).toBe('Marque 2 1 1 … o el 9 1 1.');
    expect(s.numbers).toEqual(['211', '911']);
  });

  it('when words are timed, then English runs at 150 and Spanish at 170 words a minute, plus pauses', () => {
    const s = { text: '', numbers: [], words: 15, pauseMs: 900 };
    expect(estimateSeconds(s, 'en-US')).toBe(6.9);
    expect(estimateSeconds(s, 'es-US')).toBe(6.2);
  });
});

describe('Markdown and HTML', () => {
  it('when text has markup characters, then only those that would change the meaning are escaped', () => {
    expect(escapeMarkdown('press * | a_b [x] <b> & señal')).toBe('press * \\| a\\_b \\[x\\] \\<b\\> & señal');
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
  });

  it('when a tiny document is rendered to Markdown, then headings, links, lists and tables come out as written', () => {
    const md = toMarkdown([
      heading(2, 'Menú & más', 'menu'),
      para('See ', link('1.2 Main menu', '12-main-menu'), '.'),
      list([['one'], [{ strong: 'two' }]]),
      table(['Key', 'What'], [[['*'], ['a|b']]]),
    ]);
    expect(md).toBe(
      '## Menú & más\n\nSee [1.2 Main menu](#12-main-menu).\n\n- one\n- **two**\n\n| Key | What |\n| --- | --- |\n| * | a\\|b |\n',
    );
  });

  it('when a tiny document is rendered to HTML, then every text is escaped, numbers keep together and nothing is loaded', () => {
    const html = toHtml(
      [heading(3, 'A & <b>', 'a'), para('Llame al 2 1 1 <script>alert(1)</script> "ya"'), table(['No.'], [[['12']]])],
      'T & "t"',
    );
    expect(html).toContain('<title>T &amp; &quot;t&quot;</title>');
    expect(html).toContain('<h3 id="a">A &amp; &lt;b&gt;</h3>');
    expect(html).toContain(
      '<p>Llame al <span class="num">2 1 1</span> &lt;script&gt;alert(1)&lt;/script&gt; &quot;ya&quot;</p>',
    );
    expect(html).toContain('<td class="n">12</td>');
    expect(html).not.toMatch(/<(script|link|img)\b|src=|@import|url\(/);
  });
});

describe('CSV', () => {
  it('when a field has a comma, a quote or a line break, then it is quoted with quotes doubled (RFC 4180)', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('1, 8 8 8')).toBe('"1, 8 8 8"');
    expect(csvField('say "yes"')).toBe('"say ""yes"""');
    expect(csvLine(['a', 'b\nc'])).toBe('a,"b\nc"\r\n');
  });
});

describe('npm run preview', () => {
  it('when a WAV header says 32,000 bytes a second and the data is 16,000 bytes, then it lasts 0.5 s', () => {
    const wav = Buffer.alloc(44 + 16000);
    wav.write('RIFF', 0, 'ascii');
    wav.write('WAVE', 8, 'ascii');
    wav.write('fmt ', 12, 'ascii');
    wav.writeUInt32LE(16, 16);
    wav.writeUInt32LE(32000, 28);
    wav.write('data', 36, 'ascii');
    wav.writeUInt32LE(16000, 40);
    expect(wavSeconds(wav)).toBe(0.5);
    wav.writeUInt32LE(0x7fffffff, 40); // a streamed header: only the bytes present count
    expect(wavSeconds(wav)).toBe(0.5);
  });

  it.each([
    [['--locale', 'es-US', '--screen', 'main'], { locale: 'es-US', screen: 'main', all: false, play: true }],
    [['--all', '--no-play'], { locale: 'en-US', all: true, play: false }],
    [['--locale', 'fr-FR', '--all'], { error: '--locale "fr-FR" is not one of en-US, es-US.' }],
    [[], { error: 'Say which screen (--screen main) or --all.' }],
    [['--all', '--screen', 'main'], { error: 'Give --screen or --all, not both.' }],
  ])('when the arguments are %j, then they read as %j', (argv, expected) => {
    expect(parsePreviewArgs(argv)).toEqual(expected);
  });
});

describe('hours in numbers-to-verify.csv', () => {
  it('when a service opens on weekdays and has a 24-hour alternative, then the hours read as a range and name it', () => {
    const r = {
      ...RESOURCES.traffickingHotline,
      hours: { days: [1, 2, 3, 4, 5, 7], open: '09:00', close: '17:00' },
      afterHours: 'traffickingHotline',
    } as const;
    expect(hoursText(r)).toBe(
      'Mon-Fri, Sun 09:00-17:00 (Los Angeles time); when closed or unconfirmed, the line offers the National Human Trafficking Hotline',
    );
    expect(hoursText({ ...r, hours: '24/7', afterHours: undefined })).toBe('24 hours, 7 days');
  });
});

describe('Markdown emphasis', () => {
  it('when a bold text holds the star key, then the star is escaped so the bold still closes', () => {
    expect(toMarkdown([para({ strong: '* (star)' })])).toBe('**\\* (star)**\n');
  });
});

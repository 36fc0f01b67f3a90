// `npm run preview -- --locale es-US --screen main`: reads a phone screen (or an Alexa answer) aloud with
// espeak-ng in the locale's voice and prints the measured length of each prompt; `--all` times every prompt and
// prints the longest. An optional helper for reviewers: nothing else needs espeak-ng.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runWhenCalled } from './run.js';
import { LOCALES, isLocale, type Locale } from '../../content/index.js';
import { phoneScript, type Line } from './phone-script.js';
import { skillScript } from './skill-script.js';
import { estimateSeconds } from './spoken.js';

/** espeak-ng's voices for the line's languages (Latin American Spanish for es-US). */
const ESPEAK_VOICE: Readonly<Record<Locale, string>> = { 'en-US': 'en-us', 'es-US': 'es-419' };
export const INSTALL_HINT = 'espeak-ng is not installed. On Debian or Ubuntu: apt-get install espeak-ng sox';

const HELP = `npm run preview -- [--locale en-US|es-US] (--screen ID | --all) [--no-play]
  --screen ID   a phone screen (main, report, signs, signs-more, transfer-cast, ...) or an Alexa answer (alexa-launch, ...)
  --all         time every prompt in the language and print the longest
  --no-play     measure only; do not play the sound
Needs espeak-ng (and sox's "play" to hear it): ${INSTALL_HINT.split(': ')[1]}`;

export interface PreviewArgs {
  readonly locale: Locale;
  readonly screen?: string;
  readonly all: boolean;
  readonly play: boolean;
}

/** The arguments, or a message saying what is wrong with them. */
export function parsePreviewArgs(argv: readonly string[]): PreviewArgs | { error: string } | { help: true } {
  let values: { locale?: string; screen?: string; all?: boolean; 'no-play'?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        locale: { type: 'string' },
        screen: { type: 'string' },
        all: { type: 'boolean' },
        'no-play': { type: 'boolean' },
        help: { type: 'boolean' },
      },
    }));
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) };
  }
  if (values.help) return { help: true };
  const locale = values.locale ?? 'en-US';
  if (!isLocale(locale)) return { error: `--locale "${locale}" is not one of ${LOCALES.join(', ')}.` };
  if (!values.all && !values.screen) return { error: 'Say which screen (--screen main) or --all.' };
  if (values.all && values.screen) return { error: 'Give --screen or --all, not both.' };
  return {
    locale,
    ...(values.screen ? { screen: values.screen } : {}),
    all: Boolean(values.all),
    play: !values['no-play'],
  };
}

/** The length of a PCM WAV file in seconds, from its header: the data chunk's size over the bytes per second. */
export function wavSeconds(wav: Buffer): number {
  if (wav.toString('ascii', 0, 4) !== 'RIFF' || wav.toString('ascii', 8, 12) !== 'WAVE')
    throw new Error('Not a WAV file');
  let byteRate = 0;
  for (let at = 12; at + 8 <= wav.length;) {
    const id = wav.toString('ascii', at, at + 4);
    const size = wav.readUInt32LE(at + 4);
    if (id === 'fmt ') byteRate = wav.readUInt32LE(at + 16);
    // A streamed header may claim more data than the file holds: count what is there.
    if (id === 'data') return byteRate ? Math.min(size, wav.length - at - 8) / byteRate : 0;
    at += 8 + size + (size % 2);
  }
  throw new Error('WAV file without a data chunk');
}

export interface Io {
  readonly env: NodeJS.ProcessEnv;
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

const has = (command: string, args: string[], env: NodeJS.ProcessEnv): boolean =>
  !spawnSync(command, args, { env, stdio: 'ignore' }).error;

/** Every prompt to preview, by screen id: phone sections (menu ids alone also work) and Alexa answers. */
async function prompts(locale: Locale): Promise<Map<string, Line[]>> {
  const phone = phoneScript();
  const out = new Map<string, Line[]>();
  for (const s of phone.sections) out.set(s.id, [...s.lines[locale]]);
  for (const a of await skillScript()) {
    const t = a.turns[locale];
    out.set(`alexa-${a.id}`, [{ locale, spoken: t.speech, seconds: t.seconds }]);
  }
  return out;
}

function findScreen(all: ReadonlyMap<string, Line[]>, id: string): string | undefined {
  return [id, `menu-${id}`, `topic-${id}`, `resources-${id}`, `alexa-${id}`].find((k) => all.has(k));
}

export async function main(
  argv: readonly string[],
  io: Io = { env: process.env, out: console.log, err: console.error },
): Promise<number> {
  const args = parsePreviewArgs(argv);
  if ('help' in args) {
    io.out(HELP);
    return 0;
  }
  if ('error' in args) {
    io.err(`${args.error}\n${HELP}`);
    return 2;
  }
  if (!has('espeak-ng', ['--version'], io.env)) {
    io.err(INSTALL_HINT);
    return 2;
  }
  const all = await prompts(args.locale);
  const dir = mkdtempSync(join(tmpdir(), 'helpline-preview-'));
  const measure = (line: Line, i: number): number => {
    const wav = join(dir, `${i}.wav`);
    const r = spawnSync('espeak-ng', ['-v', ESPEAK_VOICE[line.locale], '-w', wav, line.spoken.text], { env: io.env });
    if (r.status !== 0) throw new Error(`espeak-ng failed: ${r.stderr?.toString().trim()}`);
    return wavSeconds(readFileSync(wav));
  };
  try {
    if (args.screen !== undefined) {
      const id = findScreen(all, args.screen);
      if (!id) {
        io.err(`No screen "${args.screen}". Screens: ${[...all.keys()].join(', ')}`);
        return 2;
      }
      const canPlay = args.play && has('play', ['--version'], io.env);
      let total = 0;
      (all.get(id) ?? []).forEach((line, i) => {
        const seconds = measure(line, i);
        total += seconds;
        io.out(
          `${seconds.toFixed(1)} s (estimate ${estimateSeconds(line.spoken, line.locale).toFixed(1)} s) [${ESPEAK_VOICE[line.locale]}] ${line.spoken.text}`,
        );
        if (canPlay) spawnSync('play', ['-q', join(dir, `${i}.wav`)], { env: io.env, stdio: 'ignore' });
      });
      io.out(
        `${id} in ${args.locale}: ${total.toFixed(1)} s measured with espeak-ng${args.play && !canPlay ? ' (install sox to hear it)' : ''}.`,
      );
      return 0;
    }
    const timed: { id: string; seconds: number; line: Line }[] = [];
    let i = 0;
    for (const [id, lines] of all) for (const line of lines) timed.push({ id, seconds: measure(line, i++), line });
    timed.sort((a, b) => b.seconds - a.seconds);
    io.out(`${timed.length} prompts in ${args.locale}, longest first (measured with espeak-ng; estimate in brackets):`);
    for (const t of timed.slice(0, 15)) {
      io.out(
        `${t.seconds.toFixed(1)} s (${t.line.seconds.toFixed(1)} s) ${t.id}: ${t.line.spoken.text.slice(0, 90)}${t.line.spoken.text.length > 90 ? '…' : ''}`,
      );
    }
    return 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

runWhenCalled(import.meta.url, main);

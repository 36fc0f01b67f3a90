// `npm run call`: a phone in the terminal. Prints what a caller hears, takes keys (or typed words as speech),
// follows the call like Twilio, and shows transfers. In-process by default; `--url` calls a running server.
//
//   npm run call                      interactive, against an in-process server on a free port
//   npm run call -- --keys 9,1        no person: press 9, then 1; print the transcript
//   npm run call -- --keys 3,say:hotline,- --dial busy
//   npm run call -- --keys -,-,-     silence three times: the reprompts, then the hotline
//   npm run call -- --url http://127.0.0.1:3000 [--speak] [--log]

import { spawnSync } from 'node:child_process';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import {
  RESOURCE_IDS,
  RESOURCES,
  displayPhone,
  isLocale,
  renderDisplay,
  resourceName,
  type Locale,
} from '../content/index.js';
import { createLogger } from '../infra/logger.js';
import { loadConfig } from '../app/config.js';
import { start, stop, type Running } from '../app/local.js';
import {
  DIAL_OUTCOMES,
  HttpError,
  runCall,
  SIMULATED_LINE,
  type CallEvent,
  type Caller,
  type CallerMove,
  type DialOutcomeName,
} from './call-simulator.js';
import { processIo, type CliIo } from './cli-io.js';

const HELP = `npm run call -- [options]
  --keys LIST    run without a person: comma-separated moves, e.g. 9,1
                 a key (0-9 * #), "-" for silence, or words (say:hotline, or any longer text) as speech
  --dial LIST    how transfers end, in order (the last repeats): ${DIAL_OUTCOMES.join(', ')} (default completed)
  --url URL      call a running server (e.g. http://127.0.0.1:3000) instead of one in this process
  --speak        read the prompts aloud with espeak-ng, if it is installed
  --log          show the server's own log lines (in-process only)
  --help`;

/**
 * Node's parseArgs refuses an option value that starts with "-" ("argument is ambiguous") unless it is written
 * --keys=-,1; a --keys list may start with silence, so `--keys -,1` is joined into that form first.
 */
function withSilenceFirst(args: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const next = args[i + 1];
    if (arg === '--keys' && next !== undefined && /^-(,|$)/.test(next)) {
      out.push(`--keys=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}

/** A key, silence, or speech, from one --keys item. */
export function parseMove(item: string): CallerMove {
  const value = item.trim();
  if (value === '' || value === '-') return { kind: 'silence' };
  if (/^[0-9*#]$/.test(value)) return { kind: 'key', key: value };
  return { kind: 'speech', text: value.replace(/^say:/, '') };
}

function isDialOutcome(value: string): value is DialOutcomeName {
  return (DIAL_OUTCOMES as readonly string[]).includes(value);
}

/** "transfer to <name> <number>", with the name from the registry in the call's language. */
function describeTransfer(number: string, language: string): string {
  const id = RESOURCE_IDS.find((r) => RESOURCES[r].phone === number);
  const locale: Locale = isLocale(language) ? language : 'en-US';
  const name = id ? renderDisplay(resourceName(locale, id)) : 'an unknown number';
  const shown = id && RESOURCES[id].phone ? displayPhone(RESOURCES[id].phone) : number;
  return `transfer to ${name} ${shown}`;
}

function espeakVoice(language: string): string {
  return language.startsWith('es') ? 'es-419' : 'en-us';
}

function printer(speak: boolean, out: CliIo['console']): (event: CallEvent) => void {
  let language = 'en-US';
  return (event) => {
    switch (event.kind) {
      case 'say':
        language = event.language || language;
        out.log(`  [${event.language} ${event.voice}] ${event.text}`);
        if (speak) spawnSync('espeak-ng', ['-v', espeakVoice(event.language), event.text], { stdio: 'ignore' });
        return;
      case 'listen':
        language = event.language || language;
        return;
      case 'move': {
        const m = event.move;
        const shown = m.kind === 'key' ? `key ${m.key}` : m.kind === 'speech' ? `says "${m.text}"` : m.kind;
        out.log(`> caller: ${shown}`);
        return;
      }
      case 'dial':
        out.log(
          `>> ${describeTransfer(event.number, language)} (caller ID shown: ${
            event.callerId === undefined
              ? "the caller's own number"
              : event.callerId === SIMULATED_LINE
                ? "the line's own number"
                : event.callerId
          })`,
        );
        return;
      case 'dialOutcome':
        out.log(`>> the transfer ended: ${event.status}`);
        return;
      case 'end':
        out.log(`[call ended: ${event.reason}]`);
        return;
      case 'request':
        return;
    }
  };
}

function scriptedCaller(moves: CallerMove[], outcomes: DialOutcomeName[]): Caller {
  let i = 0;
  let d = 0;
  return {
    move: async () => moves[i++] ?? { kind: 'hangup' },
    dialOutcome: async () => outcomes[Math.min(d++, outcomes.length - 1)] ?? 'completed',
  };
}

function terminalCaller(io: CliIo): Caller & { close(): void } {
  const { stdin, stdout } = io;
  const rl = createInterface({ input: stdin, output: stdout, terminal: stdin.isTTY === true });
  // The iterator buffers lines, so typed-ahead or piped input is not lost between questions.
  const lines = rl[Symbol.asyncIterator]();
  const ask = async (question: string): Promise<string | undefined> => {
    stdout.write(question);
    const next = await lines.next();
    if (next.done) stdout.write('\n');
    else if (!stdin.isTTY) stdout.write(`${next.value}\n`);
    return next.done ? undefined : (next.value as string);
  };
  return {
    async move() {
      const line = await ask('  (a key 0-9 * #, words to speak, Enter for silence, q to hang up) > ');
      if (line === undefined || line.trim().toLowerCase() === 'q') return { kind: 'hangup' };
      return parseMove(line);
    },
    async dialOutcome() {
      const line = (
        (await ask(`  how does the transfer end? ${DIAL_OUTCOMES.join(' / ')} (Enter: completed) > `)) ?? ''
      )
        .trim()
        .toLowerCase();
      return DIAL_OUTCOMES.find((o) => line !== '' && o.startsWith(line)) ?? 'completed';
    },
    close: () => rl.close(),
  };
}

/** The tool: exit code 0 (the call ran), 1 (it could not) or 2 (bad arguments). */
export async function main(args: readonly string[], io: CliIo = processIo()): Promise<number> {
  const { console, env: processEnv } = io;
  let values: { keys?: string; dial?: string; url?: string; speak: boolean; log: boolean; help: boolean };
  try {
    ({ values } = parseArgs({
      args: withSilenceFirst(args),
      options: {
        keys: { type: 'string' },
        dial: { type: 'string' },
        url: { type: 'string' },
        speak: { type: 'boolean', default: false },
        log: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (err) {
    console.error(`${err instanceof Error ? err.message : err}\n${HELP}`);
    return 2;
  }
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const outcomes = (values.dial ?? 'completed').split(',').map((s) => s.trim());
  const badOutcome = outcomes.find((o) => !isDialOutcome(o));
  if (badOutcome !== undefined) {
    console.error(`--dial: "${badOutcome}" is not one of ${DIAL_OUTCOMES.join(', ')}.`);
    return 2;
  }
  let speak = values.speak;
  if (speak && spawnSync('espeak-ng', ['--version'], { stdio: 'ignore' }).error) {
    console.error('--speak: espeak-ng is not installed (Debian: apt-get install espeak-ng); printing only.');
    speak = false;
  }

  const authToken = processEnv.TWILIO_AUTH_TOKEN?.trim() || undefined;
  let running: Running | undefined;
  let baseUrl = values.url;
  if (!baseUrl) {
    // A private server for this call: loopback, a free port, whatever the shell's HOST, PORT or NODE_ENV say.
    const env = { ...processEnv, HOST: '127.0.0.1', PORT: '0', NODE_ENV: 'development', AWS_LAMBDA_FUNCTION_NAME: '' };
    const logger = createLogger({ level: values.log ? 'info' : 'silent', destination: process.stderr });
    running = await start(loadConfig(env), { logger });
    baseUrl = running.url;
  }
  console.log(
    `Calling ${baseUrl}/ivr/voice ${running ? '(in-process server)' : ''}${authToken ? ', signed' : ', unsigned'}`,
  );

  const interactive = values.keys === undefined;
  const terminal = interactive ? terminalCaller(io) : undefined;
  const caller =
    terminal ?? scriptedCaller((values.keys ?? '').split(',').map(parseMove), outcomes as DialOutcomeName[]);
  try {
    await runCall({ baseUrl, caller, onEvent: printer(speak, console), ...(authToken ? { authToken } : {}) });
    return 0;
  } catch (err) {
    if (err instanceof HttpError && err.status === 403) {
      console.error(
        `${err.message}\nThe server wants a Twilio signature: set TWILIO_AUTH_TOKEN to the server's token (and, if the server has PUBLIC_BASE_URL, call that URL).`,
      );
    } else if (err instanceof TypeError && !running) {
      console.error(`Cannot reach ${baseUrl}: is the server running? Start it with npm start. (${err.message})`);
    } else {
      console.error(err instanceof Error ? err.message : err);
    }
    return 1;
  } finally {
    terminal?.close();
    if (running) await stop(running);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    },
  );
}

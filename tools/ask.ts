// `npm run ask -- "what are the signs of trafficking"`: try the skill without a device, through the real models.
//
//   npm run ask -- "question" ["next thing to say" ...]   one session, one line each; prints speech, reprompt, card
//   npm run ask -- --locale es-US "¿cuáles son las señales de trata?"
//   npm run ask                                           interactive (also --interactive); "quit" or Ctrl-D ends
//   --screen    pretend to be a device with a screen (shows what APL would display)
//   --exact     match what you say against the model's samples word for word (virtual-alexa), instead of the
//               stand-in for Alexa's understanding (tools/nlu/alexa-stand-in.ts)
//   --url URL   talk to a running server's POST /alexa instead of the skill in-process
//               (start it with ALEXA_VERIFY_SIGNATURE=false on 127.0.0.1: Amazon signs real requests only)

import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { isLocale, type Locale } from '../content/index.js';
import { createLogger } from '../infra/logger.js';
import { NUMBERS_TOKEN } from '../lambda/apl.js';
import { buildSkill } from '../lambda/skill.js';
import { ssmlToText } from '../lambda/ssml-text.js';
import { Simulator, type SimulatorResponse } from './ask-simulator.js';
import { processIo, type CliIo } from './cli-io.js';

const USAGE =
  'usage: npm run ask -- [--locale en-US|es-US] [--screen] [--exact] [--url http://127.0.0.1:3000/alexa] [--interactive] ["what you would say" ...]';

interface Envelope {
  response?: {
    outputSpeech?: { ssml?: string };
    reprompt?: { outputSpeech?: { ssml?: string } };
    card?: { title?: string; content?: string };
    shouldEndSession?: boolean;
    directives?: { type?: string; token?: string; datasources?: { numbers?: { title?: string; lines?: string[] } } }[];
  };
}

/** A response as a person would read it: speech, reprompt, card and screen as plain text. */
function formatResponse(raw: SimulatorResponse | Envelope): string {
  const response = (raw as Envelope).response ?? {};
  const lines: string[] = [];
  const speech = response.outputSpeech?.ssml;
  lines.push(`alexa: ${speech ? ssmlToText(speech) : '(silent)'}`);
  const reprompt = response.reprompt?.outputSpeech?.ssml;
  if (reprompt) lines.push(`reprompt: ${ssmlToText(reprompt)}`);
  if (response.card) {
    lines.push(`card: ${response.card.title ?? ''}`);
    for (const line of (response.card.content ?? '').split('\n')) lines.push(`  ${line}`);
  }
  const screen = response.directives?.find((d) => d.token === NUMBERS_TOKEN)?.datasources?.numbers;
  if (screen) {
    lines.push(`screen: ${screen.title ?? ''}`);
    for (const line of screen.lines ?? []) lines.push(`  ${line}`);
  }
  if (response.shouldEndSession) lines.push('(the skill ended the session)');
  return lines.join('\n');
}

function simulatorFor(locale: Locale, screen: boolean, exact: boolean, url: string | undefined): Simulator {
  if (url) return new Simulator({ locale, url, screen, exact });
  const skill = buildSkill({ verifySignature: true }, { logger: createLogger({ level: 'silent' }) });
  return new Simulator({ locale, handler: (event) => skill.invoke(event as never), screen, exact });
}

async function interactive(sim: Simulator, io: CliIo): Promise<void> {
  const { console } = io;
  const rl = createInterface({ input: io.stdin, output: io.stdout, terminal: io.stdin.isTTY === true });
  console.log('Say something (an empty line opens the skill; "quit" ends).');
  rl.setPrompt('you> ');
  rl.prompt();
  try {
    // The async iterator buffers lines, so a piped script is read turn by turn without losing any.
    for await (const line of rl) {
      if (/^\s*(quit|exit)\s*$/i.test(line)) break;
      console.log(formatResponse(await sim.say(line)));
      rl.prompt();
    }
  } finally {
    rl.close();
  }
}

/** The tool: exit code 0, 1 (the server refused or could not be reached) or 2 (bad arguments). */
export async function main(args: readonly string[], io: CliIo = processIo()): Promise<number> {
  try {
    return await ask(args, io);
  } catch (error) {
    io.console.error(error instanceof Error ? error.message : String(error));
    if (args.includes('--url')) {
      io.console.error(
        'Is the server running, on 127.0.0.1 with ALEXA_VERIFY_SIGNATURE=false? Amazon signs real requests; this tool cannot.',
      );
    }
    return 1;
  }
}

async function ask(args: readonly string[], io: CliIo): Promise<number> {
  const { console } = io;
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        locale: { type: 'string', short: 'l', default: 'en-US' },
        screen: { type: 'boolean', default: false },
        exact: { type: 'boolean', default: false },
        url: { type: 'string' },
        interactive: { type: 'boolean', short: 'i', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (!isLocale(values.locale)) {
    console.error(`--locale ${values.locale} is not supported: use en-US or es-US.\n${USAGE}`);
    return 2;
  }
  const sim = simulatorFor(values.locale, values.screen, values.exact, values.url);
  if (values.interactive || positionals.length === 0) {
    await interactive(sim, io);
    return 0;
  }
  for (const utterance of positionals) {
    console.log(`you: ${utterance}`);
    console.log(formatResponse(await sim.say(utterance)));
  }
  return 0;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  // exit() rather than exitCode: a refused HTTP response is left unread by virtual-alexa and would hold the
  // process open until keep-alive ends.
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    },
  );
}

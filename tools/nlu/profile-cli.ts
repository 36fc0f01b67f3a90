// `npm run alexa:profile -- --skill-id amzn1.ask.skill.… [--locale en-US]`: the held-out skill phrases through
// real Alexa (Amazon's Utterance Profiler), scored and printed as `npm run nlu:eval` prints its stand-in.
//
//   --skill-id ID      the skill in the Alexa developer console (default: ALEXA_SKILL_ID)
//   --locale L         en-US or es-US, once or twice (default: both)
//   --stage S          development (default) or live
//   --api-base URL     a local stand-in of Amazon's APIs on this machine (tests and local use only)
//
// Credentials from the environment: ALEXA_LWA_ACCESS_TOKEN, or ALEXA_LWA_REFRESH_TOKEN with ALEXA_LWA_CLIENT_ID and
// ALEXA_LWA_CLIENT_SECRET (used first when all three are set, since they renew the token). Never printed.

import { parseArgs } from 'node:util';
import { isLocale, LOCALES, type Locale } from '../../content/index.js';
import { SKILL_ID } from '../../lambda/config.js';
import { processIo, type CliIo } from '../cli-io.js';
import { profileSkill } from './profile.js';
import { report } from './report.js';
import { checkApiBase, CREDENTIAL_VARIABLES as V, ProfilerError, type Credentials } from './smapi.js';

const USAGE =
  'usage: npm run alexa:profile -- --skill-id amzn1.ask.skill.… [--locale en-US|es-US ...] [--stage development|live]\n' +
  `credentials: ${V.accessToken}, or ${V.refreshToken} with ${V.clientId} and ${V.clientSecret} (docs/deploy.md)`;
const STAGES = ['development', 'live'];
const PROGRESS_EVERY = 25;

/** The credentials the environment holds, or the sentence that says which variables to set. */
function credentialsFrom(env: NodeJS.ProcessEnv): Credentials | string {
  const read = (name: string): string | undefined => env[name]?.trim() || undefined;
  const [refreshToken, clientId, clientSecret] = [read(V.refreshToken), read(V.clientId), read(V.clientSecret)];
  if (refreshToken && clientId && clientSecret) return { refreshToken, clientId, clientSecret };
  const partial = [refreshToken, clientId, clientSecret].some(Boolean);
  if (partial) {
    const missing = [V.refreshToken, V.clientId, V.clientSecret].filter((name) => !read(name));
    return `${missing.join(' and ')} not set: a refresh token needs all three of ${V.refreshToken}, ${V.clientId} and ${V.clientSecret}.`;
  }
  const accessToken = read(V.accessToken);
  if (accessToken) return { accessToken };
  return `No credentials: set ${V.accessToken} (one hour), or ${V.refreshToken} with ${V.clientId} and ${V.clientSecret}.`;
}

/** Login with Amazon tokens (Atza|…, Atzr|…) and every credential value, wherever they would appear. */
function redactor(env: NodeJS.ProcessEnv): (text: string) => string {
  const secrets = Object.values(V)
    .map((name) => env[name]?.trim() ?? '')
    .filter((value) => value.length >= 4);
  return (text) =>
    secrets.reduce((out, secret) => out.split(secret).join('[redacted]'), text).replace(/Atz[a-z]\|\S+/g, '[redacted]');
}

/** The console of `io`, with anything secret taken out of every line. */
function redacted(io: CliIo): CliIo['console'] {
  const redact = redactor(io.env);
  const line = (args: unknown[]): string => redact(args.map(String).join(' '));
  return {
    log: (...args: unknown[]) => io.console.log(line(args)),
    warn: (...args: unknown[]) => io.console.warn(line(args)),
    error: (...args: unknown[]) => io.console.error(line(args)),
  };
}

/** The tool: exit code 0 (every locale at 90 % or more), 1 (below it, or Amazon refused) or 2 (bad arguments). */
export async function main(args: readonly string[], io: CliIo = processIo()): Promise<number> {
  const console = redacted(io);
  let values;
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        'skill-id': { type: 'string' },
        locale: { type: 'string', multiple: true },
        stage: { type: 'string', default: 'development' },
        'api-base': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const skillId = values['skill-id'] ?? io.env.ALEXA_SKILL_ID?.trim();
  const locales = [...new Set(values.locale ?? LOCALES)];
  const apiBase = values['api-base'];
  const credentials = credentialsFrom(io.env);
  const problems = [
    !skillId && '--skill-id is missing (or set ALEXA_SKILL_ID).',
    skillId &&
      !SKILL_ID.test(skillId) &&
      `--skill-id ${skillId} is not an Alexa skill ID (amzn1.ask.skill. and 36 characters).`,
    ...locales.filter((l) => !isLocale(l)).map((l) => `--locale ${l} is not supported: use en-US or es-US.`),
    !STAGES.includes(values.stage) && `--stage ${values.stage} is not a stage to profile: use development or live.`,
    apiBase !== undefined && checkApiBase(apiBase) && `--api-base ${checkApiBase(apiBase)}`,
    typeof credentials === 'string' && credentials,
  ].filter((p): p is string => typeof p === 'string');
  if (problems.length > 0 || !skillId || typeof credentials === 'string') {
    console.error(`${problems.join('\n')}\n${USAGE}`);
    return 2;
  }
  let ok = true;
  try {
    for (const locale of locales as Locale[]) {
      console.error(
        `profiling the ${locale} held-out phrases, one request at a time: skill ${skillId}, ${values.stage} stage`,
      );
      const score = await profileSkill({
        skillId,
        stage: values.stage,
        locale,
        credentials,
        ...(apiBase === undefined ? {} : { apiBase }),
        onWait: (seconds, why) => console.error(`  waiting ${seconds} s: ${why}`),
        onProgress: (done, total) => {
          if (done % PROGRESS_EVERY === 0 || done === total) console.error(`  ${done}/${total}`);
        },
      });
      ok = report(console, `skill ${locale} (Alexa's Utterance Profiler, ${values.stage} stage)`, score) && ok;
    }
  } catch (error) {
    // A ProfilerError names the setting to fix; anything else is shown as it is, through the redacting console.
    console.error(error instanceof ProfilerError ? error.message : `The profiler stopped: ${String(error)}`);
    return 1;
  }
  return ok ? 0 : 1;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exitCode = 1;
    },
  );
}

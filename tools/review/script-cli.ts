// `npm run script -- --out DIR`: the review kit. Writes the call script (Markdown and printable HTML), the call
// flow diagram and the sheet of numbers to verify, all from the running code and content/. Needs no network.
//
//   npm run script                    into ./review-kit (not committed)
//   npm run script -- --out DIR

import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runWhenCalled } from './run.js';
import { LOCALES, type Locale } from '../../content/index.js';
import { answerTitle, callScriptBlocks, numberPhone } from './call-script.js';
import { callFlowMermaid } from './call-flow.js';
import { toHtml, toMarkdown } from './document.js';
import { numbersCsv, type Use } from './numbers-csv.js';
import { phoneScript, type PhoneScript } from './phone-script.js';
import { skillScript, type SkillAnswer } from './skill-script.js';

const DEFAULT_OUT = 'review-kit';

const HELP = `npm run script -- [--out DIR]
  --out DIR   where to write the kit (default ./${DEFAULT_OUT}, which git ignores)
Writes call-script.md, call-script.html, call-flow.mmd and numbers-to-verify.csv.`;

export interface Kit {
  readonly phone: PhoneScript;
  readonly skill: readonly SkillAnswer[];
  readonly files: Readonly<Record<string, string>>;
}

/** Every place a service can appear, titled as in the call script, for the CSV's used_by column. */
function places(phone: PhoneScript, skill: readonly SkillAnswer[]): Use[] {
  const phoneUses = numberPhone(phone).map((n) => ({
    title: `${n.number} ${n.title}`,
    lines: LOCALES.flatMap((l) => n.section.lines[l]),
    ...(n.section.dial ? { dialled: n.section.dial.number } : {}),
  }));
  const skillUses = skill.map((a, i) => ({
    title: `2.${i + 1} ${answerTitle(a)}`,
    lines: LOCALES.flatMap((l: Locale) => {
      const t = a.turns[l];
      const card = t.card ? [{ spoken: { text: t.card.lines.join(' '), numbers: [] } }] : [];
      return [{ spoken: t.speech }, ...(t.reprompt ? [{ spoken: t.reprompt }] : []), ...card];
    }),
  }));
  return [...phoneUses, ...skillUses];
}

/** Builds the whole kit in memory: every screen of the phone line, every answer of the skill. */
export async function buildKit(date = new Date()): Promise<Kit> {
  const phone = phoneScript();
  const skill = await skillScript();
  const blocks = callScriptBlocks(phone, skill, {
    date: date.toLocaleDateString('en-US', { dateStyle: 'long', timeZone: 'UTC' }),
  });
  return {
    phone,
    skill,
    files: {
      'call-script.md': toMarkdown(blocks),
      'call-script.html': toHtml(blocks, 'Westmont community help line: the call script'),
      'call-flow.mmd': callFlowMermaid(),
      'numbers-to-verify.csv': numbersCsv(places(phone, skill)),
    },
  };
}

export interface MainOptions {
  readonly cwd?: string;
  /** Builds the kit; tests pass one they built already, to walk the line once. */
  readonly build?: () => Promise<Kit>;
}

export async function main(argv: readonly string[], options: MainOptions = {}): Promise<number> {
  const cwd = options.cwd ?? process.cwd();
  let values: { out?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: { out: { type: 'string' }, help: { type: 'boolean' } },
    }));
  } catch (err) {
    console.error(`${err instanceof Error ? err.message : err}\n${HELP}`);
    return 2;
  }
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (values.out === '') {
    console.error(`--out needs a folder.\n${HELP}`);
    return 2;
  }
  const out = resolve(cwd, values.out ?? DEFAULT_OUT);
  const kit = await (options.build ?? buildKit)();
  await mkdir(out, { recursive: true });
  for (const [file, text] of Object.entries(kit.files)) await writeFile(join(out, file), text, 'utf8');
  console.log(
    `Wrote the review kit to ${out}: ${Object.keys(kit.files).join(', ')}\n` +
      `  ${kit.phone.sections.length} phone screens, transfers and endings, ` +
      `${kit.skill.length} Alexa answers, in English and Spanish.`,
  );
  return 0;
}

runWhenCalled(import.meta.url, main);

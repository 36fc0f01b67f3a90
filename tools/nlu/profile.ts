// The held-out skill phrases through real Alexa: Amazon's Utterance Profiler says what Alexa's NLU selects, the
// real skill answers that request, and the answers are scored as `npm run nlu:eval` scores its stand-in.

import type { Intent, Slot, slu } from 'ask-sdk-model';
import type { Locale } from '../../content/index.js';
import { heldOut, type SkillItem } from '../../nlu/held-out.js';
import type { ToolSkill } from '../skill-request.js';
import { score, type Score } from './eval.js';
import { judgeSelection } from './skill-judge.js';
import { Profiler, type ProfiledIntent, type ProfilerOptions, type ProfileNluResponse } from './smapi.js';

type Resolution = slu.entityresolution.Resolution;

/** The profiler's selected intent as Alexa then sends it to the skill (entity-resolution values wrapped in `value`). */
function skillIntent(selected: ProfiledIntent): Intent {
  const slots = Object.entries(selected.slots ?? {}).map(([key, slot]) => {
    const resolutionsPerAuthority = (slot.resolutions?.resolutionsPerAuthority ?? []).map(
      (authority) =>
        ({
          authority: authority.authority ?? '',
          status: { code: authority.status?.code },
          values: (authority.values ?? []).map((v) => {
            const { name = '', id = '' } = 'value' in v ? v.value : v;
            return { value: { name, id } };
          }),
        }) as Resolution,
    );
    const skillSlot = {
      name: slot.name ?? key,
      confirmationStatus: slot.confirmationStatus ?? 'NONE',
      ...(slot.value === undefined ? {} : { value: slot.value }),
      ...(slot.resolutions ? { resolutions: { resolutionsPerAuthority } } : {}),
    } as Slot;
    return [key, skillSlot] as const;
  });
  return {
    name: selected.name ?? '',
    confirmationStatus: (selected.confirmationStatus ?? 'NONE') as Intent['confirmationStatus'],
    ...(slots.length > 0 ? { slots: Object.fromEntries(slots) } : {}),
  };
}

/** One profiler answer in the held-out sets' words; when it ends the session, the skill is not asked. */
async function profiledOutcomes(locale: Locale, answer: ProfileNluResponse, skill?: ToolSkill): Promise<string[]> {
  const name = answer.selectedIntent?.name;
  if (!answer.selectedIntent || !name) return ['intent:none'];
  if (answer.sessionEnded) return [`intent:${name}`, 'session:ended'];
  return judgeSelection(locale, skillIntent(answer.selectedIntent), skill);
}

export interface ProfileRun extends Omit<ProfilerOptions, 'locale'> {
  readonly locale: Locale;
  /** The phrases to send; the held-out set test/nlu/skill.<locale>.json by default. */
  readonly items?: readonly SkillItem[];
  /** Told after each phrase, for a progress line. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** Every phrase once, one request at a time (Amazon's rate limits are per account), scored against its expectation. */
export async function profileSkill(run: ProfileRun): Promise<Score> {
  const profiler = new Profiler(run);
  const items = run.items ?? heldOut(run.locale).skill;
  const phrases = [...new Set(items.map((item) => item.say))];
  const got = new Map<string, string[]>();
  for (const say of phrases) {
    got.set(say, await profiledOutcomes(run.locale, await profiler.profile(say)));
    run.onProgress?.(got.size, phrases.length);
  }
  return score(items, (item) => got.get(item.say) ?? []);
}

// The content check's phone-screen rules, on deliberately broken copies of the real content.

import { describe, expect, it } from 'vitest';
import { PHONE_BUDGET, checkContent, formatProblem, type CheckInput } from '../../content/check.js';
import type { Locale } from '../../content/index.js';
import { realInput, withValue } from './check-input.js';

/** The real content with one locale string replaced. */
const withString = (locale: Locale, key: string, value: string): CheckInput => withValue(locale, key.split('.'), value);

const errors = (input: CheckInput): string[] => checkContent(input).errors.map(formatProblem);

describe('the phone screens in the real content', () => {
  it('when checked, then no phone-screen rule fails', () => {
    expect(errors(realInput())).toEqual([]);
  });
});

describe('the transfer preamble', () => {
  it.each([
    ['en-US', 'Connecting you now to {{what}}, who can help you today. Please stay on the line while we connect you.'],
    ['es-US', 'Le comunico ahora con {{what}}, que puede ayudarle hoy. Por favor, no cuelgue mientras le comunicamos.'],
  ] as const)(
    'when the %s preamble runs over 20 words with a short name, then the check names the key and the service',
    (locale, long) => {
      const found = errors(withString(locale, 'ivr.transfer.connecting', long));
      expect(found).toContainEqual(
        expect.stringMatching(
          new RegExp(
            `^content/locales/${locale}\\.json: ivr\\.transfer\\.connecting: is \\d+ words with resource\\.\\w+\\.short; at most ${PHONE_BUDGET.preambleWords} words`,
          ),
        ),
      );
    },
  );

  it('when a short name is long enough to push the preamble over 20 words, then that name is named', () => {
    const input = withString(
      'en-US',
      'resource.castHotline.short',
      "CAST's 24-hour hotline for survivors of trafficking, in Los Angeles County and nearby areas",
    );
    expect(errors(input)).toContainEqual(expect.stringContaining('with resource.castHotline.short'));
  });

  it('when the preamble does not say who will answer, then the check refuses it', () => {
    expect(errors(withString('es-US', 'ivr.transfer.connecting', 'Por favor, no cuelgue.'))).toContain(
      'content/locales/es-US.json: ivr.transfer.connecting: lacks {{what}}: the caller must hear who will answer',
    );
  });
});

describe('the silence path and the text screen', () => {
  it.each([
    ['en-US', 'ivr.reprompt.last', 'If you do not choose, I will connect you to {name:traffickingHotline}.'],
    ['en-US', 'ivr.transfer.silent', 'Connecting you to the police. Please stay on the line.'],
    ['es-US', 'ivr.transfer.silent', 'Le comunico con la línea contra la trata.'],
    ['es-US', 'ivr.reprompt.last', 'Si no elige, le comunicaré con la policía.'],
  ] as const)(
    'when %s %s names what a bystander must not overhear, then the check refuses it',
    (locale, key, words) => {
      expect(errors(withString(locale, key, words))).toContainEqual(
        expect.stringMatching(
          new RegExp(
            `^content/locales/${locale}\\.json: ${key.replace('.', '\\.')}: says ".+", which a bystander may overhear`,
          ),
        ),
      );
    },
  );

  it('when the last warning says only that someone who can help comes next, then it passes', () => {
    expect(
      errors(withString('en-US', 'ivr.reprompt.last', 'If you do not choose, someone who can help will answer.')),
    ).toEqual([]);
  });

  it('when the text screen does not say who receives the text nor spell the keyword, then the check says what is missing', () => {
    const found = errors(withString('es-US', 'ivr.text.how', 'Envíe {{keyword}} al {sms:{{resourceId}}}.'));
    expect(found).toContainEqual(expect.stringContaining('ivr.text.how: lacks {name:{{resourceId}}}, {{spelled}}'));
  });
});

describe('service keys on topics', () => {
  it('when a topic names more services than keys 2 to 5, then the check refuses it', () => {
    const input = realInput();
    const topics = {
      ...input.topics,
      signs: {
        ...input.topics.signs,
        resourceIds: ['castHotline', 'domesticViolenceHotline', 'rainn', 'cyberTipline', 'traffickingHotline'],
      },
    } as CheckInput['topics'];
    // Five confirmed transferable services, the hotline among them: four besides it fit; one more does not.
    expect(errors({ ...input, topics })).toEqual([]);
    const more = { ...topics, signs: { ...topics.signs, resourceIds: [...topics.signs.resourceIds] } };
    more.signs = { ...more.signs, resourceIds: [...more.signs.resourceIds, 'runawaySafeline'] };
    expect(errors({ ...input, topics: more })).toContain(
      'content/topics.ts: TOPICS.signs.resourceIds: names 5 services the phone line can connect to; keys 2 to 5 hold 4. Keep the 4 most needed first',
    );
  });
});

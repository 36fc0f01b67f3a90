// The load bench's verdicts (no timing measured here): the functions a caller waits on are held to the budget.

import { describe, expect, it } from 'vitest';
import { loadVerdict } from '../../scripts/bench/load-time.js';
import { LOAD_BUDGET_RATIO } from '../../scripts/deploy/budgets.js';

describe('loadVerdict', () => {
  it('when the phone or Alexa function loads within the budget, then ok; just over it, then OVER', () => {
    for (const name of ['ivr', 'alexa'] as const) {
      expect(loadVerdict(name, LOAD_BUDGET_RATIO)).toBe(`ok (<= ${LOAD_BUDGET_RATIO}x)`);
      expect(loadVerdict(name, LOAD_BUDGET_RATIO + 0.01)).toBe(`OVER ${LOAD_BUDGET_RATIO}x`);
    }
  });

  it('when the web page function loads slowly, then it has no budget to be over', () => {
    expect(loadVerdict('web', 3)).toBe('none');
  });
});

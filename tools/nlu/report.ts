// How the understanding measures print a score: the share right, what was left out, every miss; and the verdict.

import { accuracy, MIN_ACCURACY, type Score } from './eval.js';

/** Prints one set's score and misses; true when it reaches the bar (90 %). */
export function report(console: Pick<Console, 'log'>, name: string, s: Score): boolean {
  const pct = (accuracy(s) * 100).toFixed(1);
  const pending = s.pending > 0 ? `, ${s.pending} left out (topic or service not in content/ yet)` : '';
  console.log(`${name}: ${s.right}/${s.total} = ${pct} %${pending}`);
  for (const m of s.misses) console.log(`  miss: "${m.say}" expected ${m.expected}, got ${m.got}`);
  return accuracy(s) >= MIN_ACCURACY;
}

// `npm run nlu:eval`: accuracy per channel and locale on the held-out sets, and every miss.

import { LOCALES } from '../../content/index.js';
import { accuracy, evaluatePhone, evaluateSkill, MIN_ACCURACY, type Score } from './eval.js';

function report(name: string, s: Score): boolean {
  const pct = (accuracy(s) * 100).toFixed(1);
  const pending = s.pending > 0 ? `, ${s.pending} left out (topic or service not in content/ yet)` : '';
  console.log(`${name}: ${s.right}/${s.total} = ${pct} %${pending}`);
  for (const m of s.misses) console.log(`  miss: "${m.say}" expected ${m.expected}, got ${m.got}`);
  return accuracy(s) >= MIN_ACCURACY;
}

let ok = true;
for (const locale of LOCALES) {
  ok = report(`skill ${locale} (stand-in trained on models/${locale}.json)`, await evaluateSkill(locale)) && ok;
  ok = report(`phone ${locale} (nlu/models/phone.${locale}.json + safety rules)`, await evaluatePhone(locale)) && ok;
}
process.exitCode = ok ? 0 : 1;

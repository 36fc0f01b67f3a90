// `npm run nlu:eval`: accuracy per channel and locale on the held-out sets, and every miss.

import { LOCALES } from '../../content/index.js';
import { evaluatePhone, evaluateSkill } from './eval.js';
import { report } from './report.js';

let ok = true;
for (const locale of LOCALES) {
  ok =
    report(console, `skill ${locale} (Alexa's stand-in over models/${locale}.json)`, await evaluateSkill(locale)) && ok;
  ok =
    report(console, `phone ${locale} (nlu/models/phone.${locale}.json + safety rules)`, await evaluatePhone(locale)) &&
    ok;
}
process.exitCode = ok ? 0 : 1;

// The content check: every rule an operator can break when editing content/, as a pure function over the data.
// The rules live by subject in check-locales.ts, check-said.ts, check-registry.ts and check-legal.ts.

import { Findings, type CheckInput, type CheckResult, type Problem } from './check-core.js';
import { checkLegal } from './check-legal.js';
import { checkLocales } from './check-locales.js';
import { checkMenus, checkRegistry, checkTopics } from './check-registry.js';
import { checkSpoken } from './check-said.js';

export {
  PHONE_BUDGET,
  flatten,
  localeFile,
  wordCount,
  type CheckInput,
  type CheckResult,
  type Problem,
} from './check-core.js';
export { repeatedShare } from './check-locales.js';
export { byUrgency, verificationList } from './check-registry.js';
export { spokenSentences } from './check-said.js';

export function checkContent(input: CheckInput): CheckResult {
  const findings = new Findings();
  const flat = checkLocales(input, findings);
  checkSpoken(input, flat, findings);
  checkRegistry(input, findings);
  checkTopics(input, findings);
  checkMenus(input, findings);
  checkLegal(input, flat, findings);
  return { errors: findings.errors, warnings: findings.warnings };
}

export const formatProblem = (p: Problem): string => `${p.file}: ${p.key}: ${p.message}`;

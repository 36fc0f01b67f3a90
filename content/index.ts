// Public API of the content module. Channels import from here only.

export * from './types.js';
export { HOTLINE, RESOURCES, RESOURCE_LISTS } from './resources.js';
export { READING_ORDER, TOPICS } from './topics.js';
export { LEGAL } from './legal.js';
export { DISCLOSURES, RUNAWAY_SERVICE } from './disclosures.js';
export { disclosureWords, type DisclosureWords } from './disclosure-words.js';
export { MENUS } from './menus.js';
export { tFor } from './i18n.js';
export { displayPhone, spokenGroups, isNanpE164 } from './phone.js';
export {
  ContentError,
  PAUSE_MS,
  prompt,
  join,
  topicTitle,
  topicSummary,
  topicDetails,
  resourceName,
  resourceShortName,
  resourcePurpose,
  numberTwice,
  numberTwiceAfter,
  timesSaid,
  capitalised,
  type Vars,
} from './prompts.js';
export { renderDisplay } from './render-display.js';
export { isOpenAt } from './hours.js';
export { alternativeOf, canText, canTransfer, connectableServices, hasConfirmedNumber, isConfirmed } from './reach.js';
export { isLocale, otherLocale, listTopics, listResources } from './lookup.js';

// Public API of the content module. Channels import from here only.

export * from './types.js';
export { RESOURCES, RESOURCE_LISTS } from './resources.js';
export { TOPICS } from './topics.js';
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
  capitalised,
  type Vars,
} from './prompts.js';
export { renderDisplay } from './render-display.js';
export { isOpenAt } from './hours.js';
export { canTransfer, connectableServices } from './routes.js';
export { isLocale, otherLocale, listTopics, listResources } from './lookup.js';

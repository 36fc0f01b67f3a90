// The parts of ask-sdk-core the skill runs, each from its own file. The package's index also loads its HTTP API
// client, and with it Node's http and https modules, on every cold start; this skill never calls an Alexa API.
// Types still come from 'ask-sdk-core' (type imports load nothing).

export { SkillBuilders } from 'ask-sdk-core/dist/skill/SkillBuilders.js';
export {
  getIntentName,
  getLocale,
  getRequestType,
  getSupportedInterfaces,
} from 'ask-sdk-core/dist/util/RequestEnvelopeUtils.js';

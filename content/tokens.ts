// The registry tokens sentences use instead of numbers, names and citations; read by prompts.ts and the content check.

/**
 * A registry token in a sentence: {number:ID}, {phone:ID}, {sms:ID}, {name:ID}, {purpose:ID}, {web:ID}, {law:ID} or {pause}.
 * The content check uses it too; an id may also be an i18next placeholder ({{resourceId}}), filled in before
 * rendering.
 */
export const TOKEN = /\{(number|phone|sms|name|purpose|web|law|pause)(?::([A-Za-z0-9]+|\{\{resourceId\}\}))?\}/g;

/** The tokens a sentence may hold, for messages that list them. */
export const TOKEN_FORMS = '{number:ID}, {phone:ID}, {sms:ID}, {name:ID}, {purpose:ID}, {web:ID}, {law:ID} or {pause}';

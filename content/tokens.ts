// The registry tokens sentences use instead of numbers and names; read by prompts.ts and the content check.

/**
 * A registry token in a sentence: {number:ID}, {sms:ID}, {name:ID}, {purpose:ID}, {web:ID} or {pause}. The content
 * check uses it too; an id may also be an i18next placeholder ({{resourceId}}), filled in before rendering.
 */
export const TOKEN = /\{(number|sms|name|purpose|web|pause)(?::([A-Za-z0-9]+|\{\{resourceId\}\}))?\}/g;

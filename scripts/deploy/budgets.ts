// The deployment's budgets and where each function's bundle sits inside its zip: shared by package, bench and tests.

/** Every function zip at most 300 kB (300,000 bytes): small zips upload fast and start cold fast. */
export const ZIP_BUDGET_BYTES = 300_000;

/**
 * Loading a bundled handler in a fresh Node process may cost at most this share of a bare `node -e 0`, beyond it,
 * both measured in the same run (a ratio, so a slower or busier machine moves both sides alike). It holds for the
 * functions a caller waits on (Twilio gives a webhook 15 s, Alexa about 8 s); the page's load is printed, unbudgeted.
 */
export const LOAD_BUDGET_RATIO = 0.5;

/**
 * serverless.yml's functions: the source file its handler names, each zip held to ZIP_BUDGET_BYTES, the handler file
 * serverless-esbuild writes for each (format esm, .mjs), and whether its load is held to LOAD_BUDGET_RATIO.
 */
export const FUNCTIONS = {
  alexa: { entry: 'lambda/index.ts', zip: 'alexa.zip', handlerFile: 'lambda/index.mjs', loadBudget: true },
  ivr: { entry: 'ivr/lambda.ts', zip: 'ivr.zip', handlerFile: 'ivr/lambda.mjs', loadBudget: true },
  web: { entry: 'web/lambda.ts', zip: 'web.zip', handlerFile: 'web/lambda.mjs', loadBudget: false },
} as const;

export type FunctionName = keyof typeof FUNCTIONS;
export const FUNCTION_NAMES = Object.keys(FUNCTIONS) as FunctionName[];

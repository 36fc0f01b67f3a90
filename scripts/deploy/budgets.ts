// The deployment's budgets and where each function's bundle sits inside its zip: shared by package, bench and tests.

/** A function zip at most 300 kB (300,000 bytes): small zips upload fast and start cold fast. */
export const ZIP_BUDGET_BYTES = 300_000;

/**
 * The ivr zip also carries the web page (express, the Voice SDK file) and the phone line's speech classifier
 * (NLP.js and its trained data, about 95 kB deflated, loaded on the first speech request, not at the opening).
 * Until the page moves to its own function, its budget is 400 kB: over the 300 kB target, on purpose and measured.
 */
export const IVR_ZIP_BUDGET_BYTES = 400_000;

/**
 * Loading a bundled handler in a fresh Node process may cost at most this share of a bare `node -e 0`, beyond it,
 * both measured in the same run (a ratio, so a slower or busier machine moves both sides alike).
 */
export const LOAD_BUDGET_RATIO = 0.5;

/** serverless.yml's functions and the handler file serverless-esbuild writes for each (format esm, .mjs). */
export const FUNCTIONS = {
  alexa: { zip: 'alexa.zip', handlerFile: 'lambda/index.mjs', exportName: 'handler', zipBudget: ZIP_BUDGET_BYTES },
  ivr: { zip: 'ivr.zip', handlerFile: 'ivr/lambda.mjs', exportName: 'handler', zipBudget: IVR_ZIP_BUDGET_BYTES },
} as const;

export type FunctionName = keyof typeof FUNCTIONS;
export const FUNCTION_NAMES = Object.keys(FUNCTIONS) as FunctionName[];

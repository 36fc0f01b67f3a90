// The one definition of "production" every host and channel config uses.

/** NODE_ENV=production, or running on AWS Lambda: no unsigned or loopback-only development mode, whatever else is set. */
export function isProduction(env: Readonly<Record<string, string | undefined>>): boolean {
  return env.NODE_ENV?.trim() === 'production' || Boolean(env.AWS_LAMBDA_FUNCTION_NAME);
}

// A secret read at run time from SSM Parameter Store (a SecureString, decrypted), once per container.

import { createRequire } from 'node:module';
import type { ConfigProblem } from './config-error.js';

/** A secret's value, read once and kept; `reread` reads it again when the kept one may have been rotated. */
export interface Secret {
  (): Promise<string>;
  /** The value read again when the kept one is older than `olderThanMs`, else the kept one; SSM down keeps it. */
  readonly reread?: (olderThanMs: number) => Promise<string>;
}

type SsmModule = typeof import('@aws-sdk/client-ssm');

/**
 * Loaded with require on purpose: on Lambda the SDK is the runtime's own (left out of the zip, see serverless.yml),
 * found through NODE_PATH, which CommonJS resolution reads and ES module imports do not.
 */
const loadSsm = (): SsmModule => createRequire(import.meta.url)('@aws-sdk/client-ssm') as SsmModule;

/**
 * The parameter's value, fetched on the first call (not at load, so a cold start does not wait for it) and then
 * kept for the life of the process. Concurrent first calls share one request; a failed fetch is not kept, so the
 * next call tries again. The SDK is loaded only then: a server that never reads a secret never loads it.
 */
export function ssmSecret(name: string, now: () => number = Date.now): Secret {
  let value: Promise<string> | undefined;
  let readAt = 0;
  const fetchOnce = async (): Promise<string> => {
    const { GetParameterCommand, SSMClient } = loadSsm();
    // Region and credentials come from the Lambda environment.
    const client = new SSMClient({});
    const out = await client.send(new GetParameterCommand({ Name: name, WithDecryption: true }));
    const secret = out.Parameter?.Value;
    if (!secret) throw new Error(`SSM parameter ${name} has no value.`);
    return secret.trim();
  };
  const read = (): Promise<string> => {
    readAt = now();
    const reading = fetchOnce().catch((err: unknown) => {
      if (value === reading) value = undefined;
      throw err;
    });
    value = reading;
    return reading;
  };
  const secret = (): Promise<string> => value ?? read();
  const reread = async (olderThanMs: number): Promise<string> => {
    const kept = value;
    if (kept === undefined) return read();
    if (now() - readAt < olderThanMs) return kept;
    return read().catch(() => {
      value = kept;
      return kept;
    });
  };
  return Object.assign(secret, { reread });
}

/**
 * Where a secret comes from: given directly (a server of your own, serverless-offline), else the SSM parameter read at
 * run time (Lambda: the template and the environment hold only its name), else nowhere (undefined).
 */
export function secretFrom(value: string | undefined, parameter: string | undefined): Secret | undefined {
  if (value !== undefined) return () => Promise.resolve(value);
  if (parameter !== undefined) return ssmSecret(parameter);
  return undefined;
}

/** An SSM parameter name: /path/to/name, letters, digits and . - _ only. */
const SSM_PARAMETER = /^\/[A-Za-z0-9_.\-/]{1,1010}$/;

/** The SSM parameter named by `variable`, undefined when unset; a name SSM would refuse is a problem naming the fix. */
export function readParameterName(
  env: Readonly<Record<string, string | undefined>>,
  variable: string,
  example: string,
  problems: ConfigProblem[],
): string | undefined {
  const raw = env[variable]?.trim();
  if (!raw) return undefined;
  if (!SSM_PARAMETER.test(raw)) {
    problems.push({
      variable,
      problem: `"${raw}" is not an SSM parameter name.`,
      fix: `give the SecureString parameter's full name, e.g. ${example}.`,
    });
  }
  return raw;
}

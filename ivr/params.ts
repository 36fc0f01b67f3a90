// Reading Twilio's form parameters defensively: a body that is not form-encoded counts as no input.

import type { Request } from 'express';

export type FormParams = Readonly<Record<string, string | string[]>>;

/** The parsed form body, or {} when the body was absent, not form-encoded, or not an object. */
export function formParams(req: Request): FormParams {
  const body: unknown = req.body;
  if (body === null || typeof body !== 'object' || Buffer.isBuffer(body) || Array.isArray(body)) return {};
  return body as FormParams;
}

/** One string parameter; repeated or missing parameters count as absent. */
export function param(params: FormParams, name: string): string | undefined {
  const value = params[name];
  return typeof value === 'string' ? value : undefined;
}

// PUBLIC_BASE_URL, the address Twilio and visitors call: read and checked once for every host that routes below it.

import { ConfigError, type ConfigProblem } from './config-error.js';

const PUBLIC_BASE_URL_FIX =
  'set it to the https address Twilio calls, without /ivr, e.g. https://help.example.org, https://abc123.execute-api.us-east-1.amazonaws.com or, with an API stage or base path, https://abc123.execute-api.us-east-1.amazonaws.com/prod.';

/** Every way a value makes each signature fail, checked on the value exactly as given. */
function publicBaseUrlProblem(raw: string): string | undefined {
  if (/\s/.test(raw)) return 'holds whitespace, which Twilio never sends in the URL it signs: remove it.';
  if (raw.includes('#') || raw.includes('?'))
    return 'holds a "#" or "?"; Twilio signs the path and its own query only.';
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'is not a URL.';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'must start with https:// (or http://).';
  if (url.username || url.password) return 'must not hold a user name or password.';
  if (/\/ivr(\/|$)/i.test(url.pathname)) return 'contains /ivr; the phone routes add /ivr themselves.';
  return undefined;
}

/** PUBLIC_BASE_URL without trailing slashes, undefined when unset; a wrong value is a problem naming the fix. */
export function readPublicBaseUrl(env: NodeJS.ProcessEnv, problems: ConfigProblem[]): string | undefined {
  const raw = env.PUBLIC_BASE_URL;
  if (raw === undefined || raw === '') return undefined;
  const problem = publicBaseUrlProblem(raw);
  if (problem) {
    problems.push({ variable: 'PUBLIC_BASE_URL', problem: `"${raw}" ${problem}`, fix: PUBLIC_BASE_URL_FIX });
    return undefined;
  }
  return raw.replace(/\/+$/, '');
}

/** The path part of PUBLIC_BASE_URL ('' or e.g. '/prod'): an API stage or custom-domain base path. */
export function basePathOf(publicBaseUrl: string | undefined): string {
  return publicBaseUrl === undefined ? '' : new URL(publicBaseUrl).pathname.replace(/\/+$/, '');
}

/**
 * PUBLIC_BASE_URL's path alone, checked as the phone line checks it: for a host that only routes below it (the web
 * function). Throws one ConfigError when the value is wrong.
 */
export function loadBasePath(env: NodeJS.ProcessEnv): string {
  const problems: ConfigProblem[] = [];
  const publicBaseUrl = readPublicBaseUrl(env, problems);
  if (problems.length > 0) throw new ConfigError(problems);
  return basePathOf(publicBaseUrl);
}

/**
 * The path below PUBLIC_BASE_URL's path (a stage or a custom domain's base path, e.g. /prod), so the routes match
 * and the signed URL is PUBLIC_BASE_URL plus the rest. A path not below it is returned as it is.
 */
export function pathBelow(basePath: string, path: string): string {
  const rest = path.slice(basePath.length);
  return basePath && path.startsWith(basePath) && (rest === '' || rest.startsWith('/')) ? rest || '/' : path;
}

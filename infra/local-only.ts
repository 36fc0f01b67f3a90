// The one rule for a request check switched off (Twilio's or Amazon's signature): never in production, never on a
// host other machines can reach, and then per request only for a direct connection from this machine
// (isDirectLocalRequest). Every config loader, the server when it binds, and the checks themselves ask here.

import { ConfigError, type ConfigProblem } from './config-error.js';
import { isLoopback } from './loopback.js';

/** A request check that a setting switched off, described for the operator. */
export interface CheckOff {
  /** The setting, e.g. TWILIO_AUTH_TOKEN. */
  readonly variable: string;
  /** How it is switched off, e.g. "is not set". */
  readonly state: string;
  /** What anyone could then do, e.g. "anyone could drive the phone line". */
  readonly risk: string;
  /** How to switch the check back on, e.g. "set TWILIO_AUTH_TOKEN to …". */
  readonly fix: string;
}

/** Where the checks would be off: the host or address served on (none on Lambda or in-process), and production. */
export interface Where {
  readonly host?: string | undefined;
  readonly production: boolean;
}

/** The problems with running with this check off here; [] when it is allowed (loopback, not production). */
export function checkOffProblems(off: CheckOff, where: Where): ConfigProblem[] {
  const { variable, state, risk, fix } = off;
  if (where.production) {
    return [
      {
        variable,
        problem: `${state}, and this is a production environment (NODE_ENV=production or AWS Lambda): ${risk}.`,
        fix: `${fix}.`,
      },
    ];
  }
  if (where.host !== undefined && !isLoopback(where.host)) {
    return [
      {
        variable,
        problem: `${state} while HOST=${where.host} lets other machines reach the server: ${risk}.`,
        fix: `${fix}, or set HOST=127.0.0.1 to try it on this machine only.`,
      },
    ];
  }
  return [];
}

/** Throws one ConfigError naming every check that may not be off here. */
export function assertChecksOffAllowed(checks: readonly CheckOff[], where: Where): void {
  const problems = checks.flatMap((off) => checkOffProblems(off, where));
  if (problems.length > 0) throw new ConfigError(problems);
}

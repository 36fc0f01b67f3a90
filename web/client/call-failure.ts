// Why a browser call failed, in the words the page has for it: the microphone, the network, or our configuration.

export type FailureStatus = 'failed' | 'failedMicrophone' | 'failedNetwork' | 'failedConfiguration' | 'failedBrowser';

/** A failure whose cause is already known where it happened (the token route, the SDK file, the microphone). */
export class CallSetupError extends Error {
  constructor(readonly status: FailureStatus) {
    super(status);
    this.name = 'CallSetupError';
  }
}

/** Twilio Voice SDK error codes (twilio.com/docs/api/errors) grouped by what the person can do about them. */
const MICROPHONE = [31401, 31402, 31208];
const CONFIGURATION = [20101, 20104, 20151, 31001, 31201, 31202, 31203, 31204, 31205, 31207];
// 31000 ("unknown") is what the SDK reports when its signalling socket to Twilio cannot open (seen with Twilio
// out of reach); a token or microphone problem has its own code.
const NETWORK = [31000, 31003, 31005, 31009];

export function failureStatus(error: unknown, online: boolean): FailureStatus {
  if (error instanceof CallSetupError) return error.status;
  const { name, code } = (error ?? {}) as { name?: unknown; code?: unknown };
  // getUserMedia's refusals: permission denied, or no microphone at all.
  if (name === 'NotAllowedError' || name === 'NotFoundError' || name === 'SecurityError') return 'failedMicrophone';
  if (!online) return 'failedNetwork';
  if (typeof code !== 'number') return 'failed';
  if (MICROPHONE.includes(code)) return 'failedMicrophone';
  if (CONFIGURATION.includes(code) || (code >= 31100 && code < 31200)) return 'failedConfiguration';
  if (NETWORK.includes(code) || (code >= 53000 && code < 54000)) return 'failedNetwork';
  return 'failed';
}

// The Twilio error and warning codes the Debugger webhook's counts name one by one (what each means for this line:
// docs/operations.md, "Twilio's own errors"); any other code is counted as "other". Codes only, nothing else.

export const TWILIO_ERROR_CODES = [
  // The account
  '10001',
  '10003',
  // Fetching our TwiML: the URL, the connection, the certificate
  '11100',
  '11200',
  '11205',
  '11206',
  '11210',
  '11215',
  '11220',
  '11235',
  '11236',
  '11237',
  // Our answer as TwiML
  '12100',
  '12200',
  '12300',
  '12400',
  // A transfer (<Dial>)
  '13214',
  '13223',
  '13224',
  '13226',
  '13248',
  '32224',
] as const;

/** The Debugger event's Level, lower-cased: Twilio documents Error and Warning. */
export const TWILIO_EVENT_LEVELS = ['error', 'warning'] as const;

// Settings that let a built handler start outside AWS (bench, tests): well-formed stand-ins, never real secrets.

/** 32 hexadecimal characters, the shape of a Twilio auth token; signs only local test requests. */
export const STAND_IN_AUTH_TOKEN = '0123456789abcdef0123456789abcdef';

/** The shape of an Alexa skill ID; no real skill has it. */
export const STAND_IN_SKILL_ID = 'amzn1.ask.skill.00000000-0000-4000-8000-000000000001';

/**
 * The environment serverless.yml gives the alexa and ivr functions on AWS, with stand-in values, except that the token is given
 * directly: on AWS the function reads it from SSM (TWILIO_AUTH_TOKEN_PARAMETER), which needs an AWS account.
 */
export function handlerEnv(publicBaseUrl: string): Record<string, string> {
  return {
    NODE_ENV: 'production',
    LOG_LEVEL: 'info',
    TWILIO_AUTH_TOKEN: STAND_IN_AUTH_TOKEN,
    PUBLIC_BASE_URL: publicBaseUrl,
    TRANSFER_CALLER_ID: 'line',
    ALEXA_SKILL_ID: STAND_IN_SKILL_ID,
  };
}

/** The web function's environment as serverless.yml gives it: no Twilio token or its parameter, no skill ID. */
export function webHandlerEnv(publicBaseUrl: string): Record<string, string> {
  return { NODE_ENV: 'production', LOG_LEVEL: 'info', PUBLIC_BASE_URL: publicBaseUrl };
}

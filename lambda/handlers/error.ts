// ErrorHandler: whatever went wrong, a short apology and the hotline number; the session stays open.

import type { ErrorHandler as AskErrorHandler } from 'ask-sdk-core';
import type { Logger } from '../../infra/logger.js';
import { errorAnswer } from '../answers.js';
import { localeOf } from '../interceptors/locale.js';
import { requestSummary } from '../interceptors/log.js';
import { respond } from '../respond.js';

export function errorHandler(logger: Logger): AskErrorHandler {
  return {
    canHandle: () => true,
    handle(input, error) {
      // The error's name only: a message, a stack or the request could carry what the user said.
      logger.error({ event: 'alexa.error', ...requestSummary(input), error: error.name });
      return respond(input, errorAnswer(localeOf(input)));
    },
  };
}

// ErrorHandler: whatever went wrong, a short apology and the hotline number; the session stays open, the error is counted.

import type { ErrorHandler as AskErrorHandler } from 'ask-sdk-core';
import type { Logger } from '../../infra/logger.js';
import { NO_COUNTS } from '../../infra/metrics/events.js';
import { errorAnswer } from '../answers.js';
import { requestLabels } from '../interceptors/count.js';
import { localeOf } from '../interceptors/locale.js';
import { requestSummary } from '../interceptors/log.js';
import type { AlexaCounts } from '../metrics.js';
import { respond } from '../respond.js';

export function errorHandler(logger: Logger, counts: AlexaCounts = NO_COUNTS): AskErrorHandler {
  return {
    canHandle: () => true,
    handle(input, error) {
      // The error's name only: a message, a stack or the request could carry what the user said.
      logger.error({ event: 'alexa.error', ...requestSummary(input), error: error.name });
      counts.record({ kind: 'skillError', ...requestLabels(input) });
      return respond(input, errorAnswer(localeOf(input)));
    },
  };
}

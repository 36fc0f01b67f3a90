// failureStatus: a browser call's failure named by its cause, from the errors the browser and the Voice SDK give.

import { describe, expect, it } from 'vitest';
import { CallSetupError, failureStatus } from '../../web/client/call-failure.js';

const twilioError = (code: number): Error => Object.assign(new Error('twilio'), { code });

describe('failureStatus', () => {
  it('when the cause was known where it happened, then it is kept', () => {
    expect(failureStatus(new CallSetupError('failedConfiguration'), true)).toBe('failedConfiguration');
  });

  it.each(['NotAllowedError', 'NotFoundError'])(
    'when getUserMedia fails with %s, then it is the microphone',
    (name) => {
      expect(failureStatus(Object.assign(new Error('x'), { name }), true)).toBe('failedMicrophone');
    },
  );

  it.each([
    [31401, 'failedMicrophone'],
    [31402, 'failedMicrophone'],
    [20101, 'failedConfiguration'],
    [31204, 'failedConfiguration'],
    [31001, 'failedConfiguration'],
    [31000, 'failedNetwork'],
    [31005, 'failedNetwork'],
    [53000, 'failedNetwork'],
    [31486, 'failed'],
  ])('when the Voice SDK reports code %i, then the status is %s', (code, status) => {
    expect(failureStatus(twilioError(code), true)).toBe(status);
  });

  it('when the browser is offline, then any failure without a clearer cause is the network', () => {
    expect(failureStatus(new Error('?'), false)).toBe('failedNetwork');
    expect(failureStatus(new Error('?'), true)).toBe('failed');
  });
});

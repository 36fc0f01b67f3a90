// readTwilioRequest alone: what a webhook's shape is read as, and which shapes are refused before the signature check.

import { describe, expect, it } from 'vitest';
import { BODY_LIMIT_BYTES, type HttpRequest, type HttpResponse } from '../../infra/http.js';
import { readTwilioRequest, type TwilioRequest } from '../../ivr/request.js';

const FORM = 'application/x-www-form-urlencoded';

function request(url: string, body = 'CallSid=CA1&Digits=1', contentType: string | null = FORM): HttpRequest {
  return {
    method: 'POST',
    url,
    headers: contentType === null ? {} : { 'content-type': contentType },
    body: Buffer.from(body),
    protocol: 'http',
  };
}

const parts = (url: string, body?: string): TwilioRequest => {
  const read = readTwilioRequest(request(url, body));
  if (read === undefined || 'status' in read) throw new Error(`expected parts, got ${JSON.stringify(read)}`);
  return read;
};

const refusal = (req: HttpRequest): Pick<HttpResponse, 'status' | 'body'> => {
  const read = readTwilioRequest(req);
  if (read === undefined || !('status' in read)) throw new Error(`expected a refusal, got ${JSON.stringify(read)}`);
  return { status: read.status, body: read.body };
};

describe('readTwilioRequest: what a request names', () => {
  it.each([
    ['/ivr/voice', { name: 'voice' }],
    ['/IVR/Voice/', { name: 'voice' }],
    ['/ivr/fallback?lang=es-US', { name: 'fallback' }],
    ['/ivr/dial/traffickingHotline?lang=en-US&from=main', { name: 'dial', id: 'traffickingHotline' }],
    ['/ivr/menu/main?lang=en-US&tries=0', { name: 'screen', segment: 'menu', id: 'main' }],
    ['/ivr/topic/sign%73', { name: 'screen', segment: 'topic', id: 'signs' }],
  ])('when the target is %s, then the route is %j', (url, route) => {
    expect(parts(url).route).toEqual(route);
  });

  it.each(['/ivr', '/ivr/', '/ivr/nothing', '/ivr/a/b/c', '/ivr//main'])(
    'when the target is %s, then it names no route (checked for a signature, then 404)',
    (url) => {
      expect(parts(url).route).toBeUndefined();
    },
  );

  it.each(['/', '/healthz', '/ivrx/voice', '/alexa'])(
    'when the path %s is not under /ivr, then it is not ours',
    (url) => {
      expect(readTwilioRequest(request(url))).toBeUndefined();
    },
  );

  it('when the query and form are read, then each parameter is one string', () => {
    const read = parts('/ivr/menu/main?lang=es-US&tries=1', 'Digits=2&SpeechResult=hola+amigo');
    expect({ ...read.query }).toEqual({ lang: 'es-US', tries: '1' });
    expect({ ...read.params }).toEqual({ Digits: '2', SpeechResult: 'hola amigo' });
  });

  it('when the target is absolute-form, then it is read by its path (the signature check refuses it later)', () => {
    expect(parts('http://line.test/ivr/voice?lang=es-US')).toMatchObject({
      route: { name: 'voice' },
      query: { lang: 'es-US' },
    });
  });
});

describe('readTwilioRequest: shapes refused before the signature check', () => {
  it('when the body is over the limit, then 413', () => {
    const big = request('/ivr/voice', `a=${'x'.repeat(BODY_LIMIT_BYTES)}`);
    expect(refusal(big).status).toBe(413);
  });

  it('when the form declares a charset other than UTF-8, then 415 naming it', () => {
    expect(refusal(request('/ivr/voice', 'a=1', `${FORM}; charset=shift_jis`))).toEqual({
      status: 415,
      body: 'Unsupported charset "SHIFT_JIS".',
    });
  });

  it('when the form has more fields than any body parser would read, then 413', () => {
    const fields = Array.from({ length: 1001 }, (_, i) => `f${i}=1`).join('&');
    expect(refusal(request('/ivr/voice', fields)).status).toBe(413);
  });

  it('when a body is not a form, then 400 naming the form type', () => {
    expect(refusal(request('/ivr/voice', '{"Digits":"1"}', 'application/json'))).toMatchObject({ status: 400 });
    expect(refusal(request('/ivr/voice', 'Digits=1', null)).body).toMatch(/x-www-form-urlencoded/);
  });

  it.each([
    ['the body', '/ivr/menu/main', 'Digits=1&Digits=2'],
    ['the query', '/ivr/menu/main?lang=en-US&lang=es-US', 'Digits=1'],
  ])('when a parameter is repeated in %s, then 400', (_where, url, body) => {
    expect(refusal(request(url, body))).toEqual({ status: 400, body: 'Bad request: a parameter is repeated.' });
  });

  it('when a path segment is not valid percent-encoding, then 400', () => {
    expect(refusal(request('/ivr/menu/%E0%A4%A')).status).toBe(400);
  });
});

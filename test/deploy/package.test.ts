// `osls package` offline: both zips within budget, the CloudFormation template as promised, and the built
// handlers answering real Lambda events in a fresh Node process.

import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FUNCTIONS, ZIP_BUDGET_BYTES } from '../../scripts/deploy/budgets.js';
import { handlerEnv, STAND_IN_AUTH_TOKEN, STAND_IN_SKILL_ID } from '../../scripts/deploy/bundle-env.js';
import { packageFunctions, zipReports } from '../../scripts/deploy/package.js';
import { INCOMING_CALL, signedWebhook } from '../../scripts/deploy/twilio-webhook.js';
import { extractZip, listZip } from '../../scripts/deploy/zip.js';
import { invokeBuilt, type Invocation } from './built-handler.js';
import { alexaLaunch, API_HOST, httpApiEvent } from './events.js';

const work = mkdtempSync(join(tmpdir(), 'westmont-package-test-'));
const packageDir = join(work, 'package');
const extracted = { alexa: join(work, 'alexa'), ivr: join(work, 'ivr') };
/** A custom domain in front of the API: Twilio signs this URL, not the API Gateway host. */
const PUBLIC_BASE_URL = 'https://help.example.test';

/** No AWS credentials of any kind may reach osls: packaging must not need an account. */
const NO_AWS: Record<string, string> = {
  AWS_ACCESS_KEY_ID: '',
  AWS_SECRET_ACCESS_KEY: '',
  AWS_SESSION_TOKEN: '',
  AWS_PROFILE: '',
  AWS_SHARED_CREDENTIALS_FILE: join(work, 'no-credentials'),
  AWS_CONFIG_FILE: join(work, 'no-config'),
  ESBUILD_WORK_FOLDER: `.esbuild/package-test-${process.pid}`,
};

interface Template {
  Resources: Record<string, { Type: string; Properties: Record<string, unknown> }>;
}
let template: Template;

beforeAll(async () => {
  await packageFunctions(
    ['--package', packageDir, `--param=alexaSkillId=${STAND_IN_SKILL_ID}`],
    // A token in the packaging environment must not find its way into the template either.
    { env: { ...NO_AWS, TWILIO_AUTH_TOKEN: STAND_IN_AUTH_TOKEN }, webAssets: 'if-missing' },
  );
  template = JSON.parse(
    readFileSync(join(packageDir, 'cloudformation-template-update-stack.json'), 'utf8'),
  ) as Template;
  extractZip(join(packageDir, FUNCTIONS.alexa.zip), extracted.alexa);
  extractZip(join(packageDir, FUNCTIONS.ivr.zip), extracted.ivr);
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

function zipNames(name: keyof typeof FUNCTIONS): string[] {
  return listZip(readFileSync(join(packageDir, FUNCTIONS[name].zip))).map((e) => e.name);
}

function bundleText(name: keyof typeof FUNCTIONS): string {
  return readFileSync(join(extracted[name], FUNCTIONS[name].handlerFile), 'utf8');
}

describe('the zips', () => {
  it("when packaged, then each zip is within its function's budget (300 kB; the ivr zip with the page and classifier 400 kB)", () => {
    for (const zip of zipReports(packageDir)) {
      expect(zip.bytes, `${zip.name}.zip`).toBeLessThanOrEqual(FUNCTIONS[zip.name as keyof typeof FUNCTIONS].zipBudget);
    }
    expect(FUNCTIONS.alexa.zipBudget).toBe(ZIP_BUDGET_BYTES);
  });

  it('when packaged, then the alexa zip holds only its one bundle', () => {
    expect(zipNames('alexa')).toEqual([FUNCTIONS.alexa.handlerFile]);
  });

  it('when packaged, then the ivr zip holds its bundle and the web page files, and no node_modules', () => {
    const names = zipNames('ivr');
    expect(names).toContain(FUNCTIONS.ivr.handlerFile);
    expect(names).toEqual(expect.arrayContaining(['web/public/page.css', 'web/public/quick-exit.js']));
    expect(names.filter((n) => n.includes('node_modules'))).toEqual([]);
  });

  // Each marker below is a string only that code carries; the whole `twilio` package, or the app with the real
  // lambda/http.js, contains them (checked when this test was written), so these fail if either comes back.
  it('when bundled, then only the TwiML builder and webhook check of twilio are in, not its REST client', () => {
    const ivr = bundleText('ivr');
    expect(ivr).toContain('Gather');
    expect(ivr).toContain('No signature header error');
    expect(ivr).not.toContain('api.twilio.com');
    expect(ivr).not.toContain('Twilio-Client');
  });

  it('when bundled, then the ivr function ships without the Alexa HTTP adapter and its crypto library', () => {
    const ivr = bundleText('ivr');
    expect(ivr).not.toContain('SignatureCertChainUrl');
    expect(ivr).not.toContain('echo-api.amazon.com');
    expect(ivr).not.toContain('forge.pki');
  });
});

describe('the CloudFormation template', () => {
  const fn = (name: string): Record<string, unknown> => {
    const resource = template.Resources[name];
    if (!resource) throw new Error(`No ${name} in the template.`);
    return resource.Properties;
  };
  const env = (name: string): Record<string, unknown> =>
    (fn(name).Environment as { Variables: Record<string, unknown> }).Variables;

  it('when packaged, then both functions run Node 22 with timeouts under the platforms’ own', () => {
    expect(fn('AlexaLambdaFunction')).toMatchObject({ Runtime: 'nodejs22.x', Handler: 'lambda/index.handler' });
    expect(fn('IvrLambdaFunction')).toMatchObject({ Runtime: 'nodejs22.x', Handler: 'ivr/lambda.handler' });
    expect(fn('AlexaLambdaFunction').Timeout).toBeLessThan(8);
    expect(fn('IvrLambdaFunction').Timeout).toBeLessThan(15);
  });

  it('when packaged, then only the Alexa Skills Kit, for the one skill ID, may invoke the alexa function', () => {
    const permissions = Object.values(template.Resources).filter(
      (r) =>
        r.Type === 'AWS::Lambda::Permission' &&
        JSON.stringify(r.Properties.FunctionName).includes('AlexaLambdaFunction'),
    );
    expect(permissions.map((p) => p.Properties)).toEqual([
      expect.objectContaining({ Principal: 'alexa-appkit.amazon.com', EventSourceToken: STAND_IN_SKILL_ID }),
    ]);
  });

  it('when packaged, then the HTTP API routes the phone line, health check and web page to ivr, and nothing else', () => {
    const routes = Object.values(template.Resources)
      .filter((r) => r.Type === 'AWS::ApiGatewayV2::Route')
      .map((r) => r.Properties.RouteKey)
      .sort();
    expect(routes).toEqual(
      ['GET /', 'GET /es', 'GET /assets/{name}', 'GET /healthz', 'POST /ivr/{proxy+}', 'POST /voice-token'].sort(),
    );
  });

  it('when packaged, then the functions may write their logs and read the one token parameter, and logs expire', () => {
    const policies = template.Resources.IamRoleLambdaExecution?.Properties.Policies;
    const actions = JSON.stringify(policies).match(/"[a-z0-9-]+:[A-Za-z*]+"/g) ?? [];
    expect(actions.length).toBeGreaterThan(0);
    expect(actions.filter((a) => !a.startsWith('"logs:'))).toEqual(['"ssm:GetParameter"']);
    const statements = (policies as { PolicyDocument: { Statement: { Action: unknown; Resource: unknown }[] } }[])
      .flatMap((p) => p.PolicyDocument.Statement)
      .filter((st) => JSON.stringify(st.Action).includes('ssm:'));
    expect(statements).toHaveLength(1);
    const resource = JSON.stringify(statements[0]?.Resource);
    expect(resource).toContain(':parameter/westmont-help-line/dev/twilio-auth-token');
    expect(resource).not.toContain('*');
    const groups = Object.values(template.Resources).filter((r) => r.Type === 'AWS::Logs::LogGroup');
    expect(groups).toHaveLength(2);
    for (const group of groups) expect(group.Properties.RetentionInDays).toBeGreaterThan(0);
  });

  it('when no publicBaseUrl is given, then PUBLIC_BASE_URL is the HTTP API’s own URL; the token is named, not given', () => {
    expect(env('IvrLambdaFunction')).toMatchObject({
      NODE_ENV: 'production',
      PUBLIC_BASE_URL: { 'Fn::GetAtt': ['HttpApi', 'ApiEndpoint'] },
      TWILIO_AUTH_TOKEN_PARAMETER: '/westmont-help-line/dev/twilio-auth-token',
      ALEXA_SKILL_ID: STAND_IN_SKILL_ID,
    });
    expect(env('AlexaLambdaFunction')).toMatchObject({
      NODE_ENV: 'production',
      ALEXA_SKILL_ID: STAND_IN_SKILL_ID,
      METRICS_SINK: 'emf',
    });
    expect(env('IvrLambdaFunction')).not.toHaveProperty('TWILIO_AUTH_TOKEN');
    expect(env('AlexaLambdaFunction')).not.toHaveProperty('TWILIO_AUTH_TOKEN');
  });

  it('when packaged, then no file of the package (template, state, zips) holds a Twilio token', () => {
    for (const file of readdirSync(packageDir)) {
      const text = readFileSync(join(packageDir, file)).toString('latin1');
      expect(text, file).not.toContain(STAND_IN_AUTH_TOKEN);
      expect(text, file).not.toContain('"TWILIO_AUTH_TOKEN"');
    }
  });
});

describe('the built ivr handler', () => {
  const env = { ...handlerEnv(PUBLIC_BASE_URL), LOG_LEVEL: 'warn' };
  const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
  let results: Invocation[];
  const signedForPublicUrl = signedWebhook(STAND_IN_AUTH_TOKEN, `${PUBLIC_BASE_URL}/ivr/voice`);
  const signedForApiHost = signedWebhook(STAND_IN_AUTH_TOKEN, `https://${API_HOST}/ivr/voice`);
  // Words only the trained classifier understands (no rule or key matches them): its code is a separate file.
  const speechQuery = 'lang=en-US&tries=0';
  const signedSpeech = signedWebhook(STAND_IN_AUTH_TOKEN, `${PUBLIC_BASE_URL}/ivr/menu/main?${speechQuery}`, {
    ...INCOMING_CALL,
    SpeechResult: 'what are the warning signs of sex trafficking',
    Confidence: '0.9',
  });

  beforeAll(async () => {
    results = await invokeBuilt(
      join(extracted.ivr, FUNCTIONS.ivr.handlerFile),
      [
        httpApiEvent({ method: 'POST', path: '/ivr/voice', ...signedForPublicUrl, base64: true }),
        httpApiEvent({ method: 'POST', path: '/ivr/voice', ...signedForPublicUrl, base64: false }),
        httpApiEvent({ method: 'POST', path: '/ivr/voice', ...signedForApiHost, base64: true }),
        httpApiEvent({
          method: 'POST',
          path: '/ivr/voice',
          body: signedForPublicUrl.body,
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          base64: true,
        }),
        httpApiEvent({ method: 'GET', path: '/healthz' }),
        httpApiEvent({ method: 'GET', path: '/' }),
        httpApiEvent({ method: 'GET', path: '/assets/page.css' }),
        httpApiEvent({ method: 'POST', path: '/alexa', headers: { 'content-type': 'application/json' }, body: '{}' }),
        httpApiEvent({
          method: 'POST',
          path: '/ivr/voice',
          body: signedForPublicUrl.body,
          headers: {
            ...signedForPublicUrl.headers,
            'content-type': 'application/x-www-form-urlencoded; charset=shift_jis',
          },
        }),
        httpApiEvent({ method: 'POST', path: '/ivr/menu/main', query: speechQuery, ...signedSpeech }),
      ],
      env,
    );
  }, 30_000);

  type HttpResult = { statusCode: number; headers: Record<string, string>; body: string; isBase64Encoded: boolean };
  const answer = (i: number): HttpResult => {
    const r = results[i];
    if (!r?.ok) throw new Error(`invocation ${i} failed: ${r ? r.error : 'missing'}`);
    return r.value as HttpResult;
  };

  it('when Twilio posts a base64 form signed for PUBLIC_BASE_URL, then it answers TwiML whose actions use that URL', () => {
    const res = answer(0);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/xml/);
    const doc = xml.parse(res.body) as { Response?: { Gather?: { action?: string } | { action?: string }[] } };
    const gathers = [doc.Response?.Gather ?? []].flat();
    expect(gathers.length).toBeGreaterThan(0);
    for (const g of gathers) expect(g.action).toMatch(new RegExp(`^${PUBLIC_BASE_URL}/ivr/`));
  });

  it('when the same form arrives as plain text, then it answers the same TwiML', () => {
    expect(answer(1).statusCode).toBe(200);
    expect(answer(1).body).toBe(answer(0).body);
  });

  it('when the signature was made for the API Gateway host instead of the public URL, then 403', () => {
    expect(answer(2).statusCode).toBe(403);
  });

  it('when the signature is missing, then 403', () => {
    expect(answer(3).statusCode).toBe(403);
  });

  it('when asked for /healthz, then 200', () => {
    expect(answer(4).statusCode).toBe(200);
    expect(JSON.parse(answer(4).body)).toEqual({ status: 'ok' });
  });

  it('when asked for the page and its stylesheet, then both come from the files shipped in the zip', () => {
    expect(answer(5).statusCode).toBe(200);
    expect(answer(5).headers['content-type']).toMatch(/^text\/html/);
    expect(answer(6).statusCode).toBe(200);
    expect(answer(6).headers['content-type']).toMatch(/^text\/css/);
    expect(answer(6).body).toBe(readFileSync(join(extracted.ivr, 'web/public/page.css'), 'utf8'));
  });

  it('when a form declares a charset Node cannot decode, then 415 (the iconv-lite stand-in refuses it)', () => {
    expect(answer(8).statusCode).toBe(415);
  });

  it('when something posts to /alexa, then 404: on AWS the skill is only reachable through its own trigger', () => {
    expect(answer(7).statusCode).toBe(404);
  });

  it('when a caller asks in words only the classifier knows, then its separately loaded file answers with the topic', () => {
    expect(zipNames('ivr').filter((n) => /^ivr\/lambda\.phone-model-.*\.mjs$/.test(n))).toHaveLength(1);
    expect(answer(9).statusCode).toBe(200);
    expect(answer(9).body).toContain(`${PUBLIC_BASE_URL}/ivr/topic/signs?`);
  });
});

describe('the built alexa handler', () => {
  const env = { ...handlerEnv(PUBLIC_BASE_URL), LOG_LEVEL: 'warn' };
  let results: Invocation[];

  beforeAll(async () => {
    results = await invokeBuilt(
      join(extracted.alexa, FUNCTIONS.alexa.handlerFile),
      [
        alexaLaunch(STAND_IN_SKILL_ID, 'en-US'),
        alexaLaunch(STAND_IN_SKILL_ID, 'es-US'),
        alexaLaunch('amzn1.ask.skill.99999999-9999-4999-8999-999999999999', 'en-US'),
      ],
      env,
    );
  }, 30_000);

  type Speech = {
    response: { outputSpeech?: { type: string; ssml: string }; reprompt?: unknown; shouldEndSession?: boolean };
  };
  const speech = (i: number): Speech => {
    const r = results[i];
    if (!r?.ok) throw new Error(`invocation ${i} failed: ${r ? r.error : 'missing'}`);
    return r.value as Speech;
  };

  it('when Alexa launches the skill in English or Spanish, then it speaks SSML and waits for an answer', () => {
    for (const i of [0, 1]) {
      const { response } = speech(i);
      expect(response.outputSpeech?.type).toBe('SSML');
      expect(response.outputSpeech?.ssml).toMatch(/^<speak>[\s\S]+<\/speak>$/);
      expect(response.reprompt).toBeDefined();
      expect(response.shouldEndSession).toBe(false);
    }
    expect(speech(1).response.outputSpeech?.ssml).not.toBe(speech(0).response.outputSpeech?.ssml);
  });

  it('when the request is for another skill, then the handler refuses it', () => {
    expect(results[2]?.ok).toBe(false);
  });
});

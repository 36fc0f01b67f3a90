// `osls package` offline, once for the whole test run (no other test file packages): the three zips within budget,
// the CloudFormation template as promised, and the built handlers answering real Lambda events in a fresh Node
// process.

import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FUNCTION_NAMES, FUNCTIONS, ZIP_BUDGET_BYTES, type FunctionName } from '../../scripts/deploy/budgets.js';
import { handlerEnv, STAND_IN_AUTH_TOKEN, STAND_IN_SKILL_ID, webHandlerEnv } from '../../scripts/deploy/bundle-env.js';
import { packageFunctions, zipReports } from '../../scripts/deploy/package.js';
import { INCOMING_CALL } from '../../scripts/deploy/twilio-webhook.js';
import { extractZip, listZip } from '../../scripts/deploy/zip.js';
import { RESOURCE_IDS, RESOURCES, topicSummary } from '../../content/index.js';
import { invokeBuilt, type Invocation } from './built-handler.js';
import { twilioWebhook } from '../support/twilio.js';
import type { RequestEnvelope } from 'ask-sdk-model';
import { requestEnvelope } from '../../tools/skill-request.js';
import { API_HOST, httpApiEvent } from './events.js';
import { renderSsml } from '../../lambda/render-ssml.js';
import { resolveSlot } from '../../tools/nlu/alexa-stand-in.js';
import { VOICE_ENV } from '../web/helpers.js';

const work = mkdtempSync(join(tmpdir(), 'westmont-package-test-'));
const packageDir = join(work, 'package');
const extracted = Object.fromEntries(FUNCTION_NAMES.map((name) => [name, join(work, name)])) as Record<
  FunctionName,
  string
>;
/** A custom domain in front of the API: Twilio signs this URL, not the API Gateway host. */
const PUBLIC_BASE_URL = 'https://help.example.test';
/** The browser call turned on as docs/deploy.md says: its three identifiers as parameters, its secret in SSM. */
const { TWILIO_API_SECRET: STAND_IN_API_SECRET, ...BROWSER_CALL_SIDS } = VOICE_ENV;
const BROWSER_CALL_PARAMS = [
  `--param=twilioAccountSid=${BROWSER_CALL_SIDS.TWILIO_ACCOUNT_SID}`,
  `--param=twilioApiKey=${BROWSER_CALL_SIDS.TWILIO_API_KEY}`,
  `--param=twilioTwimlAppSid=${BROWSER_CALL_SIDS.TWILIO_TWIML_APP_SID}`,
];

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
    ['--package', packageDir, `--param=alexaSkillId=${STAND_IN_SKILL_ID}`, ...BROWSER_CALL_PARAMS],
    // Secrets in the packaging environment must not find their way into the template either.
    {
      env: { ...NO_AWS, TWILIO_AUTH_TOKEN: STAND_IN_AUTH_TOKEN, TWILIO_API_SECRET: STAND_IN_API_SECRET },
      webAssets: 'if-missing',
    },
  );
  template = JSON.parse(
    readFileSync(join(packageDir, 'cloudformation-template-update-stack.json'), 'utf8'),
  ) as Template;
  for (const name of FUNCTION_NAMES) extractZip(join(packageDir, FUNCTIONS[name].zip), extracted[name]);
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

function zipNames(name: FunctionName): string[] {
  return listZip(readFileSync(join(packageDir, FUNCTIONS[name].zip))).map((e) => e.name);
}

/** Every bundle file of a function's zip (its handler and any chunk it loads later), as one text. */
function bundleText(name: FunctionName): string {
  return zipNames(name)
    .filter((n) => n.endsWith('.mjs'))
    .map((n) => readFileSync(join(extracted[name], n), 'utf8'))
    .join('\n');
}

describe('the zips', () => {
  it('when packaged, then there is one zip per function, each at most 300 kB', () => {
    const zips = zipReports(packageDir);
    expect(zips.map((z) => z.name)).toEqual(['alexa', 'ivr', 'web']);
    expect(ZIP_BUDGET_BYTES).toBe(300_000);
    for (const zip of zips) expect(zip.bytes, `${zip.name}.zip`).toBeLessThanOrEqual(ZIP_BUDGET_BYTES);
  });

  it('when packaged, then the alexa and ivr zips hold only their bundles (each with its classifier chunk)', () => {
    const alexa = zipNames('alexa');
    expect(alexa).toContain(FUNCTIONS.alexa.handlerFile);
    expect(alexa.filter((n) => n !== FUNCTIONS.alexa.handlerFile && !/^lambda\/lambda\.[\w-]+\.mjs$/.test(n))).toEqual(
      [],
    );
    expect(alexa.filter((n) => /^lambda\/lambda\.heard-.*\.mjs$/.test(n))).toHaveLength(1);
    // The trained classifier (its fingerprint stands for its weights) is only in the file loaded when a slot does
    // not resolve, not in the handler or what the handler imports at start.
    const { docsHash } = JSON.parse(readFileSync('nlu/models/phone.en-US.json', 'utf8')) as { docsHash: string };
    const holding = alexa.filter((n) => readFileSync(join(extracted.alexa, n), 'utf8').includes(docsHash));
    expect(holding).toHaveLength(1);
    expect(holding[0]).toMatch(/^lambda\/lambda\.heard-.*\.mjs$/);
    const ivr = zipNames('ivr');
    expect(ivr).toContain(FUNCTIONS.ivr.handlerFile);
    expect(ivr.filter((n) => !/^ivr\/lambda(\.[\w-]+)?\.mjs$/.test(n))).toEqual([]);
  });

  it('when packaged, then the web zip holds its bundle and the web page files, and no node_modules', () => {
    const names = zipNames('web');
    expect(names).toContain(FUNCTIONS.web.handlerFile);
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

  // express's app settings, body-parser's name, express-rate-limit's name, and iconv-lite's stand-in: the web
  // bundle carries each (checked below), so a phone or skill bundle that loads express again fails here.
  const EXPRESS_MARKERS = ['jsonp callback name', 'body-parser', 'express-rate-limit', 'Encoding not recognized'];

  it('when bundled, then express and the page live in the web function only, never in the ivr or alexa bundle', () => {
    const web = bundleText('web');
    for (const marker of EXPRESS_MARKERS) expect(web, marker).toContain(marker);
    for (const name of ['ivr', 'alexa'] as const) {
      const text = bundleText(name);
      for (const marker of EXPRESS_MARKERS) expect(text, `${name}: ${marker}`).not.toContain(marker);
    }
  });

  it('when bundled, then the web function ships without the phone line or the skill', () => {
    const web = bundleText('web');
    expect(web).not.toContain('No signature header error');
    expect(web).not.toContain('Gather');
    expect(web).not.toContain('LaunchRequest');
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

  it('when packaged, then the three functions run Node 22 with timeouts under the platforms’ own', () => {
    expect(fn('AlexaLambdaFunction')).toMatchObject({ Runtime: 'nodejs22.x', Handler: 'lambda/index.handler' });
    expect(fn('IvrLambdaFunction')).toMatchObject({ Runtime: 'nodejs22.x', Handler: 'ivr/lambda.handler' });
    expect(fn('WebLambdaFunction')).toMatchObject({ Runtime: 'nodejs22.x', Handler: 'web/lambda.handler' });
    expect(fn('AlexaLambdaFunction').Timeout).toBeLessThan(8);
    expect(fn('IvrLambdaFunction').Timeout).toBeLessThan(15);
    expect(fn('WebLambdaFunction').Timeout).toBeLessThan(30);
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

  /** Each HTTP API route key and the function its integration invokes. */
  function routes(): Record<string, string> {
    const functionOf = (integration: string): string =>
      JSON.stringify(template.Resources[integration]?.Properties.IntegrationUri).match(/"(\w+)LambdaFunction"/)?.[1] ??
      'none';
    return Object.fromEntries(
      Object.values(template.Resources)
        .filter((r) => r.Type === 'AWS::ApiGatewayV2::Route')
        .map((r) => [
          r.Properties.RouteKey as string,
          functionOf(JSON.stringify(r.Properties.Target).match(/"Ref":"(\w+)"/)?.[1] ?? ''),
        ]),
    );
  }

  it('when packaged, then the HTTP API routes the phone line and health check to ivr, the page to web, and nothing else', () => {
    expect(routes()).toEqual({
      'POST /ivr/{proxy+}': 'Ivr',
      'GET /healthz': 'Ivr',
      'GET /': 'Web',
      'GET /es': 'Web',
      'GET /assets/{name}': 'Web',
      'POST /voice-token': 'Web',
    });
  });

  /** The IAM actions a role's inline policies allow, and the statements that name SSM. */
  function permissions(role: string): { actions: string[]; ssm: { Resource: unknown }[] } {
    const policies = template.Resources[role]?.Properties.Policies;
    const statements = (
      policies as { PolicyDocument: { Statement: { Action: unknown; Resource: unknown }[] } }[]
    ).flatMap((p) => p.PolicyDocument.Statement);
    return {
      actions: [...new Set(statements.flatMap((st) => [st.Action].flat() as string[]))].sort(),
      ssm: statements.filter((st) => JSON.stringify(st.Action).includes('ssm:')),
    };
  }

  it('when packaged, then the ivr and web functions’ roles may each read their one secret’s parameter; the alexa one may only log', () => {
    const roleOf = (name: string): string => JSON.stringify(fn(name).Role).match(/"Fn::GetAtt":\["(\w+)"/)?.[1] ?? '';
    expect(roleOf('IvrLambdaFunction')).toBe('IvrRole');
    expect(roleOf('AlexaLambdaFunction')).toBe('IamRoleLambdaExecution');
    expect(roleOf('WebLambdaFunction')).toBe('WebRole');
    const shared = permissions('IamRoleLambdaExecution');
    expect(shared.actions.length).toBeGreaterThan(0);
    expect(shared.actions.filter((a) => !a.startsWith('logs:'))).toEqual([]);
    for (const [role, fnName, parameter] of [
      ['IvrRole', 'ivr', 'twilio-auth-token'],
      ['WebRole', 'web', 'twilio-api-secret'],
    ] as const) {
      const own = permissions(role);
      expect(
        own.actions.filter((a) => !a.startsWith('logs:')),
        role,
      ).toEqual(['ssm:GetParameter']);
      expect(own.ssm, role).toHaveLength(1);
      const resource = JSON.stringify(own.ssm[0]?.Resource);
      expect(resource, role).toContain(`:parameter/westmont-help-line/dev/${parameter}`);
      expect(resource, role).not.toContain('*');
      // Each role's log rights cover its own function's log group only.
      const policies = JSON.stringify(template.Resources[role]?.Properties.Policies);
      expect(policies, role).toContain(`-dev-${fnName}:*`);
      const others = FUNCTION_NAMES.filter((name) => name !== fnName).join('|');
      expect(policies, role).not.toMatch(new RegExp(`-dev\\*|-dev-(${others})`));
    }
  });

  it('when packaged, then each function has a log group, and logs expire', () => {
    const groups = Object.values(template.Resources).filter((r) => r.Type === 'AWS::Logs::LogGroup');
    expect(groups.map((g) => g.Properties.LogGroupName).sort()).toEqual(
      FUNCTION_NAMES.map((name) => `/aws/lambda/westmont-help-line-dev-${name}`),
    );
    for (const group of groups) expect(group.Properties.RetentionInDays).toBeGreaterThan(0);
  });

  it('when packaged with the skill ID and the browser call’s identifiers and no AWS account, then PUBLIC_BASE_URL is the HTTP API’s own URL; the secrets are named, not given', () => {
    const apiUrl = { 'Fn::GetAtt': ['HttpApi', 'ApiEndpoint'] };
    expect(env('IvrLambdaFunction')).toMatchObject({
      NODE_ENV: 'production',
      PUBLIC_BASE_URL: apiUrl,
      TWILIO_AUTH_TOKEN_PARAMETER: '/westmont-help-line/dev/twilio-auth-token',
      TRANSFER_CALLER_ID: 'line',
      METRICS_SINK: 'emf',
    });
    expect(env('AlexaLambdaFunction')).toMatchObject({
      NODE_ENV: 'production',
      ALEXA_SKILL_ID: STAND_IN_SKILL_ID,
      METRICS_SINK: 'emf',
    });
    // The page needs only its own settings: no token, no token parameter, no skill ID, no counts; the browser call's
    // identifiers and its secret's parameter name, never the secret.
    expect(env('WebLambdaFunction')).toEqual({
      NODE_ENV: 'production',
      LOG_LEVEL: 'info',
      PUBLIC_BASE_URL: apiUrl,
      ...BROWSER_CALL_SIDS,
      TWILIO_API_SECRET_PARAMETER: '/westmont-help-line/dev/twilio-api-secret',
    });
    expect(env('IvrLambdaFunction')).not.toHaveProperty('ALEXA_SKILL_ID');
    for (const name of ['IvrLambdaFunction', 'AlexaLambdaFunction']) {
      expect(env(name)).not.toHaveProperty('TWILIO_AUTH_TOKEN');
    }
    expect(env('AlexaLambdaFunction')).not.toHaveProperty('TWILIO_AUTH_TOKEN_PARAMETER');
  });

  it('when packaged, then the outputs give the Twilio voice and fallback URLs and the web page’s URL', () => {
    const outputs = (template as unknown as { Outputs: Record<string, { Value: unknown }> }).Outputs;
    const join = (name: string): unknown => (outputs[name]?.Value as { 'Fn::Join': [string, unknown[]] })['Fn::Join'];
    expect(join('IvrVoiceUrl')).toEqual(['', [{ 'Fn::GetAtt': ['HttpApi', 'ApiEndpoint'] }, '/ivr/voice']]);
    expect(join('IvrFallbackUrl')).toEqual(['', [{ 'Fn::GetAtt': ['HttpApi', 'ApiEndpoint'] }, '/ivr/fallback']]);
    expect(join('WebPageUrl')).toEqual(['', [{ 'Fn::GetAtt': ['HttpApi', 'ApiEndpoint'] }, '/']]);
  });

  it('when packaged, then no file of the package (template, state, zips) holds a Twilio token or API secret', () => {
    const files = readdirSync(packageDir);
    expect(files).toEqual(
      expect.arrayContaining(['cloudformation-template-update-stack.json', 'serverless-state.json']),
    );
    for (const file of files) {
      const text = readFileSync(join(packageDir, file)).toString('latin1');
      for (const secret of [STAND_IN_AUTH_TOKEN, STAND_IN_API_SECRET, '"TWILIO_AUTH_TOKEN"', '"TWILIO_API_SECRET"']) {
        expect(text, `${file}: ${secret}`).not.toContain(secret);
      }
    }
  });
});

describe('the monitoring in the template', () => {
  const ofType = (type: string): [string, { Condition?: string; Properties: Record<string, unknown> }][] =>
    Object.entries(template.Resources).filter(([, r]) => r.Type === type);
  const extra = (): { Conditions: Record<string, unknown>; Outputs: Record<string, { Value: unknown }> } =>
    template as unknown as { Conditions: Record<string, unknown>; Outputs: Record<string, { Value: unknown }> };

  it('when packaged without alertEmail, then the alert topic is there and its e-mail subscription is left out', () => {
    expect(ofType('AWS::SNS::Topic').map(([id]) => id)).toEqual(['AlertTopic']);
    const subscriptions = ofType('AWS::SNS::Subscription');
    expect(subscriptions.map(([id, r]) => [id, r.Condition, r.Properties.Protocol])).toEqual([
      ['AlertEmailSubscription', 'AlertEmailGiven', 'email'],
    ]);
    expect(extra().Conditions.AlertEmailGiven).toEqual({ 'Fn::Not': [{ 'Fn::Equals': ['', ''] }] });
    expect(extra().Outputs.AlertTopicArn?.Value).toEqual({ Ref: 'AlertTopic' });
  });

  it('when packaged, then every alarm tells the topic, and what it watches exists in the template', () => {
    const alarms = ofType('AWS::CloudWatch::Alarm');
    // A transfer alarm per transferable service, then the others (docs/operations.md, "Alarms", has each).
    const transfers = RESOURCE_IDS.filter((r) => RESOURCES[r].transferable).map(
      (r) => `Transfers${r[0]?.toUpperCase()}${r.slice(1)}Alarm`,
    );
    const functions = FUNCTION_NAMES.flatMap((f) => [
      `${f[0]?.toUpperCase()}${f.slice(1)}Errors`,
      `${f[0]?.toUpperCase()}${f.slice(1)}Throttles`,
    ]);
    expect(alarms.map(([id]) => id).sort()).toEqual(
      [
        ...transfers,
        ...functions.map((f) => `${f}Alarm`),
        'SignaturesRefusedAlarm',
        'TokenUnavailableAlarm',
        'ApiServerErrorsAlarm',
        'SkillErrorsAlarm',
        'TwilioErrorsAlarm',
        'NoCallsAlarm',
      ].sort(),
    );
    const refs = new Set<string>();
    for (const [id, alarm] of alarms) {
      expect(alarm.Properties.AlarmActions, id).toEqual([{ Ref: 'AlertTopic' }]);
      for (const [, name] of JSON.stringify(alarm.Properties).matchAll(/"Ref":"(\w+)"/g)) refs.add(name ?? '');
    }
    expect([...refs].sort()).toEqual([
      'AlertTopic',
      'AlexaLambdaFunction',
      'HttpApi',
      'IvrLambdaFunction',
      'WebLambdaFunction',
    ]);
    for (const name of refs) expect(template.Resources, name).toHaveProperty(name);
  });

  it('when packaged, then one dashboard whose body is JSON once CloudFormation fills in what it names', () => {
    const [[id, dashboard] = ['', { Properties: {} }], ...others] = ofType('AWS::CloudWatch::Dashboard');
    expect(others).toEqual([]);
    expect(id).toBe('Dashboard');
    const body = (dashboard.Properties.DashboardBody as { 'Fn::Sub': string })['Fn::Sub'];
    const names = [...body.matchAll(/\$\{([\w:]+)\}/g)].map(([, name]) => name ?? '');
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      if (!name.startsWith('AWS::')) expect(template.Resources, name).toHaveProperty(name);
    }
    const parsed = JSON.parse(body.replace(/\$\{[\w:]+\}/g, 'x')) as { widgets: unknown[] };
    expect(parsed.widgets.length).toBeGreaterThan(10);
    expect(JSON.stringify(extra().Outputs.DashboardUrl?.Value)).toContain('#dashboards:name=${Dashboard}');
  });
});

type HttpResult = { statusCode: number; headers: Record<string, string>; body: string; isBase64Encoded: boolean };

/** The i-th invocation's HTTP answer, or the error the handler threw. */
const answerIn =
  (results: () => Invocation[]) =>
  (i: number): HttpResult => {
    const r = results()[i];
    if (!r?.ok) throw new Error(`invocation ${i} failed: ${r ? r.error : 'missing'}`);
    return r.value as HttpResult;
  };

describe('the built ivr handler', () => {
  const env = { ...handlerEnv(PUBLIC_BASE_URL), LOG_LEVEL: 'warn' };
  const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
  let results: Invocation[];
  const signed = { token: STAND_IN_AUTH_TOKEN };
  const signedForPublicUrl = twilioWebhook(`${PUBLIC_BASE_URL}/ivr/voice`, INCOMING_CALL, signed);
  const signedForApiHost = twilioWebhook(`https://${API_HOST}/ivr/voice`, INCOMING_CALL, signed);
  const unsigned = twilioWebhook(`${PUBLIC_BASE_URL}/ivr/voice`, INCOMING_CALL, { token: null });
  // Words only the trained classifier understands (no rule or key matches them): its code is a separate file.
  const speechQuery = 'lang=en-US&tries=0';
  const signedSpeech = twilioWebhook(
    `${PUBLIC_BASE_URL}/ivr/menu/main?${speechQuery}`,
    { ...INCOMING_CALL, SpeechResult: 'what are the warning signs of sex trafficking', Confidence: '0.9' },
    signed,
  );

  beforeAll(async () => {
    results = await invokeBuilt(
      join(extracted.ivr, FUNCTIONS.ivr.handlerFile),
      [
        httpApiEvent({ method: 'POST', path: '/ivr/voice', ...signedForPublicUrl, base64: true }),
        httpApiEvent({ method: 'POST', path: '/ivr/voice', ...signedForPublicUrl, base64: false }),
        httpApiEvent({ method: 'POST', path: '/ivr/voice', ...signedForApiHost, base64: true }),
        httpApiEvent({ method: 'POST', path: '/ivr/voice', ...unsigned, base64: true }),
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

  const answer = answerIn(() => results);

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

  it('when given a page path, then 404 at once: the page is the web function’s, and this bundle has no express', () => {
    for (const i of [5, 6]) {
      expect(answer(i).statusCode).toBe(404);
      expect(answer(i).headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('when a form declares a charset other than UTF-8, then 415', () => {
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

describe('the built web handler', () => {
  let results: Invocation[];
  const form = (charset: string) => ({
    method: 'POST' as const,
    path: '/voice-token',
    headers: { 'content-type': `application/x-www-form-urlencoded; charset=${charset}`, origin: PUBLIC_BASE_URL },
    body: 'a=se%C3%B1al',
  });

  beforeAll(async () => {
    results = await invokeBuilt(
      join(extracted.web, FUNCTIONS.web.handlerFile),
      [
        httpApiEvent({ method: 'GET', path: '/' }),
        httpApiEvent({ method: 'GET', path: '/es' }),
        httpApiEvent({ method: 'GET', path: '/assets/page.css', headers: { 'accept-encoding': 'identity' } }),
        httpApiEvent(form('utf-8')),
        httpApiEvent(form('shift_jis')),
        httpApiEvent({ method: 'GET', path: '/healthz' }),
        httpApiEvent({
          method: 'POST',
          path: '/ivr/voice',
          ...twilioWebhook(`${PUBLIC_BASE_URL}/ivr/voice`, INCOMING_CALL, { token: STAND_IN_AUTH_TOKEN }),
        }),
      ],
      // What serverless.yml gives it: no Twilio token or parameter, no skill ID.
      { ...webHandlerEnv(PUBLIC_BASE_URL), LOG_LEVEL: 'warn' },
    );
  }, 30_000);

  const answer = answerIn(() => results);

  it('when asked for the page in English and Spanish, then it serves each in its language', () => {
    for (const [i, lang] of [
      [0, 'en'],
      [1, 'es'],
    ] as const) {
      expect(answer(i).statusCode).toBe(200);
      expect(answer(i).headers['content-type']).toMatch(/^text\/html/);
      expect(answer(i).headers['x-content-type-options']).toBe('nosniff');
      const html = answer(i).isBase64Encoded ? Buffer.from(answer(i).body, 'base64').toString('utf8') : answer(i).body;
      expect(html).toMatch(new RegExp(`^<!doctype html>\\n<html lang="${lang}-US">`));
    }
  });

  it('when asked for the stylesheet, then it comes from the file shipped in the zip', () => {
    expect(answer(2).statusCode).toBe(200);
    expect(answer(2).headers['content-type']).toMatch(/^text\/css/);
    expect(answer(2).body).toBe(readFileSync(join(extracted.web, 'web/public/page.css'), 'utf8'));
  });

  it('when a UTF-8 form reaches the token route with the browser call off, then 404 (the form was read)', () => {
    expect(answer(3).statusCode).toBe(404);
  });

  it('when a form declares a charset Node cannot decode, then 415 (the iconv-lite stand-in refuses it)', () => {
    expect(answer(4).statusCode).toBe(415);
  });

  it('when asked for the health check or a phone path, then 404: those are the ivr function’s', () => {
    expect(answer(5).statusCode).toBe(404);
    expect(answer(6).statusCode).toBe(404);
  });
});

describe('the built alexa handler', () => {
  const env = { ...handlerEnv(PUBLIC_BASE_URL), LOG_LEVEL: 'warn' };
  let results: Invocation[];

  beforeAll(async () => {
    results = await invokeBuilt(
      join(extracted.alexa, FUNCTIONS.alexa.handlerFile),
      [
        requestEnvelope('en-US', { type: 'LaunchRequest' }, { skillId: STAND_IN_SKILL_ID }),
        requestEnvelope('es-US', { type: 'LaunchRequest' }, { skillId: STAND_IN_SKILL_ID }),
        requestEnvelope(
          'en-US',
          { type: 'LaunchRequest' },
          { skillId: 'amzn1.ask.skill.99999999-9999-4999-8999-999999999999' },
        ),
        // A topic Alexa heard but could not resolve: the classifier, a file of its own, is loaded to answer it.
        unresolvedTopic('the laws about paying for sex'),
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

  it('when a topic slot does not resolve, then the separately loaded classifier finds the topic it means', () => {
    expect(speech(3).response.outputSpeech?.ssml).toContain(renderSsml(topicSummary('en-US', 'legalStatus')));
  });
});

/** A TopicIntent whose slot Alexa heard but could not resolve to a topic (ER_SUCCESS_NO_MATCH, as the stand-in sends it). */
function unresolvedTopic(heard: string): RequestEnvelope {
  const topic = resolveSlot('topic', heard, { name: 'TopicType', values: [] }, STAND_IN_SKILL_ID);
  const intent = { name: 'TopicIntent', confirmationStatus: 'NONE', slots: { topic } };
  return requestEnvelope('en-US', { type: 'IntentRequest', intent }, { skillId: STAND_IN_SKILL_ID });
}

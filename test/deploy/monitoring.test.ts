// The alarms and the dashboard measure what the code emits: the Lambda handlers run in-process on real requests
// (calls, transfers to every service with every outcome, refusals, an unreadable token, Twilio's Debugger, skill
// requests and an error), their embedded metric lines are captured, and every metric, dimension set and value that
// serverless.yml's alarms and dashboard name (as osls resolves it, no AWS account) must be among them.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GetParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import { mockClient } from 'aws-sdk-client-mock';
import type { RequestEnvelope } from 'ask-sdk-model';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { GLOBAL_KEYS, MENUS, RESOURCE_IDS, RESOURCES, canTransfer } from '../../content/index.js';
import { createHandler } from '../../ivr/lambda-handler.js';
import { topicIntent } from '../../lambda/intents.js';
import { createHandler as createSkillHandler } from '../../lambda/lambda-handler.js';
import { EMF_NAMESPACE } from '../../infra/metrics/emf.js';
import { DIAL_OUTCOMES, KEY_LABELS } from '../../ivr/metrics.js';
import { DEBUGGER_PATH } from '../../ivr/twilio-debugger.js';
import { STAND_IN_AUTH_TOKEN, STAND_IN_SKILL_ID, handlerEnv } from '../../scripts/deploy/bundle-env.js';
import { PROJECT_ROOT, runOsls } from '../../scripts/deploy/osls.js';
import { INCOMING_CALL } from '../../scripts/deploy/twilio-webhook.js';
import { simulatedCallParams } from '../../tools/call-simulator.js';
import { stdoutDuring } from '../support/stdout.js';
import { twilioWebhook } from '../support/twilio.js';
import { requestEnvelope } from '../../tools/skill-request.js';
import { httpApiEvent } from './events.js';
import {
  alarmMetrics,
  dashboardMetrics,
  emittedMetrics,
  metricKey,
  problemsWith,
  substituted,
  type AlarmProperties,
  type Emitted,
  type MetricRef,
  type Resource,
} from './monitoring.js';
import { NO_AWS } from './no-aws.js';

const PUBLIC_BASE_URL = 'https://help.example.test';
const TOKEN_PARAMETER = '/westmont-help-line/test/twilio-auth-token';

/** A signed Twilio form POST to the ivr function, as API Gateway delivers it. */
function twilioPost(path: string, query: string, params: Record<string, string>): ReturnType<typeof httpApiEvent> {
  const url = `${PUBLIC_BASE_URL}${path}${query ? `?${query}` : ''}`;
  return httpApiEvent({ method: 'POST', path, query, ...twilioWebhook(url, params, { token: STAND_IN_AUTH_TOKEN }) });
}

/** A key on the main menu that is neither a choice of it nor a key that works everywhere. */
const INVALID_KEY = KEY_LABELS.find(
  (k) =>
    /^\d$/.test(k) &&
    !MENUS.main.choices.some((c) => c.key === k) &&
    !(Object.values(GLOBAL_KEYS) as string[]).includes(k),
) as string;

const TRANSFERABLE = RESOURCE_IDS.filter((id) => RESOURCES[id].transferable);
/** The services the line rings today: a transferable one whose number is unconfirmed keeps its alarm, silent until then. */
const DIALLED = TRANSFERABLE.filter((id) => canTransfer(RESOURCES[id]));

/** What the phone function is asked: a day's worth of calls in both languages, with everything that can go wrong. */
function phoneRequests(): ReturnType<typeof httpApiEvent>[] {
  const call = simulatedCallParams();
  const requests = [];
  for (const lang of ['en-US', 'es-US']) {
    const menu = `lang=${lang}&tries=0`;
    requests.push(
      twilioPost('/ivr/voice', `lang=${lang}`, call),
      twilioPost('/ivr/menu/main', menu, { ...call, Digits: '3' }),
      // A topic: the first of the reporting menu.
      twilioPost('/ivr/menu/report', menu, { ...call, Digits: '1' }),
      twilioPost('/ivr/menu/main', menu, { ...call, Digits: INVALID_KEY }),
      twilioPost('/ivr/menu/main', menu, { ...call, SpeechResult: 'zzz qqq xxv', Confidence: '0.4' }),
      twilioPost('/ivr/menu/main', menu, { ...call, Digits: GLOBAL_KEYS.switchLanguage }),
      twilioPost('/ivr/menu/main', menu, { ...call, Digits: '1' }),
      // Silent through the last reprompt: the line puts the caller through to the hotline.
      twilioPost('/ivr/menu/main', `lang=${lang}&tries=2`, call),
      twilioPost('/ivr/fallback', `lang=${lang}`, call),
    );
  }
  // Every service, every way a transfer can end.
  for (const id of DIALLED) {
    for (const outcome of DIAL_OUTCOMES.filter((o) => o !== 'none' && o !== 'not-dialled')) {
      requests.push(twilioPost(`/ivr/dial/${id}`, 'lang=en-US&from=main', { ...call, DialCallStatus: outcome }));
    }
  }
  // Refused: no signature, and a signature made for another URL.
  const unsigned = twilioWebhook(`${PUBLIC_BASE_URL}/ivr/voice`, call, { token: null });
  requests.push(
    httpApiEvent({ method: 'POST', path: '/ivr/voice', ...unsigned }),
    httpApiEvent({
      method: 'POST',
      path: '/ivr/voice',
      ...twilioWebhook('https://old.test/ivr/voice', INCOMING_CALL, { token: STAND_IN_AUTH_TOKEN }),
    }),
  );
  // Twilio's Debugger webhook: an error and a warning.
  for (const [Level, code] of [
    ['Error', '11200'],
    ['Warning', '13224'],
  ] as const) {
    requests.push(twilioPost(DEBUGGER_PATH, '', { Level, Payload: JSON.stringify({ error_code: code }) }));
  }
  return requests;
}

/**
 * Alexa requests: opened in both languages, a topic by name (unresolved) and by its own intent, the fallback intent,
 * and one no handler takes (the error handler).
 */
function skillRequests(): RequestEnvelope[] {
  const intent = (name: string) => ({ type: 'IntentRequest', intent: { name, confirmationStatus: 'NONE' } });
  return (['en-US', 'es-US'] as const).flatMap((locale) =>
    [
      { type: 'LaunchRequest' },
      intent('TopicIntent'),
      intent(topicIntent('signs')),
      intent('AMAZON.FallbackIntent'),
      { type: 'Display.ElementSelected', token: 'stand-in' },
    ].map((request) => requestEnvelope(locale, request, { skillId: STAND_IN_SKILL_ID })),
  );
}

interface Printed {
  functions: Record<string, unknown>;
  resources: { Resources: Record<string, Resource>; Conditions: Record<string, unknown> };
}

let printed: Printed;
let emitted: Emitted;
let statuses: number[];
const ssm = mockClient(SSMClient);

beforeAll(async () => {
  const print = runOsls(['print', '--format', 'json', `--param=alexaSkillId=${STAND_IN_SKILL_ID}`], { env: NO_AWS });
  const env = { ...handlerEnv(PUBLIC_BASE_URL), METRICS_SINK: 'emf', LOG_LEVEL: 'silent' };
  const ivr = createHandler(env);
  // The same function when SSM cannot give it the token: it answers 503 and counts it.
  const withParameter: Record<string, string> = { ...env, TWILIO_AUTH_TOKEN_PARAMETER: TOKEN_PARAMETER };
  delete withParameter.TWILIO_AUTH_TOKEN;
  const ivrWithoutToken = createHandler(withParameter);
  ssm.on(GetParameterCommand).rejects(Object.assign(new Error('denied'), { name: 'AccessDeniedException' }));
  vi.stubEnv('AWS_REGION', 'us-east-1');
  const alexa = createSkillHandler(env);
  statuses = [];
  const lines = await stdoutDuring(async () => {
    for (const event of phoneRequests()) statuses.push((await ivr(event, {} as never)).statusCode ?? 0);
    statuses.push(
      (await ivrWithoutToken(twilioPost('/ivr/voice', '', simulatedCallParams()), {} as never)).statusCode ?? 0,
    );
    for (const event of skillRequests()) await alexa(event as never);
  });
  emitted = emittedMetrics(lines);
  const result = await print;
  if (result.code !== 0) throw new Error(`osls print failed:\n${result.output}`);
  printed = JSON.parse(result.output.slice(result.output.indexOf('{'))) as Printed;
}, 120_000);

afterAll(() => {
  ssm.restore();
  vi.unstubAllEnvs();
});

const resources = (type: string): [string, Resource][] =>
  Object.entries(printed.resources.Resources).filter(([, r]) => r.Type === type);
const alarms = (): [string, AlarmProperties][] =>
  resources('AWS::CloudWatch::Alarm').map(([id, r]) => [id, r.Properties as unknown as AlarmProperties]);
const dashboard = (): { widgets: number; refs: MetricRef[] } => {
  const [[, board] = []] = resources('AWS::CloudWatch::Dashboard');
  const body = (board?.Properties.DashboardBody as { 'Fn::Sub': string })['Fn::Sub'];
  return dashboardMetrics(substituted(body));
};
const ours = (refs: MetricRef[]): MetricRef[] => refs.filter((r) => r.namespace === EMF_NAMESPACE);

describe('the handlers on a day of calls and skill requests', () => {
  it('when run, then the phone function answered (refusals and the 503 included) and wrote metric lines', () => {
    expect(statuses.filter((s) => s === 403)).toHaveLength(2);
    expect(statuses.at(-1)).toBe(503);
    expect(statuses.filter((s) => s >= 500)).toHaveLength(1);
    expect(emitted.size).toBeGreaterThan(5);
  });
});

describe('the alarms', () => {
  it('when each alarm names a metric of ours, then the handlers wrote it with that dimension set and those values', () => {
    // A service whose number is unconfirmed is never rung, so its alarm has nothing to watch until someone confirms it.
    const waiting = (ref: MetricRef): boolean =>
      TRANSFERABLE.filter((id) => !DIALLED.includes(id)).some(
        (id) => JSON.stringify(ref.values.destination) === `["${id}"]`,
      );
    const refs = ours(alarms().flatMap(([id, alarm]) => alarmMetrics(id, alarm))).filter((r) => !waiting(r));
    expect(refs.length).toBeGreaterThan(20);
    expect(refs.flatMap((ref) => problemsWith(ref, emitted))).toEqual([]);
  });

  it('when an alarm names an AWS metric, then of one of our functions (by FunctionName) or our HTTP API (by ApiId)', () => {
    const functions = Object.keys(printed.functions).map((f) => `${f[0]?.toUpperCase()}${f.slice(1)}LambdaFunction`);
    const aws = alarms()
      .flatMap(([id, alarm]) => alarmMetrics(id, alarm))
      .filter((r) => r.namespace !== EMF_NAMESPACE);
    expect(new Set(aws.map((r) => `${r.namespace} ${r.name}`))).toEqual(
      new Set(['AWS/Lambda Errors', 'AWS/Lambda Throttles', 'AWS/ApiGateway 5xx']),
    );
    for (const ref of aws) {
      const [dimension] = ref.dimensions;
      const value = JSON.stringify(ref.values[dimension ?? '']);
      if (ref.namespace === 'AWS/Lambda') expect(functions.map((f) => `[{"Ref":"${f}"}]`)).toContain(value);
      else expect(value).toBe('[{"Ref":"HttpApi"}]');
    }
    // Errors and throttles of each function.
    expect(aws.filter((r) => r.namespace === 'AWS/Lambda')).toHaveLength(functions.length * 2);
  });

  it('when every transferable service is in the registry, then each has its transfer alarm, the hotline the tightest', () => {
    const transferAlarms = alarms().filter(([, a]) =>
      a.Metrics?.some((q) => q.MetricStat?.Metric.MetricName === 'TransfersEnded'),
    );
    const destinationOf = ([, a]: [string, AlarmProperties]): unknown =>
      a.Metrics?.[0]?.MetricStat?.Metric.Dimensions?.find((d) => d.Name === 'destination')?.Value;
    expect(transferAlarms.map(destinationOf).sort()).toEqual([...TRANSFERABLE].sort());
    const settings = (destination: string): number[] => {
      const alarm = transferAlarms.find((a) => destinationOf(a) === destination)?.[1];
      const expression = alarm?.Metrics?.find((q) => q.ReturnData !== false)?.Expression ?? '';
      const inARow = /notConnected >= (\d+) AND connected == 0/.exec(expression)?.[1];
      const percent = /notConnected \* 100 >= (\d+) \*/.exec(expression)?.[1];
      return [Number(inARow), Number(percent)];
    };
    const [hotlineRun = NaN, hotlinePercent = NaN] = settings('traffickingHotline');
    for (const id of TRANSFERABLE.filter((i) => i !== 'traffickingHotline')) {
      const [run = NaN, percent = NaN] = settings(id);
      expect(hotlineRun, id).toBeLessThanOrEqual(run);
      expect(hotlinePercent, id).toBeLessThanOrEqual(percent);
      expect(hotlineRun < run || hotlinePercent < percent, id).toBe(true);
    }
  });

  it('when an alarm uses metric math, then one result, every name in it defined, one period, within 10 metrics', () => {
    const FUNCTIONS = new Set(['FILL', 'IF', 'AND', 'OR']);
    for (const [id, alarm] of alarms().filter(([, a]) => a.Metrics)) {
      const queries = alarm.Metrics ?? [];
      const ids = queries.map((q) => q.Id);
      expect(new Set(ids).size, id).toBe(ids.length);
      expect(
        queries.filter((q) => q.ReturnData !== false),
        id,
      ).toHaveLength(1);
      expect(queries.filter((q) => q.MetricStat).length, id).toBeLessThanOrEqual(10);
      expect(new Set(queries.flatMap((q) => (q.MetricStat ? [q.MetricStat.Period] : []))).size, id).toBe(1);
      for (const q of queries.filter((query) => query.Expression !== undefined)) {
        const names = [...(q.Expression ?? '').matchAll(/[A-Za-z]\w*/g)].map(([n]) => n);
        expect(
          names.filter((n) => !ids.includes(n) && !FUNCTIONS.has(n)),
          `${id} ${q.Id}`,
        ).toEqual([]);
      }
    }
  });

  it('when an alarm changes state, then the alert topic hears of it; only the day-without-calls alarm is optional', () => {
    for (const [id, alarm] of alarms()) {
      expect(alarm.AlarmActions, id).toEqual([{ Ref: 'AlertTopic' }]);
      expect(alarm.OKActions, id).toEqual([{ Ref: 'AlertTopic' }]);
      expect(alarm.AlarmName, id).toMatch(/^westmont-help-line-dev-/);
    }
    const conditional = resources('AWS::CloudWatch::Alarm').filter(([, r]) => r.Condition);
    expect(conditional.map(([id, r]) => [id, r.Condition])).toEqual([['NoCallsAlarm', 'NoCallsAlarmOn']]);
    expect(printed.resources.Conditions.NoCallsAlarmOn).toEqual({ 'Fn::Equals': ['false', 'true'] });
  });
  it('when an alarm fires, then its description names a runbook entry that docs/operations.md has', () => {
    const runbook = readFileSync(join(PROJECT_ROOT, 'docs', 'operations.md'), 'utf8');
    const headings = [...runbook.matchAll(/^### (.+)$/gm)].map(([, heading = '']) => heading);
    for (const [id, alarm] of alarms()) {
      const entry = /docs\/operations\.md, "([^"]+)"/.exec(String(alarm.AlarmDescription))?.[1];
      expect(entry, id).toBeDefined();
      expect(
        headings.filter((h) => h.startsWith(`${entry ?? ''} (`)),
        id,
      ).toHaveLength(1);
    }
  });
});

describe('the dashboard', () => {
  it('when each widget names a metric of ours, then the handlers wrote it with that dimension set and those values', () => {
    const { widgets, refs } = dashboard();
    expect(widgets).toBeGreaterThanOrEqual(10);
    expect(ours(refs).flatMap((ref) => problemsWith(ref, emitted))).toEqual([]);
  });

  it('when every metric the handlers write is looked for, then each is watched by an alarm or shown on the dashboard', () => {
    const named = new Set(
      [...alarms().flatMap(([id, a]) => alarmMetrics(id, a)), ...dashboard().refs].map((r) =>
        metricKey(r.namespace, r.name),
      ),
    );
    expect([...emitted.keys()].filter((key) => !named.has(key))).toEqual([]);
  });
});

// Counts without people: closed label sets, a recorder that cannot throw, Prometheus and CloudWatch (EMF) output,
// GET /metrics for this machine only, and the settings that choose where counts go.

import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import { readFileSync } from 'node:fs';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_IN_INTENTS, CUSTOM_INTENTS } from '../../lambda/intents.js';
import { loadMetricsConfig } from '../../infra/metrics/config.js';
import { EMF_NAMESPACE, emfLine, emfSink } from '../../infra/metrics/emf.js';
import { createCounts as createAnyCounts, labelsOf, type CountSink } from '../../infra/metrics/events.js';
import { OTHER, closed } from '../../infra/metrics/labels.js';
import { ALEXA_INTENTS, ALEXA_REQUEST_TYPES, DISCLOSURE_LABEL, intentLabel } from '../../lambda/metrics.js';
import { EVENT_KINDS, METRICS, type CountEvent, type EventKind } from '../../app/metrics.js';
import { prometheusCounts } from '../../infra/metrics/prometheus.js';
import { metricsRouter } from '../../infra/metrics/route.js';

/** Counts over every channel's table, as the composition makes them. */
const createCounts = (sink: CountSink, onError?: (err: unknown) => void) =>
  createAnyCounts<CountEvent>(METRICS, sink, onError);

const listSink = (): CountSink & { added: [EventKind, Record<string, string>][] } => {
  const added: [EventKind, Record<string, string>][] = [];
  return { added, add: (kind, labels) => void added.push([kind as EventKind, { ...labels }]) };
};

describe('closed', () => {
  it.each([
    ['+13105550142', OTHER],
    ['CA0123456789abcdef0123456789abcdef', OTHER],
    ['en-US ', OTHER],
    [['en-US'], OTHER],
    [{ toString: (): string => 'en-US' }, OTHER],
    [undefined, OTHER],
    ['en-US', 'en-US'],
  ])('when given %j, then %s', (value, expected) => {
    expect(closed(['en-US', 'es-US'], value)).toBe(expected);
  });
});

describe('labelsOf', () => {
  it('when an event carries extra fields and bad values, then only its own labels come out, bad ones as "other"', () => {
    const event = {
      kind: 'menuChoice',
      screen: 'menu',
      menu: 'main',
      key: '3105550142',
      category: 'choice',
      locale: 'en-US',
      From: '+13105550142',
      SpeechResult: 'my name is Maria',
    } as unknown as CountEvent;
    expect(labelsOf(METRICS, event)).toEqual({
      screen: 'menu',
      menu: 'main',
      key: OTHER,
      category: 'choice',
      locale: 'en-US',
    });
  });

  it('when a key is one keypad key, then it is kept; speech and silence are kept as such', () => {
    const base = { kind: 'menuChoice', screen: 'topic', menu: 'report', category: 'choice', locale: 'es-US' } as const;
    expect(labelsOf(METRICS, { ...base, key: '*' }).key).toBe('*');
    expect(labelsOf(METRICS, { ...base, key: 'speech' }).key).toBe('speech');
    expect(labelsOf(METRICS, { ...base, key: '٣' }).key).toBe(OTHER);
  });
});

describe('createCounts', () => {
  it('when events are recorded, then the sink gets each with validated labels, in order', () => {
    const sink = listSink();
    createCounts(sink).record(
      { kind: 'callStarted', locale: 'es-US' },
      { kind: 'transferEnded', destination: 'cast', outcome: 'busy', trigger: 'chosen', locale: 'en-US' },
      { kind: 'transferEnded', destination: 'cast', outcome: 'ringing+13105550142', trigger: 'auto', locale: 'en-US' },
    );
    expect(sink.added).toEqual([
      ['callStarted', { locale: 'es-US' }],
      ['transferEnded', { destination: 'cast', outcome: 'busy', trigger: 'chosen', locale: 'en-US' }],
      ['transferEnded', { destination: 'cast', outcome: OTHER, trigger: 'auto', locale: 'en-US' }],
    ]);
  });

  it('when the sink throws, then record does not, the error is reported, and later events still arrive', () => {
    const errors: unknown[] = [];
    let calls = 0;
    const counts = createCounts(
      {
        add: () => {
          calls += 1;
          if (calls === 1) throw new RangeError('sink broke');
        },
      },
      (err) => errors.push(err),
    );
    expect(() =>
      counts.record({ kind: 'callStarted', locale: 'en-US' }, { kind: 'callStarted', locale: 'en-US' }),
    ).not.toThrow();
    expect(calls).toBe(2);
    expect(errors).toHaveLength(1);
    expect((errors[0] as Error).name).toBe('RangeError');
  });

  it('when an event kind is unknown, then it is skipped', () => {
    const sink = listSink();
    createCounts(sink).record({ kind: '__proto__' } as unknown as CountEvent);
    expect(sink.added).toEqual([]);
  });
});

describe('prometheusCounts', () => {
  it('when counts are added, then the registry text has one counter per metric with those labels', async () => {
    const { registry, sink } = prometheusCounts(METRICS, { processMetrics: false });
    const counts = createCounts(sink);
    counts.record({ kind: 'callStarted', locale: 'en-US' }, { kind: 'callStarted', locale: 'en-US' });
    counts.record({ kind: 'silentDrop', menu: 'report', locale: 'es-US' });
    const text = await registry.metrics();
    expect(text).toContain('helpline_calls_started_total{locale="en-US"} 2');
    expect(text).toContain('helpline_silent_drops_total{menu="report",locale="es-US"} 1');
    for (const kind of EVENT_KINDS) expect(text).toContain(`# TYPE ${METRICS[kind].prometheus} counter`);
  });
});

describe('emf', () => {
  it('when a count is written, then it is one line of CloudWatch embedded metric format with its labels as dimensions', () => {
    const lines: string[] = [];
    const counts = createCounts(emfSink(METRICS, { write: (l) => lines.push(l), now: () => 1_700_000_000_000 }));
    counts.record({ kind: 'transferStarted', destination: 'traffickingHotline', trigger: 'auto', locale: 'es-US' });
    expect(lines).toHaveLength(1);
    const doc = JSON.parse(lines[0] as string) as Record<string, unknown>;
    expect(doc).toEqual({
      _aws: {
        Timestamp: 1_700_000_000_000,
        CloudWatchMetrics: [
          {
            Namespace: EMF_NAMESPACE,
            Dimensions: [['destination', 'trigger', 'locale']],
            Metrics: [{ Name: 'TransfersStarted', Unit: 'Count' }],
          },
        ],
      },
      destination: 'traffickingHotline',
      trigger: 'auto',
      locale: 'es-US',
      TransfersStarted: 1,
    });
    expect(lines[0]).not.toContain('\n');
  });

  it.each(EVENT_KINDS)('when %s is written, then every dimension it names is a member of the document', (kind) => {
    const labels = Object.fromEntries(Object.keys(METRICS[kind].labels).map((n) => [n, OTHER]));
    const doc = JSON.parse(emfLine(METRICS[kind], labels, 'N', 0)) as {
      _aws: { CloudWatchMetrics: { Dimensions: string[][]; Metrics: { Name: string }[] }[] };
    } & Record<string, unknown>;
    const [directive] = doc._aws.CloudWatchMetrics;
    expect(directive?.Dimensions[0]).toEqual(Object.keys(METRICS[kind].labels));
    for (const name of (directive?.Dimensions ?? []).flat()) expect(typeof doc[name]).toBe('string');
    for (const set of directive?.Dimensions ?? []) expect(set.length).toBeLessThanOrEqual(30);
    expect(doc[directive?.Metrics[0]?.Name as string]).toBe(1);
  });

  it('when a transfer ends, then its line also carries the destination-and-outcome set the transfer alarms read', () => {
    const lines: string[] = [];
    createCounts(emfSink(METRICS, { write: (l) => lines.push(l), now: () => 0 })).record({
      kind: 'transferEnded',
      destination: 'castHotline',
      outcome: 'busy',
      trigger: 'chosen',
      locale: 'en-US',
    });
    const doc = JSON.parse(lines[0] as string) as { _aws: { CloudWatchMetrics: { Dimensions: string[][] }[] } };
    expect(doc._aws.CloudWatchMetrics[0]?.Dimensions).toEqual([
      ['destination', 'outcome', 'trigger', 'locale'],
      ['destination', 'outcome'],
    ]);
  });

  it('when the skill’s error handler is counted, then its line also carries the empty set (the total the alarm reads)', () => {
    const doc = JSON.parse(
      emfLine(METRICS.skillError, { request: 'IntentRequest', intent: 'TopicIntent', locale: 'es-US' }, 'N', 0),
    ) as { _aws: { CloudWatchMetrics: { Dimensions: string[][] }[] } };
    expect(doc._aws.CloudWatchMetrics[0]?.Dimensions).toEqual([['request', 'intent', 'locale'], []]);
  });
});

describe('ALEXA_INTENTS', () => {
  it("when compared with the skill's intents and both interaction models, then it holds those (the disclosures as one) and none else", () => {
    const names = (locale: string): string[] =>
      (
        JSON.parse(readFileSync(new URL(`../../models/${locale}.json`, import.meta.url), 'utf8')) as {
          interactionModel: { languageModel: { intents: { name: string }[] } };
        }
      ).interactionModel.languageModel.intents.map((i) => i.name);
    const expected = [...CUSTOM_INTENTS, ...BUILT_IN_INTENTS].sort();
    const asLabels = [...new Set(expected.map((name) => intentLabel(name) as string))].sort();
    expect(ALEXA_INTENTS.filter((i) => i !== 'none').sort()).toEqual(asLabels);
    expect(asLabels).toContain(DISCLOSURE_LABEL);
    expect(names('en-US').sort()).toEqual(expected);
    expect(names('es-US').sort()).toEqual(expected);
  });
});

describe('ALEXA_REQUEST_TYPES', () => {
  it("when each is looked up in ask-sdk-model's types, then it is a request type Amazon defines", () => {
    const model = readFileSync(new URL('../../node_modules/ask-sdk-model/index.d.ts', import.meta.url), 'utf8');
    for (const type of ALEXA_REQUEST_TYPES) expect(model, type).toContain(`'type': '${type}'`);
  });
});

describe('loadMetricsConfig', () => {
  it('when nothing is set, then Prometheus on a server and CloudWatch EMF on Lambda, /metrics local only', () => {
    expect(loadMetricsConfig({})).toEqual({ sink: 'prometheus', allowRemote: false, port: 9464 });
    expect(loadMetricsConfig({ AWS_LAMBDA_FUNCTION_NAME: 'ivr' })).toEqual({
      sink: 'emf',
      allowRemote: false,
      port: 9464,
    });
  });

  it('when values are given, then they are read', () => {
    expect(loadMetricsConfig({ METRICS_SINK: 'off', METRICS_ALLOW_REMOTE: 'TRUE', METRICS_PORT: '9100' })).toEqual({
      sink: 'off',
      allowRemote: true,
      port: 9100,
    });
  });

  it('when both values are wrong, then one error names both variables and how to fix them', () => {
    expect(() => loadMetricsConfig({ METRICS_SINK: 'statsd', METRICS_ALLOW_REMOTE: 'yes' })).toThrow(
      /METRICS_SINK: "statsd"[\s\S]*Fix: leave it unset[\s\S]*METRICS_ALLOW_REMOTE: "yes"[\s\S]*Fix:/,
    );
  });
});

/** An address of this machine that is not loopback, to be a "remote" client without leaving the machine. */
const outside = Object.values(networkInterfaces())
  .flat()
  .find((i) => i && !i.internal && i.family === 'IPv4')?.address;

describe('GET /metrics', () => {
  const servers: Server[] = [];
  const listen = async (allowRemote: boolean): Promise<number> => {
    const { registry, sink } = prometheusCounts(METRICS, { processMetrics: false });
    createCounts(sink).record({ kind: 'callStarted', locale: 'es-US' });
    const app = express();
    app.use(metricsRouter(registry, { allowRemote }));
    const server = app.listen(0, '0.0.0.0');
    servers.push(server);
    await new Promise((resolve) => server.once('listening', resolve));
    return (server.address() as AddressInfo).port;
  };
  let closedPort: number;
  let openPort: number;
  beforeAll(async () => {
    closedPort = await listen(false);
    openPort = await listen(true);
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  });

  it('when this machine asks over loopback, then 200 Prometheus text with the counts', async () => {
    const res = await fetch(`http://127.0.0.1:${closedPort}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(await res.text()).toContain('helpline_calls_started_total{locale="es-US"} 1');
  });

  it('when a proxy forwards a request from loopback, then 403', async () => {
    const res = await fetch(`http://127.0.0.1:${closedPort}/metrics`, {
      headers: { 'x-forwarded-for': '203.0.113.9' },
    });
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('METRICS_ALLOW_REMOTE');
  });

  it.skipIf(!outside)(
    'when another address asks, then 403 by default and 200 when remote reads are allowed',
    async () => {
      expect((await fetch(`http://${outside}:${closedPort}/metrics`)).status).toBe(403);
      expect((await fetch(`http://${outside}:${openPort}/metrics`)).status).toBe(200);
    },
  );
});

describe('rollups', () => {
  it.each(EVENT_KINDS)('when %s names rollups, then each is a set of its own labels, none repeated', (kind) => {
    const labels = Object.keys(METRICS[kind].labels);
    for (const set of METRICS[kind].rollups ?? []) {
      expect(set.filter((name) => !labels.includes(name))).toEqual([]);
      expect(new Set(set).size).toBe(set.length);
      expect([...set].sort()).not.toEqual([...labels].sort());
    }
  });
});

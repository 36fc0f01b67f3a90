// What the alarms and the dashboard read, and what the handlers write, as plain lists to compare: the metric
// references of every alarm and widget (SEARCH expressions included), and the metrics in embedded metric format lines.

/** A metric an alarm or a widget names: its namespace, name, and dimensions (name -> the values it asks for). */
export interface MetricRef {
  /** Where it is named, for messages: the alarm's logical id or the widget's title. */
  readonly where: string;
  readonly namespace: string;
  readonly name: string;
  /** Every dimension of the metric; for a SEARCH, the schema's dimensions. */
  readonly dimensions: readonly string[];
  /** Dimension -> the values asked for (an alarm's exact values, or a SEARCH's filters); unfiltered ones are absent. */
  readonly values: Readonly<Record<string, readonly unknown[]>>;
}

/** What the code wrote for one metric: each dimension set, and each value seen per dimension. */
interface EmittedMetric {
  readonly sets: Set<string>;
  readonly values: Map<string, Set<string>>;
}

/** namespace/name -> what was written. */
export type Emitted = Map<string, EmittedMetric>;

export const metricKey = (namespace: string, name: string): string => `${namespace}/${name}`;
const setKey = (names: readonly string[]): string => [...names].sort().join(',');

interface EmfDocument {
  readonly _aws?: {
    readonly CloudWatchMetrics?: readonly {
      readonly Namespace: string;
      readonly Dimensions: readonly (readonly string[])[];
      readonly Metrics: readonly { readonly Name: string }[];
    }[];
  };
  readonly [field: string]: unknown;
}

/** Every metric in a set of stdout lines, read as CloudWatch reads embedded metric format (one JSON document a line). */
export function emittedMetrics(lines: readonly string[]): Emitted {
  const emitted: Emitted = new Map();
  for (const line of lines) {
    if (!line.startsWith('{')) continue;
    const doc = JSON.parse(line) as EmfDocument;
    for (const directive of doc._aws?.CloudWatchMetrics ?? []) {
      for (const { Name } of directive.Metrics) {
        const key = metricKey(directive.Namespace, Name);
        const metric = emitted.get(key) ?? { sets: new Set<string>(), values: new Map<string, Set<string>>() };
        for (const set of directive.Dimensions) {
          metric.sets.add(setKey(set));
          for (const dimension of set) {
            const seen = metric.values.get(dimension) ?? new Set<string>();
            seen.add(String(doc[dimension]));
            metric.values.set(dimension, seen);
          }
        }
        emitted.set(key, metric);
      }
    }
  }
  return emitted;
}

interface Dimension {
  readonly Name: string;
  readonly Value: unknown;
}
interface MetricSpec {
  readonly Namespace: string;
  readonly MetricName: string;
  readonly Dimensions?: readonly Dimension[];
}
interface MetricQuery {
  readonly Id: string;
  readonly ReturnData?: boolean;
  readonly Expression?: string;
  readonly Label?: string;
  readonly MetricStat?: { readonly Metric: MetricSpec; readonly Period: number; readonly Stat: string };
}
export interface AlarmProperties extends Partial<MetricSpec> {
  readonly AlarmName: string;
  readonly AlarmDescription: string;
  readonly Metrics?: readonly MetricQuery[];
  readonly Period?: number;
  readonly EvaluationPeriods: number;
  readonly AlarmActions?: unknown;
  readonly OKActions?: unknown;
  readonly Threshold: unknown;
  readonly ComparisonOperator: string;
  readonly TreatMissingData: string;
}
export interface Resource {
  readonly Type: string;
  readonly Condition?: string;
  readonly Properties: Record<string, unknown>;
}

const refOf = (where: string, spec: MetricSpec): MetricRef => ({
  where,
  namespace: spec.Namespace,
  name: spec.MetricName,
  dimensions: (spec.Dimensions ?? []).map((d) => d.Name),
  values: Object.fromEntries((spec.Dimensions ?? []).map((d) => [d.Name, [d.Value]])),
});

/** The metrics one alarm reads: its own metric, or each MetricStat of its metric math. */
export function alarmMetrics(id: string, alarm: AlarmProperties): MetricRef[] {
  if (alarm.Metrics) return alarm.Metrics.flatMap((q) => (q.MetricStat ? [refOf(id, q.MetricStat.Metric)] : []));
  return alarm.Namespace && alarm.MetricName ? [refOf(id, alarm as MetricSpec)] : [];
}

/** A CloudWatch SEARCH expression's schema, metric name and filters (dimension="value", OR-ed ones together). */
function searchMetrics(where: string, expression: string): MetricRef[] {
  return [...expression.matchAll(/SEARCH\('\{([^}]*)\}([^']*)'/g)].map(([, schema = '', terms = '']) => {
    const [namespace = '', ...dimensions] = schema.split(',').map((s) => s.trim());
    const values: Record<string, string[]> = {};
    let name = '';
    for (const [, key = '', value = ''] of terms.matchAll(/(\w+)="([^"]*)"/g)) {
      if (key === 'MetricName') name = value;
      else (values[key] ??= []).push(value);
    }
    return { where, namespace, name, dimensions, values };
  });
}

interface Widget {
  readonly type: string;
  readonly properties: { readonly title?: string; readonly metrics?: readonly (readonly unknown[])[] };
}

/**
 * The metrics a dashboard body shows: plain entries ([namespace, name, dimension, value, …, options?]) and the
 * SEARCH expressions of expression entries. `${…}` placeholders of Fn::Sub are left as they are.
 */
export function dashboardMetrics(body: string): { widgets: number; refs: MetricRef[] } {
  const widgets = (JSON.parse(body) as { widgets: Widget[] }).widgets.filter((w) => w.type === 'metric');
  const refs = widgets.flatMap((widget) =>
    (widget.properties.metrics ?? []).flatMap((entry): MetricRef[] => {
      const where = widget.properties.title ?? '(untitled widget)';
      const [first] = entry;
      if (typeof first === 'object' && first !== null && 'expression' in first) {
        return searchMetrics(where, String((first as { expression: unknown }).expression));
      }
      const parts = entry.filter((p): p is string => typeof p === 'string');
      const [namespace = '', name = '', ...pairs] = parts;
      const dimensions = pairs.filter((_, i) => i % 2 === 0);
      const values = Object.fromEntries(dimensions.map((d, i) => [d, [pairs[i * 2 + 1]]]));
      return [{ where, namespace, name, dimensions, values }];
    }),
  );
  return { widgets: widgets.length, refs };
}

/** A Fn::Sub body with each ${Name} replaced by a stand-in, so it parses as the JSON CloudFormation will make of it. */
export const substituted = (body: string): string => body.replace(/\$\{([\w:]+)\}/g, (_, name: string) => `<${name}>`);

/**
 * What is wrong with one reference to a metric the code writes: a name never written, a dimension set never
 * written, or a value the code never wrote for that dimension. Empty when the code writes exactly that metric.
 */
export function problemsWith(ref: MetricRef, emitted: Emitted): string[] {
  const metric = emitted.get(metricKey(ref.namespace, ref.name));
  const at = `${ref.where}: ${ref.namespace} ${ref.name}`;
  if (!metric) return [`${at} is never written by the handlers`];
  if (!metric.sets.has(setKey(ref.dimensions))) {
    return [
      `${at} by [${ref.dimensions.join(', ')}]: written only by ${[...metric.sets].map((s) => `[${s}]`).join(' ')}`,
    ];
  }
  return Object.entries(ref.values).flatMap(([dimension, values]) =>
    !ref.dimensions.includes(dimension)
      ? [`${at}: filters on ${dimension}, which is not one of its dimensions`]
      : values
          .filter((v) => !metric.values.get(dimension)?.has(String(v)))
          .map((v) => `${at}: ${dimension}="${String(v)}" is never written`),
  );
}

// Topics answered, counted the same way by the phone line and the skill: which topic, on which channel. Never who
// asked, and never which disclosure anyone made (those are not topics). The language is left out on purpose: calls
// and skill requests are already counted by language, and every label multiplies CloudWatch's billed metrics.

import { TOPIC_IDS, type TopicId } from '../../content/index.js';
import type { MetricTable } from './events.js';

const TOPIC_CHANNELS = ['phone', 'skill'] as const;

export type TopicAnsweredEvent = {
  readonly kind: 'topicAnswered';
  readonly channel: (typeof TOPIC_CHANNELS)[number];
  readonly topic: TopicId;
};

export const TOPIC_METRICS = {
  topicAnswered: {
    prometheus: 'helpline_topics_answered_total',
    cloudwatch: 'TopicsAnswered',
    help: "A topic's first part given, by channel and topic (a repeat or a further part is not counted).",
    labels: { channel: TOPIC_CHANNELS, topic: TOPIC_IDS },
  },
} as const satisfies MetricTable;

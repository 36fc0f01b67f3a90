// The page's topics section: every topic's title, summary and details, and links to the services it names.

import {
  listTopics,
  resourceShortName,
  topicDetails,
  topicSummary,
  topicTitle,
  type Locale,
  type Topic,
} from '../content/index.js';
import { attrs } from './html.js';
import { capitalised, renderHtml } from './render-html.js';
import { webHtml } from './words.js';

const topicAnchor = (id: string): string => `topic-${id}`;
export const resourceAnchor = (id: string): string => `resource-${id}`;

function topicHtml(locale: Locale, topic: Topic): string {
  const anchor = topicAnchor(topic.id);
  const titleId = `${anchor}-title`;
  const details = topicDetails(locale, topic.id)
    .map((chunk) => `<p>${renderHtml(chunk, { locale })}</p>`)
    .join('');
  const help = topic.resourceIds
    .map(
      (id) =>
        `<li><a${attrs({ href: `#${resourceAnchor(id)}` })}>${renderHtml(capitalised(resourceShortName(locale, id), locale), { linkPhones: false, locale })}</a></li>`,
    )
    .join('');
  return [
    `<section${attrs({ class: 'topic', id: anchor, 'aria-labelledby': titleId })}>`,
    `<h3${attrs({ id: titleId })}>${renderHtml(capitalised(topicTitle(locale, topic.id), locale), { locale })}</h3>`,
    `<p>${renderHtml(topicSummary(locale, topic.id), { locale })}</p>`,
    // <details> opens with the keyboard and without JavaScript; described by the title so each "Read more" differs.
    `<details><summary${attrs({ 'aria-describedby': titleId })}>${webHtml(locale, 'topics.readMore')}</summary>${details}</details>`,
    `<p class="topic-help">${webHtml(locale, 'topics.help')}</p><ul class="topic-help-list">${help}</ul>`,
    `</section>`,
  ].join('');
}

export function topicsSection(locale: Locale): string {
  return [
    `<section class="topics" id="topics" aria-labelledby="topics-title">`,
    `<h2 id="topics-title">${webHtml(locale, 'topics.heading')}</h2>`,
    ...listTopics().map((t) => topicHtml(locale, t)),
    `</section>`,
  ].join('');
}

// The content check's rules for the registry, the topics and the menus: numbers, their verification and freshness,
// hours, what a topic or menu may offer, and the call list of numbers still to confirm.

import {
  BUDGET,
  MENUS_FILE,
  PHONE_BUDGET,
  REGISTRY,
  TOPICS_FILE,
  daysSince,
  type CheckInput,
  type FileReport,
  type Findings,
} from './check-core.js';
import { displayPhone, isNanpE164 } from './phone.js';
import { connectableServices, isConfirmed } from './reach.js';
import {
  MENU_IDS,
  RESOURCE_IDS,
  TOPIC_IDS,
  type MenuId,
  type Resource,
  type ResourceId,
  type TopicId,
  type Verification,
} from './types.js';

/** A verification is complete and recent: its date, and what it rests on for its level. */
function checkVerification(v: Verification, key: string, today: Date, report: FileReport): void {
  const age = daysSince(v.date, today);
  if (typeof age === 'string') report.error(`${key}.date`, age);
  else if (age > BUDGET.verifiedDays) {
    report.stale(
      `${key}.date`,
      `${age} days since this number was last checked (${BUDGET.verifiedDays} at most); call it or read its page again, then update the verification`,
    );
  }
  const missing =
    (v.level === 'called' && !v.by.trim() && 'by (who called)') ||
    (v.level === 'published' &&
      (!v.title.trim() || !/^https?:\/\/\S+$/.test(v.url)) &&
      'the page title and its http(s) url') ||
    (v.level === 'unconfirmed' && !v.note.trim() && 'a note (where it was looked for)');
  if (missing) report.error(key, `is ${v.level} but lacks ${missing}`);
}

const HHMM = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

/** Hours only as published; a 24-hour alternative for a service that can be closed or is not confirmed. */
function checkHours(r: Resource, key: string, input: CheckInput, report: FileReport): void {
  const hours = r.hours;
  if (hours !== undefined && hours !== '24/7') {
    if (hours.days.length === 0 || !HHMM.test(hours.open) || !HHMM.test(hours.close) || hours.open >= hours.close) {
      report.error(
        `${key}.hours`,
        'needs at least one day (1 = Monday) and open before close, both "HH:MM" in Los Angeles time',
      );
    }
    if (!isConfirmed(r.verification)) {
      report.error(
        `${key}.hours`,
        'are given for a service nobody has confirmed; give hours only as the service publishes them',
      );
    }
  }
  const needsAlternative =
    r.transferable && ((hours !== undefined && hours !== '24/7') || !isConfirmed(r.verification));
  if (needsAlternative && !r.afterHours) {
    report.error(
      `${key}.afterHours`,
      'is missing; a service that can be closed, or whose number is unconfirmed, needs a 24-hour alternative to offer instead',
    );
  }
  if (r.afterHours !== undefined) {
    const alt = input.resources[r.afterHours];
    if (!alt || alt.hours !== '24/7' || !alt.transferable || !isConfirmed(alt.verification)) {
      report.error(
        `${key}.afterHours`,
        `"${r.afterHours}" must be a transferable, confirmed service with hours: '24/7'`,
      );
    }
  }
}

/** The number, its codes, its verification and its hours are well formed, and 911 is never dialled. */
function checkResource(r: Resource, id: ResourceId, input: CheckInput, report: FileReport): void {
  const key = `RESOURCES.${id}`;
  if (r.id !== id) report.error(key, `has id "${r.id}"; it must be "${id}"`);
  if (r.phone !== undefined && !isNanpE164(r.phone)) {
    report.error(
      `${key}.phone`,
      `"${r.phone}" is not a valid E.164 US number; write +1 and ten digits, e.g. +12135550100`,
    );
  }
  if (r.dialCode !== undefined && !/^(?:[2-9]11|988)$/.test(r.dialCode)) {
    report.error(`${key}.dialCode`, `"${r.dialCode}" is not a three-digit code such as 211 or 988`);
  }
  checkHours(r, key, input, report);
  if (r.sms !== undefined) {
    if (!/^\d{5,6}$/.test(r.sms.shortCode)) {
      report.error(`${key}.sms.shortCode`, `"${r.sms.shortCode}" is not a 5 or 6 digit short code`);
    }
    if (!/^[A-Z]+$/.test(r.sms.keyword))
      report.error(`${key}.sms.keyword`, `"${r.sms.keyword}" must be one word in capitals`);
    checkVerification(r.sms.verification, `${key}.sms.verification`, input.today, report);
  }
  if (r.transferable && !r.phone) {
    report.error(`${key}.transferable`, 'is true but there is no phone to transfer to; set transferable: false');
  }
  if (r.dialCode === '911' && r.transferable) {
    report.error(`${key}.transferable`, 'the product never dials 911; set transferable: false');
  }
  if (!r.source.trim()) report.error(`${key}.source`, 'is empty; say where the number comes from');
  checkVerification(r.verification, `${key}.verification`, input.today, report);
}

export function checkRegistry(input: CheckInput, findings: Findings): void {
  const report = findings.in(REGISTRY);
  const numbers = new Map<string, ResourceId>();
  for (const id of RESOURCE_IDS) {
    const r = input.resources[id];
    checkResource(r, id, input, report);
    if (!r.phone) continue;
    const dup = numbers.get(r.phone);
    if (dup) report.error(`RESOURCES.${id}.phone`, `is the same number as ${dup}; one entry per number`);
    numbers.set(r.phone, id);
  }
  for (const [listId, ids] of Object.entries(input.resourceLists)) {
    for (const rid of ids) {
      const r = input.resources[rid];
      if (!r.phone && !r.dialCode) {
        report.error(
          `RESOURCE_LISTS.${listId}`,
          `reads out "${rid}", which has no phone or dial code; a listed service needs a way to reach it, so give it a number or fold it into la211`,
        );
      } else if (!isConfirmed(r.verification)) {
        report.error(
          `RESOURCE_LISTS.${listId}`,
          `reads out "${rid}", whose number is unconfirmed; list only confirmed numbers`,
        );
      }
    }
  }
}

const reachable = (r: Resource): boolean => Boolean(r.phone ?? r.dialCode ?? r.sms ?? r.website);

/** Every service a topic names can be reached, and a topic's connect key leads to a line the phone may dial. */
export function checkTopics(input: CheckInput, findings: Findings): void {
  const report = findings.in(TOPICS_FILE);
  for (const id of TOPIC_IDS) {
    const topic = input.topics[id];
    for (const rid of topic.resourceIds) {
      if (!reachable(input.resources[rid])) {
        report.error(
          `TOPICS.${id}.resourceIds`,
          `lists "${rid}", which has no phone, code, text or website in ${REGISTRY}; point to a service people can reach (such as la211) instead`,
        );
      }
    }
    if (topic.connect !== undefined) {
      const r = input.resources[topic.connect];
      if (!r?.transferable) {
        report.error(
          `TOPICS.${id}.connect`,
          `"${topic.connect}" is not transferable in ${REGISTRY}; connect only to a line the phone may dial`,
        );
      } else if (!isConfirmed(r.verification)) {
        report.error(
          `TOPICS.${id}.connect`,
          `"${topic.connect}"'s number is unconfirmed in ${REGISTRY}; connect to its 24-hour alternative until someone confirms it`,
        );
      }
      if (!topic.resourceIds.includes(topic.connect)) {
        report.error(`TOPICS.${id}.connect`, `"${topic.connect}" is not in resourceIds; add it there too`);
      }
    }
    const services = connectableServices(topic, input.resources);
    if (services.length > PHONE_BUDGET.topicServiceKeys) {
      report.error(
        `TOPICS.${id}.resourceIds`,
        `names ${services.length} services the phone line can connect to; keys 2 to 5 hold ${PHONE_BUDGET.topicServiceKeys}. Keep the ${PHONE_BUDGET.topicServiceKeys} most needed first`,
      );
    }
  }
}

/** Menus: at most 5 choices and 3 deep, each reachable, the hotline on main 1, every topic on some menu. */
export function checkMenus(input: CheckInput, findings: Findings): void {
  const report = findings.in(MENUS_FILE);
  const reached = new Set<MenuId>();
  const topicsReached = new Set<TopicId>();
  const visit = (id: MenuId, depth: number): void => {
    const menu = input.menus[id];
    const key = `MENUS.${id}`;
    if (!menu) return report.error(key, 'is referenced but not defined');
    if (reached.has(id)) return;
    reached.add(id);
    if (depth > 3) report.error(key, `is at depth ${depth}; menus go 3 deep at most`);
    if (menu.choices.length > 5) report.error(key, `has ${menu.choices.length} choices; 5 at most`);
    const keys = menu.choices.map((c) => c.key);
    if (new Set(keys).size !== keys.length) report.error(key, 'uses a key twice');
    for (const { key: pressed, action: a } of menu.choices) {
      const where = `${key}.${pressed}`;
      if (a.kind === 'transfer' && !input.resources[a.resourceId]?.transferable) {
        report.error(where, `transfers to "${a.resourceId}", which is not transferable in ${REGISTRY}`);
      }
      if (a.kind === 'menu') {
        if (input.menus[a.menuId]?.parent !== id)
          report.error(where, `opens "${a.menuId}", whose parent is not "${id}"`);
        visit(a.menuId, depth + 1);
      }
      if (a.kind === 'topic') topicsReached.add(a.topicId);
      if (a.kind === 'resources' && !input.resourceLists[a.listId]) {
        report.error(where, `reads list "${a.listId}", which ${REGISTRY} does not define`);
      }
    }
  };
  visit('main', 1);
  const first = input.menus.main?.choices.find((c) => c.key === '1')?.action;
  if (!first || first.kind !== 'transfer' || first.resourceId !== 'traffickingHotline') {
    report.error('MENUS.main.1', 'must transfer to the National Human Trafficking Hotline (hotline first)');
  }
  for (const id of MENU_IDS) if (!reached.has(id)) report.error(`MENUS.${id}`, 'cannot be reached from the main menu');
  for (const id of TOPIC_IDS)
    if (!topicsReached.has(id)) report.error(`topic ${id}`, 'no phone menu leads to this topic');
}

/** Every number or code with its verification, for the call list and the review kit's numbers sheet. */
interface NumberToCheck {
  readonly id: ResourceId;
  /** As people read it: (213) 555-0100, 211, or "text HELP to 233733". */
  readonly number: string;
  readonly verification: Verification;
}

const LEVEL_ORDER: Readonly<Record<Verification['level'], number>> = { unconfirmed: 0, published: 1, called: 2 };

/** Unconfirmed first, then the oldest verification first: the order someone calling them should work in. */
export function byUrgency(a: Verification, b: Verification): number {
  return LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || a.date.localeCompare(b.date);
}

/** Every phone, dial code and text code in the registry, most urgent to check first; 911 is never test-called. */
function numbersToCheck(resources: Readonly<Record<ResourceId, Resource>>): NumberToCheck[] {
  const out: NumberToCheck[] = [];
  for (const id of RESOURCE_IDS) {
    const r = resources[id];
    if (r.dialCode === '911') continue;
    const numbers = [r.phone ? displayPhone(r.phone) : undefined, r.dialCode].filter((n): n is string => Boolean(n));
    if (numbers.length > 0) out.push({ id, number: numbers.join(' or '), verification: r.verification });
    if (r.sms)
      out.push({ id, number: `text ${r.sms.keyword} to ${r.sms.shortCode}`, verification: r.sms.verification });
  }
  return out.sort((a, b) => byUrgency(a.verification, b.verification));
}

/** The numbers nobody has called yet, one line each, most urgent first: the call list `npm run content:check` prints. */
export function verificationList(resources: Readonly<Record<ResourceId, Resource>>): string[] {
  return numbersToCheck(resources)
    .filter((n) => n.verification.level !== 'called')
    .map(
      ({ id, number, verification: v }) =>
        `${id}: ${number} (${v.level}, ${v.date}${v.level === 'unconfirmed' ? `: ${v.note}` : ''})`,
    );
}

// A step's events as event-log lines (simulator/explain sentences), one per
// event while a step touches few partitions; beyond that the partition events
// are folded into one line per topic so that failing a rack of a large cluster
// stays a readable paragraph.
import { isPartitionEvent, summarizeEvents, describeEvent, describeTopicSummary, type SimEvent, type TopicEventSummary, type Step } from '../../simulator/index.js';
import type { Locale, LogLine } from '../protocol.js';
import { catalogue } from '../messages/index.js';
import { noEffectReason } from '../messages/no-effect.js';

/** Up to this many partition events are told one by one. */
export const DETAILED_PARTITION_EVENTS = 16;

/** Up to this many topic lines; beyond, the topics that stay writable share one line. */
export const TOPIC_LINES = 20;

export function toneOf(e: SimEvent): LogLine['tone'] {
    switch (e.kind) {
        case 'broker-failed':
        case 'controller-failed':
        case 'quorum-lost':
        case 'change-not-committed':
        case 'partition-offline':
        case 'data-loss':
            return 'bad';
        case 'broker-recovered':
        case 'controller-recovered':
        case 'quorum-restored':
        case 'isr-expanded':
            return 'good';
        case 'leader-changed':
            if (e.reason === 'unclean' || !e.writable) return 'bad';
            return e.reason === 'clean' ? 'info' : 'good';
        case 'isr-shrunk':
            return e.writable ? 'info' : 'bad';
        case 'group-rebalanced':
            return e.idle.length > 0 ? 'bad' : 'info';
        default:
            return 'info';
    }
}

const summaryTone = (s: TopicEventSummary): LogLine['tone'] =>
    s.wentOffline > 0 || s.uncleanElections > 0 || s.notWritable > 0 ? 'bad' : s.isrExpanded > 0 && s.isrShrunk === 0 ? 'good' : 'info';

/** The log of one applied step. */
export function explainStep(step: Step, events: readonly SimEvent[], noEffect: boolean, locale: Locale): LogLine[] {
    const messages = catalogue(locale).failover;
    if (noEffect) return [{ text: messages.noEffect(noEffectReason(step, locale)), tone: 'info' }];
    if (events.length === 0) return step.kind === 'elect-preferred' ? [{ text: messages.nothingToElect, tone: 'info' }] : [];
    let partitionEvents = 0;
    for (const e of events) if (isPartitionEvent(e)) partitionEvents++;
    if (partitionEvents <= DETAILED_PARTITION_EVENTS) return events.map((e) => ({ text: describeEvent(e, locale), tone: toneOf(e), ...(isPartitionEvent(e) ? { topic: e.topic } : {}) }));
    const summary = summarizeEvents(events);
    return [
        ...summary.cluster.map((e) => ({ text: describeEvent(e, locale), tone: toneOf(e) })),
        { text: messages.summarised(partitionEvents), tone: 'info' as const },
        ...foldTopics(summary.topics, locale).map((t, i, all) => ({
            text: describeTopicSummary(t, locale),
            tone: summaryTone(t),
            // The folded "N other topics" line (last, past TOPIC_LINES) names no topic.
            ...(all.length === TOPIC_LINES && i === TOPIC_LINES - 1 && summary.topics.length > TOPIC_LINES ? {} : { topic: t.topic })
        }))
    ];
}

/** Troubled topics first; past TOPIC_LINES the remaining topics are added up into one "N other topics" summary. */
function foldTopics(topics: readonly TopicEventSummary[], locale: Locale): TopicEventSummary[] {
    if (topics.length <= TOPIC_LINES) return [...topics];
    const troubled = topics.filter((t) => summaryTone(t) === 'bad');
    const ordered = [...troubled, ...topics.filter((t) => summaryTone(t) !== 'bad')];
    const shown = ordered.slice(0, TOPIC_LINES - 1);
    const rest = ordered.slice(TOPIC_LINES - 1);
    const total = (key: Exclude<keyof TopicEventSummary, 'topic'>) => rest.reduce((n, t) => n + t[key], 0);
    return [
        ...shown,
        {
            topic: catalogue(locale).failover.otherTopics(rest.length),
            partitions: total('partitions'),
            leaderChanges: total('leaderChanges'),
            uncleanElections: total('uncleanElections'),
            wentOffline: total('wentOffline'),
            isrShrunk: total('isrShrunk'),
            isrExpanded: total('isrExpanded'),
            notWritable: total('notWritable')
        }
    ];
}

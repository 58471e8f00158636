// Scenario steps and expectations as text, in the syntax of LANGUAGE.md:
//   fail broker 1 | stop broker 1 | recover rack "az-1" | fail controller 2 |
//   fail member A-1 in order-service | recover member ... | elect-preferred
//   order-created writable | order-created not writable | quorum | no quorum |
//   no data-loss | group order-service balanced
// parseStep serves the CLI's --step; the format functions let the webview write
// steps back into a file.

import { err, ok, type Expectation, type Result, type Step, type TopicCondition } from './model.js';

const NAME = /^[A-Za-z_][A-Za-z0-9._-]*$/;

/** Words of the language; a name spelled like one is written quoted. */
const KEYWORDS: ReadonlySet<string> = new Set([
    'cluster', 'profile', 'production', 'development', 'controllers', 'broker', 'brokers', 'defaults', 'topic', 'partitions',
    'replication-factor', 'min-insync-replicas', 'ordering', 'none', 'total', 'key', 'description', 'config', 'assignment',
    'producer', 'produces', 'acks', 'all', 'idempotent', 'true', 'false', 'consumer-group', 'consumes', 'members', 'assignor',
    'range', 'roundrobin', 'sticky', 'cooperative-sticky', 'scenario', 'fail', 'recover', 'elect-preferred', 'expect', 'rack',
    'racks', 'host', 'controller', 'member', 'in', 'writable', 'not', 'readable', 'fully-replicated', 'under-replicated',
    'quorum', 'no', 'data-loss', 'group', 'balanced', 'stop', 'kafka-version', 'features', 'placement', 'striped', 'admin-utils',
    'protocol', 'classic', 'consumer', 'uniform', 'share-group'
]);

/** A string literal with `\"` and `\\` escapes. */
export const quoteString = (text: string): string => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** A name as the language writes it: bare when it is a NAME and no keyword, else quoted. */
export const formatName = (name: string): string => (NAME.test(name) && !KEYWORDS.has(name) ? name : quoteString(name));

interface Token {
    readonly text: string;
    readonly quoted: boolean;
}

function tokenize(text: string): Result<Token[], string> {
    const tokens: Token[] = [];
    let i = 0;
    while (i < text.length) {
        const c = text[i];
        if (/\s/.test(c)) {
            i++;
        } else if (c === '"') {
            let value = '';
            i++;
            for (;;) {
                if (i >= text.length) return err('unterminated string: a closing " is missing');
                const d = text[i++];
                if (d === '"') break;
                if (d === '\\' && i < text.length) value += text[i++];
                else value += d;
            }
            tokens.push({ text: value, quoted: true });
        } else {
            let j = i;
            while (j < text.length && !/\s/.test(text[j]) && text[j] !== '"') j++;
            tokens.push({ text: text.slice(i, j), quoted: false });
            i = j;
        }
    }
    return ok(tokens);
}

const isWord = (t: Token | undefined, word: string): boolean => t !== undefined && !t.quoted && t.text === word;

function brokerNumber(t: Token | undefined, what: string): Result<number, string> {
    if (!t || t.quoted || !/^\d+$/.test(t.text)) return err(`expected a ${what} number after '${what}'${t ? `, found '${t.text}'` : ''}`);
    return ok(Number(t.text));
}

function nameToken(t: Token | undefined, what: string): Result<string, string> {
    if (!t) return err(`expected a ${what} name`);
    return ok(t.text);
}

/** Parses one step (`fail broker 1`, `recover rack "az-1"`, `elect-preferred`, ...). */
export function parseStep(text: string): Result<Step, string> {
    const tokenized = tokenize(text);
    if (!tokenized.ok) return tokenized;
    const tokens = tokenized.value;
    if (tokens.length === 0) return err('empty step');
    const end = (n: number): Result<true, string> => (tokens.length > n ? err(`unexpected '${tokens[n].text}' at the end of the step`) : ok(true));
    if (isWord(tokens[0], 'elect-preferred')) {
        const e = end(1);
        return e.ok ? ok({ kind: 'elect-preferred' }) : e;
    }
    if (isWord(tokens[0], 'stop')) {
        if (!isWord(tokens[1], 'broker')) return err(`expected 'broker' after 'stop'${tokens[1] ? `, found '${tokens[1].text}'` : ''} (only a broker has a controlled shutdown)`);
        const n = brokerNumber(tokens[2], 'broker');
        if (!n.ok) return n;
        const e = end(3);
        return e.ok ? ok({ kind: 'stop-broker', broker: n.value }) : e;
    }
    if (!isWord(tokens[0], 'fail') && !isWord(tokens[0], 'recover')) {
        return err(`a step starts with 'fail', 'stop', 'recover' or 'elect-preferred', found '${tokens[0].text}'`);
    }
    const fail = tokens[0].text === 'fail';
    const target = tokens[1];
    if (isWord(target, 'broker') || isWord(target, 'controller')) {
        const n = brokerNumber(tokens[2], target.text);
        if (!n.ok) return n;
        const e = end(3);
        if (!e.ok) return e;
        return ok(target.text === 'broker'
            ? { kind: fail ? 'fail-broker' : 'recover-broker', broker: n.value }
            : { kind: fail ? 'fail-controller' : 'recover-controller', controller: n.value });
    }
    if (isWord(target, 'rack')) {
        const rack = nameToken(tokens[2], 'rack');
        if (!rack.ok) return rack;
        const e = end(3);
        return e.ok ? ok({ kind: fail ? 'fail-rack' : 'recover-rack', rack: rack.value }) : e;
    }
    if (isWord(target, 'member')) {
        const member = nameToken(tokens[2], 'member');
        if (!member.ok) return member;
        if (!isWord(tokens[3], 'in')) return err(`expected 'in <group>' after the member name`);
        const group = nameToken(tokens[4], 'group');
        if (!group.ok) return group;
        const e = end(5);
        return e.ok ? ok({ kind: fail ? 'member-leave' : 'member-join', group: group.value, member: member.value }) : e;
    }
    return err(`expected 'broker', 'rack', 'controller' or 'member' after '${tokens[0].text}'${target ? `, found '${target.text}'` : ''}`);
}

/** Parses an expectation, with or without the leading `expect`. */
export function parseExpectation(text: string): Result<Expectation, string> {
    const tokenized = tokenize(text);
    if (!tokenized.ok) return tokenized;
    const tokens = isWord(tokenized.value[0], 'expect') ? tokenized.value.slice(1) : tokenized.value;
    const words = tokens.map((t) => (t.quoted ? undefined : t.text));
    const exact = (...expected: string[]): boolean => tokens.length === expected.length && expected.every((w, i) => words[i] === w);
    if (exact('quorum')) return ok({ kind: 'quorum', present: true });
    if (exact('no', 'quorum')) return ok({ kind: 'quorum', present: false });
    if (exact('no', 'data-loss')) return ok({ kind: 'no-data-loss' });
    if (tokens.length === 3 && words[0] === 'group' && words[2] === 'balanced') return ok({ kind: 'group-balanced', group: tokens[1].text });
    if (tokens.length < 2) return err('expected an expectation such as "<topic> writable", "quorum", "no data-loss" or "group <name> balanced"');
    const rest = words.slice(1).join(' ');
    const conditions: Readonly<Record<string, TopicCondition>> = {
        writable: 'writable',
        'not writable': 'not-writable',
        readable: 'readable',
        'not readable': 'not-readable',
        'fully-replicated': 'fully-replicated',
        'under-replicated': 'under-replicated'
    };
    const condition = conditions[rest];
    if (!condition || tokens.slice(1).some((t) => t.quoted)) return err(`unknown topic condition '${tokens.slice(1).map((t) => t.text).join(' ')}'`);
    return ok({ kind: 'topic', topic: tokens[0].text, condition });
}

export function formatStep(step: Step): string {
    switch (step.kind) {
        case 'fail-broker':
            return `fail broker ${step.broker}`;
        case 'recover-broker':
            return `recover broker ${step.broker}`;
        case 'stop-broker':
            return `stop broker ${step.broker}`;
        case 'fail-rack':
            return `fail rack ${quoteString(step.rack)}`;
        case 'recover-rack':
            return `recover rack ${quoteString(step.rack)}`;
        case 'fail-controller':
            return `fail controller ${step.controller}`;
        case 'recover-controller':
            return `recover controller ${step.controller}`;
        case 'elect-preferred':
            return 'elect-preferred';
        case 'member-leave':
            return `fail member ${formatName(step.member)} in ${formatName(step.group)}`;
        case 'member-join':
            return `recover member ${formatName(step.member)} in ${formatName(step.group)}`;
    }
}

const CONDITION_TEXT: Readonly<Record<TopicCondition, string>> = {
    writable: 'writable',
    'not-writable': 'not writable',
    readable: 'readable',
    'not-readable': 'not readable',
    'fully-replicated': 'fully-replicated',
    'under-replicated': 'under-replicated'
};

/** The expectation as written after `expect` (the form snapshots show, e.g. "order-created writable"). */
export function formatExpectation(expectation: Expectation): string {
    switch (expectation.kind) {
        case 'topic':
            return `${formatName(expectation.topic)} ${CONDITION_TEXT[expectation.condition]}`;
        case 'quorum':
            return expectation.present ? 'quorum' : 'no quorum';
        case 'no-data-loss':
            return 'no data-loss';
        case 'group-balanced':
            return `group ${formatName(expectation.group)} balanced`;
    }
}

/** A whole scenario line: a step, or `expect <expectation>`. */
export const formatScenarioLine = (item: { readonly kind: 'step'; readonly step: Step } | { readonly kind: 'expect'; readonly expectation: Expectation }): string =>
    item.kind === 'step' ? formatStep(item.step) : `expect ${formatExpectation(item.expectation)}`;

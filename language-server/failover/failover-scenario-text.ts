// "Save as scenario": timeline items written as a `scenario` block at the end of
// their cluster, indented like the cluster's other members, in the file's line
// endings, in the language's step syntax (simulator/step-syntax formats them).
import type { TextEdit } from 'vscode-languageserver';
import type { Cluster } from '../generated/ast.js';
import { formatName, formatScenarioLine } from '../../simulator/index.js';
import type { TimelineItem } from '../protocol.js';

export interface ScenarioInsertion {
    readonly edit: TextEdit;
    /** The block as inserted (without the surrounding blank line). */
    readonly text: string;
    /** 0-based line of the `scenario` keyword after the edit. */
    readonly line: number;
}

/** Undefined when the cluster has no closing brace (a file with a syntax error at its end). */
export function scenarioInsertion(text: string, cluster: Cluster, name: string, items: readonly TimelineItem[]): ScenarioInsertion | undefined {
    const cst = cluster.$cstNode;
    if (!cst) return undefined;
    const close = cst.end - 1;
    if (text[close] !== '}') return undefined;
    const eol = text.includes('\r\n') ? '\r\n' : '\n';

    // Members' indentation: the first member's, else four spaces more than the cluster's.
    const clusterIndent = indentationAt(text, cst.offset);
    const first = firstMemberOffset(cluster);
    const firstIndent = first === undefined ? '' : indentationAt(text, first);
    const memberIndent = firstIndent.length > clusterIndent.length ? firstIndent : `${clusterIndent}    `;
    const stepIndent = memberIndent + memberIndent.slice(clusterIndent.length);

    const lines = [`${memberIndent}scenario ${formatName(name)} {`, ...items.map((item) => `${stepIndent}${formatScenarioLine(item)}`), `${memberIndent}}`];
    const block = lines.join(eol) + eol;

    const lineStart = text.lastIndexOf('\n', close - 1) + 1;
    const braceOnItsOwnLine = /^[ \t]*$/.test(text.slice(lineStart, close));
    const offset = braceOnItsOwnLine ? lineStart : close;
    const before = text.slice(0, offset);
    // One blank line between the previous member and the new block (none right after the opening brace).
    const separated = /\n[ \t]*\r?\n$/.test(before) || before.trimEnd().endsWith('{');
    // On its own line: whole lines go before the brace's line. Same line (`cluster c { ... }`): break it first.
    const leading = (braceOnItsOwnLine ? '' : eol) + (separated ? '' : eol);
    const trailing = braceOnItsOwnLine ? '' : clusterIndent;
    const position = positionAt(text, offset);
    return {
        edit: { range: { start: position, end: position }, newText: leading + block + trailing },
        text: block,
        line: position.line + leading.split('\n').length - 1
    };
}

/** The indentation of the line holding `offset`, up to `offset`. */
function indentationAt(text: string, offset: number): string {
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    return /^[ \t]*/.exec(text.slice(lineStart, offset))![0];
}

function firstMemberOffset(cluster: Cluster): number | undefined {
    let first: number | undefined;
    const members = [
        ...cluster.profiles, ...cluster.controllers, ...cluster.brokers, ...cluster.brokerRanges, ...cluster.defaults,
        ...cluster.topics, ...cluster.producers, ...cluster.groups, ...cluster.shareGroups, ...cluster.scenarios
    ];
    for (const m of members) {
        const offset = m.$cstNode?.offset;
        if (offset !== undefined && (first === undefined || offset < first)) first = offset;
    }
    return first;
}

function positionAt(text: string, offset: number): { line: number; character: number } {
    let line = 0;
    let lineStart = 0;
    for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
        line++;
        lineStart = i + 1;
    }
    return { line, character: offset - lineStart };
}

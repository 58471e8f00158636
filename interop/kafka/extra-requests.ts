// Kafka requests kafkajs 2.2.4 does not send, on its connection layer:
// ApiVersions v3 (finalized features), DescribeQuorum v0 (KRaft voters),
// ListGroups v5 (group types), ConsumerGroupDescribe (KIP-848 groups) and
// ShareGroupDescribe (KIP-932). Layouts: clients/src/main/resources/common/
// message/*.json of apache/kafka (checked against the 4.2.2 jars' schemas).
import { CompactReader, CompactWriter } from './compact-codec.js';

export const API = { ListGroups: 16, ApiVersions: 18, DescribeQuorum: 55, ConsumerGroupDescribe: 69, ShareGroupDescribe: 77 } as const;

/** What kafkajs's request framing takes from `encode()` (its Encoder's `buf` and `buffer`). */
export interface EncodedPayload {
    readonly buf: Buffer;
    readonly buffer: Buffer;
}

export interface ProtocolRequest<T> {
    readonly request: { apiKey: number; apiVersion: number; apiName: string; encode: () => Promise<EncodedPayload> };
    readonly response: { decode: (payload: Buffer) => Promise<T>; parse: (value: T) => Promise<T> };
}

function flexible<T>(apiKey: number, apiVersion: number, apiName: string, body: CompactWriter, read: (r: CompactReader) => T, headerTags = true): ProtocolRequest<T> {
    // The request header is kafkajs's v1; the tagged-fields byte that makes it v2 leads the body.
    const payload = Buffer.concat([new CompactWriter().tags().toBuffer(), body.toBuffer()]);
    return {
        request: { apiKey, apiVersion, apiName, encode: async () => ({ buf: payload, buffer: payload }) },
        response: {
            decode: async (raw: Buffer) => {
                const reader = new CompactReader(raw);
                if (headerTags) reader.tags();
                return read(reader);
            },
            parse: async (value: T) => value
        }
    };
}

export class KafkaErrorCode extends Error {
    constructor(readonly api: string, readonly code: number, message: string | null) {
        super(`${api} failed with error code ${code}${message ? `: ${message}` : ''}`);
    }
}

// ---------------------------------------------------------------- ApiVersions v3

export interface ApiVersionsResult {
    readonly apis: ReadonlyMap<number, { min: number; max: number }>;
    readonly finalizedFeatures: Readonly<Record<string, number>>;
}

export function apiVersionsV3(): ProtocolRequest<ApiVersionsResult> {
    const body = new CompactWriter().string('kafka-topology').string('1').tags();
    // ApiVersions responses keep header v0 (no tagged fields), for clients that do not know the version yet.
    return flexible<ApiVersionsResult>(API.ApiVersions, 3, 'ApiVersions', body, (r) => {
        const error = r.int16();
        if (error !== 0) throw new KafkaErrorCode('ApiVersions', error, null);
        const apis = new Map<number, { min: number; max: number }>();
        r.array((a) => {
            const key = a.int16();
            apis.set(key, { min: a.int16(), max: a.int16() });
            a.tags();
        });
        r.int32();
        const finalizedFeatures: Record<string, number> = {};
        const finalized = r.tags().get(2);
        if (finalized) {
            new CompactReader(finalized).array((f) => {
                const name = f.string();
                finalizedFeatures[name] = f.int16();
                f.int16();
                f.tags();
            });
        }
        return { apis, finalizedFeatures };
    }, false);
}

// ---------------------------------------------------------------- DescribeQuorum v0

export interface QuorumResult {
    readonly leaderId: number;
    readonly voters: number[];
    readonly observers: number[];
}

export function describeQuorumV0(): ProtocolRequest<QuorumResult> {
    const body = new CompactWriter()
        .array(['__cluster_metadata'], (w, topic) => w.string(topic).array([0], (pw, p) => pw.int32(p).tags()).tags())
        .tags();
    return flexible(API.DescribeQuorum, 0, 'DescribeQuorum', body, (r) => {
        const error = r.int16();
        if (error !== 0) throw new KafkaErrorCode('DescribeQuorum', error, null);
        const replica = (x: CompactReader) => {
            const id = x.int32();
            x.int64();
            x.tags();
            return id;
        };
        const partitions = r.array((t) => {
            t.string();
            const parts = t.array((p) => {
                p.int32();
                const code = p.int16();
                const leaderId = p.int32();
                p.int32();
                p.int64();
                const voters = p.array(replica);
                const observers = p.array(replica);
                p.tags();
                if (code !== 0) throw new KafkaErrorCode('DescribeQuorum', code, null);
                return { leaderId, voters, observers };
            });
            t.tags();
            return parts;
        }).flat();
        if (partitions.length === 0) throw new KafkaErrorCode('DescribeQuorum', -1, 'no metadata partition in the answer');
        return partitions[0];
    });
}

// ---------------------------------------------------------------- ListGroups v5

export interface ListedGroup {
    readonly groupId: string;
    readonly protocolType: string;
    readonly state: string;
    /** `classic`, `consumer`, `share`, `streams`. */
    readonly type: string;
}

export function listGroupsV5(): ProtocolRequest<ListedGroup[]> {
    const body = new CompactWriter().array([], () => undefined).array([], () => undefined).tags();
    return flexible(API.ListGroups, 5, 'ListGroups', body, (r) => {
        r.int32();
        const error = r.int16();
        if (error !== 0) throw new KafkaErrorCode('ListGroups', error, null);
        return r.array((g) => {
            const group = { groupId: g.string(), protocolType: g.string(), state: g.string(), type: g.string() };
            g.tags();
            return group;
        });
    });
}

// ---------------------------------------------------------------- ConsumerGroupDescribe / ShareGroupDescribe

export interface DescribedMember {
    readonly memberId: string;
    readonly clientId: string;
    readonly clientHost: string;
    readonly subscribedTopics: string[];
    readonly assignedTopics: string[];
}

export interface DescribedGroup {
    readonly groupId: string;
    readonly state: string;
    readonly assignor: string;
    readonly members: DescribedMember[];
}

function readAssignment(r: CompactReader): string[] {
    const topics = r.array((t) => {
        t.uuid();
        const name = t.string();
        t.array((p) => p.int32());
        t.tags();
        return name;
    });
    r.tags();
    return topics;
}

/** KIP-848 groups; v1 adds the member type. */
export function consumerGroupDescribe(groupIds: readonly string[], version: 0 | 1): ProtocolRequest<DescribedGroup[]> {
    const body = new CompactWriter().array(groupIds, (w, id) => w.string(id)).boolean(false).tags();
    return flexible(API.ConsumerGroupDescribe, version, 'ConsumerGroupDescribe', body, (r) => describedGroups(r, 'ConsumerGroupDescribe', (m) => {
        const memberId = m.string();
        m.nullableString();
        m.nullableString();
        m.int32();
        const clientId = m.string();
        const clientHost = m.string();
        const subscribedTopics = m.array((s) => s.string());
        m.nullableString();
        const assignedTopics = readAssignment(m);
        readAssignment(m);
        if (version >= 1) m.int8();
        m.tags();
        return { memberId, clientId, clientHost, subscribedTopics, assignedTopics };
    }));
}

/** KIP-932 share groups: v0 in 4.0/4.1 (preview), v1 from 4.2, one layout. */
export function shareGroupDescribe(groupIds: readonly string[], version: 0 | 1): ProtocolRequest<DescribedGroup[]> {
    const body = new CompactWriter().array(groupIds, (w, id) => w.string(id)).boolean(false).tags();
    return flexible(API.ShareGroupDescribe, version, 'ShareGroupDescribe', body, (r) => describedGroups(r, 'ShareGroupDescribe', (m) => {
        const memberId = m.string();
        m.nullableString();
        m.int32();
        const clientId = m.string();
        const clientHost = m.string();
        const subscribedTopics = m.array((s) => s.string());
        const assignedTopics = readAssignment(m);
        m.tags();
        return { memberId, clientId, clientHost, subscribedTopics, assignedTopics };
    }));
}

function describedGroups(r: CompactReader, api: string, member: (m: CompactReader) => DescribedMember): DescribedGroup[] {
    r.int32();
    const groups = r.array((g) => {
        const code = g.int16();
        const message = g.nullableString();
        const groupId = g.string();
        const state = g.string();
        g.int32();
        g.int32();
        const assignor = g.string();
        const members = g.array(member);
        g.int32();
        g.tags();
        if (code !== 0) throw new KafkaErrorCode(api, code, message);
        return { groupId, state, assignor, members };
    });
    r.tags();
    return groups;
}

// The JSON schema a JulieOps-style descriptor is checked with (ajv): the structure,
// names Kafka accepts, and numeric settings written as digits.
const name = { type: 'string', pattern: '^[a-zA-Z0-9._-]{1,249}$' };
const digits = { type: 'string', pattern: '^-?[0-9]+$' };
const client = {
    type: 'object',
    required: ['principal', 'topics'],
    additionalProperties: false,
    properties: {
        principal: { type: 'string', pattern: '^User:.+$' },
        group: name,
        topics: { type: 'array', items: name }
    }
};

export const JULIE_SCHEMA = {
    type: 'object',
    required: ['context', 'brokers', 'projects'],
    additionalProperties: false,
    properties: {
        context: { type: 'string' },
        brokers: {
            type: 'array',
            items: { type: 'object', required: ['id'], additionalProperties: false, properties: { id: { type: 'integer', minimum: 0 }, rack: { type: 'string' } } }
        },
        projects: {
            type: 'array',
            items: {
                type: 'object',
                required: ['name', 'topics'],
                additionalProperties: false,
                properties: {
                    name: { type: 'string' },
                    topics: {
                        type: 'array',
                        items: {
                            type: 'object',
                            required: ['name', 'config'],
                            additionalProperties: false,
                            properties: {
                                name,
                                description: { type: 'string' },
                                config: {
                                    type: 'object',
                                    required: ['num.partitions', 'replication.factor'],
                                    properties: { 'num.partitions': digits, 'replication.factor': digits, 'min.insync.replicas': digits },
                                    additionalProperties: { type: 'string' }
                                }
                            }
                        }
                    },
                    producers: { type: 'array', items: client },
                    consumers: { type: 'array', items: client }
                }
            }
        }
    }
} as const;

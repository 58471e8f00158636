// kafkajs 2.2.4 internals this project builds on (no published types).
declare module 'kafkajs/src/protocol/encoder.js' {
    export default class Encoder {
        writeBuffer(value: Buffer): Encoder;
    }
}

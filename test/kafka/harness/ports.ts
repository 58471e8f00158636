// Free loopback ports: bind port 0 on 127.0.0.1, note the port, close. Ports
// handed out in this process are never handed out again, so two clusters started
// by one test file cannot collide; another process could still take one between
// close and the broker's bind, which the start then reports as a clear failure.
import { createServer } from 'node:net';

const handedOut = new Set<number>();

export async function freePort(): Promise<number> {
    for (let attempt = 0; attempt < 50; attempt++) {
        const port = await new Promise<number>((resolve, reject) => {
            const server = createServer();
            server.unref();
            server.on('error', reject);
            server.listen(0, '127.0.0.1', () => {
                const address = server.address();
                const chosen = typeof address === 'object' && address ? address.port : 0;
                server.close(() => resolve(chosen));
            });
        });
        if (port > 0 && !handedOut.has(port)) {
            handedOut.add(port);
            return port;
        }
    }
    throw new Error('no free loopback port found');
}

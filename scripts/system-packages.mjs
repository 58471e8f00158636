// Debian packages the real-VS-Code parts need (code-server's native modules,
// ripgrep, Chromium, fonts). When they are missing and we may install them
// (root, apt-get present), we do, saying so; otherwise a one-line error says how.
import { spawnSync } from 'node:child_process';

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;
const hasAptGet = () => spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;

/** Installs `packages` with apt-get, or throws an Error whose message is the command to run. */
export function ensureDebianPackages(packages, why) {
    if (packages.length === 0) return;
    const command = `apt-get install -y --no-install-recommends ${packages.join(' ')}`;
    if (!isRoot() || !hasAptGet() || process.env.KAFKA_TOPOLOGY_NO_APT) {
        throw new Error(`missing system packages for ${why}; run: ${command}`);
    }
    console.log(`[setup] installing ${packages.join(', ')} for ${why} (apt-get)…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    const install = update.status === 0 && spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
    if (!install || install.status !== 0) throw new Error(`installing ${packages.join(', ')} failed; run: ${command}`);
}

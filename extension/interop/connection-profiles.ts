// Connection profiles for live clusters: kept in the `kafkaTopology.connections`
// setting without secrets; a SASL password lives in VS Code's SecretStorage
// under the profile's name and never reaches a file, a setting or a log.
import * as vscode from 'vscode';
import type { ReadOptions } from '../../interop/import-from-cluster.js';

export interface ConnectionProfile {
    readonly name: string;
    readonly bootstrapServers: string;
    readonly securityProtocol?: 'PLAINTEXT' | 'SSL' | 'SASL_PLAINTEXT' | 'SASL_SSL';
    readonly saslMechanism?: 'PLAIN' | 'SCRAM-SHA-256' | 'SCRAM-SHA-512';
    readonly username?: string;
    /** A PEM file of the CA that signed the brokers' certificates. */
    readonly caFile?: string;
}

const SETTING = 'connections';
const secretKey = (name: string) => `kafkaTopology.connection.${name}.password`;

export function profiles(): ConnectionProfile[] {
    const value = vscode.workspace.getConfiguration('kafkaTopology').get<unknown>(SETTING);
    if (!Array.isArray(value)) return [];
    return value.filter((p: unknown): p is ConnectionProfile => {
        const r = p as Partial<Record<keyof ConnectionProfile, unknown>> | null;
        return typeof r?.name === 'string' && typeof r.bootstrapServers === 'string';
    });
}

/** Asks which profile (or a new one); undefined when the user cancels. */
export async function pickConnection(context: vscode.ExtensionContext): Promise<{ profile: ConnectionProfile; options: ReadOptions } | undefined> {
    const known = profiles();
    const NEW = vscode.l10n.t('New connection…');
    const picked = await vscode.window.showQuickPick([...known.map((p) => ({ label: p.name, description: p.bootstrapServers })), { label: NEW, description: '' }], {
        placeHolder: vscode.l10n.t('Which Kafka cluster?')
    });
    if (!picked) return undefined;
    const profile = picked.label === NEW ? await createProfile(context) : known.find((p) => p.name === picked.label);
    if (!profile) return undefined;
    const options = await readOptions(context, profile);
    return options ? { profile, options } : undefined;
}

async function createProfile(context: vscode.ExtensionContext): Promise<ConnectionProfile | undefined> {
    const bootstrapServers = await vscode.window.showInputBox({
        prompt: vscode.l10n.t('Bootstrap servers (host:port, comma-separated)'),
        placeHolder: 'localhost:9092',
        validateInput: (v) => (/^\s*[^\s:,]+:\d+(\s*,\s*[^\s:,]+:\d+)*\s*$/.test(v) ? undefined : vscode.l10n.t('Write host:port, e.g. localhost:9092.'))
    });
    if (!bootstrapServers) return undefined;
    const protocol = await vscode.window.showQuickPick(['PLAINTEXT', 'SASL_PLAINTEXT', 'SASL_SSL', 'SSL'], { placeHolder: vscode.l10n.t('Security protocol') });
    if (!protocol) return undefined;
    let profile: ConnectionProfile = { name: bootstrapServers.trim(), bootstrapServers: bootstrapServers.trim(), securityProtocol: protocol as ConnectionProfile['securityProtocol'] };
    if (protocol.startsWith('SASL')) {
        const mechanism = await vscode.window.showQuickPick(['PLAIN', 'SCRAM-SHA-256', 'SCRAM-SHA-512'], { placeHolder: vscode.l10n.t('SASL mechanism') });
        const username = mechanism && (await vscode.window.showInputBox({ prompt: vscode.l10n.t('SASL username') }));
        const password = username && (await vscode.window.showInputBox({ prompt: vscode.l10n.t('SASL password (kept in VS Code secret storage)'), password: true }));
        if (!mechanism || !username || password === undefined || password === '') return undefined;
        profile = { ...profile, saslMechanism: mechanism as ConnectionProfile['saslMechanism'], username };
        await context.secrets.store(secretKey(profile.name), password);
    }
    const name = await vscode.window.showInputBox({ prompt: vscode.l10n.t('A name for this connection'), value: profile.name });
    if (!name) return undefined;
    if (name !== profile.name && profile.username) {
        const password = await context.secrets.get(secretKey(profile.name));
        await context.secrets.delete(secretKey(profile.name));
        if (password !== undefined) await context.secrets.store(secretKey(name), password);
    }
    profile = { ...profile, name };
    const config = vscode.workspace.getConfiguration('kafkaTopology');
    await config.update(SETTING, [...profiles().filter((p) => p.name !== name), profile], vscode.ConfigurationTarget.Global);
    return profile;
}

async function readOptions(context: vscode.ExtensionContext, profile: ConnectionProfile): Promise<ReadOptions | undefined> {
    const bootstrap = profile.bootstrapServers.split(',').map((s) => s.trim()).filter(Boolean);
    const protocol = profile.securityProtocol ?? 'PLAINTEXT';
    let security: ReadOptions['security'] = {};
    if (protocol.endsWith('SSL')) {
        const ca = profile.caFile ? new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.file(profile.caFile))) : undefined;
        security = { ssl: ca ? { ca: [ca] } : true };
    }
    if (protocol.startsWith('SASL')) {
        let password = await context.secrets.get(secretKey(profile.name));
        if (password === undefined) {
            password = await vscode.window.showInputBox({ prompt: vscode.l10n.t('SASL password for {0} (kept in VS Code secret storage)', profile.name), password: true });
            if (!password) return undefined;
            await context.secrets.store(secretKey(profile.name), password);
        }
        const mechanism = ({ PLAIN: 'plain', 'SCRAM-SHA-256': 'scram-sha-256', 'SCRAM-SHA-512': 'scram-sha-512' } as const)[profile.saslMechanism ?? 'PLAIN'];
        security = { ...security, sasl: { mechanism, username: profile.username ?? '', password } as never };
    }
    return { bootstrap, security };
}

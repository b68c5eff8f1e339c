/**
 * The flags that name an org, declared once for every command that reads or writes one, and
 * turned into a connection in one place:
 *
 * - `--target-org <alias|username>`: a login the Salesforce CLI stored;
 * - `--instance-url` with `--access-token` (or SF_INSTANCE_URL / SF_ACCESS_TOKEN): a session;
 * - `--client-id`, `--jwt-key-file`, `--username` [`--login-url`] (or SF_CLIENT_ID,
 *   SF_JWT_KEY_FILE, SF_USERNAME, SF_LOGIN_URL): the JWT bearer flow of a connected app, for
 *   schedules that have no browser and no Salesforce CLI.
 *
 * jsforce is loaded only when a command logs in: the declarations cost nothing at startup.
 */
import { createRequire } from 'node:module';
import type { Connection } from '@jsforce/jsforce-node';
import type { ConnectOptions } from '../batch/org/connect';
import { UsageError } from './args';
import type { OptionSpec, OptionSpecs, Values } from './command';
import { messages, orgFlagHelp as help } from './messages';

const load = createRequire(__filename);

export const ORG_OPTIONS = {
    'target-org': { type: 'string', value: 'alias|username', help: help.targetOrg },
    'instance-url': { type: 'string', value: 'url', help: help.instanceUrl, env: 'SF_INSTANCE_URL' },
    'access-token': { type: 'string', value: 'token', help: help.accessToken, env: 'SF_ACCESS_TOKEN' },
    'client-id': { type: 'string', value: 'consumer key', help: help.clientId, env: 'SF_CLIENT_ID' },
    'jwt-key-file': { type: 'string', value: 'file.pem', help: help.jwtKeyFile, env: 'SF_JWT_KEY_FILE' },
    username: { type: 'string', value: 'username', help: help.username, env: 'SF_USERNAME' },
    'login-url': { type: 'string', value: 'url', help: help.loginUrl, env: 'SF_LOGIN_URL' }
} as const satisfies OptionSpecs;

export type OrgValues = Values<typeof ORG_OPTIONS>;

const JWT_FLAGS = ['client-id', 'jwt-key-file', 'username'] as const;
const envOf = (flag: keyof typeof ORG_OPTIONS): string => {
    const spec: OptionSpec = ORG_OPTIONS[flag];
    return spec.env ?? '';
};

/**
 * The org the flags (or the SF_* environment) name, or null for none. `from` is `--from`: a
 * folder and an org flag together are refused; with `--from`, the environment is not read.
 */
export function orgFrom(
    values: OrgValues,
    from: string | undefined = undefined,
    env: NodeJS.ProcessEnv = process.env
): ConnectOptions | null {
    const jwtFlag = JWT_FLAGS.some((f) => values[f] !== undefined) || values['login-url'] !== undefined;
    const flags = values['target-org'] ?? values['instance-url'] ?? values['access-token'];
    if (from !== undefined && (flags || jwtFlag)) throw new UsageError(messages.fromAndOrg);
    if (from !== undefined) return null;
    const jwtEnv = !flags && !jwtFlag && JWT_FLAGS.every((f) => env[envOf(f)]);
    if (jwtFlag || jwtEnv) {
        if (flags) throw new UsageError(messages.jwtAndSession);
        const read = (f: (typeof JWT_FLAGS)[number]): string => {
            const value = values[f] ?? env[envOf(f)];
            if (!value) throw new UsageError(messages.jwtMissing(`--${f}`, envOf(f)));
            return value;
        };
        return {
            jwt: {
                clientId: read('client-id'),
                keyFile: read('jwt-key-file'),
                username: read('username'),
                loginUrl: values['login-url'] ?? env[envOf('login-url')] ?? 'https://login.salesforce.com'
            }
        };
    }
    const session = env[envOf('instance-url')] && env[envOf('access-token')];
    if (!flags && !session) return null;
    const options: ConnectOptions = {};
    if (values['target-org']) options.targetOrg = values['target-org'];
    if (values['instance-url']) options.instanceUrl = values['instance-url'];
    if (values['access-token']) options.accessToken = values['access-token'];
    return options;
}

/**
 * Logs in to the org the flags name: every command that talks to an org goes through here.
 * No flags at all: connect() names what is missing (or uses the SF_* session environment).
 */
export async function connectionFrom(
    values: OrgValues,
    env: NodeJS.ProcessEnv = process.env
): Promise<Connection> {
    const { connect } = load('../batch/org/connect') as typeof import('../batch/org/connect');
    return connect(orgFrom(values, undefined, env) ?? {}, env);
}

/**
 * The flags that name an org, declared once for every command that reads or writes one, and
 * turned into connection options in one place:
 *
 * - `--target-org <alias|username>`: a login the Salesforce CLI stored;
 * - `--instance-url` with `--access-token` (or SF_INSTANCE_URL / SF_ACCESS_TOKEN): a session;
 * - `--client-id`, `--jwt-key-file`, `--username` [`--login-url`] (or SF_CLIENT_ID,
 *   SF_JWT_KEY_FILE, SF_USERNAME, SF_LOGIN_URL): the JWT bearer flow of a connected app, for
 *   schedules that have no browser and no Salesforce CLI.
 */
import type { ConnectOptions } from '../org/connect';
import { UsageError } from './args';
import { messages } from './messages';

export const ORG_OPTIONS = {
    'target-org': { type: 'string' },
    'instance-url': { type: 'string' },
    'access-token': { type: 'string' },
    'client-id': { type: 'string' },
    'jwt-key-file': { type: 'string' },
    username: { type: 'string' },
    'login-url': { type: 'string' }
} as const;

export type OrgValues = { [K in keyof typeof ORG_OPTIONS]?: string };

const JWT_FLAGS = ['client-id', 'jwt-key-file', 'username'] as const;
const JWT_ENV: Record<(typeof JWT_FLAGS)[number], string> = {
    'client-id': 'SF_CLIENT_ID',
    'jwt-key-file': 'SF_JWT_KEY_FILE',
    username: 'SF_USERNAME'
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
    const jwtEnv = !flags && !jwtFlag && JWT_FLAGS.every((f) => env[JWT_ENV[f]]);
    if (jwtFlag || jwtEnv) {
        if (flags) throw new UsageError(messages.jwtAndSession);
        const read = (f: (typeof JWT_FLAGS)[number]): string => {
            const value = values[f] ?? env[JWT_ENV[f]];
            if (!value) throw new UsageError(messages.jwtMissing(`--${f}`, JWT_ENV[f]));
            return value;
        };
        return {
            jwt: {
                clientId: read('client-id'),
                keyFile: read('jwt-key-file'),
                username: read('username'),
                loginUrl: values['login-url'] ?? env.SF_LOGIN_URL ?? 'https://login.salesforce.com'
            }
        };
    }
    const session = env.SF_INSTANCE_URL && env.SF_ACCESS_TOKEN;
    if (!flags && !session) return null;
    const options: ConnectOptions = {};
    if (values['target-org']) options.targetOrg = values['target-org'];
    if (values['instance-url']) options.instanceUrl = values['instance-url'];
    if (values['access-token']) options.accessToken = values['access-token'];
    return options;
}

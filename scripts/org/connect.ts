/**
 * Connects to an org: `--target-org` reuses the Salesforce CLI's stored auth (via
 * @salesforce/core, which refreshes tokens), `--instance-url`/`--access-token` (or
 * SF_INSTANCE_URL/SF_ACCESS_TOKEN) use a session directly. Nothing stores credentials.
 */
import { existsSync } from 'node:fs';
import { Connection } from '@jsforce/jsforce-node';
import { ConnectError } from './errors';
import { registerSecret, watchTokens } from './redact';

export const API_VERSION = '62.0';

export interface JwtLogin {
    /** The connected app's consumer key. */
    clientId: string;
    /** The private key (PEM) whose certificate the connected app holds. */
    keyFile: string;
    username: string;
    /** https://login.salesforce.com, https://test.salesforce.com or the org's My Domain URL. */
    loginUrl: string;
}

export interface ConnectOptions {
    targetOrg?: string;
    instanceUrl?: string;
    accessToken?: string;
    /** The JWT bearer flow: headless logins for schedules; nothing is stored. */
    jwt?: JwtLogin;
}

export async function connect(
    options: ConnectOptions,
    env: NodeJS.ProcessEnv = process.env
): Promise<Connection> {
    if (options.jwt) return connectWithJwt(options.jwt);
    if (options.targetOrg) {
        // Loaded only here: @salesforce/core is large and most runs do not need it.
        const { Org } = await import('@salesforce/core');
        try {
            const org = await Org.create({ aliasOrUsername: options.targetOrg });
            const conn = org.getConnection(API_VERSION) as unknown as Connection;
            watchTokens(conn);
            return conn;
        } catch (error) {
            throw new ConnectError(
                `--target-org ${options.targetOrg}: ${(error as Error).message} (log in with "sf org login web --alias ${options.targetOrg}")`
            );
        }
    }
    const instanceUrl = options.instanceUrl ?? env.SF_INSTANCE_URL;
    const accessToken = options.accessToken ?? env.SF_ACCESS_TOKEN;
    registerSecret(accessToken);
    if (!instanceUrl || !accessToken) {
        throw new ConnectError(
            'an org needs --target-org <alias>, or --instance-url and --access-token (or SF_INSTANCE_URL and SF_ACCESS_TOKEN)'
        );
    }
    if (!/^https?:\/\/[^\s/]+/.test(instanceUrl))
        throw new ConnectError(`--instance-url: "${instanceUrl}" is not a URL`);
    const conn = new Connection({
        instanceUrl: instanceUrl.replace(/\/+$/, ''),
        accessToken,
        version: API_VERSION
    });
    watchTokens(conn);
    return conn;
}

/**
 * Logs in with the JWT bearer flow through @salesforce/core (which signs the assertion and asks
 * the login URL for a token), without saving the login anywhere and without the sf CLI.
 */
async function connectWithJwt(login: JwtLogin): Promise<Connection> {
    if (!existsSync(login.keyFile)) throw new ConnectError(`--jwt-key-file: no file at ${login.keyFile}`);
    if (!/^https?:\/\/[^\s/]+/.test(login.loginUrl))
        throw new ConnectError(`--login-url: "${login.loginUrl}" is not a URL`);
    const { AuthInfo, Connection: CoreConnection } = await import('@salesforce/core');
    try {
        const authInfo = await AuthInfo.create({
            username: login.username,
            oauth2Options: {
                clientId: login.clientId,
                privateKeyFile: login.keyFile,
                loginUrl: login.loginUrl.replace(/\/+$/, '')
            }
        });
        const conn = await CoreConnection.create({ authInfo });
        conn.setApiVersion(API_VERSION);
        registerSecret(conn.accessToken ?? undefined);
        return conn as unknown as Connection;
    } catch (error) {
        // The key and the assertion never reach the message: core names the failure, not the inputs.
        throw new ConnectError(
            `JWT login of ${login.username} at ${login.loginUrl} failed: ${(error as Error).message}`
        );
    }
}

/**
 * Connects to an org: `--target-org` reuses the Salesforce CLI's stored auth (via
 * @salesforce/core, which refreshes tokens), `--instance-url`/`--access-token` (or
 * SF_INSTANCE_URL/SF_ACCESS_TOKEN) use a session directly. Nothing stores credentials.
 */
import { Connection } from '@jsforce/jsforce-node';
import { ConnectError } from './errors';
import { registerSecret, watchTokens } from './redact';

export const API_VERSION = '62.0';

export interface ConnectOptions {
    targetOrg?: string;
    instanceUrl?: string;
    accessToken?: string;
}

export async function connect(
    options: ConnectOptions,
    env: NodeJS.ProcessEnv = process.env
): Promise<Connection> {
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

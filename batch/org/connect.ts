/**
 * Connects to an org: `--target-org` reuses the Salesforce CLI's stored auth (via
 * @salesforce/core, which refreshes tokens), `--instance-url`/`--access-token` (or
 * SF_INSTANCE_URL/SF_ACCESS_TOKEN) use a session directly. Nothing stores credentials.
 */
import { createPrivateKey, sign, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Connection } from '@jsforce/jsforce-node';
import { connectMessages as m } from '../../cli/messages';
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
            throw new ConnectError(m.targetOrgFailed(options.targetOrg, (error as Error).message));
        }
    }
    const instanceUrl = options.instanceUrl ?? env.SF_INSTANCE_URL;
    const accessToken = options.accessToken ?? env.SF_ACCESS_TOKEN;
    registerSecret(accessToken);
    if (!instanceUrl || !accessToken) {
        throw new ConnectError(m.noLogin);
    }
    if (!/^https?:\/\/[^\s/]+/.test(instanceUrl))
        throw new ConnectError(m.notAUrl('--instance-url', instanceUrl));
    const conn = new Connection({
        instanceUrl: instanceUrl.replace(/\/+$/, ''),
        accessToken,
        version: API_VERSION
    });
    watchTokens(conn);
    return conn;
}

/**
 * Logs in with the OAuth 2.0 JWT bearer flow: signs a short-lived assertion (RS256) with the
 * connected app's private key and trades it at the login URL for a session. Done here rather
 * than through @salesforce/core's AuthInfo, which saves every login it makes under ~/.sfdx: a
 * schedule's login must leave nothing behind. When the session expires during a long run,
 * jsforce asks for a new one the same way.
 */
async function connectWithJwt(login: JwtLogin): Promise<Connection> {
    let privateKey: KeyObject;
    try {
        privateKey = createPrivateKey(readFileSync(login.keyFile, 'utf8'));
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw new ConnectError(m.badKeyFile(login.keyFile, code === 'ENOENT'));
    }
    if (!/^https?:\/\/[^\s/]+/.test(login.loginUrl))
        throw new ConnectError(m.notAUrl('--login-url', login.loginUrl));
    const loginUrl = login.loginUrl.replace(/\/+$/, '');
    const session = await requestJwtSession(login, loginUrl, privateKey);
    const conn = new Connection({
        instanceUrl: session.instanceUrl,
        accessToken: session.accessToken,
        version: API_VERSION,
        refreshFn: (_conn, callback) => {
            requestJwtSession(login, loginUrl, privateKey).then(
                (next) => callback(null, next.accessToken),
                (error: Error) => callback(error)
            );
        }
    });
    return conn;
}

/** Salesforce accepts an assertion for a few minutes; it is used at once. */
const ASSERTION_LIFETIME_SECONDS = 180;

async function requestJwtSession(
    login: JwtLogin,
    loginUrl: string,
    privateKey: KeyObject
): Promise<{ accessToken: string; instanceUrl: string }> {
    const segment = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');
    const claims = {
        iss: login.clientId,
        sub: login.username,
        aud: loginUrl,
        exp: Math.floor(Date.now() / 1000) + ASSERTION_LIFETIME_SECONDS
    };
    const input = `${segment({ alg: 'RS256' })}.${segment(claims)}`;
    const assertion = `${input}.${sign('sha256', Buffer.from(input), privateKey).toString('base64url')}`;
    let response: Response;
    try {
        response = await fetch(`${loginUrl}/services/oauth2/token`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
            body: new URLSearchParams({
                grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
                assertion
            })
        });
    } catch (error) {
        throw new ConnectError(m.jwtFailed(loginUrl, (error as Error).message));
    }
    const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    if (!response.ok || typeof body.access_token !== 'string' || typeof body.instance_url !== 'string') {
        // Salesforce's own words (error and description); never the assertion or the key.
        const why = [body.error, body.error_description].filter((v) => typeof v === 'string').join(': ');
        throw new ConnectError(m.jwtRefused(login.username, loginUrl, why || `HTTP ${response.status}`));
    }
    registerSecret(body.access_token);
    return { accessToken: body.access_token, instanceUrl: body.instance_url };
}

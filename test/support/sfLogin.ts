/**
 * A Salesforce CLI home of its own for a test: logins stored the way `sf org login
 * access-token --alias` stores them (@salesforce/core's `AuthInfo`), so `--target-org`
 * works against the local org and nothing touches the real ~/.sf or ~/.sfdx.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO } from './cli';

export interface SfHome {
    /** The environment that points the Salesforce CLI's state (logins, aliases, key) at the home. */
    env: NodeJS.ProcessEnv;
    cleanup(): void;
}

export function sfHome(): SfHome {
    const home = mkdtempSync(path.join(os.tmpdir(), 'trust-ledger-sf-home-'));
    return {
        env: {
            HOME: home,
            USERPROFILE: home,
            XDG_CONFIG_HOME: path.join(home, '.config'),
            XDG_DATA_HOME: path.join(home, '.local', 'share'),
            SF_USE_GENERIC_UNIX_KEYCHAIN: 'true',
            SF_DISABLE_TELEMETRY: 'true',
            SF_LOG_LEVEL: 'fatal',
            SF_TARGET_ORG: '',
            TRUST_LEDGER_STATE_DIR: path.join(home, 'state')
        },
        cleanup: () => rmSync(home, { recursive: true, force: true })
    };
}

/**
 * Stores a login under `alias`, in a child process so this process's home and @salesforce/core
 * state stay untouched (and asynchronously: the local org answering it runs in this process).
 * Resolves with the stored auth fields.
 */
export function storeLogin(
    sfEnv: NodeJS.ProcessEnv,
    alias: string,
    instanceUrl: string,
    accessToken: string
): Promise<Record<string, unknown>> {
    const script = `
        const { AuthInfo } = require('@salesforce/core');
        (async () => {
            const auth = await AuthInfo.create({
                accessTokenOptions: { accessToken: process.env.TOKEN, instanceUrl: process.env.URL, loginUrl: process.env.URL }
            });
            await auth.save();
            await auth.setAlias(process.env.ALIAS);
            const { username, orgId, instanceUrl, orgEdition, name } = auth.getFields();
            process.stdout.write(JSON.stringify({ username, orgId, instanceUrl, orgEdition, name }));
        })().catch((error) => {
            process.stderr.write(String(error && error.message));
            process.exitCode = 1;
        });`;
    return new Promise((resolve, reject) => {
        execFile(
            process.execPath,
            ['-e', script],
            {
                cwd: REPO,
                timeout: 60_000,
                env: { ...process.env, ...sfEnv, TOKEN: accessToken, URL: instanceUrl, ALIAS: alias }
            },
            (error, stdout, stderr) => {
                if (error !== null) reject(new Error(`storing the login failed: ${stderr}`));
                else resolve(JSON.parse(stdout) as Record<string, unknown>);
            }
        );
    });
}

/**
 * `--target-org` end to end against the local org: a login stored the way
 * `sf org login access-token` stores it (@salesforce/core's `AuthInfo`, which reads
 * `/services/oauth2/userinfo`, the user's `Username` and the `Organization` row) in a
 * temporary home, given an alias, then `score --target-org <alias>` prints exactly what
 * `score --instance-url … --access-token …` prints.
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { startLocalOrg } from '../../tools/localOrg';
import { LOCAL_USERNAME } from '../../tools/localOrg/identity';
import { REPO } from '../support/cli';
import { cliAsync, localOrg } from '../support/localOrgRun';
import { sfHome, storeLogin as storeSfLogin, type SfHome } from '../support/sfLogin';
import { call, scratchDir } from './helpers';

jest.setTimeout(120_000);

const AS_OF = '2026-06-30';
const DEMO = path.join(REPO, 'data', 'demo');
const ALIAS = 'trust-local';

let home: SfHome;
/** The Salesforce CLI's state (logins, aliases, key) lives in this home only. */
let sfEnv: NodeJS.ProcessEnv;

beforeAll(() => {
    home = sfHome();
    sfEnv = home.env;
});
afterAll(() => home.cleanup());

const storeLogin = (instanceUrl: string, accessToken: string) =>
    storeSfLogin(sfEnv, ALIAS, instanceUrl, accessToken);

describe('the local org as the Salesforce CLI sees it', () => {
    it('serves userinfo, the user’s Username and the Organization row', async () => {
        const { org } = await localOrg({ importFrom: DEMO });
        try {
            const info = await fetch(`${org.instanceUrl}/services/oauth2/userinfo`, {
                headers: { Authorization: `Bearer ${org.accessToken}` }
            });
            expect(info.status).toBe(200);
            const claims = (await info.json()) as Record<string, string>;
            expect(claims).toMatchObject({
                preferred_username: LOCAL_USERNAME,
                organization_id: expect.stringMatching(/^00D[0-9A-Za-z]{15}$/) as unknown,
                user_id: expect.stringMatching(/^005[0-9A-Za-z]{15}$/) as unknown
            });
            // The session id starts with the org id, as an org's does.
            expect(org.accessToken.slice(0, 15)).toBe(claims.organization_id?.slice(0, 15));
            const user = await call(org, 'GET', `/sobjects/User/${claims.user_id ?? ''}`);
            expect(user.body).toMatchObject({ Username: LOCAL_USERNAME, Name: 'Local Org Integration' });
            const organization = await call(
                org,
                'GET',
                `/query?q=${encodeURIComponent('SELECT Id, Name, InstanceName, IsSandbox, TrialExpirationDate, NamespacePrefix, OrganizationType FROM Organization')}`
            );
            expect(organization.body).toMatchObject({
                totalSize: 1,
                records: [
                    {
                        Id: claims.organization_id,
                        Name: 'Trust Ledger Local Org',
                        IsSandbox: false,
                        TrialExpirationDate: null,
                        NamespacePrefix: null,
                        OrganizationType: 'Developer Edition'
                    }
                ]
            });
            const anonymous = await fetch(`${org.instanceUrl}/services/oauth2/userinfo`);
            expect(anonymous.status).toBe(401);
        } finally {
            await org.close();
        }
    });

    it('scores through --target-org <alias> exactly as through --instance-url and --access-token', async () => {
        const { org } = await localOrg({ importFrom: DEMO });
        try {
            const stored = await storeLogin(org.instanceUrl, org.accessToken);
            expect(stored).toMatchObject({
                username: LOCAL_USERNAME,
                instanceUrl: org.instanceUrl,
                orgEdition: 'Developer Edition',
                name: 'Trust Ledger Local Org'
            });
            const common = ['--as-of', AS_OF, '--format', 'json', '--dry-run'];
            const byAlias = await cliAsync(['score', '--target-org', ALIAS, ...common], { env: sfEnv });
            expect(byAlias.stderr).not.toContain(org.accessToken);
            expect(byAlias.status).toBe(0);
            const direct = await cliAsync(
                ['score', '--instance-url', org.instanceUrl, '--access-token', org.accessToken, ...common],
                { env: sfEnv }
            );
            expect(direct.status).toBe(0);
            const accounts = (JSON.parse(byAlias.stdout) as { accounts: unknown[] }).accounts;
            expect(accounts).toHaveLength(150);
            expect(byAlias.stdout).toBe(direct.stdout);
            // The username works as well as the alias.
            const byUsername = await cliAsync(['score', '--target-org', LOCAL_USERNAME, ...common], {
                env: sfEnv
            });
            expect(byUsername.stdout).toBe(direct.stdout);
        } finally {
            await org.close();
        }
    });

    it('gives a data folder made before the org had a username and an Organization row both', async () => {
        const data = scratchDir();
        try {
            const first = await startLocalOrg({ dataDir: data.dir, log: () => undefined });
            const file = first.dataFile;
            await first.close();
            // As an earlier version left it: no username, no Organization table.
            const db = new Database(file);
            db.exec('UPDATE "User" SET "Username" = NULL; DROP TABLE "Organization"');
            db.close();
            const org = await startLocalOrg({ dataDir: data.dir, log: () => undefined });
            try {
                const info = await fetch(`${org.instanceUrl}/services/oauth2/userinfo`, {
                    headers: { Authorization: `Bearer ${org.accessToken}` }
                });
                expect(((await info.json()) as Record<string, unknown>).preferred_username).toBe(
                    LOCAL_USERNAME
                );
                const count = await call(
                    org,
                    'GET',
                    `/query?q=${encodeURIComponent('SELECT COUNT() FROM Organization')}`
                );
                expect((count.body as { totalSize: number }).totalSize).toBe(1);
            } finally {
                await org.close();
            }
        } finally {
            data.cleanup();
        }
    });
});

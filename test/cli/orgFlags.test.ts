import { exitCodeOf, EXIT_PARTIAL, EXIT_STOPPED } from '../../cli/commands/scoreOrg';
import { connectionFrom, orgFrom } from '../../cli/orgFlags';
import { ConnectError } from '../../batch/org/errors';
import { cli, SMALL_ORG } from '../support/cli';

const JWT_ENV = {
    SF_CLIENT_ID: 'consumer-key',
    SF_JWT_KEY_FILE: '/keys/server.key',
    SF_USERNAME: 'batch@example.com'
};

describe('the org flags', () => {
    it('name a stored login, a session, or nothing', () => {
        expect(orgFrom({ 'target-org': 'prod' }, undefined, {})).toEqual({ targetOrg: 'prod' });
        expect(
            orgFrom({ 'instance-url': 'https://x.my.salesforce.com', 'access-token': 't' }, undefined, {})
        ).toEqual({
            instanceUrl: 'https://x.my.salesforce.com',
            accessToken: 't'
        });
        expect(orgFrom({}, undefined, {})).toBeNull();
        // A session in the environment is an org too.
        expect(orgFrom({}, undefined, { SF_INSTANCE_URL: 'https://x', SF_ACCESS_TOKEN: 't' })).toEqual({});
    });

    it('log in with the JWT bearer flow from flags, or from the SF_* environment', () => {
        expect(
            orgFrom(
                {
                    'client-id': 'ck',
                    'jwt-key-file': 'k.pem',
                    username: 'u@x',
                    'login-url': 'https://test.salesforce.com'
                },
                undefined,
                {}
            )
        ).toEqual({
            jwt: {
                clientId: 'ck',
                keyFile: 'k.pem',
                username: 'u@x',
                loginUrl: 'https://test.salesforce.com'
            }
        });
        expect(orgFrom({}, undefined, JWT_ENV)).toEqual({
            jwt: {
                clientId: 'consumer-key',
                keyFile: '/keys/server.key',
                username: 'batch@example.com',
                loginUrl: 'https://login.salesforce.com'
            }
        });
        // A flag wins over its variable.
        expect(orgFrom({ username: 'other@x' }, undefined, JWT_ENV)?.jwt?.username).toBe('other@x');
    });

    it('name what a JWT login lacks, and refuse mixing it with a session or a folder', () => {
        expect(() => orgFrom({ 'client-id': 'ck', username: 'u@x' }, undefined, {})).toThrow(
            'a JWT login needs --jwt-key-file (or SF_JWT_KEY_FILE)'
        );
        expect(() => orgFrom({ 'client-id': 'ck', 'target-org': 'prod' }, undefined, {})).toThrow(
            /the JWT flags .* log in on their own/
        );
        expect(() => orgFrom({ username: 'u@x' }, 'some/folder', {})).toThrow(/--from reads a CSV export/);
        // With --from, the environment's org is not read.
        expect(orgFrom({}, 'some/folder', JWT_ENV)).toBeNull();
    });

    it('reach the command line: a missing JWT flag is exit code 2, naming it', () => {
        const run = cli(['score', '--client-id', 'ck', '--username', 'u@x']);
        expect(run.status).toBe(2);
        expect(run.stderr).toMatch(/a JWT login needs --jwt-key-file \(or SF_JWT_KEY_FILE\)/);
        const both = cli(['score', '--from', SMALL_ORG, '--username', 'u@x']);
        expect(both.status).toBe(2);
    });
});

describe('connectionFrom', () => {
    it('logs in with the session the flags or the environment name', async () => {
        const flags = await connectionFrom(
            { 'instance-url': 'https://x.my.salesforce.com/', 'access-token': 'tok-flags' },
            {}
        );
        expect([flags.instanceUrl, flags.accessToken]).toEqual(['https://x.my.salesforce.com', 'tok-flags']);
        const env = await connectionFrom(
            {},
            { SF_INSTANCE_URL: 'https://y.my.salesforce.com', SF_ACCESS_TOKEN: 't' }
        );
        expect(env.instanceUrl).toBe('https://y.my.salesforce.com');
    });

    it('names what is missing when nothing names an org', async () => {
        await expect(connectionFrom({}, {})).rejects.toThrow(ConnectError);
        await expect(connectionFrom({}, {})).rejects.toThrow(/an org needs --target-org <alias>/);
    });
});

describe('how an org run ends', () => {
    it('is 0 when complete, 3 when stopped at the API limit, 4 when some records were not written', () => {
        expect(exitCodeOf({ stoppedByLimit: null, failures: [] })).toBe(0);
        expect(exitCodeOf({ stoppedByLimit: 'REQUEST_LIMIT_EXCEEDED', failures: [{}] })).toBe(EXIT_STOPPED);
        expect(exitCodeOf({ stoppedByLimit: null, failures: [{}] })).toBe(EXIT_PARTIAL);
        expect([EXIT_STOPPED, EXIT_PARTIAL]).toEqual([3, 4]);
    });
});

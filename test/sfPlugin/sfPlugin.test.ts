/**
 * The `sf trust …` plugin runs the same command modules as `trust-ledger`: the same score
 * JSON (as sf's `{status, result, warnings}` under --json), the same human output, the same
 * exit codes, and `--target-org` naming an org the sf auth store knows (a temporary home with
 * a login to the local org stored as `sf org login access-token` stores it).
 */
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { LOCAL_USERNAME } from '../../tools/localOrg/identity';
import { cli, REPO, scratchCopy } from '../support/cli';
import { cliAsync, localOrg } from '../support/localOrgRun';
import { sfHome, storeLogin, type SfHome } from '../support/sfLogin';

jest.setTimeout(120_000);

interface PluginRun {
    stdout: string;
    stderr: string;
    error: { message: string; exitCode?: number } | null;
    exitCode: number;
}

interface Envelope {
    status: number;
    result: Record<string, unknown>;
    warnings: unknown[];
}

const TSX = path.join(REPO, 'node_modules', '.bin', 'tsx');
const DEMO = path.join(REPO, 'data', 'demo');
const AS_OF = '2026-06-30';
const ALIAS = 'trust-local';

let home: SfHome;
beforeAll(() => (home = sfHome()));
afterAll(() => home.cleanup());

/** `sf trust …` through oclif, in a child process that does not block the local org served here. */
function sf(argv: string[], env: NodeJS.ProcessEnv = {}): Promise<PluginRun> {
    return new Promise((resolve, reject) => {
        execFile(
            TSX,
            [path.join(__dirname, 'runCommand.mts'), ...argv],
            {
                cwd: REPO,
                env: { ...process.env, NO_COLOR: '1', ...home.env, ...env },
                maxBuffer: 64 * 1024 * 1024,
                timeout: 100_000
            },
            (error, stdout, stderr) => {
                if (error !== null) reject(new Error(`runCommand failed: ${stderr}`));
                else resolve(JSON.parse(stdout.trim().split('\n').pop() as string) as PluginRun);
            }
        );
    });
}

describe('sf trust score --from', () => {
    it('returns the score JSON of `trust-ledger score --format json` as the --json result', async () => {
        const args = ['--from', DEMO, '--as-of', AS_OF];
        const plugin = await sf(['trust:score', ...args, '--json']);
        const checkout = cli(['score', ...args, '--format', 'json']);
        expect(plugin.error).toBeNull();
        const envelope = JSON.parse(plugin.stdout) as Envelope;
        expect(envelope.status).toBe(0);
        expect(envelope.warnings).toEqual([]);
        expect(envelope.result).toEqual(JSON.parse(checkout.stdout));
    });

    it('prints the same table as the CLI without --json, called with a space as sf does', async () => {
        const args = ['--from', DEMO, '--as-of', AS_OF, '--quiet'];
        const plugin = await sf(['trust', 'score', ...args]);
        expect(plugin.error).toBeNull();
        expect(plugin.stdout).toBe(cli(['score', ...args]).stdout);
    });

    it('refuses a bad --as-of with the CLI’s message and exit code 2', async () => {
        const plugin = await sf(['trust:score', '--from', DEMO, '--as-of', '2026-02-30', '--json']);
        expect(plugin.error).toEqual({
            message: '--as-of: "2026-02-30" is not a date YYYY-MM-DD',
            exitCode: 2
        });
        const envelope = JSON.parse(plugin.stdout) as { status: number; message: string };
        expect(envelope).toMatchObject({
            status: 2,
            message: '--as-of: "2026-02-30" is not a date YYYY-MM-DD'
        });
    });

    it('lists what the CLI prints as warnings in the JSON’s warnings', async () => {
        const scratch = scratchCopy();
        try {
            writeFileSync(
                path.join(scratch.dir, 'Customer_Reference__c.csv'),
                'Id,Account__c,Status__c,Requested_On__c\na0B000000000009AAA,001000000000999AAA,Completed,2026-01-01\n'
            );
            const args = ['--from', scratch.dir, '--as-of', AS_OF, '--skip-unknown-accounts'];
            const plugin = await sf(['trust:score', ...args, '--json']);
            const checkout = cli(['score', ...args, '--format', 'json']);
            expect(checkout.stderr).toMatch(/warning: Customer_Reference__c\.csv: 1 row names Account__c/);
            const envelope = JSON.parse(plugin.stdout) as Envelope;
            expect(envelope.warnings).toEqual([
                expect.stringMatching(/^Customer_Reference__c\.csv: 1 row names Account__c values/)
            ]);
            expect(envelope.result).toEqual(JSON.parse(checkout.stdout));
        } finally {
            scratch.cleanup();
        }
    });

    it('answers --help from the declaration and the messages file', async () => {
        const plugin = await sf(['trust:score', '--help']);
        expect(plugin.stdout).toContain('Score every account of a CSV export or an org');
        expect(plugin.stdout).toMatch(/--from=<folder>\s+a CSV export/);
        expect(plugin.stdout).toMatch(/-o, --target-org=<value>/);
        expect(plugin.stdout).toContain('--as-of 2026-06-30 --format');
    });
});

describe('sf trust … --target-org, against the local org', () => {
    it('scores the org through the stored login as `trust-ledger score --target-org` does', async () => {
        const { org } = await localOrg({ importFrom: DEMO });
        try {
            await storeLogin(home.env, ALIAS, org.instanceUrl, org.accessToken);
            const common = ['--as-of', AS_OF, '--dry-run'];
            const plugin = await sf(['trust:score', '--target-org', ALIAS, ...common, '--json']);
            expect(plugin.error).toBeNull();
            expect(plugin.stdout).not.toContain(org.accessToken);
            const envelope = JSON.parse(plugin.stdout) as Envelope;
            expect(envelope.status).toBe(0);
            const direct = await cliAsync(['score', '--target-org', ALIAS, ...common, '--format', 'json'], {
                env: home.env
            });
            expect(direct.status).toBe(0);
            // A dry run's JSON ends with what it would have done (`dryRun`), in both shells.
            const { accounts, asOf, model, dryRun, summary } = envelope.result;
            expect({ asOf, model, accounts, dryRun }).toEqual(JSON.parse(direct.stdout));
            expect(summary).toMatchObject({ accountsScored: 150, written: false, failures: [] });
        } finally {
            await org.close();
        }
    });

    it('uses the default org of the sf config without --from, and the folder with it', async () => {
        const { org } = await localOrg({ importFrom: DEMO });
        try {
            await storeLogin(home.env, `${ALIAS}-default`, org.instanceUrl, org.accessToken);
            const defaultOrg = { SF_TARGET_ORG: `${ALIAS}-default` };
            const common = ['--as-of', AS_OF, '--dry-run', '--json'];
            const fromOrg = await sf(['trust:score', ...common], defaultOrg);
            expect(fromOrg.error).toBeNull();
            expect((JSON.parse(fromOrg.stdout) as Envelope).result.summary).toMatchObject({
                accountsScored: 150
            });
            const fromFolder = await sf(['trust:score', '--from', DEMO, ...common], defaultOrg);
            expect(fromFolder.error).toBeNull();
            const result = (JSON.parse(fromFolder.stdout) as Envelope).result;
            expect(result.summary).toBeUndefined();
            expect(result.accounts).toHaveLength(150);
        } finally {
            await org.close();
        }
    });

    it('pulls and pushes the model, the result naming the new version', async () => {
        const { org } = await localOrg({ importFrom: DEMO });
        try {
            await storeLogin(home.env, `${ALIAS}-model`, org.instanceUrl, org.accessToken);
            const pulled = await sf(['trust:model:pull', '--target-org', LOCAL_USERNAME, '--json']);
            expect(pulled.error).toBeNull();
            const model = (JSON.parse(pulled.stdout) as Envelope).result;
            expect(model).toMatchObject({ name: 'Default' });
            const pushed = await sf([
                'trust:model:push',
                path.join(REPO, 'config', 'default-model.json'),
                '--target-org',
                `${ALIAS}-model`,
                '--notes',
                // One word: @oclif/test's runCommand splits its argv on spaces.
                'pushed-by-sf',
                '--json'
            ]);
            expect(pushed.error).toBeNull();
            expect((JSON.parse(pushed.stdout) as Envelope).result).toMatchObject({
                name: 'Default',
                recordId: expect.stringMatching(/^[A-Za-z0-9]{18}$/) as unknown,
                stillActive: []
            });
        } finally {
            await org.close();
        }
    });

    it('names an org the sf auth store does not know, before anything runs', async () => {
        const plugin = await sf(['trust:score', '--target-org', 'no-such-org', '--json']);
        expect(plugin.error?.message).toMatch(/no-such-org/);
        expect(plugin.exitCode).not.toBe(0);
    });
});

describe('sf trust explain and backtest --from', () => {
    it('explains an account in the same words, its receipt as the --json result', async () => {
        const accountId = '001Kd00000xIcgVIAS';
        const args = [accountId, '--from', DEMO, '--as-of', AS_OF];
        const text = await sf(['trust:explain', ...args]);
        expect(text.error).toBeNull();
        expect(text.stdout).toBe(cli(['explain', ...args]).stdout);
        const json = await sf(['trust:explain', ...args, '--json']);
        const { result } = JSON.parse(json.stdout) as Envelope;
        const scored = JSON.parse(
            cli(['score', '--from', DEMO, '--as-of', AS_OF, '--format', 'json']).stdout
        ) as {
            accounts: { accountId: string }[];
        };
        expect(result.account).toMatchObject({ accountId });
        expect(result).toEqual({
            asOf: AS_OF,
            model: { name: 'Default', version: 1 },
            account: scored.accounts.find((a) => a.accountId === accountId)
        });
    });

    it('returns the backtest JSON of `trust-ledger backtest --format json`', async () => {
        const args = ['--from', DEMO, '--as-of', '2024-06-30,2025-06-30', '--horizon-days', '365', '--quiet'];
        const plugin = await sf(['trust:backtest', ...args, '--json']);
        expect(plugin.error).toBeNull();
        const checkout = cli(['backtest', ...args, '--format', 'json']);
        expect((JSON.parse(plugin.stdout) as Envelope).result).toEqual(JSON.parse(checkout.stdout));
    });
});

describe('sf trust model validate', () => {
    it('returns the model’s name and version', async () => {
        const plugin = await sf([
            'trust:model:validate',
            path.join(REPO, 'config', 'default-model.json'),
            '--json'
        ]);
        expect((JSON.parse(plugin.stdout) as Envelope).result).toEqual({
            name: 'Default',
            version: 1,
            valid: true
        });
    });
});

/**
 * The nightly workflow's own steps, run as GitHub's runner would run them (bash, the job's and
 * step's environment, GITHUB_ENV between steps, `if:` conditions), against the local org with a
 * JWT login: what docs/schedule.md tells a new user to set up, end to end. Steps that use an
 * action (setup-node, upload-artifact) and the npm install stand for what the runner provides;
 * `trust-ledger` on PATH is this checkout's.
 */
import { spawn } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { startLocalOrg, type LocalOrg } from '../../tools/localOrg/localOrg';
import { BIN, REPO } from '../support/cli';

interface Step {
    id?: string;
    name?: string;
    uses?: string;
    if?: string;
    run?: string;
    env?: Record<string, string>;
}
interface Workflow {
    jobs: { score: { env: Record<string, string>; steps: Step[] } };
}

const WORKFLOW = parse(
    readFileSync(path.join(REPO, 'examples', 'github-actions', 'trust-ledger-nightly.yml'), 'utf8')
) as Workflow;
const NIGHTLY = '15 3 * * *';
const MONTHLY = '45 5 2 * *';

/** The few `if:` forms the workflow uses. */
function condition(expression: string | undefined, schedule: string, failed: boolean): boolean {
    if (expression === undefined) return !failed;
    if (expression === 'always()') return true;
    const match = /^github\.event\.schedule == '([^']+)'$/.exec(expression.trim());
    if (!match) throw new Error(`the test does not know the condition ${expression}`);
    return !failed && match[1] === schedule;
}

/** `${{ secrets.X }}`-style values of the job's env, as the repository's secrets give them. */
function expand(value: string, secrets: Record<string, string>): string {
    return value.replace(/\$\{\{\s*(.+?)\s*\}\}/g, (_all, expr: string) => {
        const alternatives = expr.split('||').map((s) => s.trim());
        for (const alt of alternatives) {
            const secret = /^secrets\.(\w+)$/.exec(alt);
            if (secret && secrets[secret[1] as string]) return secrets[secret[1] as string] as string;
            const literal = /^'(.*)'$/.exec(alt);
            if (literal) return literal[1] as string;
        }
        return '';
    });
}

interface RunOutcome {
    steps: { id: string | undefined; status: number | null; stdout: string; stderr: string }[];
    workspace: string;
    failed: boolean;
}

/** Runs a step's script; asynchronously, as the local org answers from this same process. */
function bash(
    script: string,
    cwd: string,
    env: Record<string, string>
): Promise<{ status: number | null; stdout: string; stderr: string }> {
    return new Promise((resolve, reject) => {
        const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], { cwd, env });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        child.on('error', reject);
        child.on('close', (status) => resolve({ status, stdout, stderr }));
    });
}

async function runWorkflow(
    secrets: Record<string, string>,
    schedule: string,
    scratch: string
): Promise<RunOutcome> {
    const job = WORKFLOW.jobs.score;
    const workspace = path.join(scratch, 'workspace');
    const runnerTemp = path.join(scratch, 'runner-temp');
    const binDir = path.join(scratch, 'bin');
    for (const dir of [workspace, runnerTemp, binDir]) mkdirSync(dir, { recursive: true });
    // What `npm install --global trust-ledger` would put on PATH.
    const shim = path.join(binDir, 'trust-ledger');
    writeFileSync(shim, `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
    chmodSync(shim, 0o755);
    const githubEnv = path.join(scratch, 'github-env');
    writeFileSync(githubEnv, '');
    const env: Record<string, string> = {
        PATH: `${binDir}:${process.env.PATH ?? ''}`,
        HOME: path.join(scratch, 'home'),
        RUNNER_TEMP: runnerTemp,
        GITHUB_ENV: githubEnv,
        GITHUB_WORKSPACE: workspace
    };
    for (const [name, value] of Object.entries(job.env)) env[name] = expand(String(value), secrets);
    const outcome: RunOutcome = { steps: [], workspace, failed: false };
    for (const step of job.steps) {
        if (step.uses !== undefined || step.id === 'install' || step.run === undefined) continue;
        if (!condition(step.if, schedule, outcome.failed)) continue;
        const stepEnv: Record<string, string> = { ...env };
        for (const [name, value] of Object.entries(step.env ?? {}))
            stepEnv[name] = expand(String(value), secrets);
        // GitHub runs `run:` with `bash -e {0}`: the first failing command fails the step.
        const result = await bash(step.run, workspace, stepEnv);
        outcome.steps.push({
            id: step.id,
            status: result.status,
            stdout: result.stdout,
            stderr: result.stderr
        });
        if (result.status !== 0) outcome.failed = true;
        // Lines the step appended to GITHUB_ENV are the next steps' environment.
        for (const line of readFileSync(githubEnv, 'utf8').split('\n')) {
            const at = line.indexOf('=');
            if (at > 0) env[line.slice(0, at)] = line.slice(at + 1);
        }
        writeFileSync(githubEnv, '');
    }
    return outcome;
}

describe('the nightly workflow, run against the local org', () => {
    const keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const privatePem = keys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const publicPem = keys.publicKey.export({ type: 'spki', format: 'pem' }).toString();
    let scratch: string;

    beforeEach(() => {
        scratch = mkdtempSync(path.join(os.tmpdir(), 'trust-ledger-workflow-'));
    });
    afterEach(() => rmSync(scratch, { recursive: true, force: true }));

    async function org(apiLimit?: number): Promise<LocalOrg> {
        return startLocalOrg({
            dataDir: ':memory:',
            importFrom: path.join(REPO, 'data', 'demo'),
            jwtCertificate: publicPem,
            jwtClientId: 'consumer-key-of-the-app',
            ...(apiLimit === undefined ? {} : { apiLimit }),
            log: () => undefined
        });
    }

    const secretsFor = (local: LocalOrg): Record<string, string> => ({
        SF_CLIENT_ID: 'consumer-key-of-the-app',
        SF_USERNAME: local.username,
        SF_JWT_KEY: privatePem,
        SF_LOGIN_URL: local.instanceUrl
    });

    it('logs in with JWT, scores every account, keeps the summary and removes the key', async () => {
        // The monthly cron of the test must be the workflow's own.
        expect(JSON.stringify(WORKFLOW)).toContain(MONTHLY);
        const local = await org();
        try {
            const run = await runWorkflow(secretsFor(local), NIGHTLY, scratch);
            expect(run.steps.map((s) => [s.id ?? 'cleanup', s.status])).toEqual([
                ['key', 0],
                ['score', 0],
                ['cleanup', 0]
            ]);
            const summary = readFileSync(path.join(run.workspace, 'trust-ledger-summary.txt'), 'utf8');
            expect(summary).toMatch(
                /Scored 150 of 150 accounts of http:\/\/127\.0\.0\.1:\d+ as of \d{4}-\d{2}-\d{2}/
            );
            expect(summary).toMatch(/Wrote receipts \(Trust_Score__c, upsert by Key__c\)/);
            // The key was never printed, and is gone.
            const printed = run.steps.map((s) => s.stdout + s.stderr).join('');
            expect(printed).not.toContain('PRIVATE KEY');
            expect(printed).not.toContain(local.accessToken);
            expect(existsSync(path.join(scratch, 'runner-temp', 'trust-ledger-jwt.key'))).toBe(false);
            // Nothing was stored in the runner's home: the login is not saved anywhere.
            expect(existsSync(path.join(scratch, 'home', '.sfdx'))).toBe(false);
            // Every account has today's receipt.
            const response = await fetch(
                `${local.instanceUrl}/services/data/v62.0/query?q=${encodeURIComponent('SELECT COUNT() FROM Trust_Score__c')}`,
                { headers: { Authorization: `Bearer ${local.accessToken}` } }
            );
            expect(((await response.json()) as { totalSize: number }).totalSize).toBe(150);
        } finally {
            await local.close();
        }
    }, 180_000);

    it('on the monthly schedule also runs the backtest, with its output kept', async () => {
        const local = await org();
        try {
            // --store keeps the backtest on the active model: an org set up from the setup page has one.
            const push = await bash(
                `"${process.execPath}" "${BIN}" model push "${path.join(REPO, 'config', 'default-model.json')}" --instance-url "${local.instanceUrl}" --access-token "${local.accessToken}"`,
                REPO,
                { PATH: process.env.PATH ?? '' }
            );
            expect(push.status).toBe(0);
            const run = await runWorkflow(secretsFor(local), MONTHLY, scratch);
            expect(run.steps.map((s) => [s.id ?? 'cleanup', s.status])).toEqual([
                ['key', 0],
                ['score', 0],
                ['backtest', 0],
                ['cleanup', 0]
            ]);
            const backtest = readFileSync(path.join(run.workspace, 'trust-ledger-backtest.txt'), 'utf8');
            expect(backtest).toMatch(/ranks a renewing account above a churning one \d+% of the time/);
            // Stored on the active model, where the setup page and the backtest report read it.
            const response = await fetch(
                `${local.instanceUrl}/services/data/v62.0/query?q=${encodeURIComponent('SELECT Backtest_AUC__c FROM Trust_Model__c WHERE Active__c = true')}`,
                { headers: { Authorization: `Bearer ${local.accessToken}` } }
            );
            const models = (await response.json()) as { records: { Backtest_AUC__c: number | null }[] };
            expect(models.records[0]?.Backtest_AUC__c).toEqual(expect.any(Number));
        } finally {
            await local.close();
        }
    }, 300_000);

    it('fails visibly, with the summary kept, when the run stops at the API limit', async () => {
        const local = await org(8);
        try {
            const run = await runWorkflow(secretsFor(local), NIGHTLY, scratch);
            const score = run.steps.find((s) => s.id === 'score');
            expect(score?.status).toBe(3);
            expect(run.failed).toBe(true);
            const summary = readFileSync(path.join(run.workspace, 'trust-ledger-summary.txt'), 'utf8');
            expect(summary).toMatch(/Stopped early/);
            // The always() step still ran: the key is gone.
            expect(existsSync(path.join(scratch, 'runner-temp', 'trust-ledger-jwt.key'))).toBe(false);
        } finally {
            await local.close();
        }
    }, 180_000);

    it('refuses a login signed by another key, naming the reason and not the key', async () => {
        const local = await org();
        try {
            const other = generateKeyPairSync('rsa', { modulusLength: 2048 });
            const run = await runWorkflow(
                {
                    ...secretsFor(local),
                    SF_JWT_KEY: other.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
                },
                NIGHTLY,
                scratch
            );
            const score = run.steps.find((s) => s.id === 'score');
            expect(score?.status).toBe(2);
            expect(score?.stdout).toMatch(/JWT login of .* was refused \(invalid_grant: invalid assertion\)/);
            expect(score?.stdout).not.toContain('PRIVATE KEY');
        } finally {
            await local.close();
        }
    }, 180_000);
});

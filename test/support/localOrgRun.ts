/** Helpers for pipeline tests against the embedded local org. */
import { spawn } from 'node:child_process';
import { Connection } from '@jsforce/jsforce-node';
import { MEMORY, startLocalOrg, type LocalOrg, type LocalOrgOptions } from '../../tools/localOrg';
import { BIN, REPO } from './cli';

export async function localOrg(options: LocalOrgOptions = {}): Promise<{ org: LocalOrg; conn: Connection }> {
    const org = await startLocalOrg({ dataDir: MEMORY, ...options });
    const conn = new Connection({
        instanceUrl: org.instanceUrl,
        accessToken: org.accessToken,
        version: '62.0'
    });
    return { org, conn };
}

/** The flags that point the CLI at a running local org. */
export function orgArgs(org: { instanceUrl: string; accessToken: string }): string[] {
    return ['--instance-url', org.instanceUrl, '--access-token', org.accessToken];
}

export interface AsyncRun {
    status: number | null;
    stdout: string;
    stderr: string;
}

/**
 * Runs the CLI without blocking this process (the local org serving it lives here). Crash
 * tests kill it from inside with TRUST_LEDGER_CRASH_AFTER_BATCHES in `env`.
 */
export function cliAsync(
    args: string[],
    options: { timeoutMs?: number; env?: NodeJS.ProcessEnv } = {}
): Promise<AsyncRun> {
    return new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [BIN, ...args], {
            cwd: REPO,
            env: { ...process.env, NO_COLOR: '1', ...options.env }
        });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
        child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
        const deadline = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
        child.on('error', reject);
        child.on('close', (status) => {
            clearTimeout(deadline);
            resolve({ status, stdout, stderr });
        });
    });
}

const VOLATILE = new Set([
    'Id',
    'Name',
    'Scored_At__c',
    'CreatedDate',
    'LastModifiedDate',
    'SystemModstamp',
    'attributes'
]);

/** What a run leaves in the org: every receipt and the Account trust fields, minus timestamps. */
export async function orgState(
    conn: Connection
): Promise<{ receipts: Record<string, unknown>[]; accounts: Record<string, unknown>[] }> {
    const fields = [
        'Key__c',
        'Account__c',
        'As_Of__c',
        'Score__c',
        'Band__c',
        'Confidence__c',
        'Provisional__c',
        'Understanding__c',
        'Reliability__c',
        'Capability__c',
        'Fairness__c',
        'Renewal_Timeliness__c',
        'Deal_Velocity__c',
        'Reference_Quality__c',
        'Win_Rate__c',
        'Expansion__c',
        'Promise_Keeping__c',
        'Support_Responsiveness__c',
        'Case_Health__c',
        'Disputes__c',
        'Previous_Score__c',
        'Score_Change__c',
        'Drivers__c',
        'Source__c'
    ];
    const clean = (r: Record<string, unknown>): Record<string, unknown> =>
        Object.fromEntries(Object.entries(r).filter(([k]) => !VOLATILE.has(k)));
    const receipts = await conn.query<Record<string, unknown>>(
        `SELECT ${fields.join(', ')} FROM Trust_Score__c ORDER BY Key__c`,
        {
            autoFetch: true,
            maxFetch: 1_000_000
        }
    );
    const accounts = await conn.query<Record<string, unknown>>(
        'SELECT Id, Current_Trust_Score__c, Current_Trust_Band__c, Trust_Score_Change__c, Trust_Scored_On__c FROM Account ORDER BY Id',
        { autoFetch: true, maxFetch: 1_000_000 }
    );
    return {
        receipts: receipts.records.map(clean),
        accounts: accounts.records.map((r) => ({ ...clean(r), Id: r.Id }))
    };
}

/**
 * API economy of the org path, measured against the embedded local org (whose /limits
 * counts every call): REST calls vs the lower bound Σ ceil(rows/2000) query pages +
 * ceil(accounts/200) collection calls per written object (goal ≤ 1.2×), and the Bulk path's
 * jobs per object (goal: constant whatever the org size). Prints one JSON line per run.
 */
import path from 'node:path';
import { parseDay } from '../engine/dates';
import { EXPORT_OBJECT_NAMES } from '../batch/exports/exportSchema';
import { startLocalOrg } from '../tools/localOrg';
import { connect, OrgApi } from '../batch/org';
import { runOrgScore } from '../batch/run/orgJob';

async function main(folder: string, bulk: boolean): Promise<void> {
    const dataDir = path.join(
        path.dirname(folder),
        `${path.basename(folder)}-localorg-${bulk ? 'bulk' : 'rest'}`
    );
    const importStarted = Date.now();
    // Imported on every run, so import time and the rows behind the lower bound are measured.
    const org = await startLocalOrg({ dataDir, importFrom: folder, reimport: true });
    const importMs = Date.now() - importStarted;
    try {
        const rows = org.imported?.objects ?? {};
        const api = new OrgApi(await connect({ instanceUrl: org.instanceUrl, accessToken: org.accessToken }));
        const before = org.apiCalls();
        const started = Date.now();
        const summary = await runOrgScore({
            api,
            asOf: { day: parseDay('2026-06-30') as number, text: '2026-06-30' },
            bulk,
            dryRun: false,
            onlyChangedSince: null,
            checkpointDir: path.join(dataDir, 'checkpoints')
        });
        const ms = Date.now() - started;
        const calls = org.apiCalls() - before;
        const accounts = summary.accountsInOrg;
        const pages = EXPORT_OBJECT_NAMES.reduce((sum, name) => sum + Math.ceil((rows[name] ?? 0) / 2000), 0);
        const writes = 2 * Math.ceil(accounts / 200); // Trust_Score__c upserts + Account updates
        process.stdout.write(
            `${JSON.stringify({ bulk, accounts, rows: summary.rows, calls, lowerBound: pages + writes, ratio: calls / (pages + writes), bulkJobs: summary.bulkJobs, ms, importMs, failures: summary.failures.length })}\n`
        );
    } finally {
        await org.close();
    }
}

main(process.argv[2] ?? '.', process.argv[3] === 'bulk').catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
});

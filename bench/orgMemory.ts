/**
 * Peak memory of the org pipeline (the CLI process alone; the local org runs here) scoring
 * the same org in one in-memory chunk and in chunks of 10,000 accounts: with chunking,
 * memory follows the chunk, not the org. Prints one JSON line per run.
 */
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { startLocalOrg } from '../tools/localOrg';

const ROOT = path.resolve(__dirname, '..');

function score(
    org: { instanceUrl: string; accessToken: string },
    chunk: string,
    rssFile: string
): Promise<{ ms: number; rss: number }> {
    const started = Date.now();
    return new Promise((resolve, reject) => {
        const child = spawn(
            process.execPath,
            [
                '--require',
                path.join(ROOT, 'bench', 'reportPeakRss.js'),
                path.join(ROOT, 'bin', 'trust-ledger.js'),
                'score',
                '--instance-url',
                org.instanceUrl,
                '--access-token',
                org.accessToken,
                '--as-of',
                '2026-06-30',
                '--dry-run',
                '--quiet'
            ],
            {
                cwd: ROOT,
                stdio: 'ignore',
                env: { ...process.env, TRUST_LEDGER_RSS_FILE: rssFile, TRUST_LEDGER_CHUNK_ACCOUNTS: chunk }
            }
        );
        child.on('error', reject);
        child.on('close', (status) => {
            if (status !== 0) return reject(new Error(`score exited ${status}`));
            resolve({
                ms: Date.now() - started,
                rss: (JSON.parse(readFileSync(rssFile, 'utf8')) as { rss: number }).rss
            });
        });
    });
}

async function main(folder: string): Promise<void> {
    const dataDir = `${folder}-localorg-memory`;
    // Imported on every run, so import time and the rows behind the lower bound are measured.
    const org = await startLocalOrg({ dataDir, importFrom: folder, reimport: true });
    const rssFile = path.join(path.dirname(folder), `rss-memory-${process.pid}.json`);
    try {
        for (const chunk of ['100000000', '10000']) {
            const run = await score(org, chunk, rssFile);
            process.stdout.write(`${JSON.stringify({ chunkAccounts: Number(chunk), ...run })}\n`);
        }
    } finally {
        rmSync(rssFile, { force: true });
        await org.close();
    }
}

main(process.argv[2] ?? '.').catch((error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exitCode = 1;
});

/** Reads the local org behind a preview directly (REST query), to check what the page wrote. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { LocalOrg } from '../../../tools/localOrg';
import { REPO } from './paths';

export async function query<T extends Record<string, unknown>>(org: LocalOrg, soql: string): Promise<T[]> {
    const response = await fetch(
        `${org.instanceUrl}/services/data/v62.0/query?q=${encodeURIComponent(soql)}`,
        {
            headers: { Authorization: `Bearer ${org.accessToken}` }
        }
    );
    const body = (await response.json()) as { records?: T[] };
    if (!response.ok) throw new Error(`query failed (${response.status}): ${JSON.stringify(body)}`);
    return body.records ?? [];
}

export interface CliAccount {
    accountId: string;
    accountName: string;
    score: number | null;
    band: string | null;
    confidence: number;
    pillars: Record<string, number | null>;
    drivers: Array<{ signal: string; impact: number; summary: string }>;
}

/** `trust-ledger score --from <folder> --as-of <day> --format json` (the bundled demo by default): what the panel must agree with. */
export function cliScores<T = CliAccount>(asOf: string, from = 'data/demo'): T[] {
    const run = spawnSync(
        process.execPath,
        [
            path.join(REPO, 'bin', 'trust-ledger.js'),
            'score',
            '--from',
            from,
            '--as-of',
            asOf,
            '--format',
            'json'
        ],
        { cwd: REPO, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } }
    );
    if (run.status !== 0) throw new Error(`trust-ledger score failed: ${run.stderr}`);
    return (JSON.parse(run.stdout) as { accounts: T[] }).accounts;
}

/**
 * Governed overrides through `trust-ledger score --from`: `Trust_Override__c.csv` sets the band
 * reported for an account while in force, the score stays, and a bad cell stops the run with
 * exit code 2 naming the file, line and column.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { cli, scratchCopy } from '../support/cli';

const HEADER = 'Id,Account__c,Band__c,Reason__c,Expires_On__c,CreatedDate';
const NORTHWIND = '001000000000001AAA';

interface Account {
    accountId: string;
    score: number | null;
    band: string | null;
    override?: Record<string, unknown>;
}

function score(overrides: string[]): { status: number | null; stderr: string; accounts: Account[] } {
    const scratch = scratchCopy();
    try {
        if (overrides.length > 0)
            writeFileSync(
                path.join(scratch.dir, 'Trust_Override__c.csv'),
                [HEADER, ...overrides].join('\n') + '\n'
            );
        const run = cli(['score', '--from', scratch.dir, '--as-of', '2026-06-30', '--format', 'json']);
        const accounts = run.status === 0 ? (JSON.parse(run.stdout) as { accounts: Account[] }).accounts : [];
        return { status: run.status, stderr: run.stderr, accounts };
    } finally {
        scratch.cleanup();
    }
}

describe('trust-ledger score with Trust_Override__c.csv', () => {
    const plain = score([]);
    const northwind = (accounts: Account[]) => accounts.find((a) => a.accountId === NORTHWIND) as Account;

    it('reports the band of the override in force, keeps the score, and says both bands', () => {
        const before = northwind(plain.accounts);
        const band = before.band === 'Trusted' ? 'At Risk' : 'Trusted';
        const run = score([
            `a0O000000000001AAA,${NORTHWIND},${band},"Signed a three-year renewal, sponsor confirmed",2026-07-31,2026-06-01T09:00:00.000Z`,
            // Expired: ignored.
            `a0O000000000002AAA,${NORTHWIND},Fragile,Old concern,2026-06-29,2026-05-01T09:00:00.000Z`
        ]);
        expect(run.status).toBe(0);
        const after = northwind(run.accounts);
        expect(after.score).toBe(before.score);
        expect(after.band).toBe(band);
        expect(after.override).toEqual({
            band,
            reason: 'Signed a three-year renewal, sponsor confirmed',
            expiresOn: '2026-07-31',
            recordId: 'a0O000000000001AAA',
            computedBand: before.band
        });
        // Every other account is as it was, without an override block.
        for (const a of run.accounts.filter((x) => x.accountId !== NORTHWIND)) {
            expect(a).toEqual(plain.accounts.find((x) => x.accountId === a.accountId));
            expect(a).not.toHaveProperty('override');
        }
    });

    it('marks the overridden band in the table, gives both bands in the CSV, and the reason in explain', () => {
        const scratch = scratchCopy();
        try {
            writeFileSync(
                path.join(scratch.dir, 'Trust_Override__c.csv'),
                `${HEADER}\na0O000000000001AAA,${NORTHWIND},Trusted,"=1+1 sponsor\x1b[2J back",2026-07-31,2026-06-01T09:00:00.000Z\n`
            );
            const args = ['--from', scratch.dir, '--as-of', '2026-06-30'];
            const table = cli(['score', ...args]);
            const row = table.stdout.split('\n').find((l) => l.includes(NORTHWIND)) as string;
            expect(row).toMatch(/ Trusted\* /);
            expect(table.stdout).toMatch(/^\* band set by an override in force/m);
            expect(table.stdout.split('\n').filter((l) => /\*/.test(l) && l.includes('001'))).toEqual([row]);

            const csv = cli(['score', ...args, '--format', 'csv']);
            const line = csv.stdout.split('\n').find((l) => l.startsWith(NORTHWIND)) as string;
            const computed = northwind(plain.accounts).band as string;
            expect(line).toContain(`,${computed},"'=1+1 sponsor\x1b[2J back",2026-07-31,a0O000000000001AAA`);

            const explain = cli(['explain', NORTHWIND, ...args]);
            expect(explain.stdout).toContain(
                `Band set by an override (a0O000000000001AAA) until 2026-07-31: "=1+1 sponsor\\x1b[2J back"; the score itself earns ${computed}.`
            );
        } finally {
            scratch.cleanup();
        }
    });

    it.each([
        [
            'an unreadable expiry',
            `a0O000000000001AAA,${NORTHWIND},Trusted,Reason,31/07/2026,2026-06-01T09:00:00.000Z`,
            /Trust_Override__c\.csv:2: column Expires_On__c: "31\/07\/2026" is not a date YYYY-MM-DD/
        ],
        [
            'an empty CreatedDate',
            `a0O000000000001AAA,${NORTHWIND},Trusted,Reason,2026-07-31,`,
            /Trust_Override__c\.csv:2: column CreatedDate: is empty; every row needs a value/
        ]
    ])('stops on %s with exit code 2, naming file, line and column', (_name, row, message) => {
        const run = score([row]);
        expect(run.status).toBe(2);
        expect(run.stderr).toMatch(message);
    });

    it('stops when a required column is missing from the header', () => {
        const scratch = scratchCopy();
        try {
            writeFileSync(
                path.join(scratch.dir, 'Trust_Override__c.csv'),
                `Id,Account__c,Band__c,Expires_On__c,CreatedDate\na0O000000000001AAA,${NORTHWIND},Trusted,2026-07-31,2026-06-01T09:00:00.000Z\n`
            );
            const run = cli(['score', '--from', scratch.dir, '--as-of', '2026-06-30', '--format', 'json']);
            expect(run.status).toBe(2);
            expect(run.stderr).toMatch(
                /Trust_Override__c\.csv:1: column Reason__c: required column missing from the header/
            );
        } finally {
            scratch.cleanup();
        }
    });
});

/**
 * Exports as people bring them: 15-character ids from reports beside 18-character ones, rows
 * without an account, deals loaded without audit fields, files without optional columns, and
 * Excel's and Data Loader's habits (dates, BOM, CRLF, upper-case headers).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { cli, REPO, scratchCopy } from '../support/cli';

interface Signal {
    score: number | null;
    evidence: { recordId: string | null; summary: string }[];
}
interface Account {
    accountId: string;
    score: number | null;
    signals: Record<string, Signal>;
}

const DEMO = path.join(REPO, 'data', 'demo');
const AS_OF = '2026-06-30';
const ID18 = /\b([0-9A-Za-z]{15})[A-Z0-5]{3}\b/g;

function scoreJson(folder: string, extra: string[] = []): { accounts: Account[]; stderr: string } {
    const run = cli(['score', '--from', folder, '--as-of', AS_OF, '--format', 'json', ...extra]);
    expect(run.stderr).not.toMatch(/^trust-ledger:/m);
    expect(run.status).toBe(0);
    return { accounts: (JSON.parse(run.stdout) as { accounts: Account[] }).accounts, stderr: run.stderr };
}

function rewrite(file: string, edit: (text: string) => string): void {
    writeFileSync(file, edit(readFileSync(file, 'utf8')));
}

/** Cuts every 18-character id in a CSV file to its 15-character form, as a report writes them. */
function to15(file: string): void {
    rewrite(file, (text) => text.replace(ID18, '$1'));
}

describe('15- and 18-character ids', () => {
    const baseline = scoreJson(DEMO).accounts;

    it('matches child files of 15-character ids to an Account file of 18, in every file', () => {
        const scratch = scratchCopy(DEMO);
        try {
            for (const file of readdirSync(scratch.dir))
                if (file !== 'Account.csv') to15(path.join(scratch.dir, file));
            const child = readFileSync(path.join(scratch.dir, 'Opportunity.csv'), 'utf8');
            expect(child).not.toMatch(ID18);
            const { accounts, stderr } = scoreJson(scratch.dir);
            expect(stderr).not.toMatch(/warning/);
            expect(accounts).toEqual(baseline);
        } finally {
            scratch.cleanup();
        }
    });

    it('reads an Account file of 15-character ids and reports the 18-character form', () => {
        const scratch = scratchCopy(DEMO);
        try {
            to15(path.join(scratch.dir, 'Account.csv'));
            expect(scoreJson(scratch.dir).accounts).toEqual(baseline);
        } finally {
            scratch.cleanup();
        }
    });

    it('explains an account named by its 15-character id', () => {
        const id18 = baseline[0]?.accountId as string;
        const run = cli(['explain', id18.slice(0, 15), '--from', DEMO, '--as-of', AS_OF]);
        expect(run.status).toBe(0);
        expect(run.stdout).toContain(`(${id18})`);
    });

    it('treats a 15-character and an 18-character id of one record as a duplicate', () => {
        const scratch = scratchCopy();
        try {
            rewrite(path.join(scratch.dir, 'Account.csv'), (t) => `${t}001000000000001,Northwind again\n`);
            const run = cli(['score', '--from', scratch.dir]);
            expect(run.status).toBe(2);
            expect(run.stderr).toMatch(/Account\.csv:6: column Id: duplicate Id 001000000000001\b/);
        } finally {
            scratch.cleanup();
        }
    });
});

describe('rows that belong to no known account', () => {
    it('refuses rows naming an account that is not in Account.csv, naming file, line and column', () => {
        const scratch = scratchCopy();
        try {
            rewrite(
                path.join(scratch.dir, 'Case.csv'),
                (t) =>
                    `${t}500000000000091AAA,001000000000999AAA,2025-05-02T10:00:00.000Z,false,false,Low,,New,Question,,Web\n` +
                    `500000000000092AAA,001000000000998AAA,2025-05-02T10:00:00.000Z,false,false,Low,,New,Question,,Web\n`
            );
            const run = cli(['score', '--from', scratch.dir, '--as-of', AS_OF]);
            expect(run.status).toBe(2);
            expect(run.stdout).toBe('');
            expect(run.stderr).toMatch(
                /Case\.csv:6: column AccountId: 001000000000999AAA is not in Account\.csv, nor are the records named by 1 more row\./
            );
            expect(run.stderr).toMatch(/--skip-unknown-accounts/);

            const skipped = cli([
                'score',
                '--from',
                scratch.dir,
                '--as-of',
                AS_OF,
                '--skip-unknown-accounts'
            ]);
            expect(skipped.status).toBe(0);
            expect(skipped.stderr).toMatch(
                /warning: Case\.csv: 2 rows name AccountId values that are not in Account\.csv \(first: 001000000000999AAA\)/
            );
        } finally {
            scratch.cleanup();
        }
    });

    it('refuses history rows of opportunities the export does not have', () => {
        const scratch = scratchCopy();
        try {
            rewrite(
                path.join(scratch.dir, 'OpportunityHistory.csv'),
                (t) =>
                    `${t}008000000000099AAA,006000000000099AAA,2025-06-30,2025-05-01T09:00:00.000Z,Prospecting\n`
            );
            const run = cli(['score', '--from', scratch.dir, '--as-of', AS_OF]);
            expect(run.status).toBe(2);
            expect(run.stderr).toMatch(
                /OpportunityHistory\.csv:6: column OpportunityId: 006000000000099AAA is not in Opportunity\.csv\./
            );
        } finally {
            scratch.cleanup();
        }
    });

    it('says that rows with an empty AccountId belong to no account, and scores the rest unchanged', () => {
        const clean = scoreJson(path.join(REPO, 'test', 'fixtures', 'small-org'));
        const scratch = scratchCopy();
        try {
            rewrite(
                path.join(scratch.dir, 'Opportunity.csv'),
                (t) =>
                    `${t}006000000000091AAA,,New Customer,true,false,2025-02-01,2024-11-01T09:00:00.000Z,Closed Lost,50000,\n`
            );
            // A history row of that account-less deal follows it: no account's evidence either.
            rewrite(
                path.join(scratch.dir, 'OpportunityHistory.csv'),
                (t) =>
                    `${t}008000000000091AAA,006000000000091AAA,2025-02-01,2024-11-01T09:00:00.000Z,Prospecting\n`
            );
            const { accounts, stderr } = scoreJson(scratch.dir);
            expect(stderr).toMatch(
                /warning: Opportunity\.csv: 1 row has no AccountId: they are no account's evidence and were not scored/
            );
            expect(stderr).toMatch(
                /warning: OpportunityHistory\.csv: 1 row belong to records of Opportunity\.csv that have no account/
            );
            expect(stderr).not.toMatch(/not in Account\.csv/);
            expect(accounts).toEqual(clean.accounts);
        } finally {
            scratch.cleanup();
        }
    });
});

describe('dates an org or Excel mangled', () => {
    it('leaves deals closed before they were created out of cycle times and says how many, once', () => {
        const scratch = scratchCopy();
        try {
            // Two won new deals loaded without audit fields: created on the load day, after they closed.
            rewrite(path.join(scratch.dir, 'Opportunity.csv'), (t) =>
                t
                    .replace(
                        '006000000000001AAA,001000000000001AAA,New Customer,true,true,2024-03-15,2024-01-10T09:00:00.000Z',
                        '006000000000001AAA,001000000000001AAA,New Customer,true,true,2024-03-15,2026-01-10T09:00:00.000Z'
                    )
                    .replace(
                        '006000000000008AAA,001000000000003AAA,New Customer,true,true,2025-11-20,2025-09-01T09:00:00.000Z',
                        '006000000000008AAA,001000000000003AAA,New Customer,true,true,2025-11-20,2026-01-10T09:00:00.000Z'
                    )
            );
            const { accounts, stderr } = scoreJson(scratch.dir);
            const notes = stderr.match(/closed before they were created/g) ?? [];
            expect(notes).toHaveLength(1);
            expect(stderr).toMatch(/note: 2 won deals closed before they were created/);
            const initech = accounts.find((a) => a.accountId === '001000000000003AAA') as Account;
            expect(initech.signals.dealVelocity?.score).toBeNull();
            for (const a of accounts)
                for (const e of a.signals.dealVelocity?.evidence ?? [])
                    expect(e.summary).not.toMatch(/Won in 0 days/);
        } finally {
            scratch.cleanup();
        }
    });

    it('refuses a date Excel reformatted, naming file, line and column', () => {
        const scratch = scratchCopy();
        try {
            rewrite(path.join(scratch.dir, 'Contract.csv'), (t) => t.replace('2025-06-29', '06/29/25'));
            const run = cli(['score', '--from', scratch.dir]);
            expect(run.status).toBe(2);
            expect(run.stderr).toMatch(
                /Contract\.csv:3: column EndDate: "06\/29\/25" is not a date YYYY-MM-DD/
            );
        } finally {
            scratch.cleanup();
        }
    });

    it('reads files with a BOM, CRLF line ends and upper-case headers like clean ones', () => {
        const clean = scoreJson(path.join(REPO, 'test', 'fixtures', 'small-org'));
        const scratch = scratchCopy();
        try {
            for (const file of readdirSync(scratch.dir))
                rewrite(path.join(scratch.dir, file), (t) => {
                    const [header, ...rest] = t.split('\n');
                    return `\ufeff${[(header as string).toUpperCase(), ...rest].join('\r\n')}`;
                });
            expect(scoreJson(scratch.dir).accounts).toEqual(clean.accounts);
        } finally {
            scratch.cleanup();
        }
    });
});

describe('optional columns', () => {
    it('scores an Opportunity file without a Type column as all new business', () => {
        const scratch = scratchCopy();
        try {
            rewrite(path.join(scratch.dir, 'Opportunity.csv'), (t) =>
                t
                    .split('\n')
                    .map((line) =>
                        line
                            .split(',')
                            .filter((_, i) => i !== 2)
                            .join(',')
                    )
                    .join('\n')
            );
            const { accounts } = scoreJson(scratch.dir);
            const northwind = accounts.find((a) => a.accountId === '001000000000001AAA') as Account;
            // Without types there are no renewals or expansions, only new business.
            expect(northwind.signals.renewalTimeliness?.score).toBeNull();
            expect(northwind.signals.expansion?.score).toBeNull();
            expect(northwind.signals.winRate?.score).not.toBeNull();
        } finally {
            scratch.cleanup();
        }
    });
});

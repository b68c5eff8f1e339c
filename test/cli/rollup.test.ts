/**
 * Roll-ups to the parent account through `trust-ledger score --from`: a demo export with
 * hierarchies gives each parent the weighted mean of its whole subtree, and a ParentId cycle
 * is bad input naming the accounts.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { generateDemoData } from '../../tools/demo/generate';
import { cli } from '../support/cli';

jest.setTimeout(60_000);

interface Account {
    accountId: string;
    score: number | null;
    rollup?: {
        score: number | null;
        band: string | null;
        children: number;
        lowest: { accountId: string; score: number } | null;
        weightBasis: string;
    };
}

let dir: string;
let accounts: Account[];
let parentOf: Map<string, string>;

beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'rollup-'));
    await generateDemoData({
        accounts: 60,
        outDir: dir,
        seed: 42,
        referenceDate: '2026-06-30',
        hierarchies: true
    });
    const run = cli(['score', '--from', dir, '--as-of', '2026-06-30', '--format', 'json']);
    expect(run.status).toBe(0);
    accounts = (JSON.parse(run.stdout) as { accounts: Account[] }).accounts;
    parentOf = new Map();
    const rows = parse(readFileSync(path.join(dir, 'Account.csv'), 'utf8'), { columns: true }) as Record<
        string,
        string
    >[];
    for (const row of rows) if (row.Id && row.ParentId) parentOf.set(row.Id, row.ParentId);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const below = (id: string): string[] =>
    [...parentOf.keys()].filter((child) => {
        for (let at = parentOf.get(child); at; at = parentOf.get(at)) if (at === id) return true;
        return false;
    });

describe('score --from with Account.ParentId', () => {
    it('puts a roll-up on exactly the accounts with children', () => {
        const parents = new Set(parentOf.values());
        expect(parents.size).toBe(4);
        for (const a of accounts) expect(a.rollup !== undefined).toBe(parents.has(a.accountId));
    });

    it("counts every account of the subtree and names the lowest of their scores; the parent's own score stays", () => {
        const byId = new Map(accounts.map((a) => [a.accountId, a]));
        for (const a of accounts.filter((x) => x.rollup)) {
            const subtree = below(a.accountId).map((id) => byId.get(id) as Account);
            const scored = subtree.filter((s) => s.score !== null);
            expect(a.rollup?.children).toBe(subtree.length);
            const lowest = Math.min(...scored.map((s) => s.score as number));
            expect(a.rollup?.lowest?.score).toBe(lowest);
            expect(Object.keys(a.rollup ?? {}).sort()).toEqual([
                'band',
                'children',
                'lowest',
                'score',
                'weightBasis'
            ]);
            expect(['contractValue', 'mixed', 'equal']).toContain(a.rollup?.weightBasis);
            // A weighted mean lies between the lowest and the highest score it averages.
            const highest = Math.max(...scored.map((s) => s.score as number));
            expect(a.rollup?.score).toBeGreaterThanOrEqual(lowest - 0.05);
            expect(a.rollup?.score).toBeLessThanOrEqual(highest + 0.05);
        }
        // Without the hierarchy every account scores the same: a roll-up never changes the parent's own score.
        const flatDir = mkdtempSync(path.join(tmpdir(), 'rollup-flat-'));
        try {
            cpSync(dir, flatDir, { recursive: true });
            const csv = readFileSync(path.join(dir, 'Account.csv'), 'utf8');
            writeFileSync(path.join(flatDir, 'Account.csv'), csv.replace(/,[^,\n]*$/gm, ','));
            const flat = cli(['score', '--from', flatDir, '--as-of', '2026-06-30', '--format', 'json']);
            const flatAccounts = (JSON.parse(flat.stdout) as { accounts: Account[] }).accounts;
            expect(flatAccounts.some((a) => a.rollup)).toBe(false);
            expect(flatAccounts).toEqual(accounts.map(({ rollup: _rollup, ...rest }) => rest));
        } finally {
            rmSync(flatDir, { recursive: true, force: true });
        }
    });

    it("shows a parent's roll-up in explain, the CSV's last columns and the table", () => {
        const parent = accounts.find((a) => a.rollup && a.rollup.lowest) as Account;
        const rollup = parent.rollup as NonNullable<Account['rollup']>;
        const asOf = ['--from', dir, '--as-of', '2026-06-30'];
        const explain = cli(['explain', parent.accountId, ...asOf]);
        expect(explain.status).toBe(0);
        expect(explain.stdout).toContain(
            `Roll-up of the ${rollup.children} accounts below: ${rollup.score?.toFixed(1)} — ${rollup.band}`
        );
        expect(explain.stdout).toContain(
            `Lowest: ${rollup.lowest?.accountId} at ${rollup.lowest?.score.toFixed(1)}`
        );
        const child = [...parentOf.keys()].find((id) => !new Set(parentOf.values()).has(id)) as string;
        expect(cli(['explain', child, ...asOf]).stdout).not.toContain('Roll-up');

        const csv = parse(cli(['score', ...asOf, '--format', 'csv']).stdout, { columns: true }) as Record<
            string,
            string
        >[];
        const row = csv.find((r) => r.AccountId === parent.accountId) as Record<string, string>;
        expect(row).toMatchObject({
            RollupScore: String(rollup.score),
            RollupBand: rollup.band ?? '',
            RollupChildren: String(rollup.children),
            RollupLowestAccountId: rollup.lowest?.accountId,
            RollupWeightBasis: rollup.weightBasis
        });
        expect(Object.keys(row).slice(-10, -9)).toEqual(['RollupScore']);
        expect(csv.filter((r) => r.RollupChildren !== '')).toHaveLength(4);

        const table = cli(['score', ...asOf]).stdout.split('\n');
        const line = table.find((l) => l.includes(parent.accountId)) as string;
        expect(line).toContain(`${rollup.score?.toFixed(1)} (${rollup.children})`);
        expect(table).toContain(
            'Roll-up: weighted mean score of every account below a parent, with how many in brackets.'
        );
    });

    it('refuses a ParentId cycle with exit 2, naming the accounts', () => {
        const file = path.join(dir, 'Account.csv');
        const original = readFileSync(file, 'utf8');
        const lines = original.trim().split('\n');
        // The first account (the top of a tree, its ParentId cell empty) is put under its own grandchild.
        const top = (lines[1] as string).split(',')[0] as string;
        const grandchild = [...parentOf.entries()].find(([, p]) => parentOf.get(p) === top)?.[0] as string;
        expect(lines[1]).toMatch(/,$/);
        lines[1] = `${lines[1] as string}${grandchild}`;
        writeFileSync(file, `${lines.join('\n')}\n`);
        try {
            const run = cli(['score', '--from', dir, '--format', 'json']);
            expect(run.status).toBe(2);
            expect(run.stdout).toBe('');
            expect(run.stderr).toContain('Account.ParentId');
            for (const id of [top, grandchild, parentOf.get(grandchild)]) expect(run.stderr).toContain(id);
        } finally {
            writeFileSync(file, original);
        }
    });
});

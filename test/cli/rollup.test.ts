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
import { cli, REPO } from '../support/cli';

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
        // The roll-up columns follow TopDriverImpact; the model's and custom signals' come after them.
        const columns = Object.keys(row);
        expect(columns[columns.indexOf('TopDriverImpact') + 1]).toBe('RollupScore');
        expect(csv.filter((r) => r.RollupChildren !== '')).toHaveLength(4);

        const table = cli(['score', ...asOf]).stdout.split('\n');
        const line = table.find((l) => l.includes(parent.accountId)) as string;
        expect(line).toContain(`${rollup.score?.toFixed(1)} (${rollup.children})`);
        expect(table).toContain(
            'Roll-up: weighted mean score of every account below a parent, with how many in brackets.'
        );
    });

    it("bands a parent's roll-up with the parent's own model when models per segment score", () => {
        // Half the parents in a segment whose model names and places its bands its own way.
        const bands = [
            { name: 'Cold', min: 0 },
            { name: 'Warm', min: 55 },
            { name: 'Hot', min: 75 }
        ];
        const bandOf = (score: number) => [...bands].reverse().find((b) => score >= b.min)?.name;
        const segmented = [...new Set(parentOf.values())].sort().filter((_, i) => i % 2 === 0);
        const segDir = mkdtempSync(path.join(tmpdir(), 'rollup-segments-'));
        try {
            cpSync(dir, segDir, { recursive: true });
            const file = path.join(segDir, 'Account.csv');
            const [header, ...lines] = readFileSync(file, 'utf8').trimEnd().split('\n');
            const tier = (line: string) =>
                segmented.some((id) => line.startsWith(`${id},`)) ? 'Key' : 'Other';
            writeFileSync(
                file,
                `${[`${header},Tier__c`, ...lines.map((l) => `${l},${tier(l)}`)].join('\n')}\n`
            );
            const model = JSON.parse(
                readFileSync(path.join(REPO, 'config', 'default-model.json'), 'utf8')
            ) as object;
            const keyModel = path.join(segDir, 'key.json');
            writeFileSync(
                keyModel,
                JSON.stringify({
                    ...model,
                    name: 'Key',
                    bands,
                    segment: { field: 'Tier__c', values: ['Key'] }
                })
            );
            const run = cli([
                'score',
                '--from',
                segDir,
                '--as-of',
                '2026-06-30',
                '--format',
                'json',
                '--model',
                keyModel,
                '--model',
                path.join(REPO, 'config', 'default-model.json')
            ]);
            expect(run.status).toBe(0);
            const parents = (
                JSON.parse(run.stdout) as { accounts: (Account & { model?: { name: string } })[] }
            ).accounts.filter((a) => a.rollup?.score != null);
            expect(parents.map((a) => a.model?.name).sort()).toEqual(['Default', 'Default', 'Key', 'Key']);
            for (const a of parents) {
                const score = a.rollup?.score as number;
                if (a.model?.name === 'Key') expect(a.rollup?.band).toBe(bandOf(score));
                else
                    expect(a.rollup?.band).toBe(
                        accounts.find((x) => x.accountId === a.accountId)?.rollup?.band
                    );
            }
        } finally {
            rmSync(segDir, { recursive: true, force: true });
        }
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

/**
 * The README's "Models per segment" example is real output: this runs the commands it shows,
 * on the org it generates, and checks every account's model against its Industry, the counts
 * it prints and the rows it shows, so the example cannot drift from what the command does.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { TrustResult } from '../../engine/result';
import { cli, REPO, withoutProgress } from '../support/cli';

interface ScoreJson {
    accounts: TrustResult[];
}

/** The README's section, from its heading to the next. */
function section(): string {
    const readme = readFileSync(path.join(REPO, 'README.md'), 'utf8');
    const start = readme.indexOf('### Models per segment');
    return readme.slice(start, readme.indexOf('\n### ', start + 1));
}

/** The arguments of the `$ npx trust-ledger <command>` line (and its `\` continuations). */
function commandArgs(text: string, command: string): string[] {
    const start = text.indexOf(`$ npx trust-ledger ${command} `);
    expect(start).toBeGreaterThanOrEqual(0);
    const lines: string[] = [];
    for (const line of text.slice(start).split('\n')) {
        lines.push(line.replace(/\\$/, ''));
        if (!line.endsWith('\\')) break;
    }
    const words = lines.join(' ').split(/\s+/).filter(Boolean);
    const redirect = words.indexOf('>');
    return words.slice(4, redirect < 0 ? undefined : redirect);
}

/** Which model the README's example models give an Industry. */
function expectedModel(industry: string): string {
    if (['Banking', 'Insurance'].includes(industry)) return 'Financial services';
    if (['Retail', 'Hospitality'].includes(industry)) return 'Retail';
    return 'Default';
}

describe('the README example of models per segment', () => {
    let dir: string;
    let json: ScoreJson;
    let industries: Map<string, string>;
    const text = section();

    beforeAll(() => {
        dir = mkdtempSync(path.join(os.tmpdir(), 'trust-ledger-segments-'));
        const inDir = (args: string[]) => args.map((arg) => (arg === 'segment-org' ? dir : arg));
        const generated = cli(['demo-data', ...inDir(commandArgs(text, 'demo-data'))]);
        expect(generated.status).toBe(0);
        const scored = cli(['score', ...inDir(commandArgs(text, 'score'))]);
        expect([scored.status, withoutProgress(scored.stderr)]).toEqual([0, '']);
        json = JSON.parse(scored.stdout) as ScoreJson;
        const accounts = parse(readFileSync(path.join(dir, 'Account.csv'), 'utf8'), {
            columns: true
        }) as Record<string, string>[];
        industries = new Map(accounts.map((a) => [a.Id as string, a.Industry as string]));
    }, 60_000);
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('scores every account with the model its Industry picks', () => {
        expect(json.accounts).toHaveLength(industries.size);
        for (const account of json.accounts) {
            const industry = industries.get(account.accountId) ?? '';
            expect([account.accountName, industry, account.model?.name]).toEqual([
                account.accountName,
                industry,
                expectedModel(industry)
            ]);
        }
    });

    it('gives product usage, the retail model’s custom signal, to retail accounts only', () => {
        for (const account of json.accounts) {
            const usage = (account.signals as Record<string, unknown>).productUsage;
            expect([account.accountName, usage !== undefined]).toEqual([
                account.accountName,
                account.model?.name === 'Retail'
            ]);
        }
    });

    it('prints what the README shows: the first accounts and the count per model', () => {
        const counts = new Map<string, number>();
        for (const account of json.accounts) {
            const name = account.model?.name ?? '';
            counts.set(name, (counts.get(name) ?? 0) + 1);
        }
        const countLine = [...counts.entries()]
            .sort(([a], [b]) => (a < b ? -1 : 1))
            .map(([name, n]) => `${name}: ${n}`)
            .join(', ');
        expect(text).toContain(`\n${countLine}\n`);
        for (const account of json.accounts.slice(0, 4)) {
            const usage = (account.signals as Record<string, { score: number | null } | undefined>)
                .productUsage;
            const row = [
                account.accountName,
                account.model?.name,
                account.score,
                account.band ?? 'provisional',
                usage?.score ?? '—'
            ].join('\t');
            expect(text).toContain(`\n${row}\n`);
        }
    });
});

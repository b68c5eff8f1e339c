/**
 * `trust-ledger backtest` as a user runs it. The first test recomputes every number of the
 * backtest by hand from what `score --as-of` prints and the renewals in Opportunity.csv.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { TrustResult } from '../../engine/result';
import type { BacktestResult } from '../../records/backtest';
import { cli, withoutProgress } from '../support/cli';

const DEMO = path.join(__dirname, '..', '..', 'data', 'demo');
const AS_OF = ['2024-06-30', '2025-06-30'];
const HORIZON = 365;

interface OppRow {
    Id: string;
    AccountId: string;
    Type: string;
    IsClosed: string;
    IsWon: string;
    CloseDate: string;
    Amount: string;
}

const dayNumber = (text: string): number => Date.parse(`${text}T00:00:00Z`) / 86_400_000;

describe('trust-ledger backtest --from', () => {
    let result: BacktestResult;
    beforeAll(() => {
        const run = cli([
            'backtest',
            '--from',
            DEMO,
            '--as-of',
            AS_OF.join(','),
            '--horizon-days',
            String(HORIZON),
            '--format',
            'json',
            '--quiet'
        ]);
        expect(withoutProgress(run.stderr)).toBe('');
        expect(run.status).toBe(0);
        result = JSON.parse(run.stdout) as BacktestResult;
    });

    it('gives numbers that recompute by hand from score --as-of and the renewals', () => {
        const renewals = (
            parse(readFileSync(path.join(DEMO, 'Opportunity.csv')), { columns: true }) as OppRow[]
        ).filter((o) => o.Type === 'Renewal' || o.Type === 'Existing Customer - Renewal');
        expect(result.horizonDays).toBe(HORIZON);
        expect(result.windows.map((w) => w.asOf)).toEqual(AS_OF);
        for (const [k, asOf] of AS_OF.entries()) {
            const window = result.windows[k] as BacktestResult['windows'][number];
            const scored = JSON.parse(
                cli(['score', '--from', DEMO, '--as-of', asOf, '--format', 'json']).stdout
            ) as { accounts: TrustResult[] };
            const start = dayNumber(asOf);
            let leftOut = 0;
            let downsells = 0;
            const judged: { r: TrustResult; renewed: boolean }[] = [];
            for (const account of scored.accounts) {
                const closed = renewals
                    .filter((o) => o.AccountId === account.accountId && o.IsClosed === 'true')
                    .sort((a, b) => a.CloseDate.localeCompare(b.CloseDate) || a.Id.localeCompare(b.Id));
                const first = closed.find((o) => {
                    const d = dayNumber(o.CloseDate);
                    return d > start && d <= start + HORIZON;
                });
                if (!first) {
                    leftOut++;
                    continue;
                }
                if (account.score === null) continue;
                const renewed = first.IsWon === 'true';
                const before = closed
                    .filter((o) => o.IsWon === 'true' && o.CloseDate < first.CloseDate)
                    .pop();
                if (renewed && before && Number(first.Amount) < Number(before.Amount)) downsells++;
                judged.push({ r: account, renewed });
            }
            const churned = judged.filter((j) => !j.renewed).length;
            expect(window).toMatchObject({
                accounts: judged.length,
                renewed: judged.length - churned,
                churned,
                downsells,
                leftOut
            });
            // AUC: every renewed × churned pair, ties half.
            let wins = 0;
            let pairs = 0;
            for (const a of judged)
                for (const b of judged)
                    if (a.renewed && !b.renewed) {
                        pairs++;
                        wins +=
                            (a.r.score as number) > (b.r.score as number)
                                ? 1
                                : a.r.score === b.r.score
                                  ? 0.5
                                  : 0;
                    }
            if (pairs === 0) expect(window.auc).toBeNull();
            else expect(window.auc).toBeCloseTo(wins / pairs, 4);
            for (const band of window.bands) {
                const inBand = judged.filter((j) => j.r.band === band.band);
                expect([band.band, band.accounts, band.churned]).toEqual([
                    band.band,
                    inBand.length,
                    inBand.filter((j) => !j.renewed).length
                ]);
            }
            const ranked = [...judged].sort(
                (a, b) =>
                    (a.r.score as number) - (b.r.score as number) ||
                    a.r.accountId.localeCompare(b.r.accountId)
            );
            for (const d of window.deciles) {
                const group = ranked.slice(
                    Math.ceil(((d.decile - 1) * ranked.length) / 10),
                    Math.ceil((d.decile * ranked.length) / 10)
                );
                expect([d.accounts, d.renewed, d.minScore, d.maxScore]).toEqual([
                    group.length,
                    group.filter((j) => j.renewed).length,
                    group[0]?.r.score,
                    group[group.length - 1]?.r.score
                ]);
            }
            for (const [signal, s] of Object.entries(window.signals)) {
                const withEvidence = judged.filter(
                    (j) => (j.r.signals as Record<string, { score: number | null }>)[signal]?.score !== null
                );
                expect([signal, s.accounts]).toEqual([signal, withEvidence.length]);
            }
        }
    });

    it('prints the table with bars and the AUC in words', () => {
        const run = cli([
            'backtest',
            '--from',
            DEMO,
            '--as-of',
            AS_OF.join(','),
            '--horizon-days',
            String(HORIZON),
            '--quiet'
        ]);
        expect(run.status).toBe(0);
        expect(run.stdout).toMatch(/ranks a renewing account above a churning one \d+% of the time/);
        expect(run.stdout).toMatch(/At Risk\s+[█░]{20}/);
        expect(run.stdout).toContain('Renewal rate by score decile');
    });

    it('computes a window that ends after the newest record, marked incomplete, with a warning', () => {
        const run = cli([
            'backtest',
            '--from',
            DEMO,
            '--as-of',
            '2026-05-01',
            '--horizon-days',
            '90',
            '--format',
            'json',
            '--quiet'
        ]);
        expect(run.status).toBe(0);
        const json = JSON.parse(run.stdout) as BacktestResult;
        expect(json.windows[0]?.incomplete).toBe(true);
        expect(run.stderr).toMatch(
            /warning: the window after 2026-05-01 runs until 2026-07-30, past the newest record/
        );
    });

    it('says plainly when there are too few outcomes, and still prints what there is', () => {
        const run = cli([
            'backtest',
            '--from',
            DEMO,
            '--as-of',
            '2026-05-01',
            '--horizon-days',
            '10',
            '--quiet'
        ]);
        expect(run.status).toBe(0);
        expect(run.stdout).toMatch(/Too few outcomes to judge: \d+ renewals? closed/);
        expect(run.stdout).toMatch(/accounts? judged/);
    });

    it('makes a monthly series of complete windows with --since and --every', () => {
        const run = cli([
            'backtest',
            '--from',
            DEMO,
            '--since',
            '2025-01-31',
            '--every',
            '1',
            '--horizon-days',
            '90',
            '--format',
            'json',
            '--quiet'
        ]);
        expect(run.status).toBe(0);
        const json = JSON.parse(run.stdout) as BacktestResult;
        expect(json.windows[0]?.asOf).toBe('2025-01-31');
        expect(json.windows[1]?.asOf).toBe('2025-02-28');
        expect(json.windows[2]?.asOf).toBe('2025-03-31');
        expect(json.windows.every((w) => !w.incomplete)).toBe(true);
        expect((json.windows[json.windows.length - 1]?.until ?? '') <= (json.newestRecord as string)).toBe(
            true
        );
    });

    it.each([
        [['--as-of', '2025-06-30', '--horizon-days', '0'], /--horizon-days: "0"/],
        [['--as-of', '2025-06-30', '--horizon-days=-30'], /--horizon-days: "-30"/],
        [['--as-of', '2025-06-30', '--horizon-days', 'ninety'], /--horizon-days: "ninety"/],
        [['--as-of', '2025-02-30', '--horizon-days', '90'], /--as-of: "2025-02-30" is not a date/],
        [['--as-of', '2025-06-30,soon', '--horizon-days', '90'], /--as-of: "soon" is not a date/],
        [
            ['--as-of', '2027-01-01', '--horizon-days', '90'],
            /--as-of: 2027-01-01 is after the data's newest record \(2026-06-30\)/
        ],
        [
            ['--since', '2026-06-01', '--every', '1', '--horizon-days', '90'],
            /--since: no as-of day from 2026-06-01/
        ],
        [['--since', '2025-06-01', '--every', '0', '--horizon-days', '90'], /--every: "0"/],
        [
            ['--since', '2025-06-01', '--as-of', '2025-06-01', '--horizon-days', '90'],
            /--as-of lists the days/
        ],
        [['--as-of', '2025-06-30'], /backtest needs --horizon-days/],
        [['--as-of', '2025-06-30', '--horizon-days', '90', '--format', 'csv'], /--format: "csv"/],
        [
            ['--as-of', '2025-06-30', '--horizon-days', '90', '--store'],
            /--store saves the result on the model in an org/
        ]
    ])('refuses %j with exit 2 naming the flag', (args, message) => {
        const run = cli(['backtest', '--from', DEMO, ...args]);
        expect(run.status).toBe(2);
        expect(run.stdout).toBe('');
        expect(run.stderr).toMatch(message);
    });
});

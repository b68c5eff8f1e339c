/**
 * `trust-ledger backtest` with overrides in the export: a section says whether the overridden
 * accounts renewed more like their override band or their computed band, and every other
 * number stays what the model alone gives (the backtest judges the model).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { BacktestResult } from '../../records/backtest';
import { cli, scratchCopy } from '../support/cli';

const DEMO = path.join(__dirname, '..', '..', 'data', 'demo');
const ARGS = ['--as-of', '2025-06-30', '--horizon-days', '365', '--quiet'];

function backtest(dir: string, format: 'json' | 'table') {
    const run = cli(['backtest', '--from', dir, ...ARGS, '--format', format]);
    expect(run.status).toBe(0);
    return run.stdout;
}

describe('trust-ledger backtest with Trust_Override__c.csv', () => {
    const scratch = scratchCopy(DEMO);
    afterAll(() => scratch.cleanup());
    const accounts = parse(readFileSync(path.join(DEMO, 'Account.csv')), { columns: true }) as {
        Id: string;
    }[];
    // Every third account set to Steady by hand a month before the as-of day (Steady: the band
    // with the most accounts nobody overrode that day, so outcomes have a rate to be held against).
    const rows = accounts
        .filter((_, i) => i % 3 === 0)
        .map(
            (a, i) =>
                `a0O${String(i + 1).padStart(12, '0')}AAA,${a.Id},Steady,Account team knows better,2025-07-31,2025-06-01T09:00:00.000Z`
        );
    writeFileSync(
        path.join(scratch.dir, 'Trust_Override__c.csv'),
        ['Id,Account__c,Band__c,Reason__c,Expires_On__c,CreatedDate', ...rows].join('\n') + '\n'
    );

    it('adds the override section and leaves every other number as the model gives it', () => {
        const plain = JSON.parse(backtest(DEMO, 'json')) as BacktestResult;
        const withOverrides = JSON.parse(backtest(scratch.dir, 'json')) as BacktestResult;
        const [window] = withOverrides.windows;
        const { overrides, ...rest } = window as NonNullable<typeof window>;
        expect(rest).toEqual(plain.windows[0]);
        expect(plain.windows[0]).not.toHaveProperty('overrides');
        expect(overrides?.accounts).toBeGreaterThan(0);
        expect(overrides?.accounts).toBeLessThanOrEqual(rows.length);
        expect(overrides?.compared).toBeGreaterThan(0);
        expect(['override', 'computed', 'same']).toContain(overrides?.closerTo);
        expect(withOverrides.overall).toEqual(plain.overall);
    });

    it('says it in the table', () => {
        const table = backtest(scratch.dir, 'table');
        expect(table).toMatch(/Overridden accounts: \d+ accounts?, \d+ churned\./);
        expect(table).toMatch(/They renewed (more like their (override|computed) band|as much like)/);
    });
});

import type { BacktestResult } from '../../../records/backtest';
import { churnChartSvg } from '../churnChart';

function result(bands: BacktestResult['overall']['bands'], name = 'Default'): BacktestResult {
    const accounts = bands.reduce((s, b) => s + b.accounts, 0);
    const churned = bands.reduce((s, b) => s + b.churned, 0);
    return {
        horizonDays: 365,
        model: { name, version: 3 },
        newestRecord: '2026-06-30',
        windows: [],
        overall: {
            windows: 2,
            accounts,
            renewed: accounts - churned,
            churned,
            downsells: 0,
            auc: 0.7,
            churnRate: churned / accounts,
            lowestBand: bands[0]?.band ?? null,
            lowestBandChurnRate: bands[0]?.churnRate ?? null,
            lowestBandLift: null,
            tooFewOutcomes: false,
            bands
        }
    };
}

describe('churn chart', () => {
    it('draws one bar per band with accounts, as tall as its churn rate', () => {
        const svg = churnChartSvg(
            result([
                { band: 'At Risk', accounts: 10, churned: 5, churnRate: 0.5 },
                { band: 'Fragile', accounts: 0, churned: 0, churnRate: null },
                { band: 'Steady', accounts: 20, churned: 5, churnRate: 0.25 }
            ])
        );
        const heights = [...svg.matchAll(/class="bar" [^>]*height="([\d.]+)"/g)].map((m) => Number(m[1]));
        expect(heights).toHaveLength(2);
        expect((heights[0] as number) / (heights[1] as number)).toBeCloseTo(2, 5);
        expect(svg).toContain('5 of 10');
        expect(svg).toContain('base rate 33%');
    });

    it('never lets a model or band name act as markup', () => {
        const svg = churnChartSvg(
            result(
                [{ band: '<script>alert(1)</script>', accounts: 4, churned: 1, churnRate: 0.25 }],
                'A & <b>'
            )
        );
        expect(svg).not.toContain('<script>');
        expect(svg).not.toContain('<b>');
        expect(svg).toContain('&#60;script&#62;');
    });
});

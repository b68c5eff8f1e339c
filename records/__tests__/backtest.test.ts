import fc from 'fast-check';
import type { OpportunityRecord } from '../../engine/evidence';
import { parseDay } from '../../engine/dates';
import { defaultModel } from '../../engine/model';
import {
    bandOutcomes,
    decileOutcomes,
    rankAuc,
    readStoredBacktest,
    renewalOutcome,
    signalOutcomes,
    summariseJudged,
    type JudgedAccount
} from '../backtest';

const model = defaultModel();
const day = (text: string): number => parseDay(text) as number;

/** Every renewed × churned pair compared: the definition the rank formula must match. */
function pairAuc(items: { score: number; renewed: boolean }[]): number | null {
    let wins = 0;
    let pairs = 0;
    for (const a of items)
        for (const b of items) {
            if (!a.renewed || b.renewed) continue;
            pairs++;
            wins += a.score > b.score ? 1 : a.score === b.score ? 0.5 : 0;
        }
    return pairs === 0 ? null : wins / pairs;
}

function opp(partial: Partial<OpportunityRecord> & { id: string }): OpportunityRecord {
    return {
        accountId: '001A',
        type: 'Renewal',
        stageName: 'Closed Won',
        isClosed: true,
        isWon: true,
        amount: 100,
        createdDate: null,
        closeDate: day('2025-03-01'),
        contractId: null,
        renewedContractId: null,
        ...partial
    };
}

function judged(score: number, renewed: boolean, extra: Partial<JudgedAccount> = {}): JudgedAccount {
    return {
        accountId: `001${String(score).padStart(5, '0')}`,
        score,
        band: model.bands.filter((b) => b.min <= score).pop()?.name ?? null,
        provisional: false,
        renewed,
        downsell: false,
        signals: {},
        ...extra
    };
}

describe('rankAuc', () => {
    it('is 1 when every renewing account outscores every churning one, 0 when reversed, ½ for all ties', () => {
        expect(rankAuc([judged(80, true), judged(30, false), judged(70, true)])).toBe(1);
        expect(rankAuc([judged(20, true), judged(90, false)])).toBe(0);
        expect(rankAuc([judged(50, true), judged(50, false), judged(50, true)])).toBe(0.5);
    });

    it('is null without both outcomes', () => {
        expect(rankAuc([judged(80, true)])).toBeNull();
        expect(rankAuc([])).toBeNull();
    });

    it('equals counting every renewed × churned pair, ties half', () => {
        fc.assert(
            fc.property(
                fc.array(fc.record({ score: fc.integer({ min: 0, max: 20 }), renewed: fc.boolean() }), {
                    maxLength: 40
                }),
                (items) => {
                    const expected = pairAuc(items);
                    const actual = rankAuc(items);
                    if (expected === null) expect(actual).toBeNull();
                    else expect(actual).toBeCloseTo(expected, 12);
                }
            )
        );
    });
});

describe('renewalOutcome', () => {
    const asOf = day('2025-01-01');

    it('takes the first renewal closing in (asOf, asOf + horizon]: the as-of day is out, the last day in', () => {
        expect(renewalOutcome([opp({ id: 'a', closeDate: asOf })], model, asOf, 90)).toBeNull();
        expect(renewalOutcome([opp({ id: 'a', closeDate: asOf + 91 })], model, asOf, 90)).toBeNull();
        const last = renewalOutcome([opp({ id: 'a', closeDate: asOf + 90, isWon: false })], model, asOf, 90);
        expect(last).toMatchObject({ kind: 'churned', opportunityId: 'a' });
        const first = renewalOutcome(
            [opp({ id: 'b', closeDate: asOf + 40, isWon: false }), opp({ id: 'a', closeDate: asOf + 10 })],
            model,
            asOf,
            90
        );
        expect(first).toMatchObject({ kind: 'renewed', opportunityId: 'a' });
    });

    it('ignores open deals and deals that are not renewals', () => {
        const list = [
            opp({ id: 'a', closeDate: asOf + 5, type: 'New Customer', isWon: false }),
            opp({ id: 'b', closeDate: asOf + 6, isClosed: false, isWon: false })
        ];
        expect(renewalOutcome(list, model, asOf, 90)).toBeNull();
    });

    it('marks a won renewal below the previous won renewal as a downsell', () => {
        const before = opp({ id: 'a', closeDate: asOf - 300, amount: 120 });
        const lower = opp({ id: 'b', closeDate: asOf + 20, amount: 100 });
        expect(renewalOutcome([before, lower], model, asOf, 90)?.downsell).toBe(true);
        expect(renewalOutcome([before, { ...lower, amount: 130 }], model, asOf, 90)?.downsell).toBe(false);
        expect(renewalOutcome([lower], model, asOf, 90)?.downsell).toBe(false);
    });
});

describe('window summaries', () => {
    it('counts churn per band in the model order, provisional accounts last, and the lowest band lift', () => {
        const list = [
            judged(10, false),
            judged(20, true),
            judged(50, true),
            judged(70, true),
            judged(85, true),
            judged(65, false, { provisional: true, band: null })
        ];
        expect(bandOutcomes(list, model)).toEqual([
            { band: 'At Risk', accounts: 2, churned: 1, churnRate: 0.5 },
            { band: 'Fragile', accounts: 1, churned: 0, churnRate: 0 },
            { band: 'Steady', accounts: 1, churned: 0, churnRate: 0 },
            { band: 'Trusted', accounts: 1, churned: 0, churnRate: 0 },
            { band: null, accounts: 1, churned: 1, churnRate: 1 }
        ]);
        const summary = summariseJudged(list, model);
        expect(summary).toMatchObject({
            accounts: 6,
            renewed: 4,
            churned: 2,
            provisional: 1,
            tooFewOutcomes: true
        });
        // 50% churn in At Risk over a base rate of 2/6.
        expect(summary.lowestBandLift).toBe(1.5);
    });

    it('cuts accounts by score into ten groups of equal size', () => {
        const list = Array.from({ length: 20 }, (_, i) => judged(i * 5, i % 3 !== 0));
        const deciles = decileOutcomes(list);
        expect(deciles.map((d) => d.accounts)).toEqual(Array(10).fill(2));
        expect(deciles[0]).toMatchObject({
            decile: 1,
            minScore: 0,
            maxScore: 5,
            renewed: 1,
            renewalRate: 0.5
        });
        expect(deciles.reduce((s, d) => s + d.renewed, 0)).toBe(list.filter((a) => a.renewed).length);
    });

    it('judges each signal over the accounts where it has evidence only', () => {
        const list = [
            judged(10, false, { signals: { winRate: 20, disputes: null } }),
            judged(20, true, { signals: { winRate: 80, disputes: 40 } }),
            judged(30, true, { signals: { winRate: null, disputes: 90 } })
        ];
        expect(signalOutcomes(list, ['winRate', 'disputes'])).toEqual({
            winRate: { accounts: 2, auc: 1 },
            disputes: { accounts: 2, auc: null }
        });
    });
});

describe('readStoredBacktest', () => {
    it('reads what backtest --store wrote and refuses anything else quietly', () => {
        const stored = readStoredBacktest(
            JSON.stringify({
                horizonDays: 365,
                storedOn: '2026-07-01',
                windows: [],
                overall: {
                    windows: 2,
                    accounts: 40,
                    churned: 8,
                    auc: 0.71,
                    bands: [{ band: 'At Risk', accounts: 5, churned: 3, churnRate: 0.6 }, { nonsense: true }]
                }
            })
        );
        expect(stored).toEqual({
            auc: 0.71,
            accounts: 40,
            churned: 8,
            windows: 2,
            horizonDays: 365,
            storedOn: '2026-07-01',
            bands: [{ band: 'At Risk', accounts: 5, churned: 3, churnRate: 0.6 }]
        });
        expect(readStoredBacktest(null)).toBeNull();
        expect(readStoredBacktest('not json')).toBeNull();
        expect(readStoredBacktest('{"overall": {}}')).toBeNull();
    });
});

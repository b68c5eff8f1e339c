/**
 * Property tests of custom signals over generated accounts (as engine/__tests__/properties.test.ts
 * does for the catalog): moving one record's value toward the scale's `good` never lowers the
 * signal, its pillar or the score, whatever the aggregate, the scale's direction, the other
 * evidence and the record's age.
 */
import fc from 'fast-check';
import { DEFAULT_BASELINES } from '../baselines';
import type { AccountEvidence, CustomRecord } from '../evidence';
import { defaultModel, type TrustModel } from '../model';
import type { TrustResult } from '../result';
import { scoreAccount } from '../score';
import { CUSTOM_AGGREGATES, type CustomSignalSetting } from '../signals/customSetting';
import { accountArb, PROPERTY_AS_OF } from '../../test/support/arbitraries';

const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS ?? 300) };
const OBJECT = 'Survey__c';

const settingArb: fc.Arbitrary<CustomSignalSetting> = fc
    .record({
        aggregate: fc.constantFrom(...CUSTOM_AGGREGATES),
        lowerIsBetter: fc.boolean(),
        pillar: fc.constantFrom('understanding', 'reliability', 'capability', 'fairness' as const),
        weight: fc.integer({ min: 1, max: 5 })
    })
    .map(({ aggregate, lowerIsBetter, pillar, weight }) => ({
        id: 'survey',
        label: 'Survey',
        pillar,
        weight,
        enabled: true,
        object: OBJECT,
        accountField: 'Account__c',
        dateField: 'Answered_On__c',
        valueField: 'Score__c',
        aggregate,
        scale: lowerIsBetter ? { bad: 10, good: 0 } : { bad: 0, good: 10 },
        filter: {}
    }));

const rowsArb = (accountId: string): fc.Arbitrary<CustomRecord[]> =>
    fc
        .array(
            fc.record({
                daysAgo: fc.integer({ min: -5, max: 1200 }),
                value: fc.integer({ min: -2, max: 12 })
            }),
            { minLength: 1, maxLength: 8 }
        )
        .map((rows) =>
            rows.map(({ daysAgo, value }, i) => ({
                id: `a01${String(i).padStart(12, '0')}AAA`,
                accountId,
                values: { Answered_On__c: PROPERTY_AS_OF - daysAgo, Score__c: value }
            }))
        );

const caseArb = fc
    .tuple(accountArb, settingArb)
    .chain(([account, setting]) =>
        fc.tuple(
            fc.constant(account),
            fc.constant(setting),
            rowsArb(account.account.id),
            fc.nat(),
            fc.integer({ min: 1, max: 6 })
        )
    );

function scored(e: AccountEvidence, model: TrustModel, rows: CustomRecord[]): TrustResult {
    return scoreAccount({ ...e, custom: { [OBJECT]: rows } }, model, DEFAULT_BASELINES, PROPERTY_AS_OF, {
        nextBand: false
    });
}

describe('custom signal properties', () => {
    it('moving one value toward good never lowers the signal, its pillar or the score', () => {
        fc.assert(
            fc.property(caseArb, ([e, setting, rows, pick, step]) => {
                const model: TrustModel = { ...defaultModel(), customSignals: [setting] };
                const at = pick % rows.length;
                const toward = setting.scale.good > setting.scale.bad ? step : -step;
                const moved = rows.map((r, i) =>
                    i === at
                        ? { ...r, values: { ...r.values, Score__c: (r.values.Score__c as number) + toward } }
                        : r
                );
                const before = scored(e, model, rows);
                const after = scored(e, model, moved);
                const pairs: [string, number | null, number | null][] = [
                    ['score', before.score, after.score],
                    [
                        `pillar ${setting.pillar}`,
                        before.pillars[setting.pillar],
                        after.pillars[setting.pillar]
                    ],
                    ['signal', before.signals.survey?.score ?? null, after.signals.survey?.score ?? null]
                ];
                for (const [what, b, a] of pairs) {
                    if (b !== null && a !== null && a < b) throw new Error(`${what} fell from ${b} to ${a}`);
                }
            }),
            RUNS
        );
    });

    it('stays within 0–100 and adds up: 50 plus the drivers is the score', () => {
        fc.assert(
            fc.property(caseArb, ([e, setting, rows]) => {
                const r = scored(e, { ...defaultModel(), customSignals: [setting] }, rows);
                const signal = r.signals.survey;
                if (signal?.score != null) {
                    expect(signal.score).toBeGreaterThanOrEqual(0);
                    expect(signal.score).toBeLessThanOrEqual(100);
                }
                if (r.score === null) return;
                const total = 50 + r.drivers.reduce((sum, d) => sum + d.impact, 0);
                expect(Math.abs(total - r.score)).toBeLessThanOrEqual(0.05 + 0.005 * r.drivers.length);
            }),
            RUNS
        );
    });

    // Confidence is not compared: a signal of the model without evidence lowers it, custom or not.
    it('without custom rows, scores as the same model without custom signals would', () => {
        fc.assert(
            fc.property(accountArb, settingArb, (e, setting) => {
                const plain = scoreAccount(e, defaultModel(), DEFAULT_BASELINES, PROPERTY_AS_OF);
                const withCustom = scoreAccount(
                    e,
                    { ...defaultModel(), customSignals: [setting] },
                    DEFAULT_BASELINES,
                    PROPERTY_AS_OF
                );
                const { survey, ...catalog } = withCustom.signals;
                expect(survey?.score).toBeNull();
                const { score, pillars, drivers } = withCustom;
                expect({ score, pillars, drivers, signals: catalog }).toEqual({
                    score: plain.score,
                    pillars: plain.pillars,
                    drivers: plain.drivers,
                    signals: plain.signals
                });
            }),
            RUNS
        );
    });
});

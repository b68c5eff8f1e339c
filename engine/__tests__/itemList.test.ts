/**
 * Custom signals hand the scorer their items as a list (itemList.ts): the scorer orders them
 * from the numbers and makes only the items it keeps. Whatever it keeps, the score, the
 * drivers and the path to the next band are the ones of a full scoring, and the kept items
 * are the first ones of the full list; the average adds up as weightedMean does, to the bit.
 * A scoring that reads no record (the CSV's) makes no item at all, and takes custom signals'
 * outcomes worked out on another thread to the same result.
 */
import fc from 'fast-check';
import { DEFAULT_BASELINES } from '../baselines';
import type { AccountEvidence, CustomRecord } from '../evidence';
import { defaultModel, type TrustModel } from '../model';
import { customSignalNumbers } from '../customNumbers';
import { scoreAccount, type ScoreOptions } from '../score';
import { evaluationTime, modelIndex, weightedMean, type SignalContext } from '../signals/common';
import { customSignal, CUSTOM_CONFIDENCE_K, scaledValue } from '../signals/custom';
import { CUSTOM_AGGREGATES, type CustomSignalSetting } from '../signals/customSetting';
import { accountArb, PROPERTY_AS_OF } from '../../test/support/arbitraries';

const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS ?? 200) };
const OBJECT = 'Usage__c';

const setting = (id: string, aggregate: CustomSignalSetting['aggregate']): CustomSignalSetting => ({
    id,
    label: id,
    pillar: 'capability',
    weight: 2,
    enabled: true,
    object: OBJECT,
    accountField: 'Account__c',
    dateField: 'Week__c',
    valueField: 'Users__c',
    aggregate,
    scale: aggregate === 'sum' || aggregate === 'count' ? { bad: 0, good: 20 } : { bad: 0, good: 10 },
    filter: {}
});

// Every aggregate at once, over the same rows.
const MODEL: TrustModel = {
    ...defaultModel(),
    customSignals: CUSTOM_AGGREGATES.map((aggregate) => setting(aggregate, aggregate))
};

// Few values and days, so equal impacts (ties broken by id, then by position) come up often.
const rowsArb = (accountId: string): fc.Arbitrary<CustomRecord[]> =>
    fc
        .array(
            fc.record({
                daysAgo: fc.constantFrom(-3, 0, 7, 7, 14, 400, 1200),
                value: fc.option(fc.constantFrom(0, 2, 5, 5, 8, 10), { nil: null }),
                id: fc.integer({ min: 0, max: 30 })
            }),
            { maxLength: 14 }
        )
        .map((rows) =>
            rows.map(({ daysAgo, value, id }) => ({
                id: `a01${String(id).padStart(12, '0')}AAA`,
                accountId,
                values: { Week__c: PROPERTY_AS_OF - daysAgo, Users__c: value }
            }))
        );

const accountWithRowsArb = accountArb.chain((e) =>
    rowsArb(e.account.id).map((rows): AccountEvidence => ({ ...e, custom: { [OBJECT]: rows } }))
);

describe('items a scoring keeps', () => {
    it('keeps the first items of the full list, and the same score, drivers and next band', () => {
        fc.assert(
            fc.property(accountWithRowsArb, fc.integer({ min: 0, max: 4 }), (evidence, limit) => {
                const full = scoreAccount(evidence, MODEL, DEFAULT_BASELINES, PROPERTY_AS_OF);
                const kept = scoreAccount(evidence, MODEL, DEFAULT_BASELINES, PROPERTY_AS_OF, {
                    maxEvidencePerSignal: limit
                });
                for (const [id, signal] of Object.entries(full.signals)) {
                    expect(kept.signals[id]).toEqual({
                        ...signal,
                        evidence: signal.evidence.slice(0, limit)
                    });
                }
                const rest = (r: typeof full) => ({ ...r, signals: null });
                expect(rest(kept)).toEqual(rest(full));
            }),
            RUNS
        );
    });
});

/** A scoring whose outputs read no record's impact: the CSV's, the table's, the roll-ups'. */
const NUMBERS_ONLY: ScoreOptions = { maxEvidencePerSignal: 0, nextBand: false, driverRecords: false };

describe('a scoring that reads no record', () => {
    it('gives the same numbers, words and drivers, with no item kept and no record named', () => {
        fc.assert(
            fc.property(accountWithRowsArb, (evidence) => {
                const full = scoreAccount(evidence, MODEL, DEFAULT_BASELINES, PROPERTY_AS_OF);
                const lean = scoreAccount(evidence, MODEL, DEFAULT_BASELINES, PROPERTY_AS_OF, NUMBERS_ONLY);
                for (const [id, signal] of Object.entries(full.signals))
                    expect(lean.signals[id]).toEqual({ ...signal, evidence: [] });
                expect(lean.drivers).toEqual(full.drivers.map((d) => ({ ...d, recordIds: [] })));
                const rest = (r: typeof full) => ({ ...r, signals: null, drivers: null, nextBand: null });
                expect(rest(lean)).toEqual(rest(full));
            }),
            RUNS
        );
    });

    it('takes custom outcomes worked out apart (customSignalNumbers) to the same result, switched-off signals too', () => {
        fc.assert(
            fc.property(
                accountWithRowsArb,
                fc.array(fc.boolean(), {
                    minLength: CUSTOM_AGGREGATES.length,
                    maxLength: CUSTOM_AGGREGATES.length
                }),
                (evidence, enabled) => {
                    const model: TrustModel = {
                        ...MODEL,
                        customSignals: (MODEL.customSignals ?? []).map((c, i) => ({
                            ...c,
                            enabled: enabled[i] === true
                        }))
                    };
                    const together = scoreAccount(
                        evidence,
                        model,
                        DEFAULT_BASELINES,
                        PROPERTY_AS_OF,
                        NUMBERS_ONLY
                    );
                    const { custom, ...catalogOnly } = evidence;
                    const apart = scoreAccount(catalogOnly, model, DEFAULT_BASELINES, PROPERTY_AS_OF, {
                        ...NUMBERS_ONLY,
                        customOutcomes: customSignalNumbers(custom ?? {}, model, PROPERTY_AS_OF)
                    });
                    expect(apart).toEqual(together);
                }
            ),
            RUNS
        );
    });

    it('refuses custom outcomes worked out apart for a scoring that reads items, which they lack', () => {
        const customOutcomes = customSignalNumbers({}, MODEL, PROPERTY_AS_OF);
        const evidence = fc.sample(accountArb, { numRuns: 1, seed: 7 })[0] as AccountEvidence;
        for (const options of [
            { customOutcomes },
            { ...NUMBERS_ONLY, driverRecords: true, customOutcomes },
            { ...NUMBERS_ONLY, maxEvidencePerSignal: 1, customOutcomes },
            { ...NUMBERS_ONLY, nextBand: true, customOutcomes }
        ])
            expect(() => scoreAccount(evidence, MODEL, DEFAULT_BASELINES, PROPERTY_AS_OF, options)).toThrow(
                /customOutcomes carry no items/
            );
    });
});

describe('the average without an Observation per record', () => {
    it('adds up exactly as weightedMean does: the same score, confidence and impacts', () => {
        fc.assert(
            fc.property(
                accountWithRowsArb,
                fc.constantFrom(1, 1.5, 2, 3),
                fc.boolean(),
                (evidence, lossAversion, lowerIsBetter) => {
                    const model = { ...MODEL, lossAversion };
                    const average = {
                        ...setting('average', 'average'),
                        scale: lowerIsBetter ? { bad: 10, good: 0 } : { bad: 0, good: 10 }
                    };
                    const ctx: SignalContext = {
                        model,
                        baselines: DEFAULT_BASELINES,
                        time: evaluationTime(model, PROPERTY_AS_OF),
                        index: modelIndex(model)
                    };
                    const rows = (evidence.custom?.[OBJECT] ?? []).filter(
                        (r) =>
                            typeof r.values.Users__c === 'number' &&
                            ctx.time.inWindow(r.values.Week__c as number)
                    );
                    const expected = weightedMean(
                        rows.map((r) => ({
                            recordId: r.id,
                            object: OBJECT,
                            summary: '',
                            value: scaledValue(average, r.values.Users__c as number),
                            weight: ctx.time.decay(r.values.Week__c as number),
                            isEvidence: true
                        })),
                        ctx,
                        CUSTOM_CONFIDENCE_K,
                        ''
                    );
                    const actual = customSignal(average, evidence, ctx);
                    expect(actual.score).toBe(expected.score);
                    expect(actual.confidence).toBe(expected.confidence);
                    expect(actual.amount).toBe(expected.amount);
                    expect(actual.items.map((i) => [i.recordId, i.impact])).toEqual(
                        expected.items.map((i) => [i.recordId, i.impact])
                    );
                }
            ),
            RUNS
        );
    });
});

describe('time decay', () => {
    it('is 0.5^(age / half-life) whether the age is remembered or not: past, future, old and fractional', () => {
        fc.assert(
            fc.property(
                fc.integer({ min: -400, max: 6000 }),
                fc.constantFrom(30, 182.5, 365, 730),
                (age, halfLifeDays) => {
                    const time = evaluationTime({ ...defaultModel(), halfLifeDays }, PROPERTY_AS_OF);
                    const expected = Math.pow(0.5, Math.max(0, age) / halfLifeDays);
                    // Twice: the first answer is computed, the second remembered.
                    expect(time.decay(PROPERTY_AS_OF - age)).toBe(expected);
                    expect(time.decay(PROPERTY_AS_OF - age)).toBe(expected);
                }
            ),
            RUNS
        );
    });
});

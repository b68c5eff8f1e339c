import fc from 'fast-check';
import { BaselineAccumulator, computeBaselines, DEFAULT_BASELINES, normaliseBaselines } from '../baselines';
import { defaultModel } from '../model';
import { scoreAccount } from '../score';
import { accountArb, PROPERTY_AS_OF } from '../../test/support/arbitraries';
import { account, day, opportunity } from '../../test/support/evidence';

const model = defaultModel();

describe('org baselines', () => {
    it('replay exactly from what a batch run stores on the model (JSON round trip)', () => {
        fc.assert(
            fc.property(fc.array(accountArb, { minLength: 1, maxLength: 12 }), (accounts) => {
                const computed = computeBaselines(accounts, model, PROPERTY_AS_OF);
                const stored = normaliseBaselines(
                    JSON.parse(JSON.stringify({ ...computed, computedAsOf: '2026-06-30' }))
                );
                expect(stored).toEqual(computed);
                for (const account of accounts) {
                    expect(scoreAccount(account, model, stored, PROPERTY_AS_OF)).toEqual(
                        scoreAccount(account, model, computed, PROPERTY_AS_OF)
                    );
                }
            }),
            { numRuns: 60 }
        );
    });

    it('keep a zero (an org without trouble or disputes) instead of falling back to a default', () => {
        const zero = normaliseBaselines({
            ...DEFAULT_BASELINES,
            caseTroublePerCase: 0,
            disputesPerCase: 0,
            medianWonCycleDays: 0
        });
        expect(zero).toMatchObject({ caseTroublePerCase: 0, disputesPerCase: 0, medianWonCycleDays: 0 });
    });

    it('fall back per field on values that cannot be baselines', () => {
        const odd = normaliseBaselines({
            winRatePrior: 1.5,
            medianWonAmount: -3,
            caseTroublePerCase: 'high',
            accounts: 2.5
        });
        expect(odd).toEqual({ ...DEFAULT_BASELINES, resolutionHoursByPriority: {} });
        expect(normaliseBaselines(null)).toEqual({ ...DEFAULT_BASELINES, resolutionHoursByPriority: {} });
    });

    it('leave deals closed before they were created out of the median cycle, and count them', () => {
        const acc = new BaselineAccumulator(model, day('2026-06-30'));
        acc.add(
            account({
                opportunities: [
                    opportunity({ created: '2026-01-01', close: '2026-01-31' }),
                    opportunity({ created: '2026-02-01', close: '2026-03-13' }),
                    // Loaded without audit fields: the load day became CreatedDate.
                    opportunity({ created: '2026-06-01', close: '2026-02-01' }),
                    opportunity({ created: '2026-06-01', close: '2026-03-01' })
                ]
            })
        );
        expect(acc.result().medianWonCycleDays).toBe(35);
        expect(acc.closedBeforeCreated).toBe(2);
    });
});

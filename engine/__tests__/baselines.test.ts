import fc from 'fast-check';
import { computeBaselines, DEFAULT_BASELINES, normaliseBaselines } from '../baselines';
import { defaultModel } from '../model';
import { scoreAccount } from '../score';
import { accountArb, PROPERTY_AS_OF } from '../../test/support/arbitraries';

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
});

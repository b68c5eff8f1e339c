import { computeBaselines } from '../baselines';
import type { AccountEvidence } from '../evidence';
import { defaultModel, type TrustModel } from '../model';
import { singleModelSet, validateModelSet, type ModelSet } from '../modelSet';
import { MIN_SEGMENT_ACCOUNTS, SetBaselineAccumulator } from '../setBaselines';
import { account, day, opportunity } from '../../test/support/evidence';

const AS_OF = day('2026-06-30');

/** An account of a tier whose one won deal took `cycleDays` from creation to close. */
function tiered(tier: string, cycleDays: number): AccountEvidence {
    const created = new Date(Date.UTC(2025, 0, 1));
    const close = new Date(created.getTime() + cycleDays * 86_400_000);
    const evidence = account({
        opportunities: [opportunity({ created: '2025-01-01', close: close.toISOString().slice(0, 10) })]
    });
    evidence.account = { ...evidence.account, segmentValues: { Tier__c: tier } };
    return evidence;
}

const fallback = defaultModel();
const enterprise: TrustModel = {
    ...defaultModel(),
    name: 'Enterprise',
    segment: { field: 'Tier__c', values: ['Enterprise'] }
};

function setOf(...models: TrustModel[]): ModelSet {
    const result = validateModelSet(models);
    if (!result.ok) throw new Error('invalid set');
    return result.set;
}

function baselinesOf(set: ModelSet, accounts: AccountEvidence[]) {
    const acc = new SetBaselineAccumulator(set, AS_OF);
    for (const a of accounts) acc.add(a);
    return acc.result();
}

describe('baselines per segment', () => {
    const big = Array.from({ length: MIN_SEGMENT_ACCOUNTS }, () => tiered('Enterprise', 200));
    const rest = Array.from({ length: 80 }, () => tiered('SMB', 30));

    it('gives a model alone the org-wide baselines, as before segments', () => {
        const all = [...big, ...rest];
        expect(baselinesOf(singleModelSet(fallback), all).get(fallback)).toEqual(
            computeBaselines(all, fallback, AS_OF)
        );
    });

    it('compares a segment with enough accounts with its own, and the default with the whole org', () => {
        const byModel = baselinesOf(setOf(enterprise, fallback), [...big, ...rest]);
        expect(byModel.get(enterprise)).toEqual(computeBaselines(big, enterprise, AS_OF));
        expect(byModel.get(enterprise)?.medianWonCycleDays).toBe(200);
        expect(byModel.get(fallback)).toEqual(computeBaselines([...big, ...rest], fallback, AS_OF));
    });

    it('falls back to the org-wide figures, with its own settings, for a segment too small', () => {
        const few = big.slice(0, MIN_SEGMENT_ACCOUNTS - 1);
        const byModel = baselinesOf(setOf(enterprise, fallback), [...few, ...rest]);
        expect(byModel.get(enterprise)).toEqual(computeBaselines([...few, ...rest], enterprise, AS_OF));
        expect(byModel.get(enterprise)?.medianWonCycleDays).toBe(30);
    });
});

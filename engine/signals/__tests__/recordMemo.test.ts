/**
 * The per-record memo: one computation per record and part, a stale value recomputed, and,
 * over generated accounts, signals re-scored with a memo after the next band's changes equal
 * the same signals scored afresh, to the last bit.
 */
import fc from 'fast-check';
import { SIGNAL_IDS } from '../../catalog';
import { signalOutcomes } from '../../combine';
import { DEFAULT_BASELINES, type OrgBaselines } from '../../baselines';
import type { AccountEvidence, CaseRecord } from '../../evidence';
import { defaultModel } from '../../model';
import { canonical } from '../../score';
import { ACTION_KINDS } from '../../nextBand/search';
import { accountArb, PROPERTY_AS_OF } from '../../../test/support/arbitraries';
import { account, milestone, supportCase } from '../../../test/support/evidence';
import { evaluationTime, modelIndex, type SignalContext } from '../common';
import { supportResponsiveness } from '../supportResponsiveness';
import { memoPart, RecordMemo } from '../recordMemo';

const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS ?? 100) };
const model = defaultModel();
const baselines: OrgBaselines = { ...DEFAULT_BASELINES, caseTroublePerCase: 0.4, disputesPerCase: 0.1 };

function contextFor(memo?: RecordMemo): SignalContext {
    return {
        model,
        baselines,
        time: evaluationTime(model, PROPERTY_AS_OF),
        index: modelIndex(model),
        memo
    };
}

describe('RecordMemo', () => {
    const LENGTH = memoPart<{ name: string }, number>('length');
    const UPPER = memoPart<{ name: string }, string>('upper');

    it('computes a part once per record object, and each part on its own', () => {
        const memo = new RecordMemo();
        const compute = jest.fn((r: { name: string }) => r.name.length);
        const record = { name: 'Acme' };
        expect(memo.remember(LENGTH, record, compute, undefined)).toBe(4);
        expect(memo.remember(LENGTH, record, compute, undefined)).toBe(4);
        expect(compute).toHaveBeenCalledTimes(1);
        expect(memo.get(UPPER, record)).toBeUndefined();
        // The same content in a new object is another record: a change replaces the record.
        expect(memo.remember(LENGTH, { name: 'Acme' }, compute, undefined)).toBe(4);
        expect(compute).toHaveBeenCalledTimes(2);
    });

    it('recomputes a value that no longer holds, and remembers the new one', () => {
        const memo = new RecordMemo();
        const record = { name: 'Acme' };
        memo.set(LENGTH, record, 99);
        const compute = (r: { name: string }) => r.name.length;
        expect(memo.remember(LENGTH, record, compute, undefined, (v: number) => v < 10)).toBe(4);
        expect(memo.get(LENGTH, record)).toBe(4);
    });

    it('remembers a null value (a record that says nothing) as known', () => {
        const memo = new RecordMemo();
        const NOTHING = memoPart<{ name: string }, null>('nothing');
        const compute = jest.fn(() => null);
        const record = { name: 'Acme' };
        memo.remember(NOTHING, record, compute, undefined);
        memo.remember(NOTHING, record, compute, undefined);
        expect(compute).toHaveBeenCalledTimes(1);
    });
});

describe('signals with a memo', () => {
    it('re-score changed evidence exactly as a fresh scoring does', () => {
        fc.assert(
            fc.property(accountArb, (input) => {
                const evidence = canonical(input);
                const withMemo = contextFor(new RecordMemo());
                signalOutcomes(evidence, withMemo, SIGNAL_IDS);
                for (const kind of ACTION_KINDS) {
                    const ids = kind.candidates(evidence, withMemo);
                    const changed: AccountEvidence = kind.apply(evidence, new Set(ids), withMemo);
                    expect(signalOutcomes(changed, withMemo, SIGNAL_IDS)).toStrictEqual(
                        signalOutcomes(changed, contextFor(), SIGNAL_IDS)
                    );
                }
            }),
            RUNS
        );
    });

    it('judge a case again when only its milestones changed', () => {
        const c: CaseRecord = supportCase({ created: '2026-06-01', closed: '2026-06-02' });
        const before = account({ cases: [c], caseMilestones: [milestone(c.id, false)] });
        const after = account({ cases: [c], caseMilestones: [milestone(c.id, true)] });
        const ctx = contextFor(new RecordMemo());
        supportResponsiveness(before, ctx);
        expect(supportResponsiveness(after, ctx)).toStrictEqual(supportResponsiveness(after, contextFor()));
        expect(supportResponsiveness(after, ctx).score).toBe(0);
    });
});

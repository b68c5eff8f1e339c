/**
 * What every kind of next-band action declares: which records it could change, how it
 * changes them, and which signals can move when it does (so only those are re-scored).
 */
import type { SignalId } from '../catalog';
import type { AccountEvidence } from '../evidence';
import type { NextBandAction } from '../result';
import type { SignalContext } from '../signals/common';

/** What a change needs to know: the model, the as-of day's clock and the model's value sets. */
export type ChangeContext = Pick<SignalContext, 'model' | 'time' | 'index'>;

export interface ActionKind {
    action: NextBandAction;
    signals: readonly SignalId[];
    /** Ids of the records the action could change, in the order they are tried. */
    candidates(evidence: AccountEvidence, ctx: ChangeContext): string[];
    /**
     * The same evidence with these records changed on the as-of day; other records untouched.
     * A changed record is a new object, never the old one edited: re-scoring remembers what
     * each record object says (engine/signals/recordMemo.ts).
     */
    apply(evidence: AccountEvidence, ids: ReadonlySet<string>, ctx: ChangeContext): AccountEvidence;
}

/** Newest first (newer evidence weighs more), then by id, so a capped list is always the same. */
export function newestFirst<T extends { id: string }>(list: T[], dateOf: (item: T) => number): string[] {
    return list
        .slice()
        .sort((a, b) => dateOf(b) - dateOf(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
        .map((item) => item.id);
}

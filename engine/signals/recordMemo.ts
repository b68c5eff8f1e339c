/**
 * What a signal computes from one record alone, remembered for the scorings of one account on
 * one day. The path to the next band re-scores the same account many times with a few records
 * changed, and a change never edits a record: it puts a new record object in its place
 * (engine/nextBand/actionKind.ts). So a record that is the same object as before is the same
 * record, and its part of a signal (its trouble points, its observation) needs no second
 * computation; the same goes for a list a change leaves as it was (a case's milestones
 * grouped). Only such parts are remembered: every sum still runs over all the records in
 * the same order, so the results are bit-identical to a scoring without a memo.
 *
 * A memo belongs to one signal context (one model, clock and set of baselines); a signal reads
 * it from `SignalContext.memo` and computes as before when there is none.
 */

/** One kind of per-record value; its identity keys the memo's table. */
export interface MemoPart<R extends object, T> {
    readonly name: string;
    /** Only carries the types: a part of cases cannot be read for a promise. */
    readonly types?: (record: R) => T;
}

export function memoPart<R extends object, T>(name: string): MemoPart<R, T> {
    return { name };
}

export class RecordMemo {
    // Plain maps, not weak ones: a memo lives for one account's scorings and goes with them,
    // and weak keys would cost the garbage collector on every record.
    private readonly tables = new Map<MemoPart<object, unknown>, Map<object, unknown>>();

    get<R extends object, T>(part: MemoPart<R, T>, record: R): T | undefined {
        return this.tables.get(part as MemoPart<object, unknown>)?.get(record) as T | undefined;
    }

    /**
     * `compute(record, arg)`, computed once per record. A value that depends on more than the
     * record itself is stored with what it depended on, and `current` tells whether it still
     * holds (see supportResponsiveness: a case's milestones). Callers without a memo call
     * `compute` themselves, so a single scoring pays nothing for it; `arg` carries what
     * `compute` needs besides the record, so no function is made per call.
     */
    remember<R extends object, T, A>(
        part: MemoPart<R, T>,
        record: R,
        compute: (record: R, arg: A) => T,
        arg: A,
        current?: (value: T, arg: A) => boolean
    ): T {
        const known = this.get(part, record);
        if (known !== undefined && (current === undefined || current(known, arg))) return known;
        const value = compute(record, arg);
        this.set(part, record, value);
        return value;
    }

    set<R extends object, T>(part: MemoPart<R, T>, record: R, value: T): void {
        const key = part as MemoPart<object, unknown>;
        let table = this.tables.get(key);
        if (!table) this.tables.set(key, (table = new Map()));
        table.set(record, value);
    }
}

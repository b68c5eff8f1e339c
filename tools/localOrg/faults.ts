/**
 * Deterministic fault injection for reliability tests (`--fault-rate p --seed s`).
 *
 * Every decision is a pure function of the seed and the request's sequence number (and the
 * record's position for row locks), so the same seed and the same request sequence give the
 * same faults, whatever the timing. A fraction `p` of requests sees a fault; the fault is one
 * of a transient 503, a dropped connection (before the request is processed, or after it was
 * processed and committed — the response is lost), REQUEST_LIMIT_EXCEEDED for too many
 * concurrent requests (transient, as "ConcurrentPerOrgLongTxn Limit exceeded" is in an org),
 * or — for requests that save records — UNABLE_TO_LOCK_ROW on some of its records.
 *
 * The daily limit ("TotalRequests Limit exceeded") is never injected at random: the server
 * answers with it only when its API call counter reaches the org's limit, as an org does.
 */

export type RequestFault = 'unavailable' | 'dropBefore' | 'dropAfter' | 'concurrencyLimit' | 'rowLock';

export interface FaultDecision {
    fault: RequestFault | null;
    /** For `rowLock`: does record `index` of the `count` records the request saves fail? */
    locksRecord(index: number, count: number): boolean;
}

const NONE: FaultDecision = { fault: null, locksRecord: () => false };

/** MurmurHash3's finaliser: a well-mixed unsigned 32-bit word. */
function fmix32(value: number): number {
    let h = value >>> 0;
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b) >>> 0;
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35) >>> 0;
    h ^= h >>> 16;
    return h >>> 0;
}

/** A uniform number in [0, 1) determined by the seed and two words. */
function unit(seed: number, a: number, b: number): number {
    let h = fmix32(seed ^ 0x9e3779b9);
    h = fmix32(h ^ Math.imul(a, 0x27d4eb2f));
    h = fmix32(h ^ Math.imul(b + 1, 0x165667b1));
    return h / 0x1_0000_0000;
}

const GENERAL_FAULTS: RequestFault[] = ['unavailable', 'dropBefore', 'dropAfter', 'concurrencyLimit'];
const WRITE_FAULTS: RequestFault[] = [...GENERAL_FAULTS, 'rowLock'];

/** Share of a row-lock request's records that fail (at least one always does). */
const LOCKED_SHARE = 0.25;

export class FaultInjector {
    constructor(
        readonly rate: number,
        readonly seed: number
    ) {
        if (!(rate >= 0 && rate <= 1))
            throw new RangeError(`fault rate must be between 0 and 1, got ${rate}`);
    }

    /**
     * The fault for the `sequence`-th request; `saves` says whether the request saves
     * records, which makes row locks possible.
     */
    decide(sequence: number, saves: boolean): FaultDecision {
        if (this.rate === 0 || unit(this.seed, sequence, 0) >= this.rate) return NONE;
        const kinds = saves ? WRITE_FAULTS : GENERAL_FAULTS;
        const fault = kinds[Math.floor(unit(this.seed, sequence, 1) * kinds.length)] as RequestFault;
        if (fault !== 'rowLock') return { fault, locksRecord: () => false };
        return {
            fault,
            locksRecord: (index, count) =>
                index === Math.floor(unit(this.seed, sequence, 2) * count) ||
                unit(this.seed, sequence, 3 + index) < LOCKED_SHARE
        };
    }
}

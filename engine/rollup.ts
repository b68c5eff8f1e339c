/**
 * Roll-ups to the parent account: each account with children gets the weighted mean of the
 * scores of every account below it (the whole subtree, not only its direct children), how
 * many accounts are below it, and the lowest-scoring of them. Its own score is not part of
 * its roll-up and is not changed by it.
 *
 * Weights are the accounts' current contract values (contractValue.ts). `weightBasis` says
 * what the mean rests on:
 * - `contractValue`: every scored account below has a contract value;
 * - `mixed`: some do; the others weigh the mean contract value of those that do, so an
 *   account without a known value counts as a typical one, neither nothing nor everything;
 * - `equal`: none does, so every scored account weighs the same.
 * Accounts without a score (no evidence) are counted among the children but left out of the
 * mean and of `lowest`: no evidence is not average.
 *
 * The aggregation keeps a few numbers per account, never evidence, and walks the forest
 * leaves first, so a deep chain costs what a flat one does.
 */
import { bandFor, type TrustModel } from './model';

export type WeightBasis = 'contractValue' | 'mixed' | 'equal';

export interface Rollup {
    /** Weighted mean of the scores below, one decimal; null when no account below has a score. */
    score: number | null;
    band: string | null;
    /** Accounts below this one, at every level. */
    children: number;
    /** The lowest score below (the smaller Id on a tie); null when none has a score. */
    lowest: { accountId: string; score: number } | null;
    weightBasis: WeightBasis;
}

/** One account of a hierarchy: the link to its parent and what it brings to the roll-ups above. */
export interface RollupMember {
    accountId: string;
    /** Null for the top of a hierarchy. A parent no member names is a top that is not scored here. */
    parentId: string | null;
    score: number | null;
    /** Current contract value, or null when unknown. */
    weight: number | null;
}

/** A ParentId chain that comes back to where it started: no roll-up can be computed through it. */
export class HierarchyCycleError extends Error {
    override name = 'HierarchyCycleError';

    constructor(
        /** The accounts of one cycle, in ParentId order, starting from the smallest Id. */
        readonly accounts: string[]
    ) {
        super(`Account.ParentId forms a cycle: ${[...accounts, accounts[0]].join(' → ')}`);
    }
}

/** What one subtree adds up to. */
class Subtree {
    count = 0;
    known = 0;
    knownWeight = 0;
    knownWeighted = 0;
    unknown = 0;
    unknownSum = 0;
    lowest: { accountId: string; score: number } | null = null;

    addAccount(member: RollupMember): void {
        this.count++;
        const { score, weight } = member;
        if (score === null) return;
        if (weight === null) {
            this.unknown++;
            this.unknownSum += score;
        } else {
            this.known++;
            this.knownWeight += weight;
            this.knownWeighted += weight * score;
        }
        this.offerLowest(member.accountId, score);
    }

    addSubtree(other: Subtree): void {
        this.count += other.count;
        this.known += other.known;
        this.knownWeight += other.knownWeight;
        this.knownWeighted += other.knownWeighted;
        this.unknown += other.unknown;
        this.unknownSum += other.unknownSum;
        if (other.lowest) this.offerLowest(other.lowest.accountId, other.lowest.score);
    }

    private offerLowest(accountId: string, score: number): void {
        const l = this.lowest;
        if (!l || score < l.score || (score === l.score && accountId < l.accountId))
            this.lowest = { accountId, score };
    }

    rollup(model: TrustModel): Rollup {
        let score: number | null = null;
        let weightBasis: WeightBasis = 'equal';
        if (this.known > 0 && this.unknown === 0) {
            score = this.knownWeighted / this.knownWeight;
            weightBasis = 'contractValue';
        } else if (this.known > 0) {
            const typical = this.knownWeight / this.known;
            score =
                (this.knownWeighted + typical * this.unknownSum) /
                (this.knownWeight + typical * this.unknown);
            weightBasis = 'mixed';
        } else if (this.unknown > 0) {
            score = this.unknownSum / this.unknown;
        }
        const rounded = score === null ? null : Math.round(score * 10) / 10;
        return {
            score: rounded,
            band: bandFor(model, rounded),
            children: this.count,
            lowest: this.lowest,
            weightBasis
        };
    }
}

/** The accounts of one cycle reached from `start` (which is on a cycle or leads into one). */
function cycleFrom(start: number, parent: Int32Array, ids: readonly string[]): string[] {
    const seen = new Map<number, number>();
    const path: number[] = [];
    let at = start;
    while (!seen.has(at)) {
        seen.set(at, path.length);
        path.push(at);
        at = parent[at] as number;
    }
    const cycle = path.slice(seen.get(at)).map((i) => ids[i] as string);
    const first = cycle.indexOf([...cycle].sort()[0] as string);
    return [...cycle.slice(first), ...cycle.slice(0, first)];
}

/**
 * The roll-up of every account that has members below it, by account Id. Throws
 * HierarchyCycleError when the ParentId links form a cycle.
 */
export function computeRollups(members: readonly RollupMember[], model: TrustModel): Map<string, Rollup> {
    // Node i < members.length is a member; the others are parents named by members only.
    const index = new Map<string, number>();
    const ids: string[] = [];
    const nodeOf = (id: string): number => {
        let i = index.get(id);
        if (i === undefined) {
            i = ids.length;
            index.set(id, i);
            ids.push(id);
        }
        return i;
    };
    for (const m of members) nodeOf(m.accountId);
    if (ids.length !== members.length) throw new Error('computeRollups: an account is listed twice');
    const parent = new Int32Array(members.length).fill(-1);
    members.forEach((m, i) => {
        if (m.parentId !== null) parent[i] = nodeOf(m.parentId);
    });
    const pending = new Int32Array(ids.length);
    for (const p of parent) if (p >= 0) pending[p] = (pending[p] as number) + 1;
    const below: (Subtree | undefined)[] = new Array<Subtree | undefined>(ids.length);

    // Leaves first: a member is merged into its parent once everything below it is.
    const ready: number[] = [];
    for (let i = 0; i < members.length; i++) if (pending[i] === 0) ready.push(i);
    let merged = 0;
    while (ready.length > 0) {
        const i = ready.pop() as number;
        merged++;
        const p = parent[i] as number;
        if (p < 0) continue;
        const into = (below[p] ??= new Subtree());
        into.addAccount(members[i] as RollupMember);
        const sub = below[i];
        if (sub) into.addSubtree(sub);
        pending[p] = (pending[p] as number) - 1;
        if (pending[p] === 0 && p < members.length) ready.push(p);
    }
    if (merged < members.length) {
        // Whatever was never ready waits on itself through its parents: a cycle.
        const stuck = members.findIndex((_, i) => (pending[i] as number) > 0);
        throw new HierarchyCycleError(cycleFrom(stuck, parent, ids));
    }

    const out = new Map<string, Rollup>();
    below.forEach((sub, i) => {
        if (sub) out.set(ids[i] as string, sub.rollup(model));
    });
    return out;
}

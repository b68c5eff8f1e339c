/**
 * What the panel of a parent account shows of its roll-up, from what the batch stored: the
 * roll-up itself as the batch's receipt keeps it (`rollup` in `Drivers__c`, written with the
 * `Trust_Rollup_*` Account fields by the same run, so the two agree and the receipt adds the
 * children count and the weight basis the fields do not hold), and the accounts below it in
 * the lowest band, read level by level on `ParentId` from their stored trust fields.
 *
 * Why stored and not live: a roll-up needs every account of the subtree scored with the org's
 * baselines and weighed by its contract value, which is the batch's job (engine/rollup.ts);
 * re-scoring a whole hierarchy in the browser would read every child's evidence on each view.
 * The panel shows the batch's numbers and says on which day they were computed.
 */
import type { TrustModel } from '../engine/model';
import type { Rollup, WeightBasis } from '../engine/rollup';
import { NodeReader, nodesOf, type GraphqlConnection } from './graphqlValues';
import type { StoredReceipt } from './storedReceipt';

const WEIGHT_BASES: readonly WeightBasis[] = ['contractValue', 'mixed', 'equal'];

/**
 * Levels below the account read for the lowest-band list. Salesforce account hierarchies are
 * a few levels deep in practice; a deeper one is cut here and the panel says so.
 */
export const HIERARCHY_MAX_LEVELS = 5;
/** Accounts read below one parent at most, so a huge hierarchy costs a bounded number of pages. */
export const HIERARCHY_MAX_ACCOUNTS = 2000;
/** Parent ids sent in one `ParentId in [...]` filter. */
export const HIERARCHY_IDS_PER_REQUEST = 100;
/** Accounts of the lowest band listed by name; the rest are counted ("and 3 more"). */
export const LOWEST_BAND_LISTED = 5;

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isScore = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** The roll-up kept in a receipt's `Drivers__c`, when it is a well-formed one; else null. */
export function parseStoredRollup(raw: unknown): Rollup | null {
    if (typeof raw !== 'object' || raw === null) return null;
    const r = raw as Partial<Record<keyof Rollup, unknown>>;
    if (!isCount(r.children) || r.children === 0) return null;
    if (!WEIGHT_BASES.includes(r.weightBasis as WeightBasis)) return null;
    if (r.score !== null && !isScore(r.score)) return null;
    if (r.band !== null && typeof r.band !== 'string') return null;
    const lowest = r.lowest as { accountId?: unknown; score?: unknown } | null | undefined;
    const lowestOk = lowest === null || (typeof lowest?.accountId === 'string' && isScore(lowest?.score));
    return {
        score: r.score ?? null,
        band: r.band ?? null,
        children: r.children,
        lowest:
            lowestOk && lowest
                ? { accountId: lowest.accountId as string, score: lowest.score as number }
                : null,
        weightBasis: r.weightBasis as WeightBasis
    };
}

/** One account below the parent, as its stored trust fields say. */
export interface HierarchyAccount {
    accountId: string;
    name: string;
    parentId: string | null;
    score: number | null;
    /** `Current_Trust_Band__c`: a band of the model, "Not enough evidence", or null (never scored). */
    band: string | null;
    /** `Trust_Scored_On__c`, yyyy-mm-dd. */
    scoredOn: string | null;
    /** 1 for a direct child, 2 for a grandchild … */
    level: number;
}

/** A page of one level: the request the walk wants next. */
export interface HierarchyRequest {
    parentIds: string[];
    after: string | null;
}

/**
 * The accounts below one account, read level by level: each level is the accounts whose
 * ParentId is one of the previous level's (in chunks of HIERARCHY_IDS_PER_REQUEST ids, each
 * paged to its end). An account met twice (a ParentId cycle in the org) is read once.
 * `next()` is the request to send, `take()` its answer; null from `next()` means done.
 */
export class HierarchyWalk {
    readonly accounts: HierarchyAccount[] = [];
    /** True when the walk stopped at the level or account cap with accounts left below. */
    truncated = false;
    private readonly seen: Set<string>;
    private level = 1;
    private chunks: string[][] = [];
    private nextLevel: string[] = [];
    private request: HierarchyRequest | null;

    constructor(
        topId: string,
        private readonly maxLevels = HIERARCHY_MAX_LEVELS,
        private readonly maxAccounts = HIERARCHY_MAX_ACCOUNTS
    ) {
        this.seen = new Set([topId]);
        this.chunks = [[topId]];
        this.request = { parentIds: this.chunks.shift() as string[], after: null };
    }

    next(): HierarchyRequest | null {
        return this.request;
    }

    get done(): boolean {
        return this.request === null;
    }

    /**
     * Whether `connection` can be the answer to the pending request: each account in it hangs
     * from one of the ids asked for. (A wire may replay an earlier answer; that one is not.)
     */
    answers(connection: GraphqlConnection | null | undefined): boolean {
        const asked = this.request?.parentIds;
        if (!asked) return false;
        return nodesOf(connection).every((node) => {
            const parent = (node.ParentId as { value?: unknown } | undefined)?.value;
            return typeof parent === 'string' && asked.includes(parent);
        });
    }

    /** Takes the answer to the pending request and moves on to the next one. */
    take(connection: GraphqlConnection | null | undefined): void {
        if (this.request === null) return;
        for (const node of nodesOf(connection)) {
            const r = new NodeReader('Account', node);
            if (this.seen.has(r.id)) continue;
            if (this.accounts.length >= this.maxAccounts) {
                this.truncated = true;
                break;
            }
            this.seen.add(r.id);
            this.accounts.push({
                accountId: r.id,
                name: r.text('Name') ?? r.id,
                parentId: r.id_('ParentId'),
                score: r.num('Current_Trust_Score__c'),
                band: r.text('Current_Trust_Band__c'),
                scoredOn: r.text('Trust_Scored_On__c'),
                level: this.level
            });
            this.nextLevel.push(r.id);
        }
        const info = connection?.pageInfo;
        if (!this.truncated && info?.hasNextPage && info.endCursor) {
            this.request = { parentIds: this.request.parentIds, after: info.endCursor };
            return;
        }
        this.request = this.advance();
    }

    private advance(): HierarchyRequest | null {
        if (this.truncated) return null;
        if (this.chunks.length === 0) {
            if (this.nextLevel.length === 0) return null;
            if (this.level >= this.maxLevels) {
                // Accounts of the last level read may have children of their own: unread.
                this.truncated = true;
                return null;
            }
            this.level++;
            for (let i = 0; i < this.nextLevel.length; i += HIERARCHY_IDS_PER_REQUEST)
                this.chunks.push(this.nextLevel.slice(i, i + HIERARCHY_IDS_PER_REQUEST));
            this.nextLevel = [];
        }
        return { parentIds: this.chunks.shift() as string[], after: null };
    }
}

export interface LowestBand {
    /** The lowest band of the model any account below holds; null when none holds a band. */
    band: string | null;
    /** Its accounts, lowest score first (then name), at most `limit`. */
    accounts: HierarchyAccount[];
    /** How many more accounts are in that band. */
    more: number;
}

/**
 * The accounts below in the lowest band of the model. Only bands the model names count: an
 * account scored on too little evidence, never scored, or stored with a band the active model
 * no longer has is not in a band to compare.
 */
export function lowestBandAccounts(
    accounts: readonly HierarchyAccount[],
    model: TrustModel,
    limit = LOWEST_BAND_LISTED
): LowestBand {
    const rank = new Map(
        [...model.bands].sort((a, b) => a.min - b.min).map((band, i) => [band.name, i] as const)
    );
    let lowest: number | null = null;
    for (const a of accounts) {
        const r = a.band === null ? undefined : rank.get(a.band);
        if (r !== undefined && (lowest === null || r < lowest)) lowest = r;
    }
    if (lowest === null) return { band: null, accounts: [], more: 0 };
    const band = [...rank].find(([, r]) => r === lowest)?.[0] ?? null;
    const inBand = accounts
        .filter((a) => a.band === band)
        .sort(
            (a, b) =>
                (a.score ?? Infinity) - (b.score ?? Infinity) ||
                a.name.localeCompare(b.name) ||
                (a.accountId < b.accountId ? -1 : 1)
        );
    return { band, accounts: inBand.slice(0, limit), more: Math.max(0, inBand.length - limit) };
}

/**
 * The roll-up the latest batch run stored for the account, with its day: the newest receipt
 * the batch wrote decides (a receipt the panel wrote carries none, as the panel scores one
 * account). Null when that run found no accounts below, or the account was never batch-scored.
 */
export function latestBatchRollup(
    receipts: readonly StoredReceipt[]
): { rollup: Rollup; asOf: string | null } | null {
    const batch = receipts.find((r) => r.source === 'Batch');
    return batch?.rollup ? { rollup: batch.rollup, asOf: batch.asOf } : null;
}

/**
 * What a run scores: the accounts of an export folder or an org, in a fixed order (Id order
 * for an org), visited chunk by chunk so memory is bounded by a chunk. A folder, and an org
 * small enough, is one chunk held in memory; a large org is extracted to disk in chunks
 * (see org/chunks.ts).
 */
import type { ExportStore } from '../exports/exportStore';
import type { AccountRange } from '../org/chunks';

export interface ScoreSource {
    accounts: number;
    rows: number;
    /** First and last account Id: the same org and data for a checkpoint. */
    fingerprint: string;
    /** Visits every chunk in order; `offset` is the chunk's first account's position. */
    each(
        visit: (store: ExportStore, offset: number, range: AccountRange | null) => Promise<void>
    ): Promise<void>;
    /** Removes anything written to disk. */
    close(): void;
}

/** One staged store as a source of one chunk; nothing to remove afterwards. */
export function storeSource(store: ExportStore): ScoreSource {
    return {
        accounts: store.accounts,
        rows: store.rows,
        fingerprint: store.accounts > 0 ? `${store.accountId(0)}…${store.accountId(store.accounts - 1)}` : '',
        each: (visit) => visit(store, 0, null),
        close: () => undefined
    };
}

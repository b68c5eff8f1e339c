/**
 * The org as a run's source: its accounts counted, read through REST or Bulk API 2.0 (Bulk
 * for large orgs even without --bulk), and for each chunk the accounts' previous scores and,
 * on a changed-only run, which of them have new evidence.
 */
import type { TableSettings } from '../../records/evidenceFields';
import type { ExportStore, LoadProgress } from '../exports/exportStore';
import { changedAccounts } from '../org/changedAccounts';
import {
    bulkFromAccounts,
    countAccounts,
    openChunks,
    type AccountRange,
    type OrgChunks
} from '../org/chunks';
import type { OrgApi } from '../org/orgApi';
import { readPreviousScores } from '../org/previousScores';
import type { ChunkContext } from './scoreStep';

export interface OrgInput {
    chunks: OrgChunks;
    /** Read and written through Bulk API 2.0. */
    bulk: boolean;
    /** Bulk was chosen because the org is large, not asked for. */
    bulkChosen: boolean;
}

export async function openOrgInput(
    api: OrgApi,
    /** What the run's models read (a model, or a set of models per segment's `tableSettingsOf`). */
    model: TableSettings,
    options: { bulk: boolean; workDir: string; onProgress?: (p: LoadProgress) => void }
): Promise<OrgInput> {
    // Large orgs go through Bulk API 2.0 even without --bulk: REST paging would spend far more calls.
    const accounts = await countAccounts(api);
    const bulk = options.bulk || accounts >= bulkFromAccounts();
    const chunks = await openChunks(api, model, {
        bulk,
        accounts,
        workDir: options.workDir,
        onProgress: options.onProgress
    });
    return { chunks, bulk, bulkChosen: bulk && !options.bulk };
}

/**
 * Reads, for one chunk, which accounts changed since `onlyChangedSince` (all when null) and
 * the score each had before the as-of day.
 */
export function orgChunkContext(
    api: OrgApi,
    asOf: string,
    onlyChangedSince: string | null
): (store: ExportStore, range: AccountRange | null) => Promise<ChunkContext> {
    return async (store, range) => {
        const changed = onlyChangedSince ? await changedAccounts(api, store, onlyChangedSince, range) : null;
        const previous = await readPreviousScores(api, store, asOf, range);
        return {
            includes: (i) => changed === null || changed[i] === 1,
            previous: (i) => previous.previous(i),
            mayUpdateAccount: (i) => previous.mayUpdateAccount(i)
        };
    };
}

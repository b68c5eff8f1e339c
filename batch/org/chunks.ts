/**
 * The org's evidence as chunks of accounts in Id order. A normal org is one chunk held in
 * memory; an org with more accounts than a chunk is extracted once to disk, chunk by chunk,
 * and each pass (baselines, then scoring) stages one chunk at a time, so memory is bounded
 * by a chunk, not by the org.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import type { TableSettings } from '../../records/evidenceFields';
import { ExportStore, type LoadProgress } from '../exports/exportStore';
import { customExportObjects, modelColumns } from '../exports/exportSchema';
import { perProcessName, removeStaleFolders } from '../files';
import { extractToChunks } from './chunkedExtract';
import type { OrgApi } from './orgApi';
import { OrgSource } from './orgSource';
import { storeSource, type ScoreSource } from '../run/source';

/** Accounts per chunk when TRUST_LEDGER_CHUNK_ACCOUNTS does not say otherwise. */
export const DEFAULT_CHUNK_ACCOUNTS = 50_000;

export interface AccountRange {
    lo: string;
    hi: string;
}

/** The org as a run's source, in as many chunks as its size needs. */
export interface OrgChunks extends ScoreSource {
    chunks: number;
}

/** Orgs with at least this many accounts are read and written through Bulk API 2.0 even without --bulk. */
export const DEFAULT_BULK_FROM_ACCOUNTS = 200_000;

export function bulkFromAccounts(): number {
    const configured = Number(process.env.TRUST_LEDGER_BULK_FROM_ACCOUNTS);
    return Number.isInteger(configured) && configured > 0 ? configured : DEFAULT_BULK_FROM_ACCOUNTS;
}

/** How many accounts the org has (one API call). */
export async function countAccounts(api: OrgApi): Promise<number> {
    return (await api.query<never>('SELECT COUNT() FROM Account')).totalSize;
}

/** Extracts live in `<workDir>/extract-<pid>/`, so the next run can tell a dead run's from a live one's. */
export const EXTRACT_PREFIX = 'extract';

export function chunkAccounts(): number {
    const configured = Number(process.env.TRUST_LEDGER_CHUNK_ACCOUNTS);
    return Number.isInteger(configured) && configured > 0 ? configured : DEFAULT_CHUNK_ACCOUNTS;
}

export async function openChunks(
    api: OrgApi,
    /** What the run's models read (a model, or `tableSettingsOf` a set of models per segment). */
    model: TableSettings,
    options: {
        bulk: boolean;
        accounts: number;
        workDir: string;
        onProgress?: (p: LoadProgress) => void;
    }
): Promise<OrgChunks> {
    // A killed run could not remove its extract: full copies of org evidence left on disk.
    removeStaleFolders(options.workDir, EXTRACT_PREFIX);
    const perChunk = chunkAccounts();
    if (options.accounts <= perChunk) {
        const store = await ExportStore.fromSource(
            new OrgSource(api, { bulk: options.bulk }),
            model,
            options.onProgress
        );
        return { ...storeSource(store), chunks: 1 };
    }
    const dir = path.join(options.workDir, perProcessName(EXTRACT_PREFIX));
    let plan: Awaited<ReturnType<typeof extractToChunks>>;
    try {
        plan = await extractToChunks(api, {
            dir,
            chunkAccounts: perChunk,
            bulk: options.bulk,
            extraColumns: modelColumns(model),
            customObjects: customExportObjects(model),
            onProgress: (file, rows) => options.onProgress?.({ file, rows })
        });
    } catch (error) {
        // A failed extract (a full disk, an org error) leaves no partial copy of the evidence.
        rmSync(dir, { recursive: true, force: true });
        throw error;
    }
    const first = plan.ranges[0]?.lo ?? '';
    const last = plan.ranges[plan.ranges.length - 1]?.hi ?? '';
    return {
        accounts: plan.accounts,
        rows: plan.rows,
        chunks: plan.folders.length,
        fingerprint: plan.accounts > 0 ? `${first}…${last}` : '',
        async each(visit) {
            let offset = 0;
            for (let k = 0; k < plan.folders.length; k++) {
                const store = await ExportStore.load(plan.folders[k] as string, model);
                await visit(store, offset, plan.ranges[k] ?? null);
                offset += store.accounts;
            }
        },
        close: () => rmSync(dir, { recursive: true, force: true })
    };
}

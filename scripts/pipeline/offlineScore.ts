/**
 * Offline scoring of a CSV export: stage the export, compute the org's baselines over every
 * account, then score account by account (two passes; memory stays with the staged rows).
 */
import { BASELINE_EVIDENCE, BaselineAccumulator, type OrgBaselines } from '../../engine/baselines';
import type { TrustModel } from '../../engine/model';
import type { TrustResult } from '../../engine/result';
import { scoreAccount } from '../../engine/score';
import path from 'node:path';
import { lineOfRecord } from '../csv/csvFolderSource';
import { CsvInputError } from '../csv/errors';
import { messages } from '../cli/messages';
import { ExportStore, type LoadProgress } from '../csv/exportStore';

export interface OfflineRun {
    store: ExportStore;
    baselines: OrgBaselines;
    /** Won deals that closed before they were created, left out of cycle times. */
    closedBeforeCreated: number;
    /** Scores every account in export order. */
    results(onAccount?: (done: number) => void): Generator<TrustResult>;
}

export interface OfflineOptions {
    folder: string;
    model: TrustModel;
    asOf: number;
    onLoad?: (p: LoadProgress) => void;
    onBaselines?: (done: number) => void;
    /**
     * Leave out rows that name an account (or parent record) the export does not have, instead
     * of refusing the export. Off by default: such rows usually mean a mismatched export.
     */
    skipUnknownParents?: boolean;
}

export async function prepareOfflineRun(options: OfflineOptions): Promise<OfflineRun> {
    const { model, asOf } = options;
    const store = await ExportStore.load(options.folder, model, options.onLoad);
    if (!options.skipUnknownParents) await refuseUnknownParents(store, options.folder);
    const acc = new BaselineAccumulator(model, asOf);
    const baselineKinds = new Set(BASELINE_EVIDENCE);
    for (let i = 0; i < store.accounts; i++) {
        acc.add(store.evidenceFor(i, baselineKinds));
        if (options.onBaselines && (i & 0x3fff) === 0) options.onBaselines(i);
    }
    const baselines = acc.result();
    return {
        store,
        baselines,
        closedBeforeCreated: acc.closedBeforeCreated,
        *results(onAccount) {
            for (let i = 0; i < store.accounts; i++) {
                yield scoreAccount(store.evidenceFor(i), model, baselines, asOf);
                if (onAccount && (i & 0x3ff) === 0) onAccount(i);
            }
        }
    };
}

/**
 * Rows naming an account that is not in Account.csv would silently be no one's evidence: refuse
 * the export, naming the first such row, unless the caller chose to skip them.
 */
async function refuseUnknownParents(store: ExportStore, folder: string): Promise<void> {
    const bad = store.unlinked.find((u) => u.unknown > 0 && u.firstUnknown !== null);
    if (!bad || !bad.firstUnknown) return;
    const line = await lineOfRecord(path.join(folder, bad.file), bad.file, bad.firstUnknown.row + 1);
    throw new CsvInputError(
        bad.file,
        line,
        bad.column,
        messages.unknownParent(bad.firstUnknown.id, bad.parentFile, bad.unknown)
    );
}

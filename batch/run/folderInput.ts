/**
 * An export folder as a run's source: the CSV files staged in memory as one chunk, refused
 * when rows name an account (or parent record) the export does not have.
 */
import path from 'node:path';
import type { TrustModel } from '../../engine/model';
import type { ModelSet } from '../../engine/modelSet';
import { tableSettingsOf } from '../../records/evidenceFields';
import { messages } from '../../cli/messages';
import { lineOfRecord } from '../exports/csvFolderSource';
import { CsvInputError } from '../exports/errors';
import { ExportStore, type LoadProgress } from '../exports/exportStore';

export interface FolderInputOptions {
    folder: string;
    model: TrustModel;
    /** Models per segment: the export must carry every segment's Account field. */
    models?: ModelSet;
    onLoad?: (p: LoadProgress) => void;
    /**
     * Leave out rows that name an account (or parent record) the export does not have, instead
     * of refusing the export. Off by default: such rows usually mean a mismatched export.
     */
    skipUnknownParents?: boolean;
}

export async function openFolderInput(options: FolderInputOptions): Promise<ExportStore> {
    const settings = options.models ? tableSettingsOf(options.models) : options.model;
    const store = await ExportStore.load(options.folder, settings, options.onLoad);
    if (!options.skipUnknownParents) await refuseUnknownParents(store, options.folder);
    return store;
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

/**
 * An export folder staged with the org's baselines over every account, for callers that
 * score single accounts of it (explain, the panel's test fixtures). `score --from` runs the
 * whole folder through the shared run instead (run.ts).
 */
import type { OrgBaselines } from '../../engine/baselines';
import type { TrustModel } from '../../engine/model';
import type { ExportStore } from '../exports/exportStore';
import { baselinesStep } from './baselines';
import { openFolderInput, type FolderInputOptions } from './folderInput';
import { storeSource } from './source';

export interface OfflineRun {
    store: ExportStore;
    /** The default model's (the only model's). */
    baselines: OrgBaselines;
    /** Each model's, with models per segment (engine/setBaselines.ts). */
    byModel?: ReadonlyMap<TrustModel, OrgBaselines>;
    /** Won deals that closed before they were created, left out of cycle times. */
    closedBeforeCreated: number;
}

export interface OfflineOptions extends FolderInputOptions {
    asOf: number;
    onBaselines?: (done: number) => void;
}

export async function prepareOfflineRun(options: OfflineOptions): Promise<OfflineRun> {
    const store = await openFolderInput(options);
    const outcome = await baselinesStep(storeSource(store), {
        model: options.model,
        models: options.models,
        asOfDay: options.asOf,
        onAccount: options.onBaselines
    });
    return {
        store,
        baselines: outcome.baselines,
        byModel: outcome.byModel,
        closedBeforeCreated: outcome.closedBeforeCreated
    };
}

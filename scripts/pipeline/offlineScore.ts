/**
 * Offline scoring of a CSV export: stage the export, compute the org's baselines over every
 * account, then score account by account (two passes; memory stays with the staged rows).
 */
import { BASELINE_EVIDENCE, BaselineAccumulator, type OrgBaselines } from '../../engine/baselines';
import type { TrustModel } from '../../engine/model';
import type { TrustResult } from '../../engine/result';
import { scoreAccount } from '../../engine/score';
import { ExportStore, type LoadProgress } from '../csv/exportStore';

export interface OfflineRun {
    store: ExportStore;
    baselines: OrgBaselines;
    /** Scores every account in export order. */
    results(onAccount?: (done: number) => void): Generator<TrustResult>;
}

export interface OfflineOptions {
    folder: string;
    model: TrustModel;
    asOf: number;
    onLoad?: (p: LoadProgress) => void;
    onBaselines?: (done: number) => void;
}

export async function prepareOfflineRun(options: OfflineOptions): Promise<OfflineRun> {
    const { model, asOf } = options;
    const store = await ExportStore.load(options.folder, model, options.onLoad);
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
        *results(onAccount) {
            for (let i = 0; i < store.accounts; i++) {
                yield scoreAccount(store.evidenceFor(i), model, baselines, asOf);
                if (onAccount && (i & 0x3ff) === 0) onAccount(i);
            }
        }
    };
}

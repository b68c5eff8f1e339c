/**
 * The model `npm start` scores the demo org with: the default model plus one custom signal,
 * Product usage, read from the demo export's `Product_Usage__c` rows, so the first run shows
 * evidence beyond the catalog at work. It is saved as version 1 only into an org that has no
 * model version at all, through the save sequence `model push` and the setup page use; a
 * model saved since (on the setup page of `npm run preview`, or with `model push`) is kept.
 */
import path from 'node:path';
import type { TrustModel } from '../../engine/model';
import type { OrgApi } from '../../batch/org';
import { modelVersionApi } from '../../batch/org/modelVersionApi';
import { saveModelVersion } from '../../records/modelVersion';
import { readModel, REPO_ROOT } from '../args';

export const DEMO_MODEL_FILE = path.join(REPO_ROOT, 'examples', 'custom-signals', 'product-usage-model.json');

/** Saves the demo model when the org has no Trust_Model__c; returns it, or null when the org had one. */
export async function ensureDemoModel(api: OrgApi): Promise<TrustModel | null> {
    const existing = await api.query<{ Id: string }>('SELECT Id FROM Trust_Model__c LIMIT 1');
    if (existing.records.length > 0) return null;
    const model = readModel(DEMO_MODEL_FILE);
    const result = await saveModelVersion(modelVersionApi(api), {
        model,
        notes: 'The demo model of npm start: the default model plus a Product usage custom signal.'
    });
    if (result.outcome === 'failed') throw result.error;
    return model;
}

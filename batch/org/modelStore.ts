/**
 * The active `Trust_Model__c` (highest version if two are active), its stored baselines,
 * and writing baselines back after a full run.
 */
import type { OrgBaselines } from '../../engine/baselines';
import { defaultModel, parseModelJson, type TrustModel } from '../../engine/model';
import { parseStoredBaselines } from '../../records/modelRecord';
import type { OrgApi } from './orgApi';

export interface ActiveModel {
    model: TrustModel;
    /** The Trust_Model__c record, or null when the org has no active model (default used). */
    recordId: string | null;
    storedBaselines: OrgBaselines | null;
}

interface ModelRow {
    Id: string;
    Name: string;
    Version__c: number | null;
    Definition__c: string | null;
    Baselines__c: string | null;
}

export async function readActiveModel(api: OrgApi): Promise<ActiveModel> {
    const page = await api.query<ModelRow>(
        'SELECT Id, Name, Version__c, Definition__c, Baselines__c FROM Trust_Model__c WHERE Active__c = true ORDER BY Version__c DESC LIMIT 1'
    );
    const row = page.records[0];
    if (!row) return { model: defaultModel(), recordId: null, storedBaselines: null };
    const model = parseModelJson(
        row.Definition__c ?? '',
        `Trust_Model__c ${row.Id} (${row.Name} v${row.Version__c ?? '?'})`
    );
    return { model, recordId: row.Id, storedBaselines: parseStoredBaselines(row.Baselines__c) };
}

export async function writeBaselines(
    api: OrgApi,
    recordId: string,
    baselines: OrgBaselines,
    asOf: string
): Promise<void> {
    await api.patch(`/services/data/v${api.version}/sobjects/Trust_Model__c/${recordId}`, {
        Baselines__c: JSON.stringify({ ...baselines, computedAsOf: asOf })
    });
}

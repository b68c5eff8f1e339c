/**
 * The active `Trust_Model__c` versions: with models per segment every active model scores
 * the accounts of its segment, tried in `Priority__c` order; the one without a segment scores
 * the rest. Also writing each model's baselines back after a full run.
 */
import type { OrgBaselines } from '../../engine/baselines';
import { defaultModel, InvalidModelError, parseModelJson, type TrustModel } from '../../engine/model';
import { validateModelSet, type ModelSet } from '../../engine/modelSet';
import { parseStoredBaselines } from '../../records/modelRecord';
import { modelSlot, versionsInForce } from '../../records/modelSlot';
import type { OrgApi } from './orgApi';

export interface ActiveModel {
    model: TrustModel;
    /** The Trust_Model__c record, or null when the org has no active model (default used). */
    recordId: string | null;
    storedBaselines: OrgBaselines | null;
    /** Its Priority__c: the order models with segments are tried in, lower first; null: last. */
    priority: number | null;
}

/** Every model in force: the set, in priority order, and each model's record. */
export interface ActiveModels {
    set: ModelSet;
    /** One per model of the set, in the set's order. */
    records: ActiveModel[];
    /** The record of the default model (the one without a segment). */
    fallback: ActiveModel;
}

interface ModelRow {
    Id: string;
    Name: string;
    Version__c: number | null;
    Priority__c?: number | null;
    Definition__c: string | null;
    Baselines__c: string | null;
}

const ACTIVE_QUERY =
    'SELECT Id, Name, Version__c, Priority__c, Definition__c, Baselines__c FROM Trust_Model__c WHERE Active__c = true ORDER BY Version__c DESC';

/**
 * Every active model, in priority order ({@link versionsInForce}): two active versions of the
 * same model (a save between creating the new version and deactivating the old one) count
 * once, the newest.
 */
export async function readActiveModels(api: OrgApi): Promise<ActiveModels> {
    const rows = (await api.query<ModelRow>(ACTIVE_QUERY)).records;
    const inForce = versionsInForce(rows, (row) => ({
        slot: modelSlot({ name: row.Name, segment: modelOf(row).segment }),
        version: row.Version__c ?? 0,
        priority: row.Priority__c ?? null
    }));
    const records: ActiveModel[] = inForce.map((row) => ({
        model: modelOf(row),
        recordId: row.Id,
        storedBaselines: parseStoredBaselines(row.Baselines__c),
        priority: row.Priority__c ?? null
    }));
    if (records.length === 0)
        records.push({ model: defaultModel(), recordId: null, storedBaselines: null, priority: null });
    const checked = validateModelSet(
        records.map((r) => r.model),
        records.map((r) => `Trust_Model__c ${r.recordId ?? ''} (${r.model.name} v${r.model.version})`)
    );
    if (!checked.ok) throw new InvalidModelError(checked.issues, 'the active Trust_Model__c versions');
    const fallback = records.find((r) => r.model === checked.set.fallback) as ActiveModel;
    return { set: checked.set, records, fallback };
}

const parsed = new WeakMap<ModelRow, TrustModel>();

function modelOf(row: ModelRow): TrustModel {
    let model = parsed.get(row);
    if (!model) {
        model = parseModelJson(
            row.Definition__c ?? '',
            `Trust_Model__c ${row.Id} (${row.Name} v${row.Version__c ?? '?'})`
        );
        parsed.set(row, model);
    }
    return model;
}

/** The default model in force (the only one, in an org without segments) and its record. */
export async function readActiveModel(api: OrgApi): Promise<ActiveModel> {
    return (await readActiveModels(api)).fallback;
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

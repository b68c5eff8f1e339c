/**
 * Saving a new `Trust_Model__c` version: the one sequence both `trust-ledger model push`
 * (over jsforce) and the setup page (over `lightning/uiRecordApi`) use, so a version saved
 * from either place looks the same and scores the same.
 *
 * A new version gets the next free number, its definition carries that number, and it takes
 * over the stored baselines of the version it replaces: without them the panel would score
 * with the shipped defaults until the next batch run stores the org's own again. It is
 * created active before the old ones are deactivated, so at no moment does the org have no
 * active model (scores read the highest active version, so two active for a moment is safe).
 */
import type { TrustModel } from '../engine/model';
import { parseStoredBaselines } from './modelRecord';
import { modelSlot } from './modelSlot';

export { modelSlot, storedModelSlot } from './modelSlot';

export const TRUST_MODEL_OBJECT = 'Trust_Model__c';

/** What a save needs to know of each stored version. */
export interface VersionRow {
    recordId: string | null;
    version: number;
    active: boolean;
    /** `Baselines__c` as stored (null when none), copied to the next version as it is. */
    baselinesText?: string | null;
    /**
     * Which model it is a version of ({@link modelSlot}); absent (a reader that does not tell)
     * counts as the same model as any, so a save replaces every active version as before.
     */
    slot?: string;
}

/** A version the save of a model of `slot` replaces. */
function sameModel(row: VersionRow, slot: string): boolean {
    return row.slot === undefined || row.slot === slot;
}

/**
 * The three calls a save makes. The first two have `lightning/uiRecordApi`'s shape, so the
 * page passes those functions as they are; `batch/org/modelVersionApi.ts` gives a jsforce
 * connection the same shape.
 */
export interface ModelVersionApi {
    createRecord(input: { apiName: string; fields: Record<string, unknown> }): Promise<{ id: string }>;
    updateRecord(input: { fields: { Id: string } & Record<string, unknown> }): Promise<unknown>;
    /** Every version in the org, read afresh (another save may have happened meanwhile). */
    readVersions(): Promise<VersionRow[]>;
}

export interface SaveVersionInput {
    /** A validated model; its own `version` is replaced by the number the save takes. */
    model: TrustModel;
    /** The versions as the caller last read them; read through the API when absent. */
    versions?: VersionRow[];
    notes?: string | null;
    /** The lowest number to use (a page that just saved must not reuse its own number). */
    atLeast?: number;
    /** `Priority__c`: the order models per segment are tried in (lower first); absent: none set. */
    priority?: number | null;
}

export type SaveVersionResult =
    /** Nothing changed in the org. */
    | { outcome: 'failed'; version: number; error: unknown }
    /** The new version is active, but these older versions could not be deactivated. */
    | { outcome: 'partial'; version: number; recordId: string; stillActive: number[]; errors: unknown[] }
    | { outcome: 'saved'; version: number; recordId: string };

/** The number a new save gets: one above every version the org has, active or not. */
export function nextVersionNumber(versions: readonly { version: unknown }[] | null | undefined): number {
    let highest = 0;
    for (const v of versions ?? [])
        if (typeof v.version === 'number' && v.version > highest) highest = v.version;
    return Math.floor(highest) + 1;
}

/**
 * The baselines a new version takes over: those of the highest active version (the one
 * scores use), when it has readable ones; otherwise none, and the defaults apply as before.
 */
export function carriedBaselines(versions: readonly VersionRow[], slot?: string): string | null {
    const active = versions
        .filter((v) => v.active && v.recordId && (slot === undefined || sameModel(v, slot)))
        .sort((a, b) => b.version - a.version)[0];
    const text = active?.baselinesText ?? null;
    return text !== null && parseStoredBaselines(text) !== null ? text : null;
}

/** The `Trust_Model__c` fields of a new, active version. */
export function newVersionFields(
    model: TrustModel,
    {
        version,
        notes,
        baselinesText,
        priority
    }: { version: number; notes?: string | null; baselinesText?: string | null; priority?: number | null }
): Record<string, unknown> {
    const fields: Record<string, unknown> = {
        Name: String(model.name).slice(0, 80),
        Version__c: version,
        Definition__c: JSON.stringify({ ...model, version }, null, 2),
        Notes__c: notes && notes.trim() !== '' ? notes.trim() : null,
        Active__c: true
    };
    if (baselinesText) fields.Baselines__c = baselinesText;
    if (priority !== undefined && priority !== null) fields.Priority__c = priority;
    return fields;
}

type ErrorEntry = { errorCode?: unknown } | null | undefined;

/**
 * Whether a create failed because a unique field already holds the value: here `Version__c`,
 * because another save took the same number a moment earlier. jsforce puts the code on the
 * error itself; the UI API in `body.output.errors`, per field in `body.output.fieldErrors`,
 * or as a list in `body`.
 */
export function isDuplicateValue(error: unknown): boolean {
    if (typeof error !== 'object' || error === null) return false;
    const e = error as {
        errorCode?: unknown;
        body?:
            { output?: { errors?: ErrorEntry[]; fieldErrors?: Record<string, ErrorEntry[]> } } | ErrorEntry[];
    };
    const body = e.body;
    const listed: ErrorEntry[] = Array.isArray(body)
        ? body
        : [...(body?.output?.errors ?? []), ...Object.values(body?.output?.fieldErrors ?? {}).flat()];
    return [e, ...listed].some((entry) => entry?.errorCode === 'DUPLICATE_VALUE');
}

/**
 * Saves `model` as a new active version, then deactivates every version of the same model
 * ({@link modelSlot}) that was active.
 *
 * Two saves at once both compute the same next number; `Version__c` is unique, so the
 * second create fails with DUPLICATE_VALUE. The versions are then read again (the other
 * save is among them) and the create is tried once more with the next free number; every
 * version active at that point is deactivated, so the later save is the active one.
 */
export async function saveModelVersion(
    api: ModelVersionApi,
    input: SaveVersionInput
): Promise<SaveVersionResult> {
    const { model, notes, atLeast = 1, priority } = input;
    const slot = modelSlot(model);
    let known = input.versions;
    let version = atLeast;
    const create = (number: number, versions: VersionRow[]) =>
        api.createRecord({
            apiName: TRUST_MODEL_OBJECT,
            fields: newVersionFields(model, {
                version: number,
                notes,
                baselinesText: carriedBaselines(versions, slot),
                priority
            })
        });
    let created: { id: string };
    try {
        known ??= await api.readVersions();
        version = Math.max(nextVersionNumber(known), atLeast);
        created = await create(version, known);
    } catch (error) {
        if (!isDuplicateValue(error)) return { outcome: 'failed', version, error };
        try {
            known = await api.readVersions();
            version = Math.max(nextVersionNumber(known), version + 1);
            created = await create(version, known);
        } catch (retryError) {
            return { outcome: 'failed', version, error: retryError };
        }
    }
    const stillActive: number[] = [];
    const errors: unknown[] = [];
    for (const old of known) {
        if (!old.active || !old.recordId || old.recordId === created.id) continue;
        // Models per segment: the other segments' models stay in force.
        if (!sameModel(old, slot)) continue;
        try {
            // One at a time, so each failure names its version.
            await api.updateRecord({ fields: { Id: old.recordId, Active__c: false } });
        } catch (error) {
            stillActive.push(old.version);
            errors.push(error);
        }
    }
    return stillActive.length > 0
        ? { outcome: 'partial', version, recordId: created.id, stillActive, errors }
        : { outcome: 'saved', version, recordId: created.id };
}

/**
 * The save sequence of the setup page, apart from the page so its failure modes are plain to
 * read and test: create the new version (active), then deactivate the versions that were
 * active. Old versions are never edited otherwise.
 */
import TRUST_MODEL_OBJECT from '@salesforce/schema/Trust_Model__c';
import { newVersionFields, nextVersionNumber } from 'c/trustModelDraft';

/**
 * Whether a `lightning/uiRecordApi` error says a unique field already holds the value: here
 * `Version__c` (unique), because another admin saved the same number a moment earlier.
 * The UI API reports it in `output.errors` or, per field, in `output.fieldErrors`.
 */
export function isDuplicateValue(error) {
    const output = error?.body?.output;
    const all = [...(output?.errors ?? []), ...Object.values(output?.fieldErrors ?? {}).flat()];
    const body = Array.isArray(error?.body) ? error.body : [];
    return [...all, ...body].some((e) => e?.errorCode === 'DUPLICATE_VALUE');
}

/**
 * Saves `model` as a new active `Trust_Model__c` version.
 *
 * Two admins saving at once both compute the same next number; `Version__c` is unique, so
 * the second create fails with DUPLICATE_VALUE. Then the versions are read again (the other
 * admin's is among them) and the create is tried once more with the next free number;
 * every version active at that point is deactivated, so the later save is the active one.
 *
 * @param {{ createRecord: Function, updateRecord: Function, readVersions?: Function }} api
 *   `lightning/uiRecordApi`'s functions, and `readVersions()` → Promise of the org's
 *   ModelVersion list read afresh (for the retry; without it a duplicate number fails).
 * @param {object} input `model` (validated), `versions` (ModelVersion list), `notes`,
 *   `baselinesText` (the replaced version's `Baselines__c`), `atLeast` (lowest number to use).
 * @returns {Promise<object>} `{ outcome: 'failed', error }` when nothing changed;
 *   `{ outcome: 'partial', version, stillActive: number[], errors }` when the new version is
 *   active but an old one could not be deactivated; `{ outcome: 'saved', version }`.
 */
export async function saveNewVersion(api, { model, versions, notes, baselinesText, atLeast = 1 }) {
    let known = versions ?? [];
    let version = Math.max(nextVersionNumber(known), atLeast);
    const create = (number) =>
        api.createRecord({
            apiName: TRUST_MODEL_OBJECT.objectApiName,
            fields: newVersionFields(model, { version: number, notes, baselinesText })
        });
    try {
        await create(version);
    } catch (error) {
        if (!isDuplicateValue(error) || typeof api.readVersions !== 'function') {
            return { outcome: 'failed', version, error };
        }
        try {
            known = (await api.readVersions()) ?? known;
            version = Math.max(nextVersionNumber(known), version + 1);
            await create(version);
        } catch (retryError) {
            return { outcome: 'failed', version, error: retryError };
        }
    }
    const stillActive = [];
    const errors = [];
    for (const old of known.filter((v) => v.active && v.recordId)) {
        try {
            // One at a time, so each failure names its version.
            // eslint-disable-next-line no-await-in-loop
            await api.updateRecord({ fields: { Id: old.recordId, Active__c: false } });
        } catch (error) {
            stillActive.push(old.version);
            errors.push(error);
        }
    }
    return stillActive.length > 0
        ? { outcome: 'partial', version, stillActive, errors }
        : { outcome: 'saved', version };
}

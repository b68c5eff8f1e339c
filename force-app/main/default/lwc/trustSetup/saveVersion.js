/**
 * The save sequence of the setup page, apart from the page so its failure modes are plain to
 * read and test: create the new version (active), then deactivate the versions that were
 * active. Old versions are never edited otherwise.
 */
import TRUST_MODEL_OBJECT from '@salesforce/schema/Trust_Model__c';
import { newVersionFields, nextVersionNumber } from 'c/trustModelDraft';

/**
 * Saves `model` as a new active `Trust_Model__c` version.
 *
 * @param {{ createRecord: Function, updateRecord: Function }} api `lightning/uiRecordApi`'s functions.
 * @param {object} input `model` (validated), `versions` (ModelVersion list), `notes`,
 *   `baselinesText` (the replaced version's `Baselines__c`), `atLeast` (lowest number to use).
 * @returns {Promise<object>} `{ outcome: 'failed', error }` when nothing changed;
 *   `{ outcome: 'partial', version, stillActive: number[], errors }` when the new version is
 *   active but an old one could not be deactivated; `{ outcome: 'saved', version }`.
 */
export async function saveNewVersion(api, { model, versions, notes, baselinesText, atLeast = 1 }) {
    const version = Math.max(nextVersionNumber(versions), atLeast);
    const fields = newVersionFields(model, { version, notes, baselinesText });
    try {
        await api.createRecord({ apiName: TRUST_MODEL_OBJECT.objectApiName, fields });
    } catch (error) {
        return { outcome: 'failed', version, error };
    }
    const stillActive = [];
    const errors = [];
    for (const old of versions.filter((v) => v.active && v.recordId)) {
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

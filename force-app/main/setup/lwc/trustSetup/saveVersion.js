/**
 * The setup page's way to save a model version: `lightning/uiRecordApi` handed to the save
 * sequence `trust-ledger model push` uses too (`saveModelVersion` of c/trustEngine, from
 * records/modelVersion.ts), so both number, fill and activate a version the same way.
 */
import { createRecord, updateRecord } from 'lightning/uiRecordApi';
import { saveModelVersion } from 'c/trustEngine';

/**
 * Saves `model` as a new active `Trust_Model__c` version, with the active version's
 * baselines, then deactivates the versions that were active.
 *
 * @param {Function} readVersions `() → Promise` of the org's ModelVersion list read afresh
 *   (for the retry when another admin took the number a moment earlier).
 * @param {object} input `model` (validated), `versions` (ModelVersion list as loaded),
 *   `notes`, `atLeast` (lowest number to use).
 * @returns {Promise<object>} `{ outcome: 'failed', version, error }` when nothing changed;
 *   `{ outcome: 'partial', version, recordId, stillActive: number[], errors }` when the new
 *   version is active but an old one could not be deactivated;
 *   `{ outcome: 'saved', version, recordId }`.
 */
export function saveNewVersion(readVersions, input) {
    return saveModelVersion({ createRecord, updateRecord, readVersions }, input);
}

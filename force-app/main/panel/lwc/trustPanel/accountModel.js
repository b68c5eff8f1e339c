import { accountModelVersion, segmentReading, versionInForce } from 'c/trustEngine';

/**
 * The account's own model as the Trust panel knows it so far (models per segment), without
 * the DOM: the versions in force come with the panel query, the account's segment values
 * with a `getRecord` read of the fields the segments name, and `c/trustEngine` chooses.
 *
 * The segment fields are only known at run time (the models name them), so a static GraphQL
 * query cannot select them. `getRecord` takes them as `optionalFields`: a field the user cannot
 * read, or that Account does not have, is left out of the answer instead of failing the read
 * (Lightning Data Service's documented behaviour for optional fields). A field left out counts
 * as empty, which in practice means the default model, and the panel says so.
 */

/**
 * @typedef {object} AccountModel
 * @property {'choosing'|'chosen'|'refused'} phase choosing: the segment values are on their
 *   way; refused: the versions in force have a problem and score no account
 * @property {object|null} version the chosen ModelVersion (its baselines those it scores with)
 * @property {string[]} unread segment fields the user could not read
 */

/** Before the panel query answers. */
export const NO_ACCOUNT_MODEL = Object.freeze({ phase: 'choosing', version: null, unread: [] });

/**
 * @param {object|null} inForce `modelsInForce` of the panel query's Trust_Model__c connection
 * @param {{fields: string[], record: object|null}|null} answer the getRecord answer and the
 *   fields it was asked for (record null: the read failed, so nothing could be read)
 * @returns {AccountModel}
 */
export function accountModel(inForce, answer) {
    if (!inForce) return NO_ACCOUNT_MODEL;
    if (inForce.problem) return { phase: 'refused', version: null, unread: [] };
    const fields = inForce.segmentFields;
    if (fields.length === 0)
        return { phase: 'chosen', version: accountModelVersion(inForce, {}), unread: [] };
    // An answer for other fields (the models changed since it was asked) chooses nothing.
    if (!answer || answer.fields.join() !== fields.join()) return NO_ACCOUNT_MODEL;
    const reading = segmentReading(answer.record, fields);
    return { phase: 'chosen', version: accountModelVersion(inForce, reading.values), unread: reading.unread };
}

/**
 * The model the panel shows the account with: its own once chosen; while choosing, the one
 * the shown receipt was scored by (its Model__c) when that version is still in force; else null.
 */
export function shownModel(inForce, state, receipt) {
    if (state.version) return state.version.model;
    if (state.phase !== 'choosing' || !inForce) return null;
    return versionInForce(inForce, receipt?.modelId)?.model ?? null;
}

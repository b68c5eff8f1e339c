/**
 * "Recalculate" of the Trust panel without the DOM (service module): what to ask for besides
 * the evidence, how today's receipt is computed from it, and how it is stored. The panel
 * owns the wires and the state; the numbers are `c/trustEngine`'s, as in the batch.
 */
import { createRecord, updateRecord } from 'lightning/uiRecordApi';
import {
    accountTrustFields,
    formatDay,
    receiptKey,
    receiptRecord,
    receiptUpdateFields,
    scoreAccount,
    todayUtc
} from 'c/trustEngine';
import { errorCodes } from 'c/ldsUtils';
import { previousReceipt, receiptFromRecord } from 'c/trustPanelUtils';

const SCORE_OBJECT = 'Trust_Score__c';

/**
 * A model may name an Opportunity lookup to the contract a renewal renews (a CPQ field). A
 * static GraphQL query cannot select a field by name, so it is read with `getRecords` as an
 * optional field (a user without access to it gets no value, not an error).
 * @returns {{field: string, records: object[]}|null} the getRecords config, or null when not needed
 */
export function renewalRequest(model, pager) {
    const field = model?.mappings?.renewalContractField;
    if (!field) return null;
    const ids = pager.opportunityIds(model.mappings.renewalOpportunityTypes);
    if (ids.length === 0) return null;
    return { field, records: [{ recordIds: ids, optionalFields: [`Opportunity.${field}`] }] };
}

/**
 * The renewal-contract lookup per opportunity from a getRecords response, and whether the
 * field could be read at all (an optional field the user cannot see is absent).
 */
export function renewedContracts(data, field) {
    const renewed = {};
    let readable = false;
    for (const entry of data?.results ?? []) {
        const record = entry.statusCode === 200 ? entry.result : null;
        const cell = record?.fields?.[field];
        if (record && cell !== undefined) {
            readable = true;
            renewed[record.id] = cell.value ?? null;
        }
    }
    return { renewed, readable };
}

/**
 * Today's score and receipt for the evidence the pager collected, with the active model and
 * its stored baselines, against the newest stored receipt of an earlier day.
 * @param {object} pager a complete EvidencePager
 * @param {Record<string, string|null>} renewed renewal-contract lookups by opportunity id
 * @param {object} version the active ModelVersion (with a valid `model`)
 * @param {object[]} receipts stored receipts of the account
 * @param {Date} [now]
 */
export function recalculation(pager, renewed, version, receipts, now = new Date()) {
    // Receipts follow the batch's convention: As_Of__c is the UTC day and Key__c is keyed by
    // it, so the panel and the nightly run write the same receipt for the same day wherever
    // the rep is. (Promise dates, by contrast, are the rep's own day: see localToday.)
    const day = todayUtc(now);
    const asOf = formatDay(day);
    const result = scoreAccount(pager.evidence(renewed), version.model, version.baselines, day);
    const previous = previousReceipt(receipts, asOf);
    const previousScore = previous?.score ?? null;
    const record = receiptRecord(result, previousScore, {
        asOf,
        model: { name: version.name, version: version.version, recordId: version.recordId },
        scoredAt: now.toISOString(),
        source: 'Panel'
    });
    return {
        asOf,
        result,
        record,
        previousScore,
        previousAsOf: previous?.asOf ?? null,
        receipt: receiptFromRecord(record, version),
        accountFields: accountTrustFields(result, previousScore, asOf)
    };
}

/**
 * Stores today's receipt: updates the one with today's `Key__c` when the panel has it, else
 * creates it. When the create hits DUPLICATE_VALUE (the batch stored today's receipt after
 * the panel loaded), `reread` fetches the receipts again and the new one is updated.
 *
 * With `keepBatch` (the panel could not read all the evidence), a receipt the batch stored
 * for today is left as it is: the batch read everything, the panel did not.
 * @param {Record<string, *>} record fields from `receiptRecord`
 * @param {object[]} receipts stored receipts the panel has
 * @param {() => Promise<object[]>} reread
 * @param {{keepBatch?: boolean}} [options]
 * @returns {Promise<'stored'|'keptBatch'>}
 */
export async function storeReceipt(record, receipts, reread, { keepBatch = false } = {}) {
    const key = record.Key__c ?? receiptKey(record.Account__c, record.As_Of__c);
    const kept = (receipt) => keepBatch && receipt.source === 'Batch';
    const existing = receipts.find((receipt) => receipt.key === key);
    if (existing) {
        if (kept(existing)) return 'keptBatch';
        await updateRecord({ fields: receiptUpdateFields(record, existing.id) });
        return 'stored';
    }
    try {
        await createRecord({ apiName: SCORE_OBJECT, fields: record });
    } catch (error) {
        if (!errorCodes(error).includes('DUPLICATE_VALUE')) throw error;
        const stored = (await reread()).find((receipt) => receipt.key === key);
        if (!stored) throw error;
        if (kept(stored)) return 'keptBatch';
        await updateRecord({ fields: receiptUpdateFields(record, stored.id) });
    }
    return 'stored';
}

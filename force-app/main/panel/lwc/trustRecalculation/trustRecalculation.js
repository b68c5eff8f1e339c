/**
 * "Recalculate" of the Trust panel without the DOM (service module): what to ask for besides
 * the evidence, how today's receipt is computed from it, how it is stored, and the run from
 * click to stored receipt (`Recalculator`). The panel owns the wires and wires callbacks; the
 * numbers are `c/trustEngine`'s, as in the batch.
 */
import { createRecord, notifyRecordUpdateAvailable, updateRecord } from 'lightning/uiRecordApi';
import {
    accountTrustFields,
    customEvidenceObjects,
    formatDay,
    receiptKey,
    receiptRecord,
    receiptUpdateFields,
    scoreAccount,
    todayUtc
} from 'c/trustEngine';
import { errorCodes } from 'c/ldsUtils';
import { EvidenceReader, caveat } from 'c/trustEvidenceReader';
import { modelIssuesSummary } from 'c/trustModelMessages';
import { canStoreScores, formatLabel, previousReceipt, receiptFromRecord } from 'c/trustPanelUtils';
import { LABELS } from './labels';

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
 * Today's score and receipt for the evidence the pager collected, with the account's model
 * and the baselines it scores with, against the newest stored receipt of an earlier day.
 * @param {object} pager a complete EvidencePager
 * @param {Record<string, string|null>} renewed renewal-contract lookups by opportunity id
 * @param {object} version the account's ModelVersion (with a valid `model`)
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

/**
 * Why no account may be scored with the models in force (`modelsInForce(...).problem`), in
 * the admin's words, or null. With one model the words are those of an invalid active model;
 * with several they name the invalid one.
 * @param {object|null} problem
 * @param {boolean} severalModels more than one version is in force
 */
export function modelsProblemText(problem, severalModels) {
    if (!problem) return null;
    if (problem.kind === 'set')
        return formatLabel(LABELS.invalidModelSet, modelIssuesSummary(problem.issues));
    const { version } = problem;
    const issues = modelIssuesSummary(version.issues);
    return severalModels
        ? formatLabel(
              LABELS.invalidModelNamed,
              formatLabel(LABELS.modelVersion, version.name, version.version),
              issues
          )
        : formatLabel(LABELS.invalidModel, issues);
}

/**
 * Whether "Recalculate" may run for this user and model, and once the panel has loaded, why
 * not: the active model is invalid or the models in force make no set (in the admin's words,
 * as the setup page shows them), or the object infos say the user may not write what a
 * recalculation stores. While the account's model is being chosen or an object info is still
 * on its way nothing is said, and nothing runs.
 * @param {{loaded: boolean, modelVersion?: object, modelsProblem?: object|null,
 *   severalModels?: boolean, choosing?: boolean, scoreInfo?: object, accountInfo?: object,
 *   infoFailed?: boolean}} panel `infoFailed`: an object info answered with an error (no access)
 * @returns {{allowed: boolean, reason: string|null}}
 */
export function recalcAvailability({
    loaded,
    modelVersion,
    modelsProblem = null,
    severalModels = false,
    choosing = false,
    scoreInfo,
    accountInfo,
    infoFailed = false
}) {
    const invalid = Boolean(modelVersion) && !modelVersion.model;
    const problem =
        modelsProblemText(modelsProblem, severalModels) ??
        (invalid ? formatLabel(LABELS.invalidModel, modelIssuesSummary(modelVersion.issues)) : null);
    const canStore = canStoreScores(scoreInfo, accountInfo);
    const allowed = loaded && !choosing && canStore && !problem;
    if (!loaded) return { allowed, reason: null };
    if (problem) return { allowed, reason: problem };
    if (infoFailed || (scoreInfo && accountInfo && !canStore))
        return { allowed, reason: LABELS.noPermission };
    return { allowed, reason: null };
}

/** What a recalculation shows while idle, before the first click. */
export const IDLE_RECALCULATION = Object.freeze({
    /** idle | fetching | renewals | saving; only one step runs at a time. */
    phase: 'idle',
    /** Evidence records read so far, or null before any reading. */
    recordCount: null,
    /** The recalculated receipt (StoredReceipt shape), shown until the stored one is read back. */
    receipt: null,
    saved: false,
    previousAsOf: null,
    /** `{message, errors, variant}` of the last problem, or null. */
    problem: null,
    /** A remark on how the score was made (a renewal field it could not read), or null. */
    note: null,
    /** Evidence the reading left out or cut, as caveats with a `key`; empty when complete. */
    caveats: [],
    /** Why the score was not stored although nothing failed, or null. */
    notSavedReason: null
});

/**
 * One "Recalculate" from click to stored receipt: read the account's evidence
 * (`c/trustEvidenceReader`, with the objects of the model's custom signals), read a model-named renewal-contract field, score, store the
 * receipt and the Account trust fields. Each change of what the panel shows goes out as a new
 * plain state object (IDLE_RECALCULATION's shape), so the panel's template follows it.
 */
export class Recalculator {
    /**
     * @param {object} io the panel's side
     * @param {(request: {query: *, variables: object}) => void} io.askEvidence points the evidence wire
     * @param {(records: object[]) => void} io.askRenewals points the getRecords wire
     * @param {() => {modelVersion: object, receipts: object[], unreadSegmentFields?: string[]}} io.context
     *   the account's model version (with the baselines it scores with), the stored receipts
     *   (newest first) as the panel has them now, and the segment fields that chose the model
     *   but could not be read
     * @param {() => Promise<object[]>} io.reread reads the stored receipts again
     * @param {(state: object) => void} io.changed
     * @param {() => void} io.saved today's receipt and the Account trust fields are stored
     */
    constructor(io) {
        this.io = io;
        this.state = IDLE_RECALCULATION;
        this.reader = new EvidenceReader({
            ask: (request) => {
                this.update({ recordCount: this.reader.pager.recordCount });
                io.askEvidence(request);
            },
            account: (pager) => this.evidenceRead(pager),
            failed: (problem) => this.fail(problem)
        });
    }

    get busy() {
        return this.state.phase !== 'idle';
    }

    update(changes) {
        this.state = { ...this.state, ...changes };
        this.io.changed(this.state);
    }

    start(accountId) {
        this.accountId = accountId;
        this.update({ phase: 'fetching', problem: null, note: null, caveats: [], notSavedReason: null });
        // The objects the account's model's custom signals read, as the batch reads them; without
        // them the panel would score (and store) the account without its custom signals.
        const model = this.io.context().modelVersion?.model;
        this.reader.read([accountId], model ? customEvidenceObjects(model) : []);
    }

    /** The evidence wire's handler. */
    wiredEvidence(result) {
        this.reader.wired(result);
    }

    evidenceRead(pager) {
        this.pager = pager;
        this.update({ recordCount: pager.recordCount });
        const request = renewalRequest(this.io.context().modelVersion?.model, pager);
        if (!request) {
            this.score({});
            return;
        }
        this.renewalField = request.field;
        this.update({ phase: 'renewals' });
        this.io.askRenewals(request.records);
    }

    /** The renewal-contract getRecords wire's handler. */
    wiredRenewals({ data, error } = {}) {
        if (this.state.phase !== 'renewals' || (!data && !error)) return;
        const { renewed, readable } = renewedContracts(data, this.renewalField);
        // Without the field the engine matches renewals to contracts by date: say so.
        if (error || !readable)
            this.update({ note: formatLabel(LABELS.renewalFieldUnreadable, this.renewalField) });
        this.score(renewed);
    }

    score(renewed) {
        const { modelVersion, receipts, unreadSegmentFields = [] } = this.io.context();
        let run;
        try {
            run = recalculation(this.pager, renewed, modelVersion, receipts);
        } catch (error) {
            this.fail(caveat(LABELS.errorLoad, error));
            return;
        }
        this.update({
            phase: 'saving',
            receipt: run.receipt,
            saved: false,
            previousAsOf: run.previousAsOf,
            caveats: this.reader.caveats(this.pager)
        });
        // A model chosen without the account's segment values may not be the batch's choice:
        // like a score from incomplete evidence, it does not replace the batch's receipt.
        this.save(run, receipts, this.pager.complete && unreadSegmentFields.length === 0);
    }

    /**
     * Stores the receipt as the batch would. A score from incomplete evidence never replaces
     * today's batch receipt (the batch read everything): it stays on screen, marked not saved.
     */
    async save(run, receipts, complete) {
        let outcome;
        try {
            outcome = await storeReceipt(run.record, receipts, this.io.reread, { keepBatch: !complete });
        } catch (error) {
            this.fail(caveat(LABELS.errorSave, error));
            return;
        }
        if (outcome === 'keptBatch') {
            this.update({ phase: 'idle', notSavedReason: LABELS.notSavedBatchKept });
            return;
        }
        this.update({ saved: true });
        let accountSaved = true;
        try {
            await updateRecord({ fields: run.accountFields });
        } catch (error) {
            accountSaved = false;
            this.update({ problem: caveat(LABELS.accountUpdateFailed, error, 'warning') });
        }
        const stored = await this.io.reread();
        // The record page's other components (highlights, fields) show the new trust fields.
        Promise.resolve(notifyRecordUpdateAvailable([{ recordId: this.accountId }])).catch(() => {
            // They refresh on their own next load.
        });
        // Once the stored receipt is read back it shows instead of the recalculated one.
        const readBack = stored[0]?.key === run.record.Key__c;
        this.update({ phase: 'idle', ...(readBack ? { receipt: null } : {}) });
        if (accountSaved) this.io.saved();
    }

    fail(problem) {
        this.reader.cancel();
        this.update({ phase: 'idle', problem });
    }
}

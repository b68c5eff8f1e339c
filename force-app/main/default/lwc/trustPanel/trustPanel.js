import { LightningElement, api, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import { getRecords, notifyRecordUpdateAvailable, updateRecord } from 'lightning/uiRecordApi';
import { getObjectInfo } from 'lightning/uiObjectInfoApi';
import { NavigationMixin } from 'lightning/navigation';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { EVIDENCE_QUERY, PANEL_QUERY } from 'c/trustQueries';
import {
    EvidencePager,
    activeModelVersion,
    defaultModel,
    formatDay,
    nodesOf,
    storedReceipts,
    todayUtc
} from 'c/trustEngine';
import { recalculation, renewalRequest, renewedContracts, storeReceipt } from 'c/trustRecalculation';
import { isAccessError, reduceErrors } from 'c/ldsUtils';
import {
    bandTone,
    canStoreScores,
    commitmentRows,
    formatLabel,
    pillarRows,
    previousReceipt,
    topDrivers
} from 'c/trustPanelUtils';
import ACCOUNT_OBJECT from '@salesforce/schema/Account';
import SCORE_OBJECT from '@salesforce/schema/Trust_Score__c';
import COMMITMENT_OBJECT from '@salesforce/schema/Trust_Commitment__c';
import COMMITMENT_STATUS_FIELD from '@salesforce/schema/Trust_Commitment__c.Status__c';
import COMMITMENT_DELIVERED_ON_FIELD from '@salesforce/schema/Trust_Commitment__c.Delivered_On__c';
import TITLE from '@salesforce/label/c.TL_Panel_Title';
import LOADING from '@salesforce/label/c.TL_Panel_Loading';
import RECALCULATE from '@salesforce/label/c.TL_Panel_Recalculate';
import RECALCULATING from '@salesforce/label/c.TL_Panel_Recalculating';
import RECALCULATING_PROGRESS from '@salesforce/label/c.TL_Panel_Recalculating_Progress';
import RECALCULATED from '@salesforce/label/c.TL_Panel_Recalculated';
import NO_PERMISSION from '@salesforce/label/c.TL_Panel_Recalculate_No_Permission';
import NO_READ from '@salesforce/label/c.TL_Panel_Recalculate_No_Read';
import NO_ACCESS from '@salesforce/label/c.TL_Panel_No_Access';
import NEVER_SCORED_TITLE from '@salesforce/label/c.TL_Panel_Never_Scored_Title';
import NEVER_SCORED_BODY from '@salesforce/label/c.TL_Panel_Never_Scored_Body';
import ERROR_LOAD from '@salesforce/label/c.TL_Error_Load';
import ERROR_SAVE from '@salesforce/label/c.TL_Error_Save';
import INVALID_MODEL from '@salesforce/label/c.TL_Error_Invalid_Model';
import ACCOUNT_UPDATE_FAILED from '@salesforce/label/c.TL_Panel_Account_Update_Failed';
import RENEWAL_FIELD_UNREADABLE from '@salesforce/label/c.TL_Panel_Renewal_Field_Unreadable';
import DETAIL_UNREADABLE from '@salesforce/label/c.TL_Panel_Detail_Unreadable';
import MARKED_KEPT from '@salesforce/label/c.TL_Promise_Marked_Kept';
import MARKED_BROKEN from '@salesforce/label/c.TL_Promise_Marked_Broken';
import PROMISE_UPDATE_FAILED from '@salesforce/label/c.TL_Promise_Update_Failed';
import PROMISE_LOGGED from '@salesforce/label/c.TL_Promise_Logged';

/** Recalculation steps; only one runs at a time. */
const IDLE = 'idle';
const FETCHING = 'fetching';
const RENEWALS = 'renewals';
const SAVING = 'saving';

/**
 * Container: the Trust panel on the Account record page. It owns every read and write —
 * one `lightning/graphql` query renders the stored receipt, object infos say what the user
 * may change, "Recalculate" pages the account's evidence through a second GraphQL wire,
 * scores it with `c/trustEngine` (the batch's engine, same model and baselines) and stores
 * today's receipt and the Account trust fields with `lightning/uiRecordApi` — and hands
 * ready-made view data to its presentational parts (`c-trust-gauge`, `c-trust-drivers`,
 * `c-trust-pillar-list`, `c-trust-trend`, `c-trust-promises`, `c-error-panel`). No Apex.
 */
export default class TrustPanel extends NavigationMixin(LightningElement) {
    /** The Account's id, set by the record page. */
    @api recordId;
    /** The record page's object (Account); the panel is only offered on Account pages. */
    @api objectApiName;
    /** App Builder: how many drivers to list each way (raised / lowered). */
    @api driverCount = 3;
    /** App Builder: start with each pillar's signals folded away. */
    @api collapseSignals = false;
    /** App Builder: leave out the trend chart. */
    @api hideTrend = false;
    /** App Builder: leave out the open commitments. */
    @api hideCommitments = false;

    label = {
        title: TITLE,
        loading: LOADING,
        neverScoredTitle: NEVER_SCORED_TITLE,
        neverScoredBody: NEVER_SCORED_BODY
    };

    panelResult;
    panelErrors;
    loaded = false;
    receipts = [];
    commitmentNodes = [];
    commitmentTotal = 0;
    modelVersion;

    scoreInfo;
    scoreInfoFailed = false;
    accountInfo;
    accountInfoFailed = false;
    commitmentInfo;

    /** Evidence wire: the query is set on the first click, so nothing is read before. */
    evidenceQuery;
    evidenceVariables;
    evidenceResult;
    renewalRecords;
    renewalField;
    pager;
    awaitingPage = false;
    phase = IDLE;

    /** A recalculated receipt (StoredReceipt shape) shown until the stored one is read back. */
    liveReceipt;
    liveSaved = false;
    livePreviousAsOf;
    /** `{message, errors, variant}` of the last recalculation problem, or null. */
    recalcProblem = null;
    recalcNote = null;
    busyCommitmentId;

    // ---- reads -------------------------------------------------------------------------

    get panelVariables() {
        return { accountId: this.recordId };
    }

    @wire(graphql, { query: PANEL_QUERY, variables: '$panelVariables' })
    wiredPanel(result) {
        this.panelResult = result;
        const { data, errors } = result ?? {};
        if (errors && errors.length) {
            this.panelErrors = errors;
            this.loaded = true;
            return;
        }
        if (!data) return;
        try {
            const query = data.uiapi.query;
            this.receipts = storedReceipts(query.Trust_Score__c);
            this.commitmentNodes = nodesOf(query.Trust_Commitment__c);
            this.commitmentTotal = query.Trust_Commitment__c?.totalCount ?? this.commitmentNodes.length;
            this.modelVersion = activeModelVersion(query.Trust_Model__c);
            this.panelErrors = undefined;
        } catch (error) {
            this.panelErrors = [error];
        }
        this.loaded = true;
    }

    // An object the user cannot access has no object info: the error itself is the answer.
    @wire(getObjectInfo, { objectApiName: SCORE_OBJECT })
    wiredScoreInfo({ data, error }) {
        this.scoreInfo = data;
        this.scoreInfoFailed = Boolean(error);
    }

    @wire(getObjectInfo, { objectApiName: ACCOUNT_OBJECT })
    wiredAccountInfo({ data, error }) {
        this.accountInfo = data;
        this.accountInfoFailed = Boolean(error);
    }

    @wire(getObjectInfo, { objectApiName: COMMITMENT_OBJECT })
    wiredCommitmentInfo({ data }) {
        this.commitmentInfo = data;
    }

    // ---- view state --------------------------------------------------------------------

    get isLoading() {
        return !this.loaded;
    }

    get noAccess() {
        return Boolean(this.panelErrors) && isAccessError(this.panelErrors);
    }

    get noAccessMessage() {
        return NO_ACCESS;
    }

    get loadFailed() {
        return Boolean(this.panelErrors) && !this.noAccess;
    }

    get loadErrorMessage() {
        return ERROR_LOAD;
    }

    get hasPanelData() {
        return this.loaded && !this.panelErrors;
    }

    /** The receipt on show: a fresh recalculation, else the newest stored one. */
    get receipt() {
        return this.liveReceipt ?? this.receipts[0] ?? null;
    }

    get neverScored() {
        return this.hasPanelData && !this.receipt;
    }

    get hasReceipt() {
        return this.hasPanelData && Boolean(this.receipt);
    }

    get model() {
        return this.modelVersion?.model ?? null;
    }

    get receiptTone() {
        return bandTone((this.model ?? defaultModel()).bands, this.receipt?.band ?? null);
    }

    get previousAsOf() {
        if (this.liveReceipt) return this.livePreviousAsOf;
        const receipt = this.receipt;
        return receipt?.asOf ? (previousReceipt(this.receipts, receipt.asOf)?.asOf ?? null) : null;
    }

    get unsaved() {
        return Boolean(this.liveReceipt) && !this.liveSaved;
    }

    get drivers() {
        const count = Number(this.driverCount) > 0 ? Number(this.driverCount) : 3;
        return topDrivers(this.receipt, count);
    }

    get pillars() {
        return pillarRows(this.receipt, this.model, defaultModel().signals);
    }

    get detailProblem() {
        return this.receipt?.detailProblem ? DETAIL_UNREADABLE : null;
    }

    get showTrend() {
        return !this.hideTrend;
    }

    get showCommitments() {
        return !this.hideCommitments && this.hasPanelData;
    }

    get commitments() {
        return commitmentRows(this.commitmentNodes, formatDay(todayUtc()));
    }

    get canCreateCommitments() {
        return this.commitmentInfo?.createable === true;
    }

    get canUpdateCommitments() {
        return this.commitmentInfo?.updateable === true;
    }

    // ---- recalculate: permission and state ---------------------------------------------

    get canStore() {
        return canStoreScores(this.scoreInfo, this.accountInfo);
    }

    get modelProblem() {
        if (!this.modelVersion || this.modelVersion.model) return null;
        const reasons = this.modelVersion.issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
        return formatLabel(INVALID_MODEL, reasons);
    }

    get recalcBusy() {
        return this.phase !== IDLE;
    }

    get recalcDisabled() {
        return this.recalcBusy || !this.hasPanelData || !this.canStore || Boolean(this.modelProblem);
    }

    /** Why Recalculate is disabled, once the object infos have said so; nothing while loading. */
    get recalcExplanation() {
        if (!this.hasPanelData) return null;
        if (this.modelProblem) return this.modelProblem;
        if (this.scoreInfoFailed || this.accountInfoFailed) return NO_PERMISSION;
        if (this.scoreInfo && this.accountInfo && !this.canStore) return NO_PERMISSION;
        return null;
    }

    get recalcLabel() {
        return this.recalcBusy ? RECALCULATING : RECALCULATE;
    }

    get progressText() {
        if (!this.recalcBusy) return '';
        return this.pager ? formatLabel(RECALCULATING_PROGRESS, this.pager.recordCount) : RECALCULATING;
    }

    // ---- recalculate: reading the evidence ---------------------------------------------

    @wire(graphql, { query: '$evidenceQuery', variables: '$evidenceVariables' })
    wiredEvidence(result) {
        this.evidenceResult = result;
        if (this.phase !== FETCHING || !this.awaitingPage) return;
        const { data, errors } = result ?? {};
        if (errors && errors.length) {
            this.failRecalc(
                isAccessError(errors) ? NO_READ : ERROR_LOAD,
                errors,
                isAccessError(errors) ? 'warning' : 'error'
            );
        } else if (data) {
            this.takePage(data);
        }
    }

    recalculate() {
        if (this.recalcDisabled) return;
        this.recalcProblem = null;
        this.recalcNote = null;
        this.phase = FETCHING;
        this.pager = new EvidencePager(this.recordId);
        const variables = this.pager.variables();
        this.awaitingPage = true;
        if (
            this.evidenceQuery &&
            this.evidenceResult?.refresh &&
            sameVariables(variables, this.evidenceVariables)
        ) {
            // The wire already holds this exact request from an earlier click: ask the server
            // again rather than score a cached page.
            this.evidenceResult
                .refresh()
                .then(() => {
                    if (this.phase === FETCHING && this.awaitingPage && this.evidenceResult?.data) {
                        this.takePage(this.evidenceResult.data);
                    }
                })
                .catch((error) => this.failRecalc(ERROR_LOAD, error));
            return;
        }
        this.evidenceQuery = EVIDENCE_QUERY;
        this.evidenceVariables = variables;
    }

    takePage(data) {
        this.awaitingPage = false;
        let done;
        try {
            done = this.pager.add(data.uiapi?.query);
        } catch (error) {
            this.failRecalc(ERROR_LOAD, error);
            return;
        }
        if (!done) {
            this.awaitingPage = true;
            this.evidenceVariables = this.pager.variables();
            return;
        }
        this.readRenewalContracts();
    }

    readRenewalContracts() {
        const request = renewalRequest(this.model, this.pager);
        if (!request) {
            this.score({});
            return;
        }
        this.phase = RENEWALS;
        this.renewalField = request.field;
        this.renewalRecords = request.records;
    }

    @wire(getRecords, { records: '$renewalRecords' })
    wiredRenewals({ data, error }) {
        if (this.phase !== RENEWALS || (!data && !error)) return;
        const { renewed, readable } = renewedContracts(data, this.renewalField);
        // Without the field the engine matches renewals to contracts by date: say so.
        if (error || !readable) this.recalcNote = formatLabel(RENEWAL_FIELD_UNREADABLE, this.renewalField);
        this.score(renewed);
    }

    // ---- recalculate: scoring and saving -----------------------------------------------

    score(renewed) {
        let run;
        try {
            run = recalculation(this.pager, renewed, this.modelVersion, this.receipts);
        } catch (error) {
            this.failRecalc(ERROR_LOAD, error);
            return;
        }
        this.liveReceipt = run.receipt;
        this.liveSaved = false;
        this.livePreviousAsOf = run.previousAsOf;
        this.phase = SAVING;
        this.save(run);
    }

    async save(run) {
        try {
            await storeReceipt(run.record, this.receipts, async () => {
                await this.refreshPanel();
                return this.receipts;
            });
        } catch (error) {
            this.failRecalc(ERROR_SAVE, error);
            return;
        }
        this.liveSaved = true;
        let accountSaved = true;
        try {
            await updateRecord({ fields: run.accountFields });
        } catch (error) {
            accountSaved = false;
            this.recalcProblem = { message: ACCOUNT_UPDATE_FAILED, errors: error, variant: 'warning' };
        }
        await this.refreshPanel();
        // The record page's other components (highlights, fields) show the new trust fields.
        Promise.resolve(notifyRecordUpdateAvailable([{ recordId: this.recordId }])).catch(() => {
            // They refresh on their own next load.
        });
        if (this.receipts[0]?.key === run.record.Key__c) this.liveReceipt = null;
        this.phase = IDLE;
        if (accountSaved) this.toast(RECALCULATED, '', 'success');
    }

    async refreshPanel() {
        try {
            await this.panelResult?.refresh?.();
        } catch {
            // The stored receipt shows on the next load; the recalculated one stays on screen.
        }
    }

    failRecalc(message, errors, variant = 'error') {
        this.awaitingPage = false;
        this.phase = IDLE;
        this.recalcProblem = { message, errors, variant };
    }

    // ---- commitments and navigation ----------------------------------------------------

    async handleStatusChange(event) {
        const { recordId, status, name } = event.detail;
        const fields = { Id: recordId, [COMMITMENT_STATUS_FIELD.fieldApiName]: status };
        // A kept promise needs its delivery date (validation rule Kept_Requires_Delivered_On);
        // a broken one keeps none unless it was delivered late, which the record form covers.
        if (status === 'Kept') fields[COMMITMENT_DELIVERED_ON_FIELD.fieldApiName] = formatDay(todayUtc());
        this.busyCommitmentId = recordId;
        try {
            await updateRecord({ fields });
            this.toast(formatLabel(status === 'Kept' ? MARKED_KEPT : MARKED_BROKEN, name), '', 'success');
            await this.refreshPanel();
        } catch (error) {
            this.toast(PROMISE_UPDATE_FAILED, reduceErrors(error).join(' '), 'error');
        } finally {
            this.busyCommitmentId = undefined;
        }
    }

    async handleCommitted() {
        this.toast(PROMISE_LOGGED, '', 'success');
        await this.refreshPanel();
    }

    handleOpenRecord(event) {
        const recordId = event.detail?.recordId;
        if (!recordId) return;
        this[NavigationMixin.Navigate]({
            type: 'standard__recordPage',
            attributes: { recordId, actionName: 'view' }
        });
    }

    toast(title, message, variant) {
        this.dispatchEvent(new ShowToastEvent({ title, message, variant }));
    }
}

function sameVariables(a, b) {
    return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

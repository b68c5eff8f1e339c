import { LightningElement, api, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import { getRecord, getRecords, updateRecord } from 'lightning/uiRecordApi';
import { getObjectInfo } from 'lightning/uiObjectInfoApi';
import { NavigationMixin } from 'lightning/navigation';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { OPEN_ALERT_QUERY, PANEL_QUERY } from 'c/trustQueries';
import {
    alertSettings,
    alertSubjectLike,
    defaultModel,
    latestBatchRollup,
    lowestBandAccounts,
    modelsInForce,
    formatDay,
    nodesOf,
    openAlertView,
    overrideInForceView,
    parseDay,
    receiptToday,
    storedReceipts,
    todayUtc
} from 'c/trustEngine';
import { wireAsker } from 'c/trustEvidenceReader';
import { IDLE_RECALCULATION, Recalculator, recalcAvailability } from 'c/trustRecalculation';
import { HierarchyReader, IDLE_HIERARCHY } from 'c/trustHierarchy';
import { isAccessError, reduceErrors } from 'c/ldsUtils';
import {
    bandTone,
    commitmentRows,
    linkedRecordIds,
    formatLabel,
    localToday,
    pillarRows,
    previousReceipt,
    topDrivers
} from 'c/trustPanelUtils';
import ACCOUNT_OBJECT from '@salesforce/schema/Account';
import SCORE_OBJECT from '@salesforce/schema/Trust_Score__c';
import COMMITMENT_OBJECT from '@salesforce/schema/Trust_Commitment__c';
import COMMITMENT_STATUS_FIELD from '@salesforce/schema/Trust_Commitment__c.Status__c';
import COMMITMENT_DELIVERED_ON_FIELD from '@salesforce/schema/Trust_Commitment__c.Delivered_On__c';
import HAS_OVERRIDE_PERMISSION from '@salesforce/customPermission/Override_Trust_Band';
import { LABELS } from './labels';
import { IDLE_OVERRIDE_EDIT, OverrideEditor } from './overrideEditor';
import { NO_ACCOUNT_MODEL, accountModel, shownModel } from './accountModel';

/**
 * Container: the Trust panel on the Account record page. It owns every read and write —
 * one `lightning/graphql` query renders the stored receipt, object infos say what the user
 * may change, "Recalculate" reads the account's evidence through a second GraphQL wire driven
 * by `c/trustEvidenceReader` (which names what the org would not let it read), and
 * `c/trustRecalculation` scores it (the batch's engine, same model and baselines) and stores
 * today's receipt and the Account trust fields with `lightning/uiRecordApi` — and hands ready-made
 * view data, record URLs included, to its presentational parts (`c-trust-gauge`, `c-trust-alert`,
 * `c-trust-override`, `c-trust-override-form`, `c-trust-next-band`, `c-trust-drivers`, `c-trust-pillar-list`, `c-trust-trend`, `c-trust-promises`,
 * `c-trust-rollup`, `c-error-panel`). It reads the open trust alert with a second query once the model says its
 * subject, and sets and ends overrides for users with Override_Trust_Band. On a parent account the batch's roll-up comes with the
 * receipt, and `c/trustHierarchy` reads the accounts below over another GraphQL wire, to link
 * those in the lowest band. With models per segment, the account's segment fields are read with
 * `getRecord` and its own model (`./accountModel`) gives everything model-dependent: bands,
 * the alert subject, overrides, the roll-up's lowest band, and what Recalculate reads and
 * scores with. Navigation happens here. No Apex.
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
    /** App Builder: leave out the open promises and "Log a promise". */
    @api hideCommitments = false;

    label = LABELS;

    panelResult;
    panelErrors;
    loaded = false;
    receipts = [];
    commitmentNodes = [];
    commitmentTotal = 0;
    /** The latest Trust_Override__c nodes; the one in force today is shown. */
    overrideConnection;
    /** The open alert Tasks (OPEN_ALERT_QUERY); the newest of the model's is shown. */
    alertConnection;
    /** Setting and ending an override: what the panel shows (IDLE_OVERRIDE_EDIT's shape). */
    overrideEdit = IDLE_OVERRIDE_EDIT;
    overrideEditor = new OverrideEditor({
        reread: () => this.refreshPanel(),
        changed: (state) => {
            this.overrideEdit = state;
        },
        done: (title) => this.toast(title, '', 'success')
    });
    /** The model versions in force (`modelsInForce`), from the panel query. */
    modelsInForce = null;
    /** The segment fields' getRecord answer and the fields it was asked for. */
    segmentAnswer = null;
    /** The account's own model so far (`./accountModel`). */
    accountModel = NO_ACCOUNT_MODEL;

    scoreInfo;
    scoreInfoFailed = false;
    accountInfo;
    accountInfoFailed = false;
    commitmentInfo;

    /** Evidence and renewal wires: Recalculate sets them on the first click, so nothing is read before. */
    evidenceQuery;
    evidenceVariables;
    renewalRecords;
    /** What the last recalculation shows (IDLE_RECALCULATION's shape). */
    recalc = IDLE_RECALCULATION;
    recalculator = new Recalculator({
        askEvidence: wireAsker(this),
        askRenewals: (records) => {
            this.renewalRecords = records;
        },
        context: () => ({
            modelVersion: this.accountModel.version,
            receipts: this.receipts,
            unreadSegmentFields: this.accountModel.unread
        }),
        reread: async () => {
            await this.refreshPanel();
            return this.receipts;
        },
        changed: (state) => {
            this.recalc = state;
        },
        saved: () => this.toast(LABELS.recalculated, '', 'success')
    });
    busyCommitmentId;
    /** Hierarchy wire: set once the receipt shows a roll-up, so an account without children reads nothing more. */
    hierarchyQuery;
    hierarchyVariables;
    /** The accounts below as read so far (IDLE_HIERARCHY's shape). */
    hierarchy = IDLE_HIERARCHY;
    hierarchyReader = new HierarchyReader({
        ask: ({ query, variables }) => {
            this.hierarchyQuery = query;
            this.hierarchyVariables = variables;
        },
        changed: (state) => {
            this.hierarchy = state;
        }
    });
    /** Record page URLs by record id, from NavigationMixin.GenerateUrl, for the record links. */
    recordUrls = {};
    requestedUrls = new Set();

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
            this.modelsInForce = modelsInForce(query.Trust_Model__c);
            this.accountModel = accountModel(this.modelsInForce, this.segmentAnswer);
            this.overrideConnection = query.Trust_Override__c;
            this.panelErrors = undefined;
            if (latestBatchRollup(this.receipts)) this.hierarchyReader.start(this.recordId);
        } catch (error) {
            this.panelErrors = [error];
        }
        this.loaded = true;
    }

    /** Undefined (nothing read) until the models in force name segment fields. */
    get segmentRecordId() {
        return this.modelsInForce?.segmentFields.length ? this.recordId : undefined;
    }

    get segmentOptionalFields() {
        return this.modelsInForce?.segmentFields.map((field) => `Account.${field}`);
    }

    @wire(getRecord, { recordId: '$segmentRecordId', optionalFields: '$segmentOptionalFields' })
    wiredSegments({ data, error }) {
        if (!data && !error) return;
        // A failed read reads no field: the account is shown with the default model, and said so.
        this.segmentAnswer = { fields: this.modelsInForce?.segmentFields ?? [], record: data ?? null };
        this.accountModel = accountModel(this.modelsInForce, this.segmentAnswer);
    }

    @wire(graphql, { query: '$hierarchyQuery', variables: '$hierarchyVariables' })
    wiredHierarchy(result) {
        this.hierarchyReader.wired(result);
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

    get loadFailed() {
        return Boolean(this.panelErrors) && !this.noAccess;
    }

    get hasPanelData() {
        return this.loaded && !this.panelErrors;
    }

    /** The receipt on show: a fresh recalculation, else the newest stored one. */
    get receipt() {
        return this.recalc.receipt ?? this.receipts[0] ?? null;
    }

    get neverScored() {
        return this.hasPanelData && !this.receipt;
    }

    get hasReceipt() {
        return this.hasPanelData && Boolean(this.receipt);
    }

    /** The account's own model, or while it is chosen the one its shown receipt was scored by. */
    get model() {
        return shownModel(this.modelsInForce, this.accountModel, this.receipt);
    }

    /** "Model for this account: …", only when several models are in force. */
    get accountModelText() {
        const version = this.accountModel.version;
        if (!version || !(this.modelsInForce?.versions.length > 1)) return null;
        return formatLabel(
            LABELS.accountModel,
            formatLabel(LABELS.modelVersion, version.name, version.version)
        );
    }

    /** Why the account may be shown with another model than the batch's: a segment field it could not read. */
    get segmentFieldNote() {
        const { unread, version } = this.accountModel;
        if (!unread.length || !version) return null;
        return formatLabel(
            LABELS.segmentFieldUnreadable,
            unread.join(', '),
            formatLabel(LABELS.modelVersion, version.name, version.version)
        );
    }

    /** The override in force today, by the engine's rule and the active model's bands. */
    get override() {
        if (!this.hasPanelData) return null;
        const today = parseDay(localToday());
        return today === null
            ? null
            : overrideInForceView(this.overrideConnection, this.model ?? defaultModel(), today);
    }

    /** The batch's roll-up of the accounts below, with its day; null on an account without children. */
    get rollup() {
        return this.hasPanelData ? latestBatchRollup(this.receipts) : null;
    }

    /** The accounts below in the lowest band, linked; null until they are read. */
    get rollupLowest() {
        if (this.hierarchy.phase !== 'read') return null;
        const lowest = lowestBandAccounts(this.hierarchy.accounts, this.model ?? defaultModel());
        return { ...lowest, accounts: lowest.accounts.map((a) => ({ ...a, url: this.urlOf(a.accountId) })) };
    }

    get hierarchyReading() {
        return this.hierarchy.phase === 'reading';
    }

    get hierarchyFailed() {
        return this.hierarchy.phase === 'failed';
    }

    /** The receipt on show with the band of today: the override in force, else the computed one. */
    get shownReceipt() {
        return this.receipt ? receiptToday(this.receipt, this.override) : null;
    }

    get receiptTone() {
        return bandTone((this.model ?? defaultModel()).bands, this.shownReceipt?.band ?? null);
    }

    // ---- the open trust alert -------------------------------------------------------------

    /** Undefined until the account's model is known: its alert subject is the query's filter. */
    get alertVariables() {
        if (!this.hasPanelData || this.accountModel.phase === 'choosing') return undefined;
        const settings = alertSettings(this.model ?? defaultModel());
        return { accountId: this.recordId, subjectLike: alertSubjectLike(settings) };
    }

    /** The query too waits for the model, so no adapter asks for every open Task unfiltered. */
    get alertQuery() {
        return this.alertVariables ? OPEN_ALERT_QUERY : undefined;
    }

    // An account whose Tasks the user cannot read shows no alert; the panel stands without it.
    @wire(graphql, { query: '$alertQuery', variables: '$alertVariables' })
    wiredAlert({ data }) {
        this.alertConnection = data?.uiapi?.query?.Task;
    }

    get alert() {
        const view = this.hasPanelData
            ? openAlertView(this.alertConnection, this.model ?? defaultModel())
            : null;
        return view ? { ...view, url: this.urlOf(view.recordId) } : null;
    }

    // ---- overrides ----------------------------------------------------------------------

    get canOverride() {
        return HAS_OVERRIDE_PERMISSION === true && this.hasPanelData;
    }

    get overrideFormModel() {
        return this.model ?? defaultModel();
    }

    get today() {
        return localToday();
    }

    /** The UTC day an override saved now is created on: the engine counts its days from it. */
    get overrideSetOn() {
        return formatDay(todayUtc());
    }

    handleSetOverride() {
        this.overrideEditor.open();
    }

    handleCancelOverride() {
        this.overrideEditor.cancel();
    }

    handleSaveOverride(event) {
        return this.overrideEditor.save(this.recordId, event.detail);
    }

    handleEndOverride(event) {
        const today = parseDay(localToday());
        if (event.detail?.recordId && today !== null)
            return this.overrideEditor.end(event.detail.recordId, today);
        return undefined;
    }

    get previousAsOf() {
        if (this.recalc.receipt) return this.recalc.previousAsOf;
        const receipt = this.receipt;
        return receipt?.asOf ? (previousReceipt(this.receipts, receipt.asOf)?.asOf ?? null) : null;
    }

    get unsaved() {
        return Boolean(this.recalc.receipt) && !this.recalc.saved;
    }

    get drivers() {
        const count = Number(this.driverCount) > 0 ? Number(this.driverCount) : 3;
        const { raised, lowered } = topDrivers(this.receipt, count, 3, this.model);
        const linked = (driver) => ({ ...driver, records: driver.records.map((r) => this.withUrl(r)) });
        return { raised: raised.map(linked), lowered: lowered.map(linked) };
    }

    get pillars() {
        return pillarRows(this.receipt, this.model, defaultModel().signals).map((pillar) => ({
            ...pillar,
            signals: pillar.signals.map((signal) => ({
                ...signal,
                evidence: signal.evidence.map((item) => this.withUrl(item))
            }))
        }));
    }

    get hasEvidenceCaveats() {
        return this.recalc.caveats.length > 0;
    }

    get detailProblem() {
        return this.receipt?.detailProblem ? LABELS.detailUnreadable : null;
    }

    get showTrend() {
        return !this.hideTrend;
    }

    get showCommitments() {
        return !this.hideCommitments && this.hasPanelData;
    }

    get commitments() {
        return commitmentRows(this.commitmentNodes, localToday()).map((row) => ({
            ...row,
            url: this.urlOf(row.id)
        }));
    }

    get canCreateCommitments() {
        return this.commitmentInfo?.createable === true;
    }

    get canUpdateCommitments() {
        return this.commitmentInfo?.updateable === true;
    }

    // ---- recalculate: permission and state ---------------------------------------------

    get availability() {
        return recalcAvailability({
            loaded: this.hasPanelData,
            modelVersion: this.accountModel.version,
            modelsProblem: this.modelsInForce?.problem ?? null,
            severalModels: this.modelsInForce?.versions.length > 1,
            choosing: this.accountModel.phase === 'choosing',
            scoreInfo: this.scoreInfo,
            accountInfo: this.accountInfo,
            infoFailed: this.scoreInfoFailed || this.accountInfoFailed
        });
    }

    get recalcBusy() {
        return this.recalc.phase !== 'idle';
    }

    get recalcDisabled() {
        return this.recalcBusy || !this.availability.allowed;
    }

    /** Why Recalculate is disabled, once the object infos have said so; nothing while loading. */
    get recalcExplanation() {
        return this.availability.reason;
    }

    get recalcLabel() {
        return this.recalcBusy ? LABELS.recalculating : LABELS.recalculate;
    }

    get progressText() {
        if (!this.recalcBusy) return '';
        const count = this.recalc.recordCount;
        return count === null ? LABELS.recalculating : formatLabel(LABELS.recalculatingProgress, count);
    }

    // ---- recalculate ---------------------------------------------------------------------

    @wire(graphql, { query: '$evidenceQuery', variables: '$evidenceVariables' })
    wiredEvidence(result) {
        this.recalculator.wiredEvidence(result);
    }

    @wire(getRecords, { records: '$renewalRecords' })
    wiredRenewals(result) {
        this.recalculator.wiredRenewals(result);
    }

    recalculate() {
        if (!this.recalcDisabled) this.recalculator.start(this.recordId);
    }

    async refreshPanel() {
        try {
            await this.panelResult?.refresh?.();
        } catch {
            // The stored receipt shows on the next load; the recalculated one stays on screen.
        }
    }

    // ---- commitments and navigation ----------------------------------------------------

    async handleStatusChange(event) {
        const { recordId, status, name } = event.detail;
        const fields = { Id: recordId, [COMMITMENT_STATUS_FIELD.fieldApiName]: status };
        // A kept promise needs its delivery date (validation rule Kept_Requires_Delivered_On);
        // a broken one keeps none unless it was delivered late, which the record form covers.
        // The rep's today, in their time zone: a promise kept this evening was not kept tomorrow.
        if (status === 'Kept') fields[COMMITMENT_DELIVERED_ON_FIELD.fieldApiName] = localToday();
        this.busyCommitmentId = recordId;
        try {
            await updateRecord({ fields });
            this.toast(
                formatLabel(status === 'Kept' ? LABELS.markedKept : LABELS.markedBroken, name),
                '',
                'success'
            );
            await this.refreshPanel();
        } catch (error) {
            this.toast(LABELS.promiseUpdateFailed, reduceErrors(error).join(' '), 'error');
        } finally {
            this.busyCommitmentId = undefined;
        }
    }

    async handleCommitted() {
        this.toast(LABELS.promiseLogged, '', 'success');
        await this.refreshPanel();
    }

    handleOpenRecord(event) {
        const recordId = event.detail?.recordId;
        if (!recordId) return;
        this[NavigationMixin.Navigate](recordPage(recordId));
    }

    // Record links are real links (<a href>: new tab, copy link, announced as a link); the
    // URL comes from the platform, so it is right in Lightning Experience, console and sites.
    renderedCallback() {
        if (!this.hasPanelData) return;
        const lowestIds = (this.rollupLowest?.accounts ?? []).map((a) => a.accountId);
        const alertId = this.alert?.recordId;
        for (const id of [
            ...linkedRecordIds(this.receipt, this.commitmentNodes),
            ...lowestIds,
            ...(alertId ? [alertId] : [])
        ]) {
            if (this.requestedUrls.has(id)) continue;
            this.requestedUrls.add(id);
            Promise.resolve(this[NavigationMixin.GenerateUrl](recordPage(id)))
                .then((url) => {
                    if (url) this.recordUrls = { ...this.recordUrls, [id]: url };
                })
                .catch(() => {
                    // The link keeps its placeholder URL; a click still navigates.
                });
        }
    }

    urlOf(recordId) {
        return recordId ? (this.recordUrls[recordId] ?? null) : null;
    }

    withUrl(item) {
        return { ...item, url: this.urlOf(item.recordId) };
    }

    toast(title, message, variant) {
        this.dispatchEvent(new ShowToastEvent({ title, message, variant }));
    }
}

function recordPage(recordId) {
    return { type: 'standard__recordPage', attributes: { recordId, actionName: 'view' } };
}

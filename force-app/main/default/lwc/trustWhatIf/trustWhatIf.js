import { LightningElement, api, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import {
    EvidencePager,
    changesNeedingEvidence,
    formatDay,
    parseDay,
    scoreAccount,
    todayUtc,
    whatIf
} from 'c/trustEngine';
import { EVIDENCE_QUERY } from 'c/trustQueries';
import { LATEST_RECEIPTS_QUERY, RECEIPTS_PAGE_SIZE, RECEIPTS_UPPER_BOUND } from 'c/trustSetupQueries';
import { LABELS, formatLabel } from 'c/trustSetupLabels';
import { fieldName } from 'c/trustModelDraft';
import { reduceErrors } from 'c/ldsUtils';
import { MOVERS_LIMIT, chartRows, moverRows, pickSample, receiptsFromPage, summariseSample } from './preview';

/**
 * Container: the what-if preview. On request it reads every scored account's latest receipt
 * (UI API GraphQL, 2,000 accounts a page, until the last page) and re-weights the stored
 * signal scores under the draft with the engine's `whatIf`. When the draft changes something
 * stored scores cannot answer (half-life, look-back, loss aversion, mappings, a signal
 * switched on), it also recomputes a sample of accounts from their records, one account at a
 * time through the evidence query, with the current and the draft model, and says so.
 */
export default class TrustWhatIf extends LightningElement {
    /** The model scores use now (a validated TrustModel). */
    @api currentModel;
    /** The draft to preview (a validated TrustModel), or null while the draft is invalid. */
    @api draftModel;
    /** The org baselines stored with the active version, for recomputing from evidence. */
    @api baselines;

    label = LABELS;

    /** idle | loading | ready | failed */
    phase = 'idle';
    loadErrors;
    receiptsAfter = null;
    accountsRead = 0;
    summary;
    previewedJson;
    needsEvidence = [];
    names = new Map();

    /** idle | running | done | failed, for the evidence sample. */
    samplePhase = 'idle';
    sampleErrors;
    sampleIds = [];
    sampleIndex = 0;
    sampleResults = [];
    sampleSummary;
    evidenceVariables;

    receiptRows = [];
    seenCursors = new Set();
    pager;
    pageRequested = false;
    modelsUsed;

    @wire(graphql, { query: '$receiptsQuery', variables: '$receiptsVariables' })
    wiredReceipts(result) {
        if (this.phase !== 'loading' || !result) return;
        const { data, errors } = result;
        if (errors) {
            this.loadErrors = errors;
            this.phase = 'failed';
            return;
        }
        const query = data?.uiapi?.query;
        if (!query?.Account || query.Opportunity !== undefined) return;
        const cursor = this.receiptsAfter ?? '';
        if (this.seenCursors.has(cursor)) return;
        this.seenCursors.add(cursor);
        const page = receiptsFromPage(query);
        for (const row of page.rows) {
            this.receiptRows.push(row);
            this.names.set(row.accountId, row.accountName);
        }
        this.accountsRead = this.receiptRows.length;
        if (page.hasNextPage) this.receiptsAfter = page.endCursor;
        else this.finishReceipts();
    }

    @wire(graphql, { query: '$evidenceQuery', variables: '$evidenceVariables' })
    wiredEvidence(result) {
        if (this.samplePhase !== 'running' || !this.pager || !this.pageRequested || !result) return;
        const { data, errors } = result;
        if (errors) {
            this.failSample(errors);
            return;
        }
        const query = data?.uiapi?.query;
        if (!query || query.Opportunity === undefined) return;
        this.pageRequested = false;
        try {
            if (!this.pager.add(query)) {
                this.requestEvidencePage();
                return;
            }
            const evidence = this.pager.evidence();
            const { current, draft } = this.modelsUsed;
            const asOf = this.sampleAsOf(evidence.account.id);
            this.sampleResults = [
                ...this.sampleResults,
                {
                    accountId: evidence.account.id,
                    asOf,
                    before: scoreAccount(evidence, current, this.baselines, asOf),
                    after: scoreAccount(evidence, draft, this.baselines, asOf)
                }
            ];
            if (evidence.account.name) this.names.set(evidence.account.id, evidence.account.name);
        } catch (error) {
            this.failSample(error);
            return;
        }
        this.nextSampleAccount();
    }

    get receiptsQuery() {
        return this.phase === 'loading' ? LATEST_RECEIPTS_QUERY : undefined;
    }

    get receiptsVariables() {
        return { pageSize: RECEIPTS_PAGE_SIZE, upperBound: RECEIPTS_UPPER_BOUND, after: this.receiptsAfter };
    }

    get evidenceQuery() {
        return this.samplePhase === 'running' ? EVIDENCE_QUERY : undefined;
    }

    get cannotRun() {
        return (
            !this.draftModel ||
            !this.currentModel ||
            this.phase === 'loading' ||
            this.samplePhase === 'running'
        );
    }

    get isInvalid() {
        return !this.draftModel;
    }

    get isLoading() {
        return this.phase === 'loading';
    }

    get loadingText() {
        return formatLabel(LABELS.WhatIf_Loading, this.accountsRead);
    }

    get isFailed() {
        return this.phase === 'failed';
    }

    get isReady() {
        return this.phase === 'ready';
    }

    get isEmpty() {
        return this.isReady && this.summary.rows.length === 0;
    }

    get hasResult() {
        return this.isReady && this.summary.rows.length > 0;
    }

    get isStale() {
        return (
            this.isReady && Boolean(this.draftModel) && JSON.stringify(this.draftModel) !== this.previewedJson
        );
    }

    get scopeText() {
        return formatLabel(LABELS.WhatIf_Scope, this.summary.rows.length);
    }

    get changedText() {
        return formatLabel(LABELS.WhatIf_Changed_Band, this.summary.changedBand, this.summary.rows.length);
    }

    get chart() {
        return chartRows(this.summary.bandsBefore, this.summary.bandsAfter, LABELS.WhatIf_No_Score);
    }

    get movers() {
        return moverRows(this.summary.movers, this.names);
    }

    get needsSample() {
        return this.hasResult && this.needsEvidence.length > 0;
    }

    get evidenceNote() {
        return formatLabel(LABELS.WhatIf_Evidence_Note, this.needsEvidence.map(fieldName).join(', '));
    }

    get sampleRunning() {
        return this.samplePhase === 'running';
    }

    get sampleProgress() {
        return formatLabel(LABELS.WhatIf_Sample_Progress, this.sampleResults.length, this.sampleIds.length);
    }

    get sampleFailed() {
        return this.samplePhase === 'failed';
    }

    get sampleFailedText() {
        return formatLabel(LABELS.WhatIf_Sample_Failed, reduceErrors(this.sampleErrors).join('; '));
    }

    get sampleDone() {
        return this.samplePhase === 'done';
    }

    get sampleScope() {
        const latest = Math.max(...this.sampleResults.map((r) => r.asOf));
        return formatLabel(LABELS.WhatIf_Sample_Scope, this.sampleResults.length, formatDay(latest));
    }

    get sampleChangedText() {
        return formatLabel(
            LABELS.WhatIf_Changed_Band,
            this.sampleSummary.changedBand,
            this.sampleSummary.rows.length
        );
    }

    get sampleChart() {
        return chartRows(
            this.sampleSummary.bandsBefore,
            this.sampleSummary.bandsAfter,
            LABELS.WhatIf_No_Score
        );
    }

    get sampleMovers() {
        return moverRows(this.sampleSummary.movers, this.names);
    }

    get sampleIgnoresRenewalField() {
        return Boolean(this.modelsUsed?.draft?.mappings?.renewalContractField);
    }

    /** Starts a preview of the current draft: every scored account, then the sample if needed. */
    run() {
        if (this.cannotRun) return;
        this.modelsUsed = { current: this.currentModel, draft: this.draftModel };
        this.previewedJson = JSON.stringify(this.draftModel);
        this.receiptRows = [];
        this.names = new Map();
        this.seenCursors = new Set();
        this.accountsRead = 0;
        this.receiptsAfter = null;
        this.loadErrors = undefined;
        this.summary = undefined;
        this.samplePhase = 'idle';
        this.sampleSummary = undefined;
        this.phase = 'loading';
    }

    finishReceipts() {
        const { current, draft } = this.modelsUsed;
        this.summary = whatIf(this.receiptRows, draft, MOVERS_LIMIT);
        this.needsEvidence = changesNeedingEvidence(current, draft);
        this.phase = 'ready';
        if (this.needsEvidence.length > 0 && this.receiptRows.length > 0) this.startSample();
    }

    /**
     * The day an account's stored receipt was scored as of, so "current" recomputes what
     * reps see today from the same evidence window; today for a receipt without one.
     */
    sampleAsOf(accountId) {
        const row = this.receiptRows.find((r) => r.accountId === accountId);
        return (row?.asOf ? parseDay(row.asOf) : null) ?? todayUtc();
    }

    startSample() {
        this.sampleIds = pickSample(this.receiptRows);
        this.sampleIndex = -1;
        this.sampleResults = [];
        this.sampleErrors = undefined;
        this.samplePhase = 'running';
        this.nextSampleAccount();
    }

    nextSampleAccount() {
        this.sampleIndex += 1;
        if (this.sampleIndex >= this.sampleIds.length) {
            this.pager = undefined;
            this.sampleSummary = summariseSample(this.sampleResults, this.modelsUsed.draft, MOVERS_LIMIT);
            this.samplePhase = 'done';
            return;
        }
        this.pager = new EvidencePager(this.sampleIds[this.sampleIndex]);
        this.requestEvidencePage();
    }

    requestEvidencePage() {
        this.pageRequested = true;
        this.evidenceVariables = this.pager.variables();
    }

    failSample(errors) {
        this.sampleErrors = errors;
        this.pager = undefined;
        this.samplePhase = 'failed';
    }

    handleRun() {
        this.run();
    }
}

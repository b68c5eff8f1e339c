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
import { EVIDENCE_QUERIES } from 'c/trustQueries';
import {
    LATEST_RECEIPTS_QUERY,
    RECEIPTS_MAX_PAGES,
    RECEIPTS_PAGE_SIZE,
    RECEIPTS_UPPER_BOUND
} from 'c/trustSetupQueries';
import { LABELS, formatLabel } from 'c/trustSetupLabels';
import { modelFieldName } from 'c/trustModelMessages';
import { reduceErrors } from 'c/ldsUtils';
import { MOVERS_LIMIT, chartRows, moverRows, pickSample, receiptsFromPage, summariseSample } from './preview';

/**
 * Whether a response is the one asked for: the evidence query of `step` (each selects its
 * own objects), and for the core query the account being recomputed, so an answer still on
 * its way for an earlier request is not taken for this one.
 */
function answers(step, query, accountId) {
    if (step === 'core') {
        // No account node: not found or not visible, which the pager reports when it reads it.
        const id = query.Account?.edges?.[0]?.node?.Id;
        return query.Opportunity !== undefined && (id === undefined || id === accountId);
    }
    if (step === 'opportunityHistory') return query.OpportunityHistory !== undefined;
    return query.CaseMilestone !== undefined;
}

/**
 * Container: the what-if preview. On request it reads the scored accounts' latest receipts
 * (UI API GraphQL, 2,000 accounts a page, at most RECEIPTS_MAX_PAGES pages, and says so when
 * the org has more) and re-weights the stored signal scores under the draft with the engine's
 * `whatIf`. When the draft changes something stored scores cannot answer (half-life,
 * look-back, loss aversion, mappings, a signal switched on), it also recomputes a sample of
 * accounts from their records, one account at a time through the evidence queries that
 * `EvidencePager.nextQuery` names, with the current and the draft model, and says so, and
 * which evidence the org would not let it read. A running preview can be cancelled.
 */
export default class TrustWhatIf extends LightningElement {
    /** The model scores use now (a validated TrustModel). */
    @api currentModel;
    /** The draft to preview (a validated TrustModel), or null while the draft is invalid. */
    @api draftModel;
    /** The org baselines stored with the active version, for recomputing from evidence. */
    @api baselines;

    label = LABELS;

    /** idle | loading | ready | failed | cancelled */
    phase = 'idle';
    loadErrors;
    receiptsAfter = null;
    accountsRead = 0;
    receiptPages = 0;
    /** Scored accounts in the org (the connection's totalCount), or null when not answered. */
    totalCount = null;
    /** True when the org has more scored accounts than the preview reads. */
    capped = false;
    summary;
    previewedJson;
    needsEvidence = [];
    names = new Map();

    /** idle | running | done | failed | cancelled, for the evidence sample. */
    samplePhase = 'idle';
    sampleErrors;
    sampleIds = [];
    sampleIndex = 0;
    sampleResults = [];
    sampleSummary;
    /** The evidence query being asked (a key of EVIDENCE_QUERIES), and its variables. */
    evidenceStep;
    evidenceVariables;
    /** Supplementary queries this org refused, by step: the reason, so later accounts skip them. */
    unavailableSteps = new Map();
    /** Objects the sample could not read, or read only in part (the upper bound), by object name. */
    sampleMissing = new Set();
    sampleTruncated = new Set();

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
        this.accountsRead += page.accounts;
        this.receiptPages += 1;
        if (page.totalCount !== null) this.totalCount = page.totalCount;
        if (page.hasNextPage && this.receiptPages < RECEIPTS_MAX_PAGES) {
            this.receiptsAfter = page.endCursor;
            return;
        }
        this.capped = page.hasNextPage;
        this.finishReceipts();
    }

    @wire(graphql, { query: '$evidenceQuery', variables: '$evidenceVariables' })
    wiredEvidence(result) {
        if (this.samplePhase !== 'running' || !this.pager || !this.pageRequested || !result) return;
        const step = this.evidenceStep;
        const { data, errors } = result;
        if (errors) {
            this.pageRequested = false;
            if (step === 'core') {
                this.failSample(errors);
                return;
            }
            // OpportunityHistory or CaseMilestone: this org's UI API does not offer it (no
            // Entitlement Management) or the admin cannot read it. Score without it and say so.
            const reason = reduceErrors(errors).join('; ');
            this.unavailableSteps.set(step, reason);
            this.pager.unavailable(reason);
            this.continueAccount();
            return;
        }
        const query = data?.uiapi?.query;
        if (!query || !answers(step, query, this.pager.accountId)) return;
        this.pageRequested = false;
        try {
            this.pager.add(query);
        } catch (error) {
            this.failSample(error);
            return;
        }
        this.continueAccount();
    }

    get receiptsQuery() {
        return this.phase === 'loading' ? LATEST_RECEIPTS_QUERY : undefined;
    }

    get receiptsVariables() {
        return { pageSize: RECEIPTS_PAGE_SIZE, upperBound: RECEIPTS_UPPER_BOUND, after: this.receiptsAfter };
    }

    get evidenceQuery() {
        return this.samplePhase === 'running' && this.evidenceStep
            ? EVIDENCE_QUERIES[this.evidenceStep]
            : undefined;
    }

    get cannotRun() {
        return (
            !this.draftModel ||
            !this.currentModel ||
            this.phase === 'loading' ||
            this.samplePhase === 'running'
        );
    }

    get canCancel() {
        return this.phase === 'loading' || this.samplePhase === 'running';
    }

    get isCancelled() {
        return this.phase === 'cancelled';
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

    get cappedText() {
        if (!this.capped) return null;
        return formatLabel(LABELS.WhatIf_Capped_Scope, this.accountsRead, this.totalCount ?? '?');
    }

    /** Provisional accounts (scores without a band) now and under the draft's minConfidence. */
    get provisionalText() {
        const { provisionalBefore, provisionalAfter } = this.summary;
        if (!provisionalBefore && !provisionalAfter) return null;
        return formatLabel(LABELS.WhatIf_Provisional_Count, provisionalBefore, provisionalAfter);
    }

    get changedText() {
        return formatLabel(LABELS.WhatIf_Changed_Band, this.summary.changedBand, this.summary.rows.length);
    }

    get chart() {
        return chartRows(
            this.summary.bandsBefore,
            this.summary.bandsAfter,
            LABELS.WhatIf_No_Score,
            LABELS.WhatIf_Provisional
        );
    }

    get movers() {
        return moverRows(this.summary.movers, this.names);
    }

    get needsSample() {
        return this.hasResult && this.needsEvidence.length > 0;
    }

    get evidenceNote() {
        return formatLabel(LABELS.WhatIf_Evidence_Note, this.needsEvidence.map(modelFieldName).join(', '));
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

    get sampleCancelled() {
        return this.samplePhase === 'cancelled';
    }

    /**
     * The sample's scope sentence around its date, which `lightning-formatted-date-time` shows
     * in the user's locale: the label's text before `{1}`, the day, and the text after it.
     */
    get sampleScope() {
        const latest = Math.max(...this.sampleResults.map((r) => r.asOf));
        const [before, after = ''] = formatLabel(LABELS.WhatIf_Sample_Scope, this.sampleResults.length).split(
            '{1}'
        );
        return { before, day: formatDay(latest), after };
    }

    get sampleMissingText() {
        if (this.sampleMissing.size === 0) return null;
        return formatLabel(LABELS.WhatIf_Sample_Missing, [...this.sampleMissing].join(', '));
    }

    get sampleTruncatedText() {
        if (this.sampleTruncated.size === 0) return null;
        return formatLabel(LABELS.WhatIf_Sample_Truncated, [...this.sampleTruncated].join(', '));
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
            LABELS.WhatIf_No_Score,
            LABELS.WhatIf_Provisional
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
        this.receiptPages = 0;
        this.totalCount = null;
        this.capped = false;
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
        this.sampleMissing = new Set();
        this.sampleTruncated = new Set();
        this.samplePhase = 'running';
        this.nextSampleAccount();
    }

    nextSampleAccount() {
        this.sampleIndex += 1;
        if (this.sampleIndex >= this.sampleIds.length) {
            this.pager = undefined;
            this.evidenceStep = undefined;
            this.sampleSummary = summariseSample(this.sampleResults, this.modelsUsed.draft, MOVERS_LIMIT);
            this.samplePhase = 'done';
            return;
        }
        this.pager = new EvidencePager(this.sampleIds[this.sampleIndex]);
        this.continueAccount();
    }

    /**
     * Asks the pager's next query for the current account, skipping (as unavailable) a
     * supplementary query an earlier account found this org refuses; scores the account once
     * every query is answered, then moves to the next one.
     */
    continueAccount() {
        const pager = this.pager;
        while (pager.nextQuery !== null && this.unavailableSteps.has(pager.nextQuery)) {
            pager.unavailable(this.unavailableSteps.get(pager.nextQuery));
        }
        if (pager.nextQuery !== null) {
            this.requestEvidencePage();
            return;
        }
        try {
            this.scoreSampleAccount();
        } catch (error) {
            this.failSample(error);
            return;
        }
        this.nextSampleAccount();
    }

    scoreSampleAccount() {
        const evidence = this.pager.evidence();
        const { current, draft } = this.modelsUsed;
        const asOf = this.sampleAsOf(evidence.account.id);
        for (const missing of this.pager.missing) this.sampleMissing.add(missing.object);
        for (const object of this.pager.truncated) this.sampleTruncated.add(object);
        this.sampleMissing = new Set(this.sampleMissing);
        this.sampleTruncated = new Set(this.sampleTruncated);
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
    }

    requestEvidencePage() {
        this.pageRequested = true;
        this.evidenceStep = this.pager.nextQuery;
        this.evidenceVariables = this.pager.variables();
    }

    failSample(errors) {
        this.sampleErrors = errors;
        this.pager = undefined;
        this.evidenceStep = undefined;
        this.samplePhase = 'failed';
    }

    /**
     * Stops a running preview: reading the scores (nothing is shown) or recomputing the sample
     * (the re-weighted result stays). Answers still on their way are ignored.
     */
    cancel() {
        if (this.phase === 'loading') {
            this.phase = 'cancelled';
            this.receiptRows = [];
            return;
        }
        if (this.samplePhase === 'running') {
            this.pager = undefined;
            this.evidenceStep = undefined;
            this.pageRequested = false;
            this.samplePhase = 'cancelled';
        }
    }

    handleRun() {
        this.run();
    }

    handleCancel() {
        this.cancel();
    }
}

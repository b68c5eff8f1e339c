import { LightningElement, api, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import { changesNeedingEvidence, formatDay, parseDay, scoreAccount, todayUtc, whatIf } from 'c/trustEngine';
import { ConnectionPager, EvidenceReader } from 'c/trustEvidenceReader';
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
 * Container: the what-if preview. On request it reads the scored accounts' latest receipts
 * (UI API GraphQL, 2,000 accounts a page, at most RECEIPTS_MAX_PAGES pages, and says so when
 * the org has more) and re-weights the stored signal scores under the draft with the engine's
 * `whatIf`. When the draft changes something stored scores cannot answer (half-life,
 * look-back, loss aversion, mappings, a signal switched on), it also recomputes a sample of
 * accounts from their records — read one account at a time by `c/trustEvidenceReader` — with
 * the current and the draft model, and says so, and which evidence the org would not let it
 * read. A running preview can be cancelled.
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
    receiptPager;
    accountsRead = 0;
    /** Scored accounts in the org (the connection's totalCount), or null when not answered. */
    totalCount = null;
    /** True when the org has more scored accounts than the preview reads. */
    capped = false;
    receiptRows = [];
    summary;
    previewedJson;
    needsEvidence = [];
    names = new Map();
    modelsUsed;

    /** idle | running | done | failed | cancelled, for the evidence sample. */
    samplePhase = 'idle';
    /** `{message, errors, variant}` of the reading that stopped the sample. */
    sampleProblem;
    sampleIds = [];
    sampleResults = [];
    sampleSummary;
    /** Objects the sample could not read, or read only in part (the upper bound). */
    sampleMissing = [];
    sampleTruncated = [];
    evidenceQuery;
    evidenceVariables;
    reader = new EvidenceReader({
        ask: ({ query, variables }) => {
            this.evidenceQuery = query;
            this.evidenceVariables = variables;
        },
        account: (pager) => this.scoreSampleAccount(pager),
        done: () => this.finishSample(),
        failed: (problem) => {
            this.sampleProblem = problem;
            this.samplePhase = 'failed';
        }
    });

    @wire(graphql, { query: '$receiptsQuery', variables: '$receiptsVariables' })
    wiredReceipts(result) {
        if (this.phase !== 'loading' || !result) return;
        const { data, errors } = result;
        if (errors) {
            this.loadErrors = errors;
            this.phase = 'failed';
            return;
        }
        // The evidence wire's answers reach this handler too in tests: only a receipts page counts.
        const query = data?.uiapi?.query;
        if (!query?.Account || query.Opportunity !== undefined) return;
        const page = receiptsFromPage(query);
        if (!this.receiptPager.take(page)) return;
        for (const row of page.rows) {
            this.receiptRows.push(row);
            this.names.set(row.accountId, row.accountName);
        }
        this.accountsRead += page.accounts;
        if (page.totalCount !== null) this.totalCount = page.totalCount;
        if (!this.receiptPager.done) {
            this.receiptsAfter = this.receiptPager.after;
            return;
        }
        this.capped = this.receiptPager.capped;
        this.finishReceipts();
    }

    @wire(graphql, { query: '$evidenceQuery', variables: '$evidenceVariables' })
    wiredEvidence(result) {
        this.reader.wired(result);
    }

    get receiptsQuery() {
        return this.phase === 'loading' ? LATEST_RECEIPTS_QUERY : undefined;
    }

    get receiptsVariables() {
        return { pageSize: RECEIPTS_PAGE_SIZE, upperBound: RECEIPTS_UPPER_BOUND, after: this.receiptsAfter };
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
        return formatLabel(LABELS.WhatIf_Sample_Failed, reduceErrors(this.sampleProblem?.errors).join('; '));
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
        if (this.sampleMissing.length === 0) return null;
        return formatLabel(LABELS.WhatIf_Sample_Missing, this.sampleMissing.join(', '));
    }

    get sampleTruncatedText() {
        if (this.sampleTruncated.length === 0) return null;
        return formatLabel(LABELS.WhatIf_Sample_Truncated, this.sampleTruncated.join(', '));
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
        this.receiptPager = new ConnectionPager(RECEIPTS_MAX_PAGES);
        this.accountsRead = 0;
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
        this.sampleResults = [];
        this.sampleProblem = undefined;
        this.samplePhase = 'running';
        this.reader.read(this.sampleIds);
    }

    /** One sampled account's evidence is in: its score now and under the draft, from the same records. */
    scoreSampleAccount(pager) {
        const evidence = pager.evidence();
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
    }

    finishSample() {
        this.sampleMissing = [...this.reader.missingObjects];
        this.sampleTruncated = [...this.reader.truncatedObjects];
        this.sampleSummary = summariseSample(this.sampleResults, this.modelsUsed.draft, MOVERS_LIMIT);
        this.samplePhase = 'done';
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
            this.reader.cancel();
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

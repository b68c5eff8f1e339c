import { LightningElement, api, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import { formatDay } from 'c/trustEngine';
import { LATEST_RECEIPTS_QUERY, RECEIPTS_PAGE_SIZE, RECEIPTS_UPPER_BOUND } from 'c/trustSetupQueries';
import { LABELS, formatLabel, modelFieldName } from 'c/trustSetupLabels';
import { reduceErrors } from 'c/ldsUtils';
import { wireAsker } from 'c/trustEvidenceReader';
import { checkView } from './checkView';
import { chartRows, moverRows } from './preview';
import { IDLE_PREVIEW, PreviewRun } from './previewRun';

/**
 * Container: the what-if preview. On request `PreviewRun` reads the scored accounts' latest
 * receipts (UI API GraphQL, 2,000 accounts a page, at most RECEIPTS_MAX_PAGES pages, and says
 * so when the org has more) and re-weights the stored signal scores under the draft with the
 * engine's `whatIf`. When the draft changes something stored scores cannot answer (half-life,
 * look-back, loss aversion, mappings, a signal switched on), it also recomputes a sample of
 * accounts from their records — read one account at a time by `c/trustEvidenceReader` — with
 * the current and the draft model, and says so, and which evidence the org would not let it
 * read. Beside it, a predictive check re-weights each account's receipt of a past day with
 * both models and compares how well each ranked the renewals since (AUC). A running preview
 * can be cancelled. This container wires the three GraphQL wires to the run and words its state.
 */
export default class TrustWhatIf extends LightningElement {
    /** The model scores use now (a validated TrustModel). */
    @api currentModel;
    /** The draft to preview (a validated TrustModel), or null while the draft is invalid. */
    @api draftModel;
    /** The org baselines stored with the active version, for recomputing from evidence. */
    @api baselines;
    /**
     * The horizon in days of the active model's last stored backtest, which the predictive
     * check goes back; null without one (the check then uses its default).
     */
    @api checkHorizonDays = null;
    /**
     * With models per segment, what the draft previews: `{ set, fields, segment }` (the models
     * in force with the draft in its place, the Account fields their segments read, the
     * draft's segment or null for the model of all other accounts); null when the draft is
     * the only model and scores every account.
     */
    @api scope = null;

    label = LABELS;

    /** What the preview shows (IDLE_PREVIEW's shape). */
    preview = IDLE_PREVIEW;
    /** The draft as previewed, to flag a preview the draft has moved past. */
    previewedJson;
    evidenceQuery;
    evidenceVariables;
    checkQuery;
    checkVariables;
    scopeQuery;
    scopeVariables;
    previewRun = new PreviewRun({
        askScope: ({ query, variables }) => {
            this.scopeQuery = query;
            this.scopeVariables = variables;
        },
        askEvidence: wireAsker(this),
        askCheck: ({ query, variables }) => {
            this.checkQuery = query;
            this.checkVariables = variables;
        },
        changed: (state) => {
            this.preview = state;
        }
    });

    @wire(graphql, { query: '$checkQuery', variables: '$checkVariables' })
    wiredCheck(result) {
        this.previewRun.wiredCheck(result);
    }

    @wire(graphql, { query: '$scopeQuery', variables: '$scopeVariables' })
    wiredScope(result) {
        this.previewRun.wiredScope(result);
    }

    @wire(graphql, { query: '$receiptsQuery', variables: '$receiptsVariables' })
    wiredReceipts(result) {
        this.previewRun.wiredReceipts(result);
    }

    @wire(graphql, { query: '$evidenceQuery', variables: '$evidenceVariables' })
    wiredEvidence(result) {
        this.previewRun.wiredEvidence(result);
    }

    /** The predictive check as shown (checkView.js). */
    get check() {
        return checkView(this.preview.check, this.preview.needsEvidence);
    }

    get receiptsQuery() {
        return this.preview.phase === 'loading' ? LATEST_RECEIPTS_QUERY : undefined;
    }

    get receiptsVariables() {
        return {
            pageSize: RECEIPTS_PAGE_SIZE,
            upperBound: RECEIPTS_UPPER_BOUND,
            after: this.preview.receiptsAfter
        };
    }

    get cannotRun() {
        return !this.draftModel || !this.currentModel || this.canCancel;
    }

    get canCancel() {
        return (
            this.preview.phase === 'loading' ||
            this.preview.samplePhase === 'running' ||
            this.preview.check.phase === 'loading'
        );
    }

    get isCancelled() {
        return this.preview.phase === 'cancelled';
    }

    get isInvalid() {
        return !this.draftModel;
    }

    get isLoading() {
        return this.preview.phase === 'loading';
    }

    get loadingText() {
        const scope = this.preview.scope;
        // While the receipts are in but the segment fields are still being read, say so.
        if (scope && scope.ids === null && this.preview.receiptsDone)
            return formatLabel(LABELS.WhatIf_Segment_Reading, scope.read);
        return formatLabel(LABELS.WhatIf_Loading, this.preview.accountsRead);
    }

    get isFailed() {
        return this.preview.phase === 'failed';
    }

    get isReady() {
        return this.preview.phase === 'ready';
    }

    get isEmpty() {
        return this.isReady && this.preview.summary.rows.length === 0;
    }

    get hasResult() {
        return this.isReady && this.preview.summary.rows.length > 0;
    }

    get isStale() {
        return (
            this.isReady && Boolean(this.draftModel) && JSON.stringify(this.draftModel) !== this.previewedJson
        );
    }

    get scopeText() {
        const scope = this.preview.scope;
        if (!scope) return formatLabel(LABELS.WhatIf_Scope, this.preview.summary.rows.length);
        const segment = scope.segment
            ? formatLabel(
                  LABELS.Setup_Models_Segment_Text,
                  scope.segment.field,
                  scope.segment.values.join(', ')
              )
            : LABELS.Setup_Models_All_Others;
        return formatLabel(LABELS.WhatIf_Segment_Scope, segment, this.preview.summary.rows.length);
    }

    get cappedText() {
        if (!this.preview.capped) return null;
        return formatLabel(
            LABELS.WhatIf_Capped_Scope,
            this.preview.accountsRead,
            this.preview.totalCount ?? '?'
        );
    }

    /** Provisional accounts (scores without a band) now and under the draft's minConfidence. */
    get provisionalText() {
        const { provisionalBefore, provisionalAfter } = this.preview.summary;
        if (!provisionalBefore && !provisionalAfter) return null;
        return formatLabel(LABELS.WhatIf_Provisional_Count, provisionalBefore, provisionalAfter);
    }

    get changedText() {
        return formatLabel(
            LABELS.WhatIf_Changed_Band,
            this.preview.summary.changedBand,
            this.preview.summary.rows.length
        );
    }

    get chart() {
        return chartRows(
            this.preview.summary.bandsBefore,
            this.preview.summary.bandsAfter,
            LABELS.WhatIf_No_Score,
            LABELS.WhatIf_Provisional
        );
    }

    get movers() {
        return moverRows(this.preview.summary.movers, this.preview.names);
    }

    get needsSample() {
        return this.hasResult && this.preview.needsEvidence.length > 0;
    }

    get evidenceNote() {
        return formatLabel(
            LABELS.WhatIf_Evidence_Note,
            this.preview.needsEvidence.map(modelFieldName).join(', ')
        );
    }

    get sampleRunning() {
        return this.preview.samplePhase === 'running';
    }

    get sampleProgress() {
        return formatLabel(
            LABELS.WhatIf_Sample_Progress,
            this.preview.sampleResults.length,
            this.preview.sampleIds.length
        );
    }

    get sampleFailed() {
        return this.preview.samplePhase === 'failed';
    }

    get sampleFailedText() {
        return formatLabel(
            LABELS.WhatIf_Sample_Failed,
            reduceErrors(this.preview.sampleProblem?.errors).join('; ')
        );
    }

    get sampleDone() {
        return this.preview.samplePhase === 'done';
    }

    get sampleCancelled() {
        return this.preview.samplePhase === 'cancelled';
    }

    /**
     * The sample's scope sentence around its date, which `lightning-formatted-date-time` shows
     * in the user's locale: the label's text before `{1}`, the day, and the text after it.
     */
    get sampleScope() {
        const latest = Math.max(...this.preview.sampleResults.map((r) => r.asOf));
        const [before, after = ''] = formatLabel(
            LABELS.WhatIf_Sample_Scope,
            this.preview.sampleResults.length
        ).split('{1}');
        return { before, day: formatDay(latest), after };
    }

    get sampleMissingText() {
        if (this.preview.sampleMissing.length === 0) return null;
        return formatLabel(LABELS.WhatIf_Sample_Missing, this.preview.sampleMissing.join(', '));
    }

    get sampleTruncatedText() {
        if (this.preview.sampleTruncated.length === 0) return null;
        return formatLabel(LABELS.WhatIf_Sample_Truncated, this.preview.sampleTruncated.join(', '));
    }

    get sampleChangedText() {
        return formatLabel(
            LABELS.WhatIf_Changed_Band,
            this.preview.sampleSummary.changedBand,
            this.preview.sampleSummary.rows.length
        );
    }

    get sampleChart() {
        return chartRows(
            this.preview.sampleSummary.bandsBefore,
            this.preview.sampleSummary.bandsAfter,
            LABELS.WhatIf_No_Score,
            LABELS.WhatIf_Provisional
        );
    }

    get sampleMovers() {
        return moverRows(this.preview.sampleSummary.movers, this.preview.names);
    }

    get sampleIgnoresRenewalField() {
        return Boolean(this.preview.models?.draft?.mappings?.renewalContractField);
    }

    handleRun() {
        if (this.cannotRun) return;
        this.previewedJson = JSON.stringify(this.draftModel);
        this.previewRun.start(
            this.currentModel,
            this.draftModel,
            this.baselines,
            this.checkHorizonDays,
            this.scope
        );
    }

    handleCancel() {
        this.previewRun.cancel();
    }
}

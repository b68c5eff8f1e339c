/**
 * One what-if preview from click to result, without the DOM: page the scored accounts' latest
 * receipts (up to RECEIPTS_MAX_PAGES pages), re-weight them under the draft with the engine's
 * `whatIf`, and when the draft changes something stored scores cannot answer, recompute a
 * sample of accounts from their records through `c/trustEvidenceReader`. Beside it runs the
 * predictive check (checkRun.js): both models' AUC over the renewals since a past day. Each
 * change goes out as a new plain state object (IDLE_PREVIEW's shape) for the container to render.
 */
import {
    changesNeedingEvidence,
    customEvidenceObjects,
    parseDay,
    scoreAccount,
    todayUtc,
    whatIf
} from 'c/trustEngine';
import { ConnectionPager, EvidenceReader } from 'c/trustEvidenceReader';
import { RECEIPTS_MAX_PAGES } from 'c/trustSetupQueries';
import { IDLE_CHECK, PredictiveCheckRun } from './checkRun';
import { MOVERS_LIMIT, pickSample, receiptsFromPage, summariseSample } from './preview';
import { ScopeRun } from './scopeRun';

export const IDLE_PREVIEW = Object.freeze({
    /** idle | loading | ready | failed | cancelled, for reading the stored scores. */
    phase: 'idle',
    loadErrors: undefined,
    /** Cursor of the receipts page to ask next. */
    receiptsAfter: null,
    accountsRead: 0,
    /** Every page of receipts is in (a segment draft's preview may still be reading its scope). */
    receiptsDone: false,
    /** Scored accounts in the org (the connection's totalCount), or null when not answered. */
    totalCount: null,
    /** True when the org has more scored accounts than the preview reads. */
    capped: false,
    summary: undefined,
    needsEvidence: [],
    /** Account names by id, for the movers. */
    names: new Map(),
    /** The models the preview ran with: `{current, draft}`. */
    models: undefined,
    /** idle | running | done | failed | cancelled, for the evidence sample. */
    samplePhase: 'idle',
    /** `{message, errors, variant}` of the reading that stopped the sample. */
    sampleProblem: undefined,
    sampleIds: [],
    sampleResults: [],
    sampleSummary: undefined,
    /** Objects the sample could not read, or read only in part (the upper bound). */
    sampleMissing: [],
    sampleTruncated: [],
    /** The predictive check's state (IDLE_CHECK's shape). */
    check: IDLE_CHECK,
    /**
     * A segment draft's preview covers only the accounts it would score: `{ segment, read, ids }`
     * (ids null until every account's segment field is read); null when the draft scores all.
     */
    scope: null
});

/**
 * Whether a response is a page of scored accounts (the core evidence query also has Account,
 * and a page of the predictive check carries each account's deals).
 */
const isReceiptsPage = (query) =>
    Boolean(query?.Account) &&
    query.Opportunity === undefined &&
    !(query.Account.edges ?? []).some(
        (edge) => edge?.node && ('Opportunities' in edge.node || !('Trust_Scores__r' in edge.node))
    );

export class PreviewRun {
    /**
     * @param {object} io the container's side
     * @param {(request: {query: *, variables: object}) => void} io.askEvidence points the evidence wire
     * @param {(request: {query: *, variables: object}) => void} io.askCheck points the predictive check wire
     * @param {(request: {query: *, variables: object}) => void} [io.askScope] points the segment scope wire
     * @param {(state: object) => void} io.changed
     */
    constructor(io) {
        this.io = io;
        this.state = IDLE_PREVIEW;
        this.rows = [];
        this.reader = new EvidenceReader({
            ask: io.askEvidence,
            account: (pager) => this.scoreSampleAccount(pager),
            done: () => this.finishSample(),
            failed: (problem) => this.update({ sampleProblem: problem, samplePhase: 'failed' })
        });
        this.scopeRun = new ScopeRun({
            ask: io.askScope ?? (() => {}),
            progress: (read) => this.update({ scope: { ...this.state.scope, read } }),
            done: (ids) => {
                this.update({ scope: { ...this.state.scope, ids } });
                this.startCheck();
                this.finishScores();
            },
            failed: (errors) => {
                this.check.cancel();
                this.update({ loadErrors: errors, phase: 'failed' });
            }
        });
        this.check = new PredictiveCheckRun({
            // Without a check wire (a caller that wants the re-weighting only) no check is asked.
            ask: io.askCheck ?? (() => {}),
            changed: (check) => this.update({ check })
        });
    }

    /** Reading the scores or the sample (the predictive check has its own `check.phase`). */
    get busy() {
        return this.state.phase === 'loading' || this.state.samplePhase === 'running';
    }

    update(changes) {
        this.state = { ...this.state, ...changes };
        this.io.changed(this.state);
    }

    /**
     * Starts a preview of `draft` against `current`: every scored account, then the sample if
     * needed; beside them the predictive check, going back `checkHorizonDays` (the active
     * model's stored backtest horizon; null for the default). With a `scope` (`{ set, fields,
     * segment }`: the models in force with the draft in its place), only the accounts the
     * draft would score count, and the check waits until they are known.
     */
    start(current, draft, baselines, checkHorizonDays = null, scope = null) {
        this.baselines = baselines;
        this.rows = [];
        this.checkHorizonDays = checkHorizonDays;
        this.receiptPager = new ConnectionPager(RECEIPTS_MAX_PAGES);
        this.reader.cancel();
        this.scopeRun.cancel();
        this.state = {
            ...IDLE_PREVIEW,
            names: new Map(),
            models: { current, draft },
            scope: scope ? { segment: scope.segment, read: 0, ids: null } : null
        };
        if (scope) this.scopeRun.start(scope, draft);
        else this.startCheck();
        this.update({ phase: 'loading' });
    }

    /** The predictive check, over the accounts in scope once they are known. */
    startCheck() {
        const { current, draft } = this.state.models;
        this.check.start(current, draft, this.checkHorizonDays, undefined, this.state.scope?.ids ?? null);
    }

    /** The scope wire's handler. */
    wiredScope(result) {
        this.scopeRun.wired(result);
    }

    /** The predictive check wire's handler. */
    wiredCheck(result) {
        this.check.wired(result);
    }

    /** The receipts wire's handler. */
    wiredReceipts(result) {
        if (this.state.phase !== 'loading' || !result) return;
        const { data, errors } = result;
        if (errors) {
            this.update({ loadErrors: errors, phase: 'failed' });
            return;
        }
        const query = data?.uiapi?.query;
        if (!isReceiptsPage(query)) return;
        const page = receiptsFromPage(query);
        if (!this.receiptPager.take(page)) return;
        const names = this.state.names;
        for (const row of page.rows) {
            this.rows.push(row);
            names.set(row.accountId, row.accountName);
        }
        const read = {
            accountsRead: this.state.accountsRead + page.accounts,
            totalCount: page.totalCount ?? this.state.totalCount
        };
        if (!this.receiptPager.done) {
            this.update({ ...read, receiptsAfter: this.receiptPager.after });
            return;
        }
        this.update({ ...read, capped: this.receiptPager.capped, receiptsDone: true });
        this.finishScores();
    }

    /** Once the receipts (and the scope, if any) are read: the re-weighted result, then the sample. */
    finishScores() {
        const scope = this.state.scope;
        if (this.state.phase !== 'loading' || !this.state.receiptsDone || (scope && scope.ids === null))
            return;
        if (scope) this.rows = this.rows.filter((row) => scope.ids.has(row.accountId));
        const { current, draft } = this.state.models;
        const needsEvidence = changesNeedingEvidence(current, draft);
        this.update({
            summary: whatIf(this.rows, draft, MOVERS_LIMIT),
            needsEvidence,
            phase: 'ready'
        });
        if (needsEvidence.length > 0 && this.rows.length > 0) this.startSample();
    }

    /** The evidence wire's handler. */
    wiredEvidence(result) {
        this.reader.wired(result);
    }

    startSample() {
        const sampleIds = pickSample(this.rows);
        this.update({ sampleIds, sampleResults: [], sampleProblem: undefined, samplePhase: 'running' });
        // The sample is scored under both models: read the custom objects either of them reads.
        const { current, draft } = this.state.models;
        const customSignals = [...(current?.customSignals ?? []), ...(draft?.customSignals ?? [])];
        this.reader.read(sampleIds, customEvidenceObjects({ mappings: draft.mappings, customSignals }));
    }

    /**
     * The day an account's stored receipt was scored as of, so "current" recomputes what
     * reps see today from the same evidence window; today for a receipt without one.
     */
    sampleAsOf(accountId) {
        const row = this.rows.find((r) => r.accountId === accountId);
        return (row?.asOf ? parseDay(row.asOf) : null) ?? todayUtc();
    }

    /** One sampled account's evidence is in: its score now and under the draft, from the same records. */
    scoreSampleAccount(pager) {
        const evidence = pager.evidence();
        const { current, draft } = this.state.models;
        const asOf = this.sampleAsOf(evidence.account.id);
        const result = {
            accountId: evidence.account.id,
            asOf,
            before: scoreAccount(evidence, current, this.baselines, asOf),
            after: scoreAccount(evidence, draft, this.baselines, asOf)
        };
        if (evidence.account.name) this.state.names.set(evidence.account.id, evidence.account.name);
        this.update({ sampleResults: [...this.state.sampleResults, result] });
    }

    finishSample() {
        this.update({
            sampleMissing: [...this.reader.missingObjects],
            sampleTruncated: [...this.reader.truncatedObjects],
            sampleSummary: summariseSample(this.state.sampleResults, this.state.models.draft, MOVERS_LIMIT),
            samplePhase: 'done'
        });
    }

    /**
     * Stops a running preview: reading the scores (nothing is shown) or recomputing the sample
     * (the re-weighted result stays), and the predictive check. Answers still on their way are
     * ignored.
     */
    cancel() {
        this.check.cancel();
        this.scopeRun.cancel();
        if (this.state.phase === 'loading') {
            this.rows = [];
            this.update({ phase: 'cancelled' });
        } else if (this.state.samplePhase === 'running') {
            this.reader.cancel();
            this.update({ samplePhase: 'cancelled' });
        }
    }
}

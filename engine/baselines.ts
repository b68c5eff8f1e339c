/**
 * Org baselines: what is normal in this org. A deal cycle is "fast" or an account's case
 * trouble "high" only compared with the org's own accounts, so the batch run computes these
 * over every account and stores them with the model; the panel reuses them to score one
 * account alone exactly as the batch would.
 */
import type { AccountEvidence } from './evidence';
import type { TrustModel } from './model';
import { caseTrouble } from './signals/caseTrouble';
import { disputeLoad } from './signals/disputes';
import {
    modelIndex,
    isClosedBy,
    closedInWindow,
    isNewBusiness,
    closedBeforeCreated,
    wonCycleDays,
    caseResolutionHours,
    type EvaluationTime,
    evaluationTime
} from './signals/common';

export interface OrgBaselines {
    /** Median days from creation to close of won, non-renewal deals. */
    medianWonCycleDays: number;
    /** Share of closed non-renewal deals that were won (0–1). */
    winRatePrior: number;
    /** Median amount of won deals; the yardstick for "a big upgrade". */
    medianWonAmount: number;
    /** Median hours to close a case, per priority. */
    resolutionHoursByPriority: Record<string, number>;
    /** Average time-weighted trouble per quiet case over the org (see caseHealth). */
    caseTroublePerCase: number;
    /** Average time-weighted dispute points per quiet case over the org (see disputes). */
    disputesPerCase: number;
    /**
     * Which signals judged by the absence of something the org records at all: false when
     * no case in the org shows trouble, or none matches the dispute mapping. Such a signal is
     * null for every account. Missing (older stored baselines, shipped defaults): recorded.
     */
    recorded?: RecordedSignals;
    /** How many accounts the baselines were computed from (0 = shipped defaults). */
    accounts: number;
}

export interface RecordedSignals {
    caseHealth: boolean;
    disputes: boolean;
}

/**
 * The kinds of evidence baselines read. Sources may hand BaselineAccumulator.add accounts
 * with only these filled in, which saves materialising the rest twice in a batch run.
 */
export const BASELINE_EVIDENCE = Object.freeze(['opportunities', 'cases'] as const);

/** Used when no batch run has computed the org's own baselines yet. */
export const DEFAULT_BASELINES: Readonly<OrgBaselines> = Object.freeze({
    medianWonCycleDays: 90,
    winRatePrior: 0.3,
    medianWonAmount: 50_000,
    resolutionHoursByPriority: {},
    caseTroublePerCase: 0.3,
    disputesPerCase: 0.05,
    accounts: 0
});

/** A growable list of doubles; medians over millions of values without boxing each one. */
class NumberList {
    private values = new Float64Array(1024);
    length = 0;

    push(value: number): void {
        if (this.length === this.values.length) {
            const grown = new Float64Array(this.values.length * 2);
            grown.set(this.values);
            this.values = grown;
        }
        this.values[this.length++] = value;
    }

    median(): number | null {
        if (this.length === 0) return null;
        const sorted = this.values.slice(0, this.length).sort();
        const mid = this.length >> 1;
        const upper = sorted[mid] ?? 0;
        return this.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? 0) + upper) / 2;
    }
}

/**
 * Accumulates baselines account by account (memory: a few numbers per deal and case), so a
 * whole org streams through it once before scoring.
 */
export class BaselineAccumulator {
    private readonly cycles = new NumberList();
    private readonly amounts = new NumberList();
    private troubleTotal = 0;
    private troubleCases = 0;
    private quietCases = 0;
    private disputeTotal = 0;
    private readonly resolution = new Map<string, NumberList>();
    private won = 0;
    private closed = 0;
    private impossibleCycles = 0;
    private accounts = 0;
    private readonly time: EvaluationTime;

    constructor(
        private readonly model: TrustModel,
        asOf: number
    ) {
        this.time = evaluationTime(model, asOf);
    }

    add(evidence: AccountEvidence): void {
        const index = modelIndex(this.model);
        const { time } = this;
        this.accounts++;
        for (const opp of evidence.opportunities) {
            if (!closedInWindow(opp, time)) continue;
            if (!isNewBusiness(opp, index)) continue;
            this.closed++;
            if (!opp.isWon) continue;
            this.won++;
            const cycle = wonCycleDays(opp);
            if (cycle !== null) this.cycles.push(cycle);
            else if (closedBeforeCreated(opp)) this.impossibleCycles++;
            if (opp.amount !== null && opp.amount > 0) this.amounts.push(opp.amount);
        }
        for (const c of evidence.cases) {
            if (c.createdDate === null || !time.inWindowInstant(c.createdDate)) continue;
            if (!isClosedBy(c, index, time)) continue;
            const hours = caseResolutionHours(c);
            if (hours === null) continue;
            const key = c.priority ?? '';
            let list = this.resolution.get(key);
            if (!list) this.resolution.set(key, (list = new NumberList()));
            list.push(hours);
        }
        const trouble = caseTrouble(evidence, this.model, time);
        this.troubleTotal += trouble.total;
        this.troubleCases += trouble.cases;
        this.quietCases += trouble.quiet;
        this.disputeTotal += disputeLoad(evidence, this.model, time).total;
    }

    /**
     * Won deals of the window that closed before they were created, left out of cycle times
     * (the run reports the count once, not per account).
     */
    get closedBeforeCreated(): number {
        return this.impossibleCycles;
    }

    result(): OrgBaselines {
        const resolutionHoursByPriority: Record<string, number> = {};
        for (const key of [...this.resolution.keys()].sort()) {
            const median = this.resolution.get(key)?.median();
            if (key !== '' && median !== null && median !== undefined)
                resolutionHoursByPriority[key] = round(median, 1);
        }
        return {
            medianWonCycleDays: round(this.cycles.median() ?? DEFAULT_BASELINES.medianWonCycleDays, 1),
            // Laplace smoothing keeps a tiny org from a 0% or 100% prior.
            winRatePrior: round(
                this.closed === 0 ? DEFAULT_BASELINES.winRatePrior : (this.won + 1) / (this.closed + 2),
                4
            ),
            medianWonAmount: round(this.amounts.median() ?? DEFAULT_BASELINES.medianWonAmount, 2),
            resolutionHoursByPriority,
            // Per quiet case, as the signals judge an account (an org of only troubled cases
            // divides by one).
            caseTroublePerCase: round(
                this.troubleCases > 0
                    ? this.troubleTotal / Math.max(1, this.quietCases)
                    : DEFAULT_BASELINES.caseTroublePerCase,
                4
            ),
            disputesPerCase: round(
                this.troubleCases > 0
                    ? this.disputeTotal / Math.max(1, this.quietCases)
                    : DEFAULT_BASELINES.disputesPerCase,
                4
            ),
            // Without any case the question does not arise: the signals are null anyway.
            recorded: {
                caseHealth: this.troubleCases === 0 || this.troubleTotal > 0,
                disputes: this.troubleCases === 0 || this.disputeTotal > 0
            },
            accounts: this.accounts
        };
    }
}

/** Baselines over a list of accounts (the batch streams through BaselineAccumulator instead). */
export function computeBaselines(
    accounts: Iterable<AccountEvidence>,
    model: TrustModel,
    asOf: number
): OrgBaselines {
    const acc = new BaselineAccumulator(model, asOf);
    for (const evidence of accounts) acc.add(evidence);
    return acc.result();
}

function round(value: number, digits: number): number {
    const f = 10 ** digits;
    return Math.round(value * f) / f;
}

/** Checks baselines read from JSON (e.g. `Trust_Model__c.Baselines__c`); falls back per field. */
export function normaliseBaselines(raw: unknown): OrgBaselines {
    const out: OrgBaselines = { ...DEFAULT_BASELINES, resolutionHoursByPriority: {} };
    if (typeof raw !== 'object' || raw === null) return out;
    const r = raw as Record<string, unknown>;
    const positive = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0;
    // Zero is a real value for these (an org with no trouble); the signals floor it themselves,
    // so stored baselines replay exactly what the batch used.
    const nonNegative = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
    if (nonNegative(r.medianWonCycleDays)) out.medianWonCycleDays = r.medianWonCycleDays;
    if (typeof r.winRatePrior === 'number' && r.winRatePrior >= 0 && r.winRatePrior <= 1)
        out.winRatePrior = r.winRatePrior;
    if (positive(r.medianWonAmount)) out.medianWonAmount = r.medianWonAmount;
    if (nonNegative(r.caseTroublePerCase)) out.caseTroublePerCase = r.caseTroublePerCase;
    if (nonNegative(r.disputesPerCase)) out.disputesPerCase = r.disputesPerCase;
    if (typeof r.accounts === 'number' && Number.isInteger(r.accounts) && r.accounts >= 0)
        out.accounts = r.accounts;
    if (typeof r.recorded === 'object' && r.recorded !== null) {
        const rec = r.recorded as Record<string, unknown>;
        // Only an explicit false switches a signal off; anything else keeps it.
        out.recorded = { caseHealth: rec.caseHealth !== false, disputes: rec.disputes !== false };
    }
    if (typeof r.resolutionHoursByPriority === 'object' && r.resolutionHoursByPriority !== null) {
        for (const [k, v] of Object.entries(r.resolutionHoursByPriority as Record<string, unknown>)) {
            if (positive(v)) out.resolutionHoursByPriority[k] = v;
        }
    }
    return out;
}

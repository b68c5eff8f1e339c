/**
 * Shared machinery of the signals: the evaluation clock (decay and look-back), the model's
 * mappings as sets, and the two ways a signal turns observations into a 0–100 score.
 */
import type { ItemList } from '../itemList';
import type { CaseRecord, Day, Instant, OpportunityRecord } from '../evidence';
import type { TrustModel } from '../model';
import type { OrgBaselines } from '../baselines';
import { MS_PER_DAY, dayOfInstant } from '../dates';
import type { RecordMemo } from './recordMemo';

/** The point in time a score is computed for, with the model's memory settings. */
export interface EvaluationTime {
    asOf: Day;
    /** First instant after the as-of day: evidence at or after it has not happened yet. */
    endInstant: Instant;
    /** Evidence on `day` counts (not in the future, not beyond the look-back). */
    inWindow(day: Day): boolean;
    inWindowInstant(instant: Instant): boolean;
    /** Time-decay weight of evidence dated `day`: 1 today, ½ one half-life ago. */
    decay(day: Day): number;
}

/** Ages (in days) whose decay is remembered, per half-life: records repeat their days. */
const DECAY_AGES = 4096;
const decayByHalfLife = new Map<number, Float64Array>();

/** 0.5^(age / half-life), each whole age computed once per half-life (NaN: not yet). */
function decayOf(halfLifeDays: number, age: number): number {
    if (!(age >= 0 && age < DECAY_AGES && Number.isInteger(age)))
        return Math.pow(0.5, Math.max(0, age) / halfLifeDays);
    let ages = decayByHalfLife.get(halfLifeDays);
    if (!ages) {
        if (decayByHalfLife.size >= 16) decayByHalfLife.clear();
        decayByHalfLife.set(halfLifeDays, (ages = new Float64Array(DECAY_AGES).fill(Number.NaN)));
    }
    let weight = ages[age] as number;
    if (Number.isNaN(weight)) ages[age] = weight = Math.pow(0.5, age / halfLifeDays);
    return weight;
}

export function evaluationTime(model: TrustModel, asOf: Day): EvaluationTime {
    const { halfLifeDays, lookBackDays } = model;
    const earliest = asOf - lookBackDays;
    const endInstant = (asOf + 1) * MS_PER_DAY;
    const inWindow = (day: Day): boolean => day <= asOf && day >= earliest;
    return {
        asOf,
        endInstant,
        inWindow,
        inWindowInstant: (instant) => instant < endInstant && dayOfInstant(instant) >= earliest,
        decay: (day) => decayOf(halfLifeDays, asOf - day)
    };
}

/** The model's value lists as sets, built once per model object. */
export interface ModelIndex {
    renewalTypes: Set<string>;
    upgradeTypes: Set<string>;
    downgradeTypes: Set<string>;
    disputeTypes: Set<string>;
    disputeReasons: Set<string>;
    closedStatuses: Set<string>;
    highPriorities: Set<string>;
}

const indexCache = new WeakMap<TrustModel, ModelIndex>();

export function modelIndex(model: TrustModel): ModelIndex {
    let index = indexCache.get(model);
    if (!index) {
        const m = model.mappings;
        index = {
            renewalTypes: new Set(m.renewalOpportunityTypes),
            upgradeTypes: new Set(m.upgradeOpportunityTypes),
            downgradeTypes: new Set(m.downgradeOpportunityTypes),
            disputeTypes: new Set(m.disputeCaseTypes),
            disputeReasons: new Set(m.disputeCaseReasons),
            closedStatuses: new Set(m.closedCaseStatuses),
            highPriorities: new Set(m.highCasePriorities)
        };
        indexCache.set(model, index);
    }
    return index;
}

/**
 * Whether the org records what a signal judges by its absence (case trouble, disputes).
 * Baselines computed before the org said so (or the shipped defaults) count as recording it.
 */
export function isRecorded(baselines: OrgBaselines, signal: 'caseHealth' | 'disputes'): boolean {
    return baselines.recorded?.[signal] !== false;
}

/** Everything a signal needs besides the account's evidence. */
export interface SignalContext {
    model: TrustModel;
    baselines: OrgBaselines;
    time: EvaluationTime;
    index: ModelIndex;
    /**
     * Per-record values remembered across the scorings of one account on one day (the path
     * to the next band re-scores it with a few records changed); none for a single scoring.
     */
    memo?: RecordMemo;
    /**
     * Whether anything reads the records' impacts: evidence items, drivers' records or the
     * path to the next band (ScoreOptions.driverRecords). When false, a signal may return no
     * items; its score, confidence, amount and summary must be the same as with them.
     */
    perRecord?: boolean;
}

export function isRenewal(opp: OpportunityRecord, index: ModelIndex): boolean {
    return opp.type !== null && index.renewalTypes.has(opp.type);
}

/** New business and upgrades: deals the customer chose to make, not renewals or downgrades. */
export function isNewBusiness(opp: OpportunityRecord, index: ModelIndex): boolean {
    return opp.type === null || (!index.renewalTypes.has(opp.type) && !index.downgradeTypes.has(opp.type));
}

/** A case the model's dispute list names, by its Type or its Reason. */
export function isDisputeCase(c: CaseRecord, index: ModelIndex): boolean {
    return (
        (c.type !== null && index.disputeTypes.has(c.type)) ||
        (c.reason !== null && index.disputeReasons.has(c.reason))
    );
}

export function isClosedCase(c: CaseRecord, index: ModelIndex): boolean {
    return c.isClosed || (c.status !== null && index.closedStatuses.has(c.status));
}

/**
 * Closed by the end of the as-of day. A case closed later was still open then: scoring a
 * past date must not use what happened after it.
 */
export function isClosedBy(c: CaseRecord, index: ModelIndex, time: EvaluationTime): boolean {
    return isClosedCase(c, index) && (c.closedDate === null || c.closedDate < time.endInstant);
}

/**
 * The day an opportunity's evidence dates from: when it was opened. Recency and look-back use
 * it, so a deal closing later is a slower deal, never a more recent, heavier one. Salesforce
 * always sets CreatedDate; a deal without one has no date to weigh it by and is left out.
 */
export function openedDay(opp: OpportunityRecord): Day | null {
    return opp.createdDate !== null ? dayOfInstant(opp.createdDate) : null;
}

/** Closed by the as-of day, with a known date to weigh it by, inside the look-back. */
export function closedInWindow(opp: OpportunityRecord, time: EvaluationTime): boolean {
    const opened = openedDay(opp);
    return (
        opp.isClosed &&
        opp.closeDate !== null &&
        opp.closeDate <= time.asOf &&
        opened !== null &&
        time.inWindow(opened)
    );
}

/** Days from creation to close of a deal, or null when either date is missing. */
/**
 * Days from creation to close; null when either date is missing or the deal closed before it
 * was created. Records loaded without "Set Audit Fields" get the load day as CreatedDate, so
 * their cycle says nothing about the deal: counting it as 0 days would call it the fastest win.
 */
export function wonCycleDays(opp: OpportunityRecord): number | null {
    if (opp.createdDate === null || opp.closeDate === null) return null;
    const days = opp.closeDate - dayOfInstant(opp.createdDate);
    return days < 0 ? null : days;
}

/** A deal whose close date lies before the day it was created (see `wonCycleDays`). */
export function closedBeforeCreated(opp: OpportunityRecord): boolean {
    return (
        opp.createdDate !== null && opp.closeDate !== null && opp.closeDate < dayOfInstant(opp.createdDate)
    );
}

export function caseResolutionHours(c: CaseRecord): number | null {
    if (c.createdDate === null || c.closedDate === null) return null;
    return Math.max(0, (c.closedDate - c.createdDate) / 3_600_000);
}

/** One piece of evidence scored on its own: 0 (worst) … 100 (best), with a weight. */
export interface Observation {
    recordId: string | null;
    object: string;
    summary: string;
    value: number;
    /** Decay × importance; loss aversion is applied by the aggregator. */
    weight: number;
    /** Counts toward confidence (false for an org prior or a neutral anchor). */
    isEvidence: boolean;
}

/** A signal's outcome with impacts on its own 0–100 scale (the scorer rescales them). */
export interface SignalOutcome {
    score: number | null;
    confidence: number;
    /**
     * How much evidence the signal rests on, in records (each counted at most once, old ones
     * less by decay): the overall confidence grows with it (see score.ts).
     */
    amount: number;
    summary: string;
    items: { recordId: string | null; object: string; summary: string; impact: number }[];
    /** The same items as a list whose summaries are made on demand (engine/itemList.ts). */
    list?: ItemList;
}

export const NO_EVIDENCE: SignalOutcome = Object.freeze({
    score: null,
    confidence: 0,
    amount: 0,
    summary: 'No evidence yet',
    items: []
});

/**
 * Loss-aversion factor for an observation's value: bad evidence (below 50) weighs up to
 * `lossAversion` times as much as good evidence. The factor is 50/x clamped to [1, λ] so
 * that value × factor never decreases as the value rises — which is exactly what keeps the
 * weighted mean monotonic: making one piece of evidence worse can never raise the score.
 */
export function lossAversionFactor(value: number, lossAversion: number): number {
    if (value >= 50) return 1;
    if (value <= 0) return lossAversion;
    return Math.min(lossAversion, 50 / value);
}

/** Confidence from the amount of evidence n (decayed weight, or a count): 1 − e^(−n/k). */
export function confidenceFrom(evidenceWeight: number, k: number): number {
    return evidenceWeight <= 0 ? 0 : 1 - Math.exp(-evidenceWeight / k);
}

/**
 * Weighted mean of observation values with loss aversion. Each observation's impact is its
 * share of (score − 50), so the items add up exactly to how far the signal sits from neutral.
 */
export function weightedMean(
    observations: Observation[],
    ctx: SignalContext,
    confidenceK: number,
    summary: string
): SignalOutcome {
    let total = 0;
    let sum = 0;
    let evidenceWeight = 0;
    let amount = 0;
    const weights = new Array<number>(observations.length);
    for (let i = 0; i < observations.length; i++) {
        const o = observations[i] as Observation;
        // Loss aversion is about evidence; an org prior or neutral anchor keeps its plain weight.
        const w = o.isEvidence ? o.weight * lossAversionFactor(o.value, ctx.model.lossAversion) : o.weight;
        weights[i] = w;
        total += w;
        sum += w * o.value;
        if (o.isEvidence) {
            evidenceWeight += o.weight;
            // A record counts once however important it is; decay still makes old ones count less.
            amount += Math.min(1, o.weight);
        }
    }
    if (total <= 0 || evidenceWeight <= 0) return NO_EVIDENCE;
    const score = clamp100(sum / total);
    const items = observations.map((o, i) => ({
        recordId: o.recordId,
        object: o.object,
        summary: o.summary,
        impact: ((weights[i] as number) * (o.value - 50)) / total
    }));
    return { score, confidence: confidenceFrom(evidenceWeight, confidenceK), amount, summary, items };
}

/** A cost carried by one record in a rate signal (case trouble, disputes). */
export interface Burden {
    /** Null for a baseline burden (e.g. a smoothing prior). */
    recordId: string | null;
    object: string;
    summary: string;
    /** Decayed trouble points (≥ 0). */
    points: number;
}

/** Org-typical quiet cases added to every account's record when a load is judged as a rate. */
export const PRIOR_CASES = 5;

/**
 * A load judged as a rate per quiet case (a case with no trouble and no dispute) against the
 * org's average, smoothed with PRIOR_CASES org-typical quiet cases:
 *
 *   rate = (points + 5·average) / (quiet cases + 5),   score = 100 / (1 + rate/average)
 *
 * An account exactly as troubled as the org scores 50, three times as troubled 25, ten
 * times 9 — rare events (disputes) still tell a bad account from a terrible one. Only quiet
 * cases dilute the load: a busy but calm customer is not condemned by volume, while one more
 * troubled or disputed case — or a quiet case turning bad — can only raise the rate. Had every
 * case counted, one more escalation would have lowered the dispute rate and one more dispute
 * the trouble rate, so worse evidence would have raised a pillar.
 *
 * Receipt: a "starting point" item holds +50 (a clean 100), and the points lost are shared
 * among the records — and the smoothing prior — in proportion to their points.
 */
export function smoothedRateScore(
    burdens: Burden[],
    load: { quiet: number; cases: number },
    orgAverage: number,
    text: { summary: (rate: number, average: number) => string; start: string; prior: string }
): SignalOutcome {
    if (load.cases === 0) return NO_EVIDENCE;
    const average = Math.max(RATE_FLOOR, orgAverage);
    const prior: Burden = {
        recordId: null,
        object: 'Baseline',
        summary: text.prior,
        points: PRIOR_CASES * average
    };
    const all = [prior, ...burdens];
    let points = 0;
    for (const b of all) points += b.points;
    const rate = points / (load.quiet + PRIOR_CASES);
    const score = clamp100(100 / (1 + rate / average));
    const lost = score - 100;
    const items: SignalOutcome['items'] = [
        { recordId: null, object: 'Baseline', summary: text.start, impact: 50 }
    ];
    for (const b of all) {
        if (b.points > 0)
            items.push({
                recordId: b.recordId,
                object: b.object,
                summary: b.summary,
                impact: (lost * b.points) / points
            });
    }
    return {
        score,
        confidence: confidenceFrom(load.cases, 5),
        amount: load.cases,
        summary: text.summary(rate, average),
        items
    };
}

/** The smallest org average a rate is compared with (an org with no trouble at all). */
export const RATE_FLOOR = 0.01;

export function clamp100(value: number): number {
    return value < 0 ? 0 : value > 100 ? 100 : value;
}

export function plural(n: number, word: string, pluralWord = `${word}s`): string {
    return `${n} ${n === 1 ? word : pluralWord}`;
}

export function formatDays(days: number): string {
    return plural(Math.round(days), 'day');
}

/** 1234567.8 → "1,234,568"; locale-free so browser and Node print the same receipt. */
export function formatAmount(amount: number): string {
    const whole = Math.round(Math.abs(amount)).toString();
    const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    return amount < 0 ? `-${grouped}` : grouped;
}

/**
 * Combines signals into pillars and the score, and explains the result.
 *
 * Each pillar is the weighted mean of its signals that have evidence; the score is the
 * weighted mean of the pillars that have evidence. Signals without evidence drop out and the
 * remaining weights are renormalised (no evidence is not average). Because everything is a
 * weighted mean, the score decomposes exactly: score = 50 + Σ drivers' impacts, and each
 * driver's impact is the sum of its evidence items' impacts.
 */
import { PILLAR_IDS, SIGNAL_IDS, SIGNAL_LABELS, type PillarId, type SignalId } from './catalog';
import type { AccountEvidence, Day } from './evidence';
import { assertFiniteCombination, assertFiniteResult } from './finite';
import { bandFor, isProvisional, type TrustModel } from './model';
import type { OrgBaselines } from './baselines';
import type { Driver, EvidenceItem, SignalResult, TrustResult } from './result';
import { withOverride } from './override';
import { SIGNALS } from './signals';
import { evaluationTime, modelIndex, type SignalContext, type SignalOutcome } from './signals/common';

export interface ScoreOptions {
    /** Keep at most this many evidence items per signal (largest impacts first); default all. */
    maxEvidencePerSignal?: number;
}

const round1 = (v: number): number => Math.round(v * 10) / 10;

/** A signal the model switches off reports nothing, so no receipt shows a score that does not count. */
const SWITCHED_OFF: SignalOutcome = Object.freeze({
    score: null,
    confidence: 0,
    amount: 0,
    summary: 'Switched off in this model',
    items: []
});
const round2 = (v: number): number => Math.round(v * 100) / 100;

/**
 * Evidence (in records, see SignalOutcome.amount) at which confidence reaches 1 − 1/e ≈ 63%.
 * Each signal's records count by the share of the score it carries, and with diminishing
 * returns (a square root): the hundredth deal adds less than the second, and evidence of
 * several kinds says more than a pile of one kind.
 */
export const CONFIDENCE_SCALE = 1.5;

/** Overall confidence from each signal's amount of evidence and its nominal share. */
function confidenceOf(outcomes: Record<SignalId, SignalOutcome>, nominal: Map<SignalId, number>): number {
    let depth = 0;
    for (const [s, share] of nominal) depth += share * Math.sqrt(outcomes[s].amount);
    return 1 - Math.exp(-depth / CONFIDENCE_SCALE);
}

const weightCache = new WeakMap<TrustModel, Map<number, Map<SignalId, number>>>();

/**
 * Share of the score each signal carries, given which signals have evidence (a bit per
 * signal). Only 512 patterns exist, so they are computed once per model.
 */
function effectiveWeightsFor(model: TrustModel, mask: number): Map<SignalId, number> {
    let perModel = weightCache.get(model);
    if (!perModel) weightCache.set(model, (perModel = new Map()));
    let weights = perModel.get(mask);
    if (!weights) {
        weights = effectiveWeights(model, (s) => (mask & (1 << SIGNAL_IDS.indexOf(s))) !== 0);
        perModel.set(mask, weights);
    }
    return weights;
}

function effectiveWeights(model: TrustModel, available: (s: SignalId) => boolean): Map<SignalId, number> {
    const pillarSignalWeight = new Map<PillarId, number>();
    for (const s of SIGNAL_IDS) {
        const setting = model.signals[s];
        if (!setting.enabled || setting.weight <= 0 || !available(s)) continue;
        pillarSignalWeight.set(
            setting.pillar,
            (pillarSignalWeight.get(setting.pillar) ?? 0) + setting.weight
        );
    }
    let pillarTotal = 0;
    for (const p of PILLAR_IDS) if ((pillarSignalWeight.get(p) ?? 0) > 0) pillarTotal += model.pillars[p];
    const out = new Map<SignalId, number>();
    if (pillarTotal <= 0) return out;
    for (const s of SIGNAL_IDS) {
        const setting = model.signals[s];
        const within = pillarSignalWeight.get(setting.pillar) ?? 0;
        if (!setting.enabled || setting.weight <= 0 || !available(s) || within <= 0) continue;
        const share = (model.pillars[setting.pillar] / pillarTotal) * (setting.weight / within);
        if (share > 0) out.set(s, share);
    }
    return out;
}

function byImpact(a: EvidenceItem, b: EvidenceItem): number {
    const d = Math.abs(b.impact) - Math.abs(a.impact);
    if (d !== 0) return d;
    const ka = a.recordId ?? '';
    const kb = b.recordId ?? '';
    return ka < kb ? -1 : ka > kb ? 1 : 0;
}

const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Sorted copy by id; exports are usually in id order already, so check before sorting. */
function sortedById<T extends { id: string }>(list: T[]): T[] {
    for (let i = 1; i < list.length; i++) {
        if ((list[i - 1] as T).id > (list[i] as T).id) return list.slice().sort(byId);
    }
    return list;
}

/**
 * The same records in a fixed order (by id), so the sums inside every signal run in the same
 * order whichever source listed them — CSV export, jsforce or GraphQL — and floating-point
 * results are bit-identical across runtimes.
 */
function canonical(e: AccountEvidence): AccountEvidence {
    return {
        account: e.account,
        opportunities: sortedById(e.opportunities),
        opportunityHistory: sortedById(e.opportunityHistory),
        cases: sortedById(e.cases),
        caseMilestones: sortedById(e.caseMilestones),
        contracts: sortedById(e.contracts),
        commitments: sortedById(e.commitments),
        references: sortedById(e.references),
        overrides: sortedById(e.overrides)
    };
}

/**
 * The score, band and pillars that stored signal scores give under a model: the what-if of
 * the setup page, which re-weights the org's latest receipts without reading evidence
 * again. It combines exactly as {@link scoreAccount} does; the only difference is that the
 * stored signal scores were rounded to one decimal.
 */
export function scoreFromSignals(
    signalScores: Readonly<Record<SignalId, number | null>>,
    model: TrustModel
): { score: number | null; band: string | null; pillars: Record<PillarId, number | null> } {
    let mask = 0;
    SIGNAL_IDS.forEach((s, i) => {
        if (model.signals[s].enabled && signalScores[s] !== null && signalScores[s] !== undefined)
            mask |= 1 << i;
    });
    const shares = effectiveWeightsFor(model, mask);
    const pillars = {} as Record<PillarId, number | null>;
    for (const p of PILLAR_IDS) {
        let sum = 0;
        let weight = 0;
        for (const s of SIGNAL_IDS) {
            const setting = model.signals[s];
            const value = signalScores[s];
            if (setting.pillar !== p || !setting.enabled || setting.weight <= 0 || value === null) continue;
            sum += setting.weight * value;
            weight += setting.weight;
        }
        pillars[p] = weight > 0 ? round1(sum / weight) : null;
    }
    let score: number | null = null;
    if (shares.size > 0) {
        let raw = 0;
        for (const [s, share] of shares) raw += share * (signalScores[s] as number);
        score = round1(raw);
    }
    assertFiniteCombination('(stored signal scores)', { score, pillars });
    return { score, band: bandFor(model, score), pillars };
}

/**
 * Scores one account. Pure and deterministic: the same evidence, model, baselines and
 * `asOf` day always give the same result, in Node and in the browser.
 */
export function scoreAccount(
    input: AccountEvidence,
    model: TrustModel,
    baselines: OrgBaselines,
    asOf: Day,
    options: ScoreOptions = {}
): TrustResult {
    const evidence = canonical(input);
    const ctx: SignalContext = {
        model,
        baselines,
        time: evaluationTime(model, asOf),
        index: modelIndex(model)
    };
    const outcomes = {} as Record<SignalId, SignalOutcome>;
    for (const s of SIGNAL_IDS)
        outcomes[s] = model.signals[s].enabled ? SIGNALS[s](evidence, ctx) : SWITCHED_OFF;

    let mask = 0;
    SIGNAL_IDS.forEach((s, i) => {
        if (outcomes[s].score !== null) mask |= 1 << i;
    });
    const shares = effectiveWeightsFor(model, mask);
    const nominal = effectiveWeightsFor(model, (1 << SIGNAL_IDS.length) - 1);

    // Pillars: weighted mean of their signals with evidence.
    const pillars = {} as Record<PillarId, number | null>;
    for (const p of PILLAR_IDS) {
        let sum = 0;
        let weight = 0;
        for (const s of SIGNAL_IDS) {
            const setting = model.signals[s];
            const score = outcomes[s].score;
            if (setting.pillar !== p || !setting.enabled || setting.weight <= 0 || score === null) continue;
            sum += setting.weight * score;
            weight += setting.weight;
        }
        pillars[p] = weight > 0 ? round1(sum / weight) : null;
    }

    let raw: number | null = null;
    if (shares.size > 0) {
        raw = 0;
        for (const [s, share] of shares) raw += share * (outcomes[s].score as number);
    }
    const confidence = round2(confidenceOf(outcomes, nominal));

    const signals = {} as Record<SignalId, SignalResult>;
    const drivers: Driver[] = [];
    const limit = options.maxEvidencePerSignal ?? Number.POSITIVE_INFINITY;
    for (const s of SIGNAL_IDS) {
        const outcome = outcomes[s];
        const share = shares.get(s) ?? 0;
        const evidenceItems: EvidenceItem[] = outcome.items.map((item) => ({
            recordId: item.recordId,
            object: item.object,
            summary: item.summary,
            impact: round2(item.impact * share)
        }));
        evidenceItems.sort(byImpact);
        signals[s] = {
            pillar: model.signals[s].pillar,
            score: outcome.score === null ? null : round1(outcome.score),
            confidence: round2(outcome.confidence),
            summary: outcome.summary,
            evidence: evidenceItems.length > limit ? evidenceItems.slice(0, limit) : evidenceItems
        };
        if (outcome.score !== null && share > 0) {
            const impact = share * (outcome.score - 50);
            const direction = Math.sign(impact);
            const recordIds = evidenceItems
                .filter((e) => e.recordId !== null && Math.sign(e.impact) === direction && e.impact !== 0)
                .slice(0, 3)
                .map((e) => e.recordId as string);
            drivers.push({
                signal: s,
                pillar: model.signals[s].pillar,
                impact: round2(impact),
                summary: `${SIGNAL_LABELS[s]} ${round1(outcome.score)}/100: ${outcome.summary}`,
                recordIds
            });
        }
    }
    drivers.sort((a, b) => Math.abs(b.impact) - Math.abs(a.impact) || (a.signal < b.signal ? -1 : 1));

    const score = raw === null ? null : round1(raw);
    const provisional = isProvisional(model, score, confidence);
    const computed = assertFiniteResult({
        accountId: evidence.account.id,
        accountName: evidence.account.name,
        score,
        band: provisional ? null : bandFor(model, score),
        confidence,
        provisional,
        pillars,
        signals,
        drivers
    });
    return withOverride(computed, evidence.overrides, model, asOf);
}

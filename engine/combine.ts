/**
 * How signal outcomes combine into the score: each signal's share given which signals have
 * evidence, the unrounded score, the confidence. Shared by the scorer and the next band's
 * re-scoring of hypothetical evidence, so both combine exactly alike.
 */
import { PILLAR_IDS, SIGNAL_IDS, type PillarId, type SignalId } from './catalog';
import type { AccountEvidence } from './evidence';
import type { TrustModel } from './model';
import { SIGNALS } from './signals';
import type { SignalContext, SignalOutcome } from './signals/common';

/** A signal the model switches off reports nothing, so no receipt shows a score that does not count. */
export const SWITCHED_OFF: SignalOutcome = Object.freeze({
    score: null,
    confidence: 0,
    amount: 0,
    summary: 'Switched off in this model',
    items: []
});
/**
 * Evidence (in records, see SignalOutcome.amount) at which confidence reaches 1 − 1/e ≈ 63%.
 * Each signal's records count by the share of the score it carries, and with diminishing
 * returns (a square root): the hundredth deal adds less than the second, and evidence of
 * several kinds says more than a pile of one kind.
 */
export const CONFIDENCE_SCALE = 1.5;

/** Overall confidence from each signal's amount of evidence and its nominal share. */
export function confidenceOf(
    outcomes: Record<SignalId, SignalOutcome>,
    nominal: Map<SignalId, number>
): number {
    let depth = 0;
    for (const [s, share] of nominal) depth += share * Math.sqrt(outcomes[s].amount);
    return 1 - Math.exp(-depth / CONFIDENCE_SCALE);
}

const weightCache = new WeakMap<TrustModel, Map<number, Map<SignalId, number>>>();

/**
 * Share of the score each signal carries, given which signals have evidence (a bit per
 * signal). Only 512 patterns exist, so they are computed once per model.
 */
export function effectiveWeightsFor(model: TrustModel, mask: number): Map<SignalId, number> {
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

/**
 * The outcomes of the given signals for canonical evidence (a signal the model switches off
 * reports nothing). The next band re-scores hypothetical evidence with it, one signal at a time.
 */
export function signalOutcomes(
    evidence: AccountEvidence,
    ctx: SignalContext,
    signals: readonly SignalId[],
    into = {} as Record<SignalId, SignalOutcome>
): Record<SignalId, SignalOutcome> {
    for (const s of signals)
        into[s] = ctx.model.signals[s].enabled ? SIGNALS[s](evidence, ctx) : SWITCHED_OFF;
    return into;
}

/** Each signal's share of the score, given which signals have evidence. */
export function sharesOf(
    outcomes: Record<SignalId, SignalOutcome>,
    model: TrustModel
): Map<SignalId, number> {
    let mask = 0;
    SIGNAL_IDS.forEach((s, i) => {
        if (outcomes[s].score !== null) mask |= 1 << i;
    });
    return effectiveWeightsFor(model, mask);
}

/** The unrounded score: each signal's score by its share; null when no signal has evidence. */
export function rawScore(
    outcomes: Record<SignalId, SignalOutcome>,
    shares: Map<SignalId, number>
): number | null {
    if (shares.size === 0) return null;
    let raw = 0;
    for (const [s, share] of shares) raw += share * (outcomes[s].score as number);
    return raw;
}

/**
 * How signal outcomes combine into the score: each signal's share given which signals have
 * evidence, the unrounded score, the confidence. Shared by the scorer and the next band's
 * re-scoring of hypothetical evidence, so both combine exactly alike.
 */
import { PILLAR_IDS, SIGNAL_IDS, isSignalId, type PillarId, type SignalId } from './catalog';
import type { AccountEvidence } from './evidence';
import type { TrustModel } from './model';
import { SIGNALS } from './signals';
import type { SignalContext, SignalOutcome } from './signals/common';
import { customSignal } from './signals/custom';
import type { CustomSignalSetting } from './signals/customSetting';

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

/**
 * A signal as the combination sees it, catalog or custom: its id and how the model weighs it.
 * Catalog signals come first, in catalog order, then the model's custom signals in its order,
 * so a model without custom signals adds up exactly as before they existed.
 */
export interface WeighedSignal {
    id: string;
    enabled: boolean;
    pillar: PillarId;
    weight: number;
}

/** Outcomes by signal id: every catalog signal, and the model's custom signals. */
export type SignalOutcomes = Record<SignalId, SignalOutcome> & Record<string, SignalOutcome>;

const signalsCache = new WeakMap<TrustModel, readonly WeighedSignal[]>();

/** Every signal the model scores, catalog first (see {@link WeighedSignal}). */
export function scoredSignals(model: TrustModel): readonly WeighedSignal[] {
    let list = signalsCache.get(model);
    if (!list) {
        list = [
            ...SIGNAL_IDS.map((id) => ({ id, ...model.signals[id] })),
            ...(model.customSignals ?? []).map(({ id, enabled, pillar, weight }) => ({
                id,
                enabled,
                pillar,
                weight
            }))
        ];
        signalsCache.set(model, list);
    }
    return list;
}

const idsCache = new WeakMap<TrustModel, readonly string[]>();

/** The ids of {@link scoredSignals}, in the same order. */
export function scoredSignalIds(model: TrustModel): readonly string[] {
    let ids = idsCache.get(model);
    if (!ids) idsCache.set(model, (ids = scoredSignals(model).map((s) => s.id)));
    return ids;
}

/** The mask of every signal the model scores: each signal's nominal share comes from it. */
export function allSignalsMask(model: TrustModel): number {
    return 2 ** scoredSignals(model).length - 1;
}

/** Overall confidence from each signal's amount of evidence and its nominal share. */
export function confidenceOf(outcomes: SignalOutcomes, nominal: Map<string, number>): number {
    let depth = 0;
    // forEach walks the map in the same order as for…of, without an entry per signal.
    nominal.forEach((share, s) => (depth += share * Math.sqrt((outcomes[s] as SignalOutcome).amount)));
    return 1 - Math.exp(-depth / CONFIDENCE_SCALE);
}

const weightCache = new WeakMap<TrustModel, Map<number, Map<string, number>>>();

/**
 * Share of the score each signal carries, given which signals have evidence (a bit per
 * signal, in {@link scoredSignals} order). The catalog alone has 512 patterns, so they are
 * computed once per model.
 */
export function effectiveWeightsFor(model: TrustModel, mask: number): Map<string, number> {
    let perModel = weightCache.get(model);
    if (!perModel) weightCache.set(model, (perModel = new Map()));
    let weights = perModel.get(mask);
    if (!weights) {
        weights = effectiveWeights(scoredSignals(model), model, (i) => (mask & (1 << i)) !== 0);
        perModel.set(mask, weights);
    }
    return weights;
}

function effectiveWeights(
    list: readonly WeighedSignal[],
    model: TrustModel,
    available: (index: number) => boolean
): Map<string, number> {
    const counts = (s: WeighedSignal, i: number): boolean => s.enabled && s.weight > 0 && available(i);
    const pillarSignalWeight = new Map<PillarId, number>();
    list.forEach((s, i) => {
        if (counts(s, i))
            pillarSignalWeight.set(s.pillar, (pillarSignalWeight.get(s.pillar) ?? 0) + s.weight);
    });
    let pillarTotal = 0;
    for (const p of PILLAR_IDS) if ((pillarSignalWeight.get(p) ?? 0) > 0) pillarTotal += model.pillars[p];
    const out = new Map<string, number>();
    if (pillarTotal <= 0) return out;
    list.forEach((s, i) => {
        const within = pillarSignalWeight.get(s.pillar) ?? 0;
        if (!counts(s, i) || within <= 0) return;
        const share = (model.pillars[s.pillar] / pillarTotal) * (s.weight / within);
        if (share > 0) out.set(s.id, share);
    });
    return out;
}

const customCache = new WeakMap<TrustModel, Map<string, CustomSignalSetting>>();

function customSetting(model: TrustModel, id: string): CustomSignalSetting | undefined {
    let byId = customCache.get(model);
    if (!byId) customCache.set(model, (byId = new Map((model.customSignals ?? []).map((c) => [c.id, c]))));
    return byId.get(id);
}

/**
 * The outcomes of the given signals for canonical evidence (a signal the model switches off
 * reports nothing). The next band re-scores hypothetical evidence with it, one signal at a time.
 * A custom signal found in `known` (customNumbers.ts, worked out beforehand) is taken from it.
 */
export function signalOutcomes(
    evidence: AccountEvidence,
    ctx: SignalContext,
    signals: readonly string[],
    into = {} as SignalOutcomes,
    known?: Readonly<Record<string, SignalOutcome>>
): SignalOutcomes {
    for (const s of signals) {
        if (isSignalId(s)) {
            into[s] = ctx.model.signals[s].enabled ? SIGNALS[s](evidence, ctx) : SWITCHED_OFF;
            continue;
        }
        const given = known?.[s];
        if (given) {
            into[s] = given;
            continue;
        }
        const custom = customSetting(ctx.model, s);
        into[s] = custom?.enabled ? customSignal(custom, evidence, ctx) : SWITCHED_OFF;
    }
    return into;
}

/** Each signal's share of the score, given which signals have evidence. */
export function sharesOf(outcomes: SignalOutcomes, model: TrustModel): Map<string, number> {
    let mask = 0;
    scoredSignalIds(model).forEach((s, i) => {
        if (outcomes[s]?.score != null) mask |= 1 << i;
    });
    return effectiveWeightsFor(model, mask);
}

/** The unrounded score: each signal's score by its share; null when no signal has evidence. */
export function rawScore(outcomes: SignalOutcomes, shares: Map<string, number>): number | null {
    if (shares.size === 0) return null;
    let raw = 0;
    shares.forEach((share, s) => (raw += share * ((outcomes[s] as SignalOutcome).score as number)));
    return raw;
}

/**
 * The weights calibration may move: every enabled signal's weight and the four pillar
 * weights, as one vector. Structure, mappings, bands and switched-off signals stay as the
 * base model has them, so a learnt model reads exactly like the base one.
 */
import { PILLAR_IDS, SIGNAL_IDS, SIGNAL_LABELS, type PillarId, type SignalId } from '../../engine/catalog';
import type { TrustModel } from '../../engine/model';

export type WeightKey = { kind: 'signal'; id: SignalId } | { kind: 'pillar'; id: PillarId };

export function weightKeys(model: TrustModel): WeightKey[] {
    const keys: WeightKey[] = [];
    for (const id of SIGNAL_IDS) if (model.signals[id].enabled) keys.push({ kind: 'signal', id });
    for (const id of PILLAR_IDS) keys.push({ kind: 'pillar', id });
    return keys;
}

export function weightsOf(model: TrustModel, keys: readonly WeightKey[]): number[] {
    return keys.map((k) => (k.kind === 'signal' ? model.signals[k.id].weight : model.pillars[k.id]));
}

/** The base model with these weights. */
export function withWeights(
    model: TrustModel,
    keys: readonly WeightKey[],
    weights: readonly number[]
): TrustModel {
    const signals = { ...model.signals };
    const pillars = { ...model.pillars };
    keys.forEach((k, i) => {
        const w = weights[i] as number;
        if (k.kind === 'signal') signals[k.id] = { ...signals[k.id], weight: w };
        else pillars[k.id] = w;
    });
    return { ...model, signals, pillars };
}

export function weightLabel(key: WeightKey): string {
    return key.kind === 'signal' ? `${SIGNAL_LABELS[key.id]} (signal)` : `${key.id} (pillar)`;
}

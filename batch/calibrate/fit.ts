/**
 * Learning weights: coordinate ascent on the AUC of the training outcomes. Each weight in
 * turn tries every value of a fixed grid (and its base value), keeping the one that ranks
 * renewals best, minus a small pull toward the base weights so that a weight moves only
 * when the outcomes ask for it. Passes repeat until none changes a weight. Scores come from
 * the engine's own `scoreFromSignals`, so a missing signal is left out and the rest
 * renormalised exactly as when the engine scores: a learnt weight means the same thing there.
 */
import type { SignalId } from '../../engine/catalog';
import type { TrustModel } from '../../engine/model';
import { scoreFromSignals } from '../../engine/score';
import { rankAuc } from '../../records/backtest';
import { withWeights, type WeightKey } from './weights';

/** One judged account in one window: its signal scores then, and whether it renewed. */
export interface Example {
    accountId: string;
    window: number;
    signals: Readonly<Record<SignalId, number | null>>;
    renewed: boolean;
}

/** Values each weight may take; weights are relative, so this spans "off" to "six times a default 1". */
export const WEIGHT_GRID: readonly number[] = [0, 0.5, 1, 1.5, 2, 3, 4, 6];
/** AUC given up per unit of total relative distance from the base weights. */
export const SHRINK = 0.02;
const MAX_PASSES = 6;

/** AUC of a model on examples, or null when a class is missing or an example loses its score. */
export function aucOf(model: TrustModel, examples: readonly Example[]): number | null {
    const items: { score: number; renewed: boolean }[] = [];
    for (const e of examples) {
        const { score } = scoreFromSignals(e.signals, model);
        // A weight set that silences every signal an account has would drop it from the
        // judgement; refuse it rather than judge on fewer accounts.
        if (score === null) return null;
        items.push({ score, renewed: e.renewed });
    }
    return rankAuc(items);
}

function distance(weights: readonly number[], base: readonly number[]): number {
    let total = 0;
    let scale = 0;
    for (let i = 0; i < base.length; i++) {
        total += Math.abs((weights[i] as number) - (base[i] as number));
        scale += base[i] as number;
    }
    return scale > 0 ? total / scale : total;
}

export function fitWeights(
    model: TrustModel,
    keys: readonly WeightKey[],
    base: readonly number[],
    examples: readonly Example[]
): number[] {
    const objective = (weights: readonly number[]): number => {
        const auc = aucOf(withWeights(model, keys, weights), examples);
        return auc === null ? Number.NEGATIVE_INFINITY : auc - SHRINK * distance(weights, base);
    };
    const current = base.slice();
    let best = objective(current);
    for (let pass = 0; pass < MAX_PASSES; pass++) {
        let changed = false;
        for (let i = 0; i < keys.length; i++) {
            const candidates = [...new Set([...WEIGHT_GRID, base[i] as number])].sort((a, b) => a - b);
            for (const value of candidates) {
                if (value === current[i]) continue;
                const trial = current.slice();
                trial[i] = value;
                const score = objective(trial);
                // Strictly better only: ties keep the current value, so the result never
                // depends on the grid's order beyond its first improvement.
                if (score > best + 1e-12) {
                    best = score;
                    current[i] = value;
                    changed = true;
                }
            }
        }
        if (!changed) break;
    }
    return current;
}

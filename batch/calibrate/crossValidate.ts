/**
 * Out-of-sample AUC of learnt weights against the base model on the same folds: k folds
 * across accounts (an account's windows stay together, so it is never judged by weights
 * learnt from itself) and, with several windows, across time (each window predicted by
 * weights learnt from the earlier ones only).
 */
import type { TrustModel } from '../../engine/model';
import { aucOf, fitWeights, type Example } from './fit';
import { withWeights, type WeightKey } from './weights';

export const FOLDS = 5;

export interface FoldResult {
    kind: 'accounts' | 'time';
    base: number;
    learnt: number;
}

/** FNV-1a of the id: a fold that depends on the account alone, never on the order of the data. */
export function foldOf(accountId: string, folds: number): number {
    let h = 0x811c9dc5;
    for (let i = 0; i < accountId.length; i++) {
        h ^= accountId.charCodeAt(i);
        h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h % folds;
}

function evaluate(
    kind: FoldResult['kind'],
    model: TrustModel,
    keys: readonly WeightKey[],
    base: readonly number[],
    train: readonly Example[],
    test: readonly Example[]
): FoldResult | null {
    const baseAuc = aucOf(model, test);
    if (baseAuc === null || train.length === 0) return null;
    const learnt = withWeights(model, keys, fitWeights(model, keys, base, train));
    const learntAuc = aucOf(learnt, test);
    return learntAuc === null ? null : { kind, base: baseAuc, learnt: learntAuc };
}

export function crossValidate(
    model: TrustModel,
    keys: readonly WeightKey[],
    base: readonly number[],
    examples: readonly Example[],
    windows: number
): FoldResult[] {
    const out: FoldResult[] = [];
    for (let f = 0; f < FOLDS; f++) {
        const test = examples.filter((e) => foldOf(e.accountId, FOLDS) === f);
        const train = examples.filter((e) => foldOf(e.accountId, FOLDS) !== f);
        const r = evaluate('accounts', model, keys, base, train, test);
        if (r) out.push(r);
    }
    for (let t = 1; t < windows; t++) {
        const test = examples.filter((e) => e.window === t);
        const train = examples.filter((e) => e.window < t);
        const r = evaluate('time', model, keys, base, train, test);
        if (r) out.push(r);
    }
    return out;
}

export interface Verdict {
    folds: number;
    base: number;
    learnt: number;
    gain: number;
    /** Standard error of the per-fold gains: a gain within two of them is noise. */
    noise: number;
    worthIt: boolean;
}

export function verdict(results: readonly FoldResult[]): Verdict {
    const n = results.length;
    const mean = (xs: number[]): number => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);
    const gains = results.map((r) => r.learnt - r.base);
    const gain = mean(gains);
    const variance =
        n > 1 ? gains.reduce((s, g) => s + (g - gain) ** 2, 0) / (n - 1) : Number.POSITIVE_INFINITY;
    const noise = Math.sqrt(variance / Math.max(1, n));
    return {
        folds: n,
        base: mean(results.map((r) => r.base)),
        learnt: mean(results.map((r) => r.learnt)),
        gain,
        noise,
        worthIt: n > 1 && gain > 0 && gain > 2 * noise
    };
}

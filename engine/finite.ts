/**
 * The last check of every result: each number a receipt carries is finite. The model's limits
 * (MODEL_LIMITS) keep the arithmetic finite for every valid model; should a NaN or an Infinity
 * still appear, the account is refused loudly here instead of being stored as a missing or
 * nonsensical score (JSON would turn NaN into null, a "no evidence" that is not true).
 */
import { PILLAR_IDS, type PillarId } from './catalog';
import type { TrustResult } from './result';

export class NonFiniteResultError extends Error {
    override name = 'NonFiniteResultError';
    constructor(
        readonly accountId: string,
        readonly path: string,
        readonly value: number
    ) {
        super(
            `the score of account ${accountId} came out non-finite at ${path} (${value}); nothing was stored for it`
        );
    }
}

function check(accountId: string, path: string, value: number | null): void {
    if (value !== null && !Number.isFinite(value)) throw new NonFiniteResultError(accountId, path, value);
}

const finite = (value: number | null): boolean => value === null || Number.isFinite(value);

/** Every score, pillar, confidence and impact of the result, or NonFiniteResultError naming the first bad one. */
export function assertFiniteResult(result: TrustResult): TrustResult {
    const id = result.accountId;
    check(id, 'score', result.score);
    check(id, 'confidence', result.confidence);
    // Every account passes through here: a path is worded only for a number that fails.
    for (const p of PILLAR_IDS) if (!finite(result.pillars[p])) check(id, `pillars.${p}`, result.pillars[p]);
    // Catalog signals first, then the model's custom signals, as the result lists them.
    const { signals } = result;
    for (const s in signals) {
        const signal = signals[s] as (typeof signals)[keyof typeof signals];
        if (!finite(signal.score)) check(id, `signals.${s}.score`, signal.score);
        if (!finite(signal.confidence)) check(id, `signals.${s}.confidence`, signal.confidence);
        const { evidence } = signal;
        for (let i = 0; i < evidence.length; i++) {
            const impact = (evidence[i] as (typeof evidence)[number]).impact;
            if (!Number.isFinite(impact))
                throw new NonFiniteResultError(id, `signals.${s}.evidence[${i}].impact`, impact);
        }
    }
    const { drivers } = result;
    for (let i = 0; i < drivers.length; i++) {
        const impact = (drivers[i] as (typeof drivers)[number]).impact;
        if (!finite(impact)) check(id, `drivers[${i}].impact`, impact);
    }
    return result;
}

/** The what-if's combination of stored signal scores: its score and pillars. */
export function assertFiniteCombination(
    what: string,
    combined: { score: number | null; pillars: Record<PillarId, number | null> }
): void {
    check(what, 'score', combined.score);
    for (const p of PILLAR_IDS) check(what, `pillars.${p}`, combined.pillars[p]);
}

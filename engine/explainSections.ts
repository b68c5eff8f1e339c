/**
 * The parts of a receipt in words that are about the account's standing rather than its
 * evidence: the override a person set over the computed band, and the roll-up of the
 * accounts below a parent. Used by `explain` (explain.ts) and anything else that prints a
 * receipt as text; the components word them with Custom Labels of their own.
 */
import type { OverrideResult } from './result';
import type { Rollup, WeightBasis } from './rollup';

/** How the roll-up's mean is weighted, said so a reader need not know the field's values. */
const WEIGHT_BASIS_TEXT: Record<WeightBasis, string> = {
    contractValue: 'weighted by each account’s current contract value',
    mixed: 'weighted by current contract value; accounts without one count as a typical contract',
    equal: 'every account weighs the same (no current contract values known)'
};

export function weightBasisText(basis: WeightBasis): string {
    return WEIGHT_BASIS_TEXT[basis];
}

/** "Roll-up of the N accounts below: …", the lowest of them, and what the mean is weighted by. */
export function rollupLines(rollup: Rollup): string[] {
    const below = rollup.children === 1 ? 'the account below' : `the ${rollup.children} accounts below`;
    if (rollup.score === null) return [`Roll-up of ${below}: none — no account below has evidence yet.`];
    return [
        `Roll-up of ${below}: ${rollup.score.toFixed(1)} — ${rollup.band ?? 'no band'} (its own score not included)`,
        ...(rollup.lowest
            ? [`  Lowest: ${rollup.lowest.accountId} at ${rollup.lowest.score.toFixed(1)}`]
            : []),
        `  Weights: ${weightBasisText(rollup.weightBasis)}`
    ];
}

/** One line: the band a person set, why, until when, and the band the score itself earns. */
export function overrideLine(override: OverrideResult): string {
    const reason = override.reason ? `: "${override.reason}"` : '';
    const computed = override.computedBand ?? 'no band';
    return `Band set by an override (${override.recordId}) until ${override.expiresOn}${reason}; the score itself earns ${computed}.`;
}

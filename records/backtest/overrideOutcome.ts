/**
 * Did overridden accounts renew like the band a person set, or like the band the evidence
 * earned? Each overridden account's outcome (churned or not) is held against two expectations:
 * the churn rate of its override band and of its computed band, both measured on the window's
 * accounts nobody overrode (so the people judged are not their own yardstick). The band whose
 * rates sit closer to what happened, as a mean squared gap, is the one the outcomes were like.
 */
import type { BandOutcome, JudgedAccount, OverrideOutcome } from './types';

const round4 = (v: number): number => Math.round(v * 10_000) / 10_000;

/** Churn rate per band name among the given outcomes' counted bands. */
function churnByBand(bands: readonly BandOutcome[]): Map<string, number> {
    const out = new Map<string, number>();
    for (const b of bands) if (b.band !== null && b.churnRate !== null) out.set(b.band, b.churnRate);
    return out;
}

/**
 * The override section of a window, or null when no judged account was overridden.
 * `plainBands` are the churn rates by band of the accounts without an override.
 */
export function overrideOutcome(
    judged: readonly JudgedAccount[],
    plainBands: readonly BandOutcome[]
): OverrideOutcome | null {
    const overridden = judged.filter((a) => a.override !== undefined);
    if (overridden.length === 0) return null;
    const rates = churnByBand(plainBands);
    let compared = 0;
    let overrideGap = 0;
    let computedGap = 0;
    for (const a of overridden) {
        const asOverride = rates.get(a.override as string);
        const asComputed = a.band === null ? undefined : rates.get(a.band);
        // Without a rate for both bands there is nothing to hold the outcome against.
        if (asOverride === undefined || asComputed === undefined) continue;
        const outcome = a.renewed ? 0 : 1;
        compared++;
        overrideGap += (outcome - asOverride) ** 2;
        computedGap += (outcome - asComputed) ** 2;
    }
    const overrideBandError = compared > 0 ? round4(overrideGap / compared) : null;
    const computedBandError = compared > 0 ? round4(computedGap / compared) : null;
    let closerTo: OverrideOutcome['closerTo'] = null;
    if (overrideBandError !== null && computedBandError !== null)
        closerTo =
            overrideBandError < computedBandError
                ? 'override'
                : overrideBandError > computedBandError
                  ? 'computed'
                  : 'same';
    return {
        accounts: overridden.length,
        churned: overridden.filter((a) => !a.renewed).length,
        compared,
        overrideBandError,
        computedBandError,
        closerTo
    };
}

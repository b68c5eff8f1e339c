/**
 * Levels that move over a window, for the optional evidence files of the demo org
 * (usage, surveys, meetings, invoices): each archetype has a level at the start of the window
 * and one at its end, so an eroding account looks fine in old records and poor in recent ones.
 */

/** A level at the start of the window and at its end (the reference date). */
export type Trend = readonly [number, number];

/** The level `progress` (0 = start, 1 = end) of the way along the trend. */
export function levelAt(trend: Trend, progress: number): number {
    return trend[0] + (trend[1] - trend[0]) * progress;
}

/** `value` held inside [min, max]. */
export function clamp(value: number, min: number, max: number): number {
    return Math.min(max, Math.max(min, value));
}

/** The few statistics the defaults study prints: a mean, and the spread of a handful of numbers. */

/** Mean of the numbers that are there; null when none is. */
export function meanOf(values: readonly (number | null)[]): number | null {
    const present = values.filter((v): v is number => v !== null);
    return present.length === 0 ? null : present.reduce((s, v) => s + v, 0) / present.length;
}

/** Sample standard deviation (n − 1): the orgs are a sample of the orgs a seed could give. */
export function sampleSd(values: readonly number[]): number | null {
    if (values.length < 2) return null;
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    return Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / (values.length - 1));
}

export interface Spread {
    mean: number;
    sd: number | null;
    min: number;
    max: number;
}

/** Mean, sample sd, lowest and highest of the numbers that are there; null when none is. */
export function spreadOf(values: readonly (number | null)[]): Spread | null {
    const present = values.filter((v): v is number => v !== null);
    if (present.length === 0) return null;
    return {
        mean: meanOf(present) as number,
        sd: sampleSd(present),
        min: Math.min(...present),
        max: Math.max(...present)
    };
}

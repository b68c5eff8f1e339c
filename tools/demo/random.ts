/**
 * A small, fast, seedable PRNG (sfc32) with the distributions the demo generator needs.
 *
 * The generator must be byte-for-byte reproducible from a seed, so it never touches
 * `Math.random` or the clock. Each account gets its own stream (seeded from the org seed and
 * the account's index), which keeps an account's data independent of how many accounts come
 * before it.
 */

/** Mixes two 32-bit integers into a well-distributed 32-bit seed (a murmur3-style finaliser). */
export function mixSeed(a: number, b: number): number {
    let h = (Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x7f4a7c15, 0xc2b2ae35)) >>> 0;
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h >>> 0;
}

const TWO_POW_32 = 4_294_967_296;

export class Random {
    private a: number;
    private b: number;
    private c: number;
    private d: number;
    /** Box–Muller makes normals in pairs; the second one is kept for the next call. */
    private spareNormal: number | null = null;

    constructor(seed: number) {
        this.a = 0x9e3779b9;
        this.b = 0x243f6a88;
        this.c = 0xb7e15162;
        this.d = seed >>> 0;
        // sfc32's first outputs are correlated with the seed; warming up decorrelates them.
        for (let i = 0; i < 12; i++) this.uint32();
    }

    /** Uniform 32-bit unsigned integer (sfc32). */
    uint32(): number {
        const t = (((this.a + this.b) | 0) + this.d) | 0;
        this.d = (this.d + 1) | 0;
        this.a = this.b ^ (this.b >>> 9);
        this.b = (this.c + (this.c << 3)) | 0;
        this.c = (this.c << 21) | (this.c >>> 11);
        this.c = (this.c + t) | 0;
        return t >>> 0;
    }

    /** Uniform in [0, 1). */
    next(): number {
        return this.uint32() / TWO_POW_32;
    }

    /** Uniform integer in [min, max] (both inclusive). */
    int(min: number, max: number): number {
        return min + Math.floor(this.next() * (max - min + 1));
    }

    /** Uniform real in [min, max). */
    between(min: number, max: number): number {
        return min + this.next() * (max - min);
    }

    chance(probability: number): boolean {
        return this.next() < probability;
    }

    pick<T>(items: readonly T[]): T {
        const item = items[Math.floor(this.next() * items.length)];
        if (item === undefined) throw new Error('pick from an empty list');
        return item;
    }

    /** Standard normal (Box–Muller). */
    normal(): number {
        if (this.spareNormal !== null) {
            const spare = this.spareNormal;
            this.spareNormal = null;
            return spare;
        }
        const u = 1 - this.next(); // (0, 1]: log(0) would be -Infinity
        const v = this.next();
        const r = Math.sqrt(-2 * Math.log(u));
        this.spareNormal = r * Math.sin(2 * Math.PI * v);
        return r * Math.cos(2 * Math.PI * v);
    }

    /** Log-normal with the given median and log-space standard deviation. */
    logNormal(median: number, sigma: number): number {
        return median * Math.exp(sigma * this.normal());
    }

    /** Poisson count; Knuth's method for small means, a rounded normal for large ones. */
    poisson(mean: number): number {
        if (mean <= 0) return 0;
        if (mean > 40) return Math.max(0, Math.round(mean + Math.sqrt(mean) * this.normal()));
        const limit = Math.exp(-mean);
        let k = 0;
        let p = this.next();
        while (p > limit) {
            k++;
            p *= this.next();
        }
        return k;
    }
}

/** A discrete distribution over labelled outcomes, sampled by cumulative weight. */
export class Weighted<T> {
    private readonly values: T[];
    private readonly cumulative: number[];
    private readonly total: number;

    constructor(entries: ReadonlyArray<readonly [T, number]>) {
        this.values = [];
        this.cumulative = [];
        let sum = 0;
        for (const [value, weight] of entries) {
            if (weight <= 0) continue;
            sum += weight;
            this.values.push(value);
            this.cumulative.push(sum);
        }
        if (sum <= 0) throw new Error('a weighted choice needs a positive weight');
        this.total = sum;
    }

    sample(random: Random): T {
        const x = random.next() * this.total;
        for (let i = 0; i < this.cumulative.length; i++) {
            if (x < (this.cumulative[i] as number)) return this.values[i] as T;
        }
        return this.values[this.values.length - 1] as T;
    }
}

import { SIGNAL_IDS, type SignalId } from '../../../engine/catalog';
import { defaultModel, validateModel, type TrustModel } from '../../../engine/model';
import type { JudgedAccount } from '../../../records/backtest';
import type { Replay } from '../../backtest/replay';
import { foldOf, verdict } from '../crossValidate';
import { aucOf } from '../fit';
import { calibrate, examplesOf } from '../learn';

const base = defaultModel();

/** A small deterministic generator, so the synthetic org is the same on every run. */
function lcg(seed: number): () => number {
    let s = seed >>> 0;
    return () => {
        s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
        return s / 2 ** 32;
    };
}

/**
 * Accounts whose renewal follows their promise keeping only, while the other signals are
 * noise and a third of the accounts have no promise evidence at all (left out, as the engine does).
 */
function syntheticReplay(accounts: number, windows: number): Replay {
    const random = lcg(7);
    return {
        newest: 20_000,
        windows: Array.from({ length: windows }, (_, w) => ({
            asOf: 19_000 + w * 180,
            baselines: {} as never,
            leftOut: 0,
            unscored: 0,
            judged: Array.from({ length: accounts }, (_, i): JudgedAccount => {
                const signals = {} as Record<SignalId, number | null>;
                for (const s of SIGNAL_IDS) signals[s] = Math.round(random() * 1000) / 10;
                const hasPromises = i % 3 !== 0;
                const promise = Math.round(random() * 1000) / 10;
                signals.promiseKeeping = hasPromises ? promise : null;
                const renewed = hasPromises ? random() < 0.15 + 0.8 * (promise / 100) : random() < 0.6;
                return {
                    accountId: `001${String(i).padStart(15, '0')}`,
                    score: 50,
                    band: null,
                    provisional: false,
                    renewed,
                    downsell: false,
                    signals
                };
            })
        }))
    };
}

/** The share of the score a signal carries when every signal has evidence. */
function shareOf(signal: SignalId, model: TrustModel): number {
    const pillar = model.signals[signal].pillar;
    const within = SIGNAL_IDS.filter((s) => model.signals[s].pillar === pillar).reduce(
        (sum, s) => sum + model.signals[s].weight,
        0
    );
    const pillars = Object.values(model.pillars).reduce((sum, w) => sum + w, 0);
    return (model.pillars[pillar] / pillars) * (model.signals[signal].weight / within);
}

describe('calibrate', () => {
    it('learns to weigh the evidence that predicts, and says so out of sample', () => {
        const run = syntheticReplay(180, 2);
        const result = calibrate(run, base, 365, 'a synthetic org');
        expect(result.kind).toBe('learnt');
        if (result.kind === 'tooFew') return;
        expect(result.overall.learnt).toBeGreaterThan(result.overall.base + result.overall.noise);
        // Promise keeping carries a larger share of the score than in the base model.
        expect(shareOf('promiseKeeping', result.model)).toBeGreaterThan(shareOf('promiseKeeping', base));
        // Every setting besides the weights is the base model's; the result is a valid model.
        expect(result.model.mappings).toEqual(base.mappings);
        expect(result.model.bands).toEqual(base.bands);
        expect(result.model.version).toBe(base.version + 1);
        expect(result.model.description).toMatch(/2 as-of days .* 360 outcomes/);
        expect(validateModel(JSON.parse(JSON.stringify(result.model))).ok).toBe(true);
        // The learnt weights rank better in the engine itself, missing signals left out as it does.
        const examples = examplesOf(run);
        expect(aucOf(result.model, examples) as number).toBeGreaterThan(aucOf(base, examples) as number);
    });

    it('is deterministic for the same input', () => {
        const a = calibrate(syntheticReplay(90, 2), base, 365, 'x');
        const b = calibrate(syntheticReplay(90, 2), base, 365, 'x');
        expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    });

    it('writes nothing when the gain is within the noise of the folds', () => {
        // Outcomes that no evidence predicts: whatever is learnt is noise.
        const run = syntheticReplay(150, 1);
        const random = lcg(99);
        for (const a of run.windows[0]?.judged ?? []) a.renewed = random() < 0.7;
        const result = calibrate(run, base, 365, 'noise');
        expect(result.kind).toBe('noGain');
    });

    it('refuses to learn from too few outcomes', () => {
        const run = syntheticReplay(15, 1);
        expect(calibrate(run, base, 365, 'tiny').kind).toBe('tooFew');
    });

    it('puts an account in the same fold whatever the order of the data', () => {
        expect(foldOf('001000000000000001', 5)).toBe(foldOf('001000000000000001', 5));
        const folds = new Set(Array.from({ length: 50 }, (_, i) => foldOf(`001${i}`, 5)));
        expect(folds.size).toBe(5);
    });

    it('calls a gain within two standard errors of the folds noise', () => {
        expect(
            verdict([
                { kind: 'accounts', base: 0.6, learnt: 0.7 },
                { kind: 'accounts', base: 0.6, learnt: 0.5 },
                { kind: 'accounts', base: 0.6, learnt: 0.62 }
            ]).worthIt
        ).toBe(false);
        expect(
            verdict([
                { kind: 'accounts', base: 0.6, learnt: 0.66 },
                { kind: 'accounts', base: 0.6, learnt: 0.65 },
                { kind: 'accounts', base: 0.6, learnt: 0.67 }
            ]).worthIt
        ).toBe(true);
    });
});

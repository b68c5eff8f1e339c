/**
 * Models at the edges of what the validator accepts (MODEL_LIMITS) still give finite,
 * bounded results with every piece of evidence counted; and a result that is not finite is
 * refused, never passed on as a missing score.
 */
import fc from 'fast-check';
import { DEFAULT_BASELINES, type OrgBaselines } from '../baselines';
import { PILLAR_IDS, SIGNAL_IDS } from '../catalog';
import { assertFiniteResult, NonFiniteResultError } from '../finite';
import { defaultModel, MODEL_LIMITS, validateModel, type TrustModel } from '../model';
import type { TrustResult } from '../result';
import { scoreAccount, scoreFromSignals } from '../score';
import { accountArb, PROPERTY_AS_OF } from '../../test/support/arbitraries';

const baselines: OrgBaselines = { ...DEFAULT_BASELINES, medianWonCycleDays: 75, winRatePrior: 0.35 };
const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS ?? 200) };

/** A limit itself, the other limit, or anything between. */
const within = (min: number, max: number): fc.Arbitrary<number> =>
    fc.oneof(fc.constant(min), fc.constant(max), fc.double({ min, max, noNaN: true }));
const weightArb = fc.oneof(fc.constant(0), within(MODEL_LIMITS.weight.minPositive, MODEL_LIMITS.weight.max));
const hoursArb = within(MODEL_LIMITS.resolutionTargetHours.min, MODEL_LIMITS.resolutionTargetHours.max);

const extremeModelArb: fc.Arbitrary<TrustModel> = fc
    .record({
        signals: fc.tuple(...SIGNAL_IDS.map(() => weightArb)),
        pillars: fc.tuple(...PILLAR_IDS.map(() => weightArb)),
        halfLifeDays: within(MODEL_LIMITS.halfLifeDays.min, MODEL_LIMITS.halfLifeDays.max),
        lookBackDays: within(MODEL_LIMITS.lookBackDays.min, MODEL_LIMITS.lookBackDays.max),
        lossAversion: within(MODEL_LIMITS.lossAversion.min, MODEL_LIMITS.lossAversion.max),
        targets: fc.tuple(hoursArb, hoursArb, hoursArb)
    })
    .map((g) => {
        const model = defaultModel();
        SIGNAL_IDS.forEach((s, i) => (model.signals[s].weight = g.signals[i] as number));
        PILLAR_IDS.forEach((p, i) => (model.pillars[p] = g.pillars[i] as number));
        model.halfLifeDays = g.halfLifeDays;
        model.lookBackDays = g.lookBackDays;
        model.lossAversion = g.lossAversion;
        model.mappings.resolutionTargetHours = { Critical: g.targets[0], High: g.targets[1] };
        model.mappings.defaultResolutionTargetHours = g.targets[2];
        return model;
    })
    // A model whose weights leave nothing to count is refused for that reason; skip those.
    .filter((model) => validateModel(JSON.parse(JSON.stringify(model))).ok);

function numbersOf(r: TrustResult): number[] {
    return [
        ...(r.score === null ? [] : [r.score]),
        r.confidence,
        ...PILLAR_IDS.flatMap((p) => (r.pillars[p] === null ? [] : [r.pillars[p] as number])),
        ...SIGNAL_IDS.flatMap((s) => [
            ...(r.signals[s].score === null ? [] : [r.signals[s].score as number]),
            r.signals[s].confidence,
            ...r.signals[s].evidence.map((e) => e.impact)
        ]),
        ...r.drivers.map((d) => d.impact)
    ];
}

describe('models at the limits', () => {
    it('give finite results within 0–100 for every account', () => {
        fc.assert(
            fc.property(extremeModelArb, accountArb, (model, account) => {
                const r = scoreAccount(account, model, baselines, PROPERTY_AS_OF);
                for (const v of numbersOf(r)) expect(Number.isFinite(v)).toBe(true);
                const bounded = [r.score, ...PILLAR_IDS.map((p) => r.pillars[p])];
                for (const v of bounded) if (v !== null) expect(v >= 0 && v <= 100).toBe(true);
                expect(r.confidence >= 0 && r.confidence <= 1).toBe(true);
                // The score still decomposes into its drivers (50 + Σ impacts), within rounding.
                if (r.score !== null) {
                    const sum = 50 + r.drivers.reduce((t, d) => t + d.impact, 0);
                    expect(Math.abs(sum - r.score)).toBeLessThanOrEqual(0.05 + 0.005 * r.drivers.length);
                }
            }),
            RUNS
        );
    });

    it('count every piece of evidence: the shortest half-life leaves the same signals with a score as almost no decay', () => {
        fc.assert(
            fc.property(extremeModelArb, accountArb, (model, account) => {
                const fast = { ...model, halfLifeDays: MODEL_LIMITS.halfLifeDays.min };
                const slow = { ...model, halfLifeDays: MODEL_LIMITS.halfLifeDays.max };
                const a = scoreAccount(account, fast, baselines, PROPERTY_AS_OF);
                const b = scoreAccount(account, slow, baselines, PROPERTY_AS_OF);
                for (const s of SIGNAL_IDS)
                    expect(a.signals[s].score === null).toBe(b.signals[s].score === null);
                expect(a.score === null).toBe(b.score === null);
            }),
            RUNS
        );
    });

    it('combine stored signal scores (the what-if) into finite scores', () => {
        const scoreArb = fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null });
        fc.assert(
            fc.property(extremeModelArb, fc.tuple(...SIGNAL_IDS.map(() => scoreArb)), (model, scores) => {
                const stored = Object.fromEntries(SIGNAL_IDS.map((s, i) => [s, scores[i] ?? null])) as Record<
                    (typeof SIGNAL_IDS)[number],
                    number | null
                >;
                const r = scoreFromSignals(stored, model);
                for (const v of [r.score, ...PILLAR_IDS.map((p) => r.pillars[p])])
                    if (v !== null) expect(Number.isFinite(v) && v >= 0 && v <= 100).toBe(true);
            }),
            RUNS
        );
    });
});

describe('the finite-result check', () => {
    it('refuses a result that is not finite instead of returning a missing score', () => {
        // What the validator now refuses: every weight 1e308 overflows the sums to Infinity.
        const absurd = defaultModel();
        for (const s of SIGNAL_IDS) absurd.signals[s].weight = 1e308;
        for (const p of PILLAR_IDS) absurd.pillars[p] = 1e308;
        const account = fc.sample(
            accountArb.filter(
                (a) => scoreAccount(a, defaultModel(), baselines, PROPERTY_AS_OF).score !== null
            ),
            { numRuns: 1, seed: 7 }
        )[0];
        if (account === undefined) throw new Error('no scored account generated');
        expect(() => scoreAccount(account, absurd, baselines, PROPERTY_AS_OF)).toThrow(NonFiniteResultError);
        expect(() => scoreAccount(account, absurd, baselines, PROPERTY_AS_OF)).toThrow(
            /the score of account 001\w+ came out non-finite at (score|pillars\.\w+|signals\.\w+\.\w+|drivers\[\d+\]\.impact)/
        );
    });

    it('names the first evidence item that is not finite by its signal and place', () => {
        const sampled = fc.sample(accountArb, { numRuns: 1, seed: 3 })[0];
        if (sampled === undefined) throw new Error('no account generated');
        const result = scoreAccount(
            { ...sampled, account: { id: '001A', name: 'A' } },
            defaultModel(),
            baselines,
            PROPERTY_AS_OF
        );
        const item = { recordId: 'r', object: 'Case', summary: '', impact: 1 };
        const signals = {
            ...result.signals,
            caseHealth: { ...result.signals.caseHealth, evidence: [item, { ...item, impact: NaN }] }
        };
        expect(() => assertFiniteResult({ ...result, signals })).toThrow(
            'the score of account 001A came out non-finite at signals.caseHealth.evidence[1].impact (NaN)'
        );
        signals.caseHealth.evidence[1] = { ...item, impact: -2 };
        expect(assertFiniteResult({ ...result, signals }).signals.caseHealth.evidence).toHaveLength(2);
    });
});

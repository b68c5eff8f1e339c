/**
 * One scoring run, whatever the evidence comes from: source → baselines → roll-ups → score →
 * sinks.
 * An export folder and an org differ only in what they plug in: the org adds stored
 * baselines, per-chunk previous scores and changed accounts, and its receipt sink (see
 * orgJob.ts); a folder scores every account into its output.
 */
import type { TrustModel } from '../../engine/model';
import type { ModelSet } from '../../engine/modelSet';
import { baselinesStep, type BaselinesOptions, type BaselinesOutcome } from './baselines';
import { rollupStep, type RunRollups } from './rollupStep';
import { scoreStep, type ScoreSink, type ScoreStepOptions } from './scoreStep';
import type { ScoreSource } from './source';

export interface RunPlan {
    source: ScoreSource;
    /** The default model (the only one without segments). */
    model: TrustModel;
    /** Models per segment, in priority order, `model` their default; absent: `model` scores all. */
    models?: ModelSet;
    asOfDay: number;
    /** Stored baselines and when to prefer them, baseline progress. */
    baselines?: Omit<BaselinesOptions, 'model' | 'asOfDay'>;
    /** Told the baselines before any account is scored (a stopped run still reports them). */
    onBaselines?: (outcome: BaselinesOutcome) => void;
    /** The sinks, in the order each account visits them; built once the baselines and roll-ups are known. */
    sinks: (baselines: BaselinesOutcome, rollups: RunRollups) => ScoreSink[];
    prepare?: ScoreStepOptions['prepare'];
    /** After every sink finished (an org writes its baselines back and clears its checkpoint). */
    complete?: (baselines: BaselinesOutcome) => Promise<void>;
    onProgress?: ScoreStepOptions['onProgress'];
    progressMask?: number;
}

export interface RunOutcome {
    baselines: BaselinesOutcome;
    /** Accounts scored (all of the source unless the source narrowed them). */
    scored: number;
}

/**
 * Runs the steps in order and finishes every sink. An error (the org's API limit among them)
 * leaves the sinks unfinished: what they wrote stays, and the caller decides what it means.
 */
export async function runScore(plan: RunPlan): Promise<RunOutcome> {
    const { source, model, models, asOfDay } = plan;
    const baselines = await baselinesStep(source, { ...plan.baselines, model, models, asOfDay });
    plan.onBaselines?.(baselines);
    const run = { model, models, baselines: baselines.baselines, byModel: baselines.byModel };
    const rollups = await rollupStep(source, { ...run, asOfDay });
    const sinks = plan.sinks(baselines, rollups);
    const scored = await scoreStep(source, {
        ...run,
        asOfDay,
        sinks,
        rollups,
        prepare: plan.prepare,
        onProgress: plan.onProgress,
        progressMask: plan.progressMask
    });
    for (const sink of sinks) await sink.finish();
    await plan.complete?.(baselines);
    return { baselines, scored };
}

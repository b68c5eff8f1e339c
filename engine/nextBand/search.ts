/**
 * The path to the next band: the few changes an account's own team can make in its records
 * that would lift it into the band above, each with the points it adds. Found by re-scoring
 * hypothetical evidence, never by estimate: each candidate record is changed on its own and
 * re-scored, the fewest of the most valuable that together earn the band are chosen, grouped
 * by action into steps, and each step's points are measured by applying the steps in order. Only the signals a change touches are re-scored; the rest keep their
 * outcome. Within those, only the changed records are judged again: the scoring's memo holds
 * what every other record says (engine/signals/recordMemo.ts), and a change applied to the
 * same state twice is re-scored once. The as-of day never moves, so no step is "wait until
 * old evidence decays".
 */
import type { SignalId } from '../catalog';
import type { AccountEvidence } from '../evidence';
import { bandFor, isProvisional, type TrustModel } from '../model';
import type { NextBand, NextBandAction, NextBandStep, TrustResult } from '../result';
import {
    allSignalsMask,
    confidenceOf,
    effectiveWeightsFor,
    rawScore,
    sharesOf,
    signalOutcomes
} from '../combine';
import type { SignalContext, SignalOutcome } from '../signals/common';
import type { ActionKind, ChangeContext } from './actionKind';
import { RESOLVE_ESCALATIONS, RESOLVE_OPEN_CASES } from './caseActions';
import { DELIVER_OPEN_PROMISES, DELIVER_OVERDUE_PROMISES } from './promiseActions';
import { COMPLETE_REFERENCES } from './referenceActions';

/** Every kind, in the order steps of equal value are listed. */
export const ACTION_KINDS: readonly ActionKind[] = [
    DELIVER_OVERDUE_PROMISES,
    RESOLVE_ESCALATIONS,
    COMPLETE_REFERENCES,
    RESOLVE_OPEN_CASES,
    DELIVER_OPEN_PROMISES
];

/**
 * Records tried per kind (the newest first). It bounds the re-scoring of an account with
 * hundreds of open cases; the newest weigh most, so they are the ones worth trying.
 */
export const MAX_CANDIDATES_PER_ACTION = 8;

/** Scores are kept to one decimal: a change worth less moves no score. */
const MIN_POINTS = 0.1;

const round1 = (v: number): number => Math.round(v * 10) / 10;
const round2 = (v: number): number => Math.round(v * 100) / 100;

interface State {
    evidence: AccountEvidence;
    outcomes: Record<SignalId, SignalOutcome>;
    raw: number;
    score: number;
    band: string | null;
    /**
     * The states this one's changes lead to, by action and records: the search applies the
     * same change to the same state more than once (a kind's records all together, then a
     * prefix of the ranking that holds the same records), and a change is re-scored once.
     */
    after: Map<string, State>;
}

function kindOf(action: NextBandAction): ActionKind {
    const kind = ACTION_KINDS.find((k) => k.action === action);
    if (!kind) throw new Error(`Unknown next-band action "${action}"`);
    return kind;
}

/** Re-scores a state after one kind's change to some records: only that kind's signals. */
function applyKind(state: State, kind: ActionKind, ids: ReadonlySet<string>, ctx: SignalContext): State {
    const key = JSON.stringify([kind.action, ...[...ids].sort()]);
    let next = state.after.get(key);
    if (!next) {
        const evidence = kind.apply(state.evidence, ids, ctx);
        const outcomes = signalOutcomes(evidence, ctx, kind.signals, { ...state.outcomes });
        state.after.set(key, (next = stateOf(evidence, outcomes, ctx.model)));
    }
    return next;
}

function stateOf(
    evidence: AccountEvidence,
    outcomes: Record<SignalId, SignalOutcome>,
    model: TrustModel
): State {
    const raw = rawScore(outcomes, sharesOf(outcomes, model)) ?? 0;
    const score = round1(raw);
    const confidence = round2(confidenceOf(outcomes, effectiveWeightsFor(model, allSignalsMask(model))));
    return {
        evidence,
        outcomes,
        raw,
        score,
        band: isProvisional(model, score, confidence) ? null : bandFor(model, score),
        after: new Map()
    };
}

interface Candidate {
    kind: ActionKind;
    id: string;
    gain: number;
}

/** Every candidate record that, changed alone, raises the score; the most valuable first. */
function rankedCandidates(start: State, ctx: SignalContext): Candidate[] {
    const ranked: Candidate[] = [];
    ACTION_KINDS.forEach((kind) => {
        const ids = kind.candidates(start.evidence, ctx).slice(0, MAX_CANDIDATES_PER_ACTION);
        // One re-scoring with all of them first: a kind that adds nothing as a whole (an open
        // case past its target closes to the same resolution time) is not tried record by record.
        if (ids.length === 0 || applyKind(start, kind, new Set(ids), ctx).raw <= start.raw) return;
        for (const id of ids) {
            const gain = applyKind(start, kind, new Set([id]), ctx).raw - start.raw;
            if (gain > 0) ranked.push({ kind, id, gain });
        }
    });
    const order = (k: ActionKind): number => ACTION_KINDS.indexOf(k);
    return ranked.sort(
        (a, b) => b.gain - a.gain || order(a.kind) - order(b.kind) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
    );
}

/** Applies the steps in order; each one's points is what it adds to the score before it. */
function measured(start: State, steps: Omit<NextBandStep, 'points'>[], ctx: SignalContext) {
    let state = start;
    const out: NextBandStep[] = [];
    for (const step of steps) {
        const next = applyKind(state, kindOf(step.action), new Set(step.recordIds), ctx);
        out.push({ ...step, points: round1(next.score - state.score) });
        state = next;
    }
    return { steps: out, end: state };
}

/** The candidates grouped into one step per action, in the order each action first appears. */
function stepsOf(candidates: Candidate[]): Omit<NextBandStep, 'points'>[] {
    const steps: Omit<NextBandStep, 'points'>[] = [];
    for (const c of candidates) {
        const step = steps.find((s) => s.action === c.kind.action);
        if (step) step.recordIds.push(c.id);
        else steps.push({ action: c.kind.action, recordIds: [c.id] });
    }
    return steps;
}

/** The path to the band above the result's, from a finished scoring (canonical evidence, its outcomes). */
export function findNextBand(
    evidence: AccountEvidence,
    ctx: SignalContext,
    outcomes: Record<SignalId, SignalOutcome>,
    result: TrustResult
): NextBand | undefined {
    const { bands } = ctx.model;
    if (result.band === null || result.provisional) return undefined;
    const rank = bands.findIndex((b) => b.name === result.band);
    const target = bands[rank + 1];
    if (rank < 0 || !target) return undefined;
    const earns = (state: State): boolean =>
        state.band !== null && bands.findIndex((b) => b.name === state.band) > rank;

    const start = stateOf(evidence, outcomes, ctx.model);
    const ranked = rankedCandidates(start, ctx);
    // The shortest prefix of the ranking that earns the band. Each probe applies a prefix as
    // steps (one re-scoring per action, not per record); the gains alone give the first guess,
    // and a binary search settles it. More of the ranking almost always adds more; where it
    // does not, the path is longer than needed, never wrong: `reaches` is measured on it.
    const probe = (n: number) => measured(start, stepsOf(ranked.slice(0, n)), ctx);
    let chosen = ranked.length;
    if (ranked.length > 0 && earns(probe(ranked.length).end)) {
        let need = target.min - start.raw;
        let guess = 0;
        while (guess < ranked.length && need > 0) need -= (ranked[guess++] as Candidate).gain;
        let lo = 1;
        let hi = ranked.length;
        if (earns(probe(Math.max(1, guess)).end)) hi = Math.max(1, guess);
        else lo = guess + 1;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (earns(probe(mid).end)) hi = mid;
            else lo = mid + 1;
        }
        chosen = hi;
    }
    // Together, a change can be worth less than alone (a completed reference that lifted a
    // poor record can drag a good one): a step that no longer adds a point is left out.
    let path = probe(chosen);
    while (path.steps.some((s) => s.points < MIN_POINTS)) {
        path = measured(
            start,
            path.steps.filter((s) => s.points >= MIN_POINTS),
            ctx
        );
    }
    return { band: target.name, steps: path.steps, reaches: earns(path.end) };
}

/**
 * The evidence as it would be after a step: what a property test re-scores to check the
 * step's points, and what a what-if of a single step would show.
 */
export function applyNextBandStep(
    evidence: AccountEvidence,
    step: Pick<NextBandStep, 'action' | 'recordIds'>,
    ctx: ChangeContext
): AccountEvidence {
    return kindOf(step.action).apply(evidence, new Set(step.recordIds), ctx);
}

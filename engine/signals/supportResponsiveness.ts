/**
 * Reliability — support responsiveness. Doing what you said includes the service levels:
 * entitlement milestones met or violated where the org uses them, otherwise how long cases
 * took against the model's target for their priority.
 */
import type { AccountEvidence, CaseMilestoneRecord, CaseRecord } from '../evidence';
import { dayOfInstant } from '../dates';
import {
    type EvaluationTime,
    type Observation,
    type SignalContext,
    type SignalOutcome,
    NO_EVIDENCE,
    caseResolutionHours,
    isClosedBy,
    plural,
    weightedMean
} from './common';
import { memoPart } from './recordMemo';

/** ~77 at the target, 50 at 1.5× the target, ~11 at 3×. */
export function resolutionValue(hours: number, targetHours: number): number {
    const r = hours / targetHours / 1.5;
    return 100 / (1 + r * r * r);
}

export function targetHoursFor(priority: string | null, ctx: SignalContext): number {
    const m = ctx.model.mappings;
    if (priority !== null) {
        const target = m.resolutionTargetHours[priority] ?? ctx.baselines.resolutionHoursByPriority[priority];
        if (target !== undefined && target > 0) return target;
    }
    return m.defaultResolutionTargetHours;
}

function formatHours(hours: number): string {
    return hours < 48 ? `${Math.round(hours)} h` : `${Math.round(hours / 24)} days`;
}

export function supportResponsiveness(evidence: AccountEvidence, ctx: SignalContext): SignalOutcome {
    const milestones = ctx.memo
        ? ctx.memo.remember(SETTLED_BY_CASE, evidence.caseMilestones, settledByCase, ctx.time)
        : settledByCase(evidence.caseMilestones, ctx.time);
    const on: ResponseContext = { ctx, milestones };
    const observations: Observation[] = [];
    let viaMilestones = 0;
    let withinTarget = 0;
    let overTarget = 0;
    for (const c of evidence.cases) {
        const response = ctx.memo
            ? ctx.memo.remember(CASE_RESPONSE, c, caseResponse, on, sameMilestones)
            : caseResponse(c, on);
        if (response.observation === null) continue;
        if (response.via === 'milestones') viaMilestones++;
        else if (response.via === 'withinTarget') withinTarget++;
        else overTarget++;
        observations.push(response.observation);
    }
    if (observations.length === 0) return NO_EVIDENCE;
    const parts = [];
    if (viaMilestones) parts.push(`${plural(viaMilestones, 'case')} with milestones`);
    if (withinTarget + overTarget)
        parts.push(`${withinTarget} resolved near target, ${overTarget} well over target`);
    return weightedMean(observations, ctx, 5, parts.join('; '));
}

/** Each case's milestones settled by the as-of day: completed by then, or violated by then (past its target). */
function settledByCase(
    list: CaseMilestoneRecord[],
    time: EvaluationTime
): Map<string, CaseMilestoneRecord[]> {
    const byCase = new Map<string, CaseMilestoneRecord[]>();
    for (const m of list) {
        const completed = m.isCompleted && (m.completionDate === null || m.completionDate < time.endInstant);
        const violated = m.isViolated && (m.targetDate === null || m.targetDate < time.endInstant);
        if (!completed && !violated) continue;
        const forCase = byCase.get(m.caseId);
        if (forCase) forCase.push(m);
        else byCase.set(m.caseId, [m]);
    }
    return byCase;
}

// Keyed by the evidence's milestone list: a change that settles no milestone keeps the list.
const SETTLED_BY_CASE = memoPart<CaseMilestoneRecord[], Map<string, CaseMilestoneRecord[]>>(
    'settledMilestones'
);

/** What one case says about responsiveness: its observation (null when it says nothing) and how. */
interface CaseResponse {
    caseId: string;
    /** The case's settled milestones it was judged by. */
    milestones: CaseMilestoneRecord[] | undefined;
    observation: Observation | null;
    via: 'milestones' | 'withinTarget' | 'overTarget';
}

const CASE_RESPONSE = memoPart<CaseRecord, CaseResponse>('supportResponsiveness');

function sameRecords<T>(a: readonly T[] | undefined, b: readonly T[] | undefined): boolean {
    if (a === b) return true;
    if (a === undefined || b === undefined || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
    return true;
}

interface ResponseContext {
    ctx: SignalContext;
    /** Settled milestones by case id. */
    milestones: Map<string, CaseMilestoneRecord[]>;
}

/** A remembered response holds while the case's settled milestones are the same records. */
function sameMilestones(r: CaseResponse, { milestones }: ResponseContext): boolean {
    return sameRecords(r.milestones, milestones.get(r.caseId));
}

function caseResponse(c: CaseRecord, { ctx, milestones }: ResponseContext): CaseResponse {
    const { time, index } = ctx;
    const caseMilestones = milestones.get(c.id);
    const caseId = c.id;
    if (c.createdDate === null || !time.inWindowInstant(c.createdDate))
        return { caseId, milestones: caseMilestones, observation: null, via: 'overTarget' };
    const weight = time.decay(dayOfInstant(c.createdDate));
    if (caseMilestones && caseMilestones.length > 0) {
        let violated = 0;
        for (const m of caseMilestones)
            if (m.isViolated && (m.targetDate === null || m.targetDate < time.endInstant)) violated++;
        const observation: Observation = {
            recordId: c.id,
            object: 'Case',
            summary:
                violated === 0
                    ? `All ${plural(caseMilestones.length, 'milestone')} met`
                    : `${violated} of ${plural(caseMilestones.length, 'milestone')} violated`,
            value: (100 * (caseMilestones.length - violated)) / caseMilestones.length,
            weight,
            isEvidence: true
        };
        return { caseId, milestones: caseMilestones, observation, via: 'milestones' };
    }
    const observation = resolutionObservation(c, ctx, weight, isClosedBy(c, index, time));
    const via = observation && observation.value >= 50 ? 'withinTarget' : 'overTarget';
    return { caseId, milestones: caseMilestones, observation, via };
}

function resolutionObservation(
    c: CaseRecord,
    ctx: SignalContext,
    weight: number,
    closed: boolean
): Observation | null {
    const target = targetHoursFor(c.priority, ctx);
    const priority = c.priority ?? 'no';
    if (closed) {
        const hours = caseResolutionHours(c);
        if (hours === null) return null;
        return {
            recordId: c.id,
            object: 'Case',
            summary: `${priority} priority case resolved in ${formatHours(hours)} (target ${formatHours(target)})`,
            value: resolutionValue(hours, target),
            weight,
            isEvidence: true
        };
    }
    // An open case says something only once it is past its target.
    const age = (ctx.time.endInstant - (c.createdDate ?? 0)) / 3_600_000;
    if (age <= target) return null;
    return {
        recordId: c.id,
        object: 'Case',
        summary: `${priority} priority case open for ${formatHours(age)} (target ${formatHours(target)})`,
        value: resolutionValue(age, target),
        weight,
        isEvidence: true
    };
}

/**
 * Reliability — support responsiveness. Doing what you said includes the service levels:
 * entitlement milestones met or violated where the org uses them, otherwise how long cases
 * took against the model's target for their priority.
 */
import type { AccountEvidence, CaseMilestoneRecord, CaseRecord } from '../evidence';
import { dayOfInstant } from '../dates';
import {
    type Observation,
    type SignalContext,
    type SignalOutcome,
    NO_EVIDENCE,
    caseResolutionHours,
    isClosedBy,
    plural,
    weightedMean
} from './common';

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
    const { time, index } = ctx;
    const milestones = new Map<string, CaseMilestoneRecord[]>();
    for (const m of evidence.caseMilestones) {
        // As of the as-of day: completed by then, or violated by then (past its target).
        const completed = m.isCompleted && (m.completionDate === null || m.completionDate < time.endInstant);
        const violated = m.isViolated && (m.targetDate === null || m.targetDate < time.endInstant);
        const settled = completed || violated;
        if (!settled) continue;
        const list = milestones.get(m.caseId);
        if (list) list.push(m);
        else milestones.set(m.caseId, [m]);
    }
    const observations: Observation[] = [];
    let viaMilestones = 0;
    let withinTarget = 0;
    let overTarget = 0;
    for (const c of evidence.cases) {
        if (c.createdDate === null || !time.inWindowInstant(c.createdDate)) continue;
        const weight = time.decay(dayOfInstant(c.createdDate));
        const caseMilestones = milestones.get(c.id);
        if (caseMilestones && caseMilestones.length > 0) {
            const violated = caseMilestones.filter(
                (m) => m.isViolated && (m.targetDate === null || m.targetDate < time.endInstant)
            ).length;
            viaMilestones++;
            observations.push({
                recordId: c.id,
                object: 'Case',
                summary:
                    violated === 0
                        ? `All ${plural(caseMilestones.length, 'milestone')} met`
                        : `${violated} of ${plural(caseMilestones.length, 'milestone')} violated`,
                value: (100 * (caseMilestones.length - violated)) / caseMilestones.length,
                weight,
                isEvidence: true
            });
            continue;
        }
        const obs = resolutionObservation(c, ctx, weight, isClosedBy(c, index, time));
        if (!obs) continue;
        if (obs.value >= 50) withinTarget++;
        else overTarget++;
        observations.push(obs);
    }
    if (observations.length === 0) return NO_EVIDENCE;
    const parts = [];
    if (viaMilestones) parts.push(`${plural(viaMilestones, 'case')} with milestones`);
    if (withinTarget + overTarget)
        parts.push(`${withinTarget} resolved near target, ${overTarget} well over target`);
    return weightedMean(observations, ctx, 5, parts.join('; '));
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

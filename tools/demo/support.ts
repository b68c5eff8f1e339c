/**
 * Support history: cases (priority, escalation, disputes, resolution times that follow the
 * account's support quality) and, for accounts with entitlements, their CaseMilestones.
 */
import { MS_PER_HOUR } from './calendar';
import { Weighted } from './random';
import type { AccountScope } from './scope';

type Priority = 'Low' | 'Medium' | 'High' | 'Critical';

/** The default model's resolution targets (config/default-model.json). */
const RESOLUTION_TARGET_HOURS: Record<Priority, number> = { Critical: 8, High: 24, Medium: 72, Low: 168 };
const FIRST_RESPONSE_TARGET_HOURS: Record<Priority, number> = { Critical: 1, High: 4, Medium: 8, Low: 24 };
const ESCALATION_RATE: Record<Priority, number> = { Critical: 0.35, High: 0.15, Medium: 0.04, Low: 0.01 };

const ORIGINS = new Weighted<string | null>([
    ['Email', 35],
    ['Web', 28],
    ['Phone', 25],
    ['Chat', 10],
    [null, 2]
]);
const ISSUE_TYPES = new Weighted<string | null>([
    ['Problem', 45],
    ['Question', 30],
    ['Feature Request', 12],
    ['Other', 8],
    [null, 5]
]);
const ISSUE_REASONS: Record<string, readonly (string | null)[]> = {
    Problem: ['Performance', 'Breakdown', 'Installation', 'Equipment Complexity', 'Other'],
    Question: ['Feedback', 'Installation', 'Other', null],
    'Feature Request': ['Feedback', 'Equipment Design'],
    Other: ['Other', null]
};
const DISPUTE_REASONS = new Weighted<string>([
    ['Billing Dispute', 45],
    ['Refund', 20],
    ['Overcharge', 15],
    ['Pricing', 12],
    ['Contract Terms', 8]
]);

const SECOND = 1000;

function wholeSeconds(ms: number): number {
    // Exports carry whole seconds; keeping instants whole keeps comparisons true after a round trip.
    return Math.round(ms / SECOND) * SECOND;
}

function priorityFor(scope: AccountScope, qs: number): Priority {
    const x = scope.random.next();
    const critical = 0.03 + 0.09 * (1 - qs);
    const high = critical + 0.14 + 0.16 * (1 - qs);
    const medium = high + 0.45;
    if (x < critical) return 'Critical';
    if (x < high) return 'High';
    return x < medium ? 'Medium' : 'Low';
}

function oneCase(scope: AccountScope, day: number, entitled: boolean): void {
    const { random, org, sink } = scope;
    const qs = scope.quality('support', day);
    const qc = scope.quality('commercial', day);
    const priority = priorityFor(scope, qs);
    const createdMs = scope.anyTime(day);

    let type: string | null;
    let reason: string | null;
    const dispute = random.chance(0.015 + 0.1 * (1 - qc) ** 1.5);
    if (dispute) {
        type = random.chance(0.85) ? 'Billing' : 'Dispute';
        reason = DISPUTE_REASONS.sample(random);
    } else {
        type = ISSUE_TYPES.sample(random);
        reason = random.pick(ISSUE_REASONS[type ?? 'Other'] ?? [null]);
    }

    const escalationRate = ESCALATION_RATE[priority] * (0.4 + 1.6 * (1 - qs)) + (dispute ? 0.1 : 0);
    const isEscalated = random.chance(Math.min(0.9, escalationRate));
    const target = RESOLUTION_TARGET_HOURS[priority];
    const hours = random.logNormal(target * 0.5 * Math.exp(1.8 * (0.5 - qs)), 0.9) * (isEscalated ? 1.8 : 1);
    const closedAt = wholeSeconds(createdMs + Math.max(0.1, hours) * MS_PER_HOUR);
    // A few cases are forgotten and never closed; more of them where support is poor.
    const forgotten = random.chance(0.005 + 0.04 * (1 - qs));
    const isClosed = !forgotten && closedAt <= org.nowMs;
    let status = 'Closed';
    if (!isClosed) {
        if (isEscalated) status = 'Escalated';
        else if (org.nowMs - createdMs < 24 * MS_PER_HOUR) status = 'New';
        else status = random.chance(0.7) ? 'Working' : 'On Hold';
    }
    const id = org.ids.next('Case');
    sink.case({
        id,
        accountId: scope.accountId,
        createdMs,
        isClosed,
        isEscalated,
        priority,
        closedMs: isClosed ? closedAt : null,
        status,
        type,
        reason,
        origin: ORIGINS.sample(random)
    });
    if (!entitled) return;

    // First response: always tracked under an entitlement.
    const responseTarget = createdMs + FIRST_RESPONSE_TARGET_HOURS[priority] * MS_PER_HOUR;
    const responseHours = random.logNormal(
        FIRST_RESPONSE_TARGET_HOURS[priority] * 0.45 * Math.exp(1.6 * (0.5 - qs)),
        0.9
    );
    let respondedAt = wholeSeconds(createdMs + responseHours * MS_PER_HOUR);
    if (isClosed) respondedAt = Math.min(respondedAt, closedAt);
    const responded = respondedAt <= org.nowMs;
    sink.caseMilestone({
        id: org.ids.next('CaseMilestone'),
        caseId: id,
        isCompleted: responded,
        isViolated: responded ? respondedAt > responseTarget : org.nowMs > responseTarget,
        targetMs: responseTarget,
        completionMs: responded ? respondedAt : null
    });
    // Resolution: tracked for all but some low-priority entitlement processes.
    if (priority === 'Low' && random.chance(0.5)) return;
    const resolutionTarget = createdMs + target * MS_PER_HOUR;
    sink.caseMilestone({
        id: org.ids.next('CaseMilestone'),
        caseId: id,
        isCompleted: isClosed,
        isViolated: isClosed ? closedAt > resolutionTarget : org.nowMs > resolutionTarget,
        targetMs: resolutionTarget,
        completionMs: isClosed ? closedAt : null
    });
}

export function generateCases(scope: AccountScope): void {
    const { random, spec } = scope;
    if (spec.casesPerYear <= 0) return;
    const from = scope.start;
    const to = scope.activeEnd;
    if (to <= from) return;
    const entitled = random.chance(scope.segmentSpec.entitlements);
    const years = (to - from) / 365;
    const count = random.poisson(spec.casesPerYear * spec.activity * scope.scale * years);
    for (let i = 0; i < count; i++) oneCase(scope, random.int(from, to), entitled);
}

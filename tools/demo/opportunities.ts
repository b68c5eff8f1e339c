/**
 * One opportunity and its OpportunityHistory, as Salesforce records them: a history row at
 * creation (carrying the first planned close date), one per stage change and per close-date
 * push (each carrying the close date at that moment), and one when the deal closes.
 */
import type { AccountScope } from './scope';

export const STAGES = [
    'Prospecting',
    'Qualification',
    'Needs Analysis',
    'Value Proposition',
    'Id. Decision Makers',
    'Perception Analysis',
    'Proposal/Price Quote',
    'Negotiation/Review'
] as const;

export const CLOSED_WON = 'Closed Won';
export const CLOSED_LOST = 'Closed Lost';

export type Outcome = 'won' | 'lost' | 'open';

export interface OpportunityPlan {
    type: string | null;
    createdDay: number;
    /** The close date entered when the opportunity was created. */
    firstPlannedClose: number;
    /** Closed: the day it closed. Open: the close date currently planned. */
    closeDay: number;
    outcome: Outcome;
    amount: number | null;
    contractId: string | null;
    /** How many times the close date was pushed out. */
    pushes: number;
    /** Index in STAGES of the stage it was created in. */
    firstStage: number;
    /** How many stage changes happened before the close. */
    stageChanges: number;
}

interface HistoryEvent {
    day: number;
    /** New planned close date, or -1 for a stage change. */
    plannedClose: number;
}

/** Writes the opportunity and its history rows; returns the opportunity id. */
export function emitOpportunity(scope: AccountScope, plan: OpportunityPlan): string {
    const { random, sink, org } = scope;
    if (plan.closeDay <= plan.createdDay) {
        throw new Error(
            `opportunity would close (${plan.closeDay}) before it was created (${plan.createdDay})`
        );
    }
    const id = org.ids.next('Opportunity');
    const createdMs = scope.officeTime(plan.createdDay);
    const lastEventDay = plan.outcome === 'open' ? scope.referenceDay : plan.closeDay;

    // Pushes happen shortly before the planned date would pass; each moves it further out,
    // ending at the actual (or currently planned) close date.
    const events: HistoryEvent[] = [];
    if (plan.pushes > 0) {
        const target = Math.max(plan.closeDay, plan.firstPlannedClose + 7 * plan.pushes);
        let planned = plan.firstPlannedClose;
        let day = plan.createdDay;
        for (let j = 1; j <= plan.pushes; j++) {
            const pushDay = Math.min(planned, lastEventDay - 1) - random.int(0, 5);
            if (pushDay <= day || pushDay >= lastEventDay) break;
            day = pushDay;
            planned =
                plan.firstPlannedClose + Math.round(((target - plan.firstPlannedClose) * j) / plan.pushes);
            if (plan.outcome === 'open' && j === plan.pushes) planned = plan.closeDay;
            events.push({ day, plannedClose: planned });
        }
    }
    const stageDays: number[] = [];
    if (lastEventDay - plan.createdDay >= 2) {
        for (let i = 0; i < plan.stageChanges; i++) {
            stageDays.push(random.int(plan.createdDay + 1, lastEventDay - 1));
        }
    }
    for (const day of stageDays) events.push({ day, plannedClose: -1 });
    events.sort((a, b) => a.day - b.day);

    let stage = plan.firstStage;
    let planned = plan.firstPlannedClose;
    let lastMs = createdMs;
    sink.opportunityHistory({
        id: org.ids.next('OpportunityHistory'),
        opportunityId: id,
        closeDay: planned,
        createdMs,
        stageName: STAGES[stage] ?? 'Prospecting'
    });
    for (const event of events) {
        if (event.plannedClose < 0) {
            if (stage >= STAGES.length - 1) continue;
            stage = Math.min(STAGES.length - 1, stage + (random.chance(0.3) ? 2 : 1));
        } else {
            planned = event.plannedClose;
        }
        lastMs = after(scope, lastMs, event.day);
        sink.opportunityHistory({
            id: org.ids.next('OpportunityHistory'),
            opportunityId: id,
            closeDay: planned,
            createdMs: lastMs,
            stageName: STAGES[stage] ?? 'Prospecting'
        });
    }

    const isClosed = plan.outcome !== 'open';
    const stageName =
        plan.outcome === 'won' ? CLOSED_WON : plan.outcome === 'lost' ? CLOSED_LOST : STAGES[stage];
    if (isClosed) {
        sink.opportunityHistory({
            id: org.ids.next('OpportunityHistory'),
            opportunityId: id,
            closeDay: plan.closeDay,
            createdMs: after(scope, lastMs, plan.closeDay),
            stageName: stageName ?? CLOSED_LOST
        });
    }
    sink.opportunity({
        id,
        accountId: scope.accountId,
        type: plan.type,
        isClosed,
        isWon: plan.outcome === 'won',
        closeDay: isClosed ? plan.closeDay : planned,
        createdMs,
        stageName: stageName ?? 'Prospecting',
        amount: plan.amount,
        contractId: plan.contractId
    });
    scope.opportunities.push({ id, createdDay: plan.createdDay, closeDay: plan.closeDay });
    return id;
}

/** An office-hours time on `day` that is later than `previousMs` (history rows are ordered). */
function after(scope: AccountScope, previousMs: number, day: number): number {
    const ms = scope.officeTime(day);
    if (ms > previousMs) return ms;
    const bumped = previousMs + scope.random.int(5, 90) * 60_000;
    // Never past the instant the export was taken.
    return bumped <= scope.org.nowMs ? bumped : Math.max(previousMs, scope.org.nowMs);
}

/** Rounds an amount the way reps type them: mostly to hundreds, sometimes to the cent. */
export function roundAmount(scope: AccountScope, amount: number): number {
    if (scope.random.chance(0.7)) return Math.max(100, Math.round(amount / 100) * 100);
    return Math.round(amount * 100) / 100;
}

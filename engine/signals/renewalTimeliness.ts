/**
 * Fairness — renewals. Renewing on time is the clearest sign a customer still trusts the
 * supplier; a late renewal shows feet-dragging, a lost one is churn.
 */
import type { AccountEvidence, ContractRecord, Day, OpportunityRecord } from '../evidence';
import { dayOfInstant, formatDay } from '../dates';
import {
    type Observation,
    type SignalContext,
    type SignalOutcome,
    NO_EVIDENCE,
    formatDays,
    isRenewal,
    plural,
    weightedMean
} from './common';

/**
 * A lost renewal counts this many times a renewal made (before loss aversion): churn is the
 * plainest sign that trust has gone, and one lost contract must outweigh a run of routine
 * renewals rather than be averaged away by them.
 */
export const CHURN_WEIGHT = 3;

/** A renewal this many days past its due date scores 0 for timeliness. */
export const RENEWAL_ZERO_AFTER_DAYS = 180;
/**
 * How far a contract's end may lie from a renewal's planned close date (either side), or
 * after the renewal was opened, for the two to be matched.
 */
const MATCH_WINDOW_DAYS = 365;
/** A renewal may be opened up to this many days after the contract it renews has ended. */
const OPENED_AFTER_END_DAYS = 30;

type DueSource = 'contract' | 'plan' | 'none';

interface Due {
    day: Day | null;
    source: DueSource;
    contract: ContractRecord | null;
}

/** The first planned close date of each opportunity: its oldest history row's CloseDate. */
function firstPlannedClose(evidence: AccountEvidence, asOfEnd: number): Map<string, Day> {
    const first = new Map<string, { at: number; close: Day }>();
    for (const h of evidence.opportunityHistory) {
        if (h.closeDate === null) continue;
        const at = h.createdDate ?? Number.POSITIVE_INFINITY;
        if (at >= asOfEnd && h.createdDate !== null) continue;
        const seen = first.get(h.opportunityId);
        if (!seen || at < seen.at || (at === seen.at && h.closeDate < seen.close))
            first.set(h.opportunityId, { at, close: h.closeDate });
    }
    const out = new Map<string, Day>();
    for (const [id, v] of first) out.set(id, v.close);
    return out;
}

/**
 * Whether a renewal's own ContractId is the contract the renewal started rather than the one it
 * renews: orgs use the field both ways. A contract the renewal renews is in force before the
 * renewal is due, so one starting on or after its first planned close, or (without a plan) after
 * the day it was opened, is what it renews into. Opened on the day the contract started is the
 * renewal a new contract opens for itself, so that day still counts as the renewed contract's.
 * Without a start date there is nothing to tell them apart: the contract stays a candidate.
 */
function startedByRenewal(c: ContractRecord, plan: Day | undefined, anchor: Day): boolean {
    if (c.startDate === null) return false;
    return plan !== undefined ? c.startDate >= plan : c.startDate > anchor;
}

/**
 * Decides each renewal's due date: the contract it renews (via the model's lookup field, else
 * matched by date), else its first planned close date. Matching never looks at the actual
 * close date, so closing later can only make a renewal later, never re-match it.
 */
function dueDates(
    renewals: OpportunityRecord[],
    evidence: AccountEvidence,
    plans: Map<string, Day>,
    ctx: SignalContext
): Map<string, Due> {
    const contracts = evidence.contracts.filter((c) => c.endDate !== null);
    const byId = new Map(contracts.map((c) => [c.id, c]));
    const used = new Set<string>();
    const out = new Map<string, Due>();
    const pending: OpportunityRecord[] = [];
    for (const opp of renewals) {
        const linked = opp.renewedContractId !== null ? byId.get(opp.renewedContractId) : undefined;
        if (linked && linked.endDate !== null) {
            used.add(linked.id);
            out.set(opp.id, { day: linked.endDate, source: 'contract', contract: linked });
        } else pending.push(opp);
    }
    // Never the actual close date: a renewal closing later must not match a later contract.
    const anchorOf = (opp: OpportunityRecord): Day | null =>
        plans.get(opp.id) ?? (opp.createdDate !== null ? dayOfInstant(opp.createdDate) : null);
    pending.sort((a, b) => (anchorOf(a) ?? 0) - (anchorOf(b) ?? 0) || (a.id < b.id ? -1 : 1));
    for (const opp of pending) {
        const plan = plans.get(opp.id);
        const anchor = anchorOf(opp);
        let best: ContractRecord | null = null;
        let bestDistance = Number.POSITIVE_INFINITY;
        if (anchor !== null && !(ctx.model.mappings.renewalContractField && opp.renewedContractId)) {
            for (const c of contracts) {
                if (used.has(c.id) || c.endDate === null) continue;
                if (c.id === opp.contractId && startedByRenewal(c, plan, anchor)) continue;
                // With a plan we look for the contract ending nearest to it; from a creation
                // date, for the first contract ending after it (renewals open before the end).
                const distance = plan !== undefined ? Math.abs(c.endDate - plan) : c.endDate - anchor;
                if (plan === undefined && (distance < -OPENED_AFTER_END_DAYS || distance > MATCH_WINDOW_DAYS))
                    continue;
                if (plan !== undefined && distance > MATCH_WINDOW_DAYS) continue;
                if (
                    distance < bestDistance ||
                    (distance === bestDistance && best !== null && c.id < best.id)
                ) {
                    best = c;
                    bestDistance = distance;
                }
            }
        }
        if (best && best.endDate !== null) {
            used.add(best.id);
            out.set(opp.id, { day: best.endDate, source: 'contract', contract: best });
        } else if (plan !== undefined) out.set(opp.id, { day: plan, source: 'plan', contract: null });
        else out.set(opp.id, { day: null, source: 'none', contract: null });
    }
    return out;
}

function latenessValue(daysLate: number): number {
    return daysLate <= 0 ? 100 : 100 * Math.max(0, 1 - daysLate / RENEWAL_ZERO_AFTER_DAYS);
}

/**
 * The amount the renewed contract was worth: the deal that created it (its ContractId is the
 * contract), as known on the as-of day (a deal closed later cannot be the base yet). Its stage
 * does not matter: the contract exists, so the deal's amount is its value. Requiring the deal
 * to be won would let a won deal turning out lost erase a downsizing and raise the score.
 */
function baseAmount(
    contract: ContractRecord | null,
    evidence: AccountEvidence,
    self: OpportunityRecord,
    asOf: Day
): number | null {
    if (!contract) return null;
    let best: number | null = null;
    for (const opp of evidence.opportunities) {
        if (opp.id === self.id || opp.contractId !== contract.id || opp.amount === null) continue;
        if (opp.closeDate === null || opp.closeDate > asOf) continue;
        best = best === null ? opp.amount : Math.max(best, opp.amount);
    }
    return best;
}

/** A renewal for less than the contract it renews keeps half its value plus half the share kept. */
function downsizing(
    contract: ContractRecord | null,
    evidence: AccountEvidence,
    opp: OpportunityRecord,
    asOf: Day
): { factor: number; text: string } {
    const base = baseAmount(contract, evidence, opp, asOf);
    if (base === null || base <= 0 || opp.amount === null || opp.amount >= base * 0.95)
        return { factor: 1, text: '' };
    const kept = Math.max(0, opp.amount / base);
    return { factor: 0.5 + 0.5 * kept, text: `, downsized to ${Math.round(kept * 100)}% of the contract` };
}

export function renewalTimeliness(evidence: AccountEvidence, ctx: SignalContext): SignalOutcome {
    const { time, index } = ctx;
    const renewals = evidence.opportunities.filter(
        (o) => isRenewal(o, index) && (o.createdDate === null || o.createdDate < time.endInstant)
    );
    if (renewals.length === 0) return NO_EVIDENCE;
    const plans = firstPlannedClose(evidence, time.endInstant);
    const dues = dueDates(renewals, evidence, plans, ctx);
    const observations: Observation[] = [];
    let onTime = 0;
    /** Renewed, with no contract end or planned date to say whether it was on time. */
    let undated = 0;
    let late = 0;
    let lost = 0;
    let open = 0;
    for (const opp of renewals) {
        const due = dues.get(opp.id) ?? { day: null, source: 'none', contract: null };
        const dueText = due.source === 'contract' ? 'contract end' : 'first planned close date';
        // The clock of a renewal is its due date: recency is fixed by when it was due,
        // so a later close changes how late it was, never how much it counts.
        const closedByAsOf = opp.isClosed && opp.closeDate !== null && opp.closeDate <= time.asOf;
        // Without a due date or a creation date only churn can be judged, on its close date
        // (a lost renewal closing later weighs more, which can only lower the signal).
        const anchor =
            due.day ??
            (opp.createdDate !== null
                ? dayOfInstant(opp.createdDate)
                : closedByAsOf && !opp.isWon
                  ? opp.closeDate
                  : null);
        if (anchor === null) continue;
        if (closedByAsOf && !opp.isWon) {
            if (!time.inWindow(Math.min(anchor, time.asOf))) continue;
            lost++;
            observations.push({
                recordId: opp.id,
                object: 'Opportunity',
                summary: `Renewal lost (churn)${opp.closeDate !== null ? ` on ${formatDay(opp.closeDate)}` : ''}`,
                value: 0,
                weight: time.decay(Math.min(anchor, time.asOf)) * CHURN_WEIGHT,
                isEvidence: true
            });
            continue;
        }
        if (closedByAsOf && opp.closeDate !== null) {
            if (!time.inWindow(Math.min(anchor, time.asOf))) continue;
            const weight = time.decay(Math.min(anchor, time.asOf));
            if (due.day === null) {
                undated++;
                observations.push({
                    recordId: opp.id,
                    object: 'Opportunity',
                    summary: 'Renewed (no contract end or planned date to compare)',
                    value: 100,
                    weight: weight * 0.5,
                    isEvidence: true
                });
                continue;
            }
            const daysLate = opp.closeDate - due.day;
            let value = latenessValue(daysLate);
            let summary =
                daysLate <= 0
                    ? `Renewed on time (${dueText} ${formatDay(due.day)})`
                    : `Renewal closed ${formatDays(daysLate)} after ${dueText}`;
            const downsize = downsizing(due.contract, evidence, opp, time.asOf);
            value *= downsize.factor;
            summary += downsize.text;
            if (daysLate <= 0) onTime++;
            else late++;
            observations.push({
                recordId: opp.id,
                object: 'Opportunity',
                summary,
                value,
                weight,
                isEvidence: true
            });
            continue;
        }
        // Still open: it is evidence only once it is overdue.
        if (due.day !== null && due.day < time.asOf && time.inWindow(due.day)) {
            const overdue = time.asOf - due.day;
            // The expected amount of an open renewal already tells of a downsizing.
            const downsize = downsizing(due.contract, evidence, opp, time.asOf);
            open++;
            observations.push({
                recordId: opp.id,
                object: 'Opportunity',
                summary: `Renewal still open ${formatDays(overdue)} after ${dueText}${downsize.text}`,
                value: latenessValue(overdue) * downsize.factor,
                weight: time.decay(due.day),
                isEvidence: true
            });
        }
    }
    const parts: string[] = [];
    if (onTime || undated === 0) parts.push(`${onTime} on time`);
    if (undated) parts.push(`${undated} renewed with no due date to compare`);
    if (late) parts.push(`${late} late`);
    if (open) parts.push(`${open} overdue and open`);
    if (lost) parts.push(`${lost} lost`);
    const counted = onTime + undated + late + lost + open;
    return weightedMean(observations, ctx, 2, `${plural(counted, 'renewal')}: ${parts.join(', ')}`);
}

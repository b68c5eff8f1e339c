/**
 * Fairness — references. A customer who vouches for the supplier in front of peers trusts
 * it to treat them fairly; a declined or unanswered request is the lukewarm opposite.
 */
import type { AccountEvidence } from '../evidence';
import { formatDay } from '../dates';
import {
    type Observation,
    type SignalContext,
    type SignalOutcome,
    NO_EVIDENCE,
    plural,
    weightedMean
} from './common';

/** A request unanswered this long counts as "No Response". */
export const REFERENCE_WAIT_DAYS = 60;

/** Bigger asks weigh more when the customer says yes (or no). */
const TYPE_WEIGHT: Record<string, number> = { 'Case Study': 1.5, 'Site Visit': 1.5, Speaking: 1.5 };

export const STATUS_VALUE = Object.freeze({ declined: 15, noResponse: 30, completedUnrated: 60 });

/** Rating 1–5 → 0–100 (3 is neutral 50). */
export function ratingValue(rating: number): number {
    const r = Math.min(5, Math.max(1, rating));
    return (r - 1) * 25;
}

export function referenceQuality(evidence: AccountEvidence, ctx: SignalContext): SignalOutcome {
    const { time } = ctx;
    const observations: Observation[] = [];
    let completed = 0;
    let declined = 0;
    let silent = 0;
    let ratingSum = 0;
    let rated = 0;
    for (const ref of evidence.references) {
        if (ref.requestedOn === null || !time.inWindow(ref.requestedOn)) continue;
        const type = ref.type ?? 'Reference';
        const weight = time.decay(ref.requestedOn) * (TYPE_WEIGHT[type] ?? 1);
        const on = formatDay(ref.requestedOn);
        let value: number;
        let summary: string;
        if (ref.status === 'Completed') {
            completed++;
            if (ref.rating !== null) {
                rated++;
                ratingSum += ref.rating;
                value = ratingValue(ref.rating);
                summary = `${type} completed, rated ${ref.rating}/5`;
            } else {
                value = STATUS_VALUE.completedUnrated;
                summary = `${type} completed (not rated)`;
            }
        } else if (ref.status === 'Declined') {
            declined++;
            value = STATUS_VALUE.declined;
            summary = `${type} request declined (${on})`;
        } else if (
            ref.status === 'No Response' ||
            (ref.status === 'Requested' && time.asOf - ref.requestedOn > REFERENCE_WAIT_DAYS)
        ) {
            silent++;
            value = STATUS_VALUE.noResponse;
            summary = `${type} request unanswered since ${on}`;
        } else continue;
        observations.push({
            recordId: ref.id,
            object: 'Customer_Reference__c',
            summary,
            value,
            weight,
            isEvidence: true
        });
    }
    if (observations.length === 0) return NO_EVIDENCE;
    const avg = rated > 0 ? `, average rating ${(ratingSum / rated).toFixed(1)}` : '';
    return weightedMean(
        observations,
        ctx,
        2,
        `${plural(completed, 'reference')} given${avg}; ${declined} declined, ${silent} unanswered`
    );
}

/**
 * Product usage rows for the demo org (`demo-data --usage`): a `Product_Usage__c.csv` of weekly
 * active users per account, the evidence of the product-usage custom signal
 * (docs/custom-signals.md). Usage follows the account's archetype, so the signal agrees with
 * the rest of its evidence the way real adoption does: exemplary customers use most of what
 * they bought, neglected ones little, eroding ones less each week, churned ones hardly at all,
 * and prospects have nothing to use yet.
 *
 * Each account draws from its own random stream, so turning usage on changes no other file.
 */
import { formatDay } from '../../engine/dates';
import type { Archetype, Segment } from './archetypes';
import type { EvidenceFile } from './evidenceFile';
import { mixSeed, Random } from './random';
import type { IdFactory } from './salesforceId';

export const PRODUCT_USAGE_OBJECT = 'Product_Usage__c';
export const PRODUCT_USAGE_HEADER = [
    'Id',
    'Account__c',
    'Week__c',
    'Type__c',
    'Active_Users__c',
    'Licensed_Users__c',
    'Adoption__c'
] as const;

/** Weeks of usage before the reference date, one row each (the newest ends the week before it). */
export const USAGE_WEEKS = 12;
/** Keeps usage streams apart from the account's own. */
const USAGE_STREAM = 0x75736167;

/** Share of licensed users active in a week, at the start and the end of the twelve weeks. */
const ADOPTION: Record<Archetype, readonly [number, number] | null> = {
    exemplary: [0.85, 0.9],
    healthy: [0.7, 0.75],
    steady: [0.55, 0.55],
    young: [0.35, 0.6],
    neglected: [0.25, 0.2],
    troubled: [0.4, 0.3],
    eroding: [0.65, 0.2],
    churned: [0.08, 0.02],
    prospect: null
};

const SEATS: Record<Segment, readonly [number, number]> = {
    SMB: [5, 40],
    MidMarket: [40, 300],
    Enterprise: [300, 3000]
};

/** Chance that a week also has a row for a trial of another product (a filter leaves it out). */
const TRIAL_SHARE = 0.1;

export interface UsageAccount {
    id: string;
    archetype: Archetype;
    segment: Segment;
}

/** The account's usage rows as CSV lines, oldest week first; none for a prospect. */
export function usageLines(
    account: UsageAccount,
    index: number,
    seed: number,
    referenceDay: number,
    ids: IdFactory
): string[] {
    const adoption = ADOPTION[account.archetype];
    if (adoption === null) return [];
    const random = new Random(mixSeed(seed ^ USAGE_STREAM, index));
    const [minSeats, maxSeats] = SEATS[account.segment];
    const seats = random.int(minSeats, maxSeats);
    const lines: string[] = [];
    for (let week = 0; week < USAGE_WEEKS; week++) {
        const day = referenceDay - 7 * (USAGE_WEEKS - week);
        const progress = week / (USAGE_WEEKS - 1);
        const level = adoption[0] + (adoption[1] - adoption[0]) * progress;
        const share = Math.min(1, Math.max(0, level + (random.next() - 0.5) * 0.1));
        const active = Math.round(seats * share);
        lines.push(row(ids.next('Product_Usage__c'), account.id, day, 'Seats', active, seats));
        if (random.chance(TRIAL_SHARE)) {
            const trial = random.int(1, 5);
            lines.push(row(ids.next('Product_Usage__c'), account.id, day, 'Trial', trial, trial));
        }
    }
    return lines;
}

function row(id: string, accountId: string, day: number, type: string, active: number, licensed: number) {
    // Adoption as a percent field holds it: 0–100 with one decimal.
    const adoption = Math.round((active / licensed) * 1000) / 10;
    return `${id},${accountId},${formatDay(day)},${type},${active},${licensed},${adoption}`;
}

export const PRODUCT_USAGE: EvidenceFile = {
    object: PRODUCT_USAGE_OBJECT,
    header: PRODUCT_USAGE_HEADER,
    lines: usageLines
};

/**
 * Account.Industry for the demo org (`demo-data --industries`), so models per segment can be
 * shown on a generated org. Values come from Salesforce's standard Industry picklist; the mix
 * depends on the account's size: banks and insurers are mostly large, shops and restaurants
 * mostly small. Industry says nothing of how an account behaves, as in a real book of business.
 */
import type { Segment } from './archetypes';
import { mixSeed, Random, Weighted } from './random';

export const INDUSTRY_FIELD = 'Industry';
/** Keeps industry streams apart from the account's own. */
const INDUSTRY_STREAM = 0x696e6475;

const MIX: Record<Segment, ReadonlyArray<readonly [string, number]>> = {
    SMB: [
        ['Retail', 26],
        ['Hospitality', 14],
        ['Technology', 16],
        ['Consulting', 14],
        ['Healthcare', 10],
        ['Manufacturing', 8],
        ['Banking', 4],
        ['Insurance', 4],
        ['Education', 4]
    ],
    MidMarket: [
        ['Retail', 16],
        ['Hospitality', 6],
        ['Technology', 18],
        ['Consulting', 8],
        ['Healthcare', 12],
        ['Manufacturing', 16],
        ['Banking', 10],
        ['Insurance', 8],
        ['Education', 6]
    ],
    Enterprise: [
        ['Retail', 10],
        ['Technology', 16],
        ['Healthcare', 10],
        ['Manufacturing', 16],
        ['Banking', 20],
        ['Insurance', 14],
        ['Energy', 10],
        ['Telecommunications', 4]
    ]
};

const CHOICE = Object.fromEntries(
    Object.entries(MIX).map(([segment, entries]) => [segment, new Weighted(entries)])
) as Record<Segment, Weighted<string>>;

/** The Industry of account number `index` of the org. */
export function industryOf(segment: Segment, index: number, seed: number): string {
    return CHOICE[segment].sample(new Random(mixSeed(seed ^ INDUSTRY_STREAM, index)));
}

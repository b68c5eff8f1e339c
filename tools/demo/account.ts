/**
 * One account and all its records. Each account draws from its own random stream (seeded by
 * the org seed and its index), so its content does not depend on the accounts before it;
 * only the ids, handed out in order by the org's factory, do.
 */
import type { Archetype } from './archetypes';
import { ARCHETYPE_CHOICE, SEGMENT_CHOICE } from './archetypes';
import { generateCommercial } from './commercial';
import { companyName } from './names';
import { generatePromises, generateReferences } from './promises';
import { mixSeed, Random } from './random';
import type { DemoAccount, DemoSink } from './records';
import type { OrgContext } from './scope';
import { AccountScope } from './scope';
import { generateCases } from './support';

/** How often a whole account's datetimes use the `+0000` form of `sf data export bulk`. */
const OFFSET_DATETIME_SHARE = 0.12;
/** A few huge accounts ("whales") carry hundreds of cases and opportunities. */
const WHALE_SHARE = 0.002;
/** Salt of the per-account stream that decides lapsed contracts. */
const LAPSE_STREAM = 0x1a95e;
/** Trend window of eroding accounts: the last two years. */
const EROSION_DAYS = 730;

/** Generates account number `index` of the org into `sink`, under `parentId`; returns the Account record. */
export function generateAccount(
    org: OrgContext,
    seed: number,
    index: number,
    sink: DemoSink,
    parentId: string | null = null
): DemoAccount {
    const random = new Random(mixSeed(seed, index));
    const archetype: Archetype = ARCHETYPE_CHOICE.sample(random);
    const segment = SEGMENT_CHOICE[archetype].sample(random);
    const account: DemoAccount = {
        id: org.ids.next('Account'),
        name: companyName(random),
        archetype,
        segment,
        offsetDatetimes: random.chance(OFFSET_DATETIME_SHARE),
        parentId
    };
    sink.account(account);

    const scope = new AccountScope(org, random, sink, account.id, archetype, segment);
    scope.lapses = new Random(mixSeed(seed ^ LAPSE_STREAM, index));
    const R = org.referenceDay;
    const [minTenure, maxTenure] = scope.spec.tenureDays;
    scope.start = R - Math.round(minTenure + (maxTenure - minTenure) * random.next() ** 2);
    scope.scale = scope.segmentSpec.scaleMedian * random.logNormal(1, 0.6);
    if (random.chance(WHALE_SHARE)) scope.scale *= random.between(10, 30);

    if (archetype === 'eroding') {
        scope.trendStart = R - EROSION_DAYS;
        scope.trendEnd = R;
    } else if (archetype === 'churned') {
        // Goes bad from the start and stops renewing around a day at least 13 months in.
        scope.churnTarget = random.int(scope.start + 395, R - 30);
        scope.trendStart = scope.start;
        scope.trendEnd = scope.churnTarget;
    } else {
        // Everyone else drifts gently from their early to their late quality.
        scope.trendStart = scope.start;
        scope.trendEnd = R;
    }

    // Commercial history first: it settles when a churned account left (scope.activeEnd).
    generateCommercial(scope);
    generateCases(scope);
    generatePromises(scope);
    generateReferences(scope);
    return account;
}

/**
 * The promise ledger (`Trust_Commitment__c`) and reference activity (`Customer_Reference__c`)
 * of an account: both are custom objects of the package, so only some account teams use them.
 */
import type { Team } from './names';
import { promiseDescription } from './names';
import { Weighted } from './random';
import type { AccountScope } from './scope';

const TEAM_CHOICE = new Weighted<Team>([
    ['Pre-Sales', 12],
    ['Sales', 20],
    ['Customer Success', 25],
    ['Implementation', 18],
    ['Support', 18],
    ['Executive', 7]
]);
const REFERENCE_TYPES = new Weighted<string>([
    ['Reference Call', 40],
    ['Case Study', 14],
    ['Site Visit', 8],
    ['Peer Review', 18],
    ['Speaking', 5],
    ['Referral', 15]
]);

type Fate = 'keptOnTime' | 'keptLate' | 'broken' | 'renegotiated' | 'withdrawn' | 'overdue';

/** What became of a promise that fell due before the reference date, given promise quality q. */
function fateOfDuePromise(scope: AccountScope, q: number): Fate {
    const weights: Array<readonly [Fate, number]> = [
        ['keptOnTime', 0.15 + 0.75 * q],
        ['keptLate', 0.05 + 0.25 * (1 - q)],
        ['broken', 0.02 + 0.3 * (1 - q) ** 1.5],
        ['renegotiated', 0.05],
        ['withdrawn', 0.03],
        ['overdue', 0.02 + 0.2 * (1 - q)]
    ];
    let total = 0;
    for (const [, weight] of weights) total += weight;
    let x = scope.random.next() * total;
    for (const [fate, weight] of weights) {
        x -= weight;
        if (x < 0) return fate;
    }
    return 'keptOnTime';
}

function onePromise(scope: AccountScope): void {
    const { random, org, sink } = scope;
    const R = scope.referenceDay;
    const customer = scope.archetype !== 'prospect';
    const team: Team = customer ? TEAM_CHOICE.sample(random) : random.chance(0.5) ? 'Pre-Sales' : 'Sales';

    // Pre-sales and sales promises are made during a deal; the rest during the relationship.
    let opportunityId: string | null = null;
    let promisedDay: number;
    const deal = scope.opportunities.length > 0 ? random.pick(scope.opportunities) : null;
    if ((team === 'Pre-Sales' || team === 'Sales') && deal !== null && random.chance(0.7)) {
        opportunityId = deal.id;
        promisedDay = Math.min(R, Math.max(deal.createdDay, deal.closeDay - random.int(0, 20)));
    } else {
        if (scope.activeEnd <= scope.start) return;
        promisedDay = random.int(scope.start, Math.min(scope.activeEnd, R));
    }
    const typicalDays = team === 'Implementation' ? 45 : team === 'Support' ? 10 : 25;
    const dueDay = promisedDay + 1 + Math.round(random.logNormal(typicalDays, 0.8));
    const q = scope.quality('promises', Math.min(dueDay, R));

    let status: string;
    let deliveredDay: number | null = null;
    if (dueDay > R) {
        // Not due yet: mostly open, some already delivered early, a few withdrawn.
        const x = random.next();
        if (x < 0.1 && promisedDay < R) {
            status = 'Kept';
            deliveredDay = random.int(promisedDay, R);
        } else {
            status = x < 0.14 ? 'Withdrawn' : 'Open';
        }
    } else {
        switch (fateOfDuePromise(scope, q)) {
            case 'keptOnTime':
                status = 'Kept';
                deliveredDay = dueDay - random.int(0, Math.min(10, dueDay - promisedDay));
                break;
            case 'keptLate':
                status = 'Kept';
                deliveredDay = Math.min(R, dueDay + 1 + Math.round(random.logNormal(7 + 30 * (1 - q), 0.7)));
                break;
            case 'broken': {
                status = 'Broken';
                // Some broken promises were delivered after all, far too late to count.
                const late = dueDay + random.int(30, 120);
                if (random.chance(0.35) && late <= R) deliveredDay = late;
                break;
            }
            case 'renegotiated':
                status = 'Renegotiated';
                break;
            case 'withdrawn':
                status = 'Withdrawn';
                break;
            case 'overdue':
                status = 'Open';
                break;
        }
    }
    sink.commitment({
        id: org.ids.next('Trust_Commitment__c'),
        accountId: scope.accountId,
        status,
        dueDay,
        promisedDay,
        deliveredDay,
        team,
        opportunityId,
        description: promiseDescription(random, team)
    });
}

export function generatePromises(scope: AccountScope): void {
    const { random, spec } = scope;
    if (!random.chance(spec.promiseLogging)) return;
    const years = Math.max(0.1, (scope.activeEnd - scope.start) / 365);
    const count = random.poisson(spec.promisesPerYear * spec.activity * Math.sqrt(scope.scale) * years);
    for (let i = 0; i < count; i++) onePromise(scope);
}

export function generateReferences(scope: AccountScope): void {
    const { random, spec, org, sink } = scope;
    const R = scope.referenceDay;
    const from = scope.start + 60;
    const to = Math.min(scope.activeEnd, R);
    if (spec.referencesPerYear <= 0 || to <= from) return;
    const years = (to - from) / 365;
    const advocacy = scope.quality('advocacy', to);
    const count = random.poisson(
        spec.referencesPerYear * Math.pow(scope.scale, 0.3) * (0.5 + advocacy) * years
    );
    for (let i = 0; i < count; i++) {
        const requestedDay = random.int(from, to);
        const qa = scope.quality('advocacy', requestedDay);
        let status: string;
        if (requestedDay > R - 30 && random.chance(0.6)) {
            status = 'Requested';
        } else {
            const completed = 0.2 + 0.7 * qa;
            const declined = 0.05 + 0.45 * (1 - qa);
            const silent = 0.05 + 0.3 * (1 - qa);
            const x = random.next() * (completed + declined + silent);
            status = x < completed ? 'Completed' : x < completed + declined ? 'Declined' : 'No Response';
        }
        const rating =
            status === 'Completed'
                ? Math.min(5, Math.max(1, Math.round(1 + 4 * qa + random.normal() * 0.7)))
                : null;
        sink.reference({
            id: org.ids.next('Customer_Reference__c'),
            accountId: scope.accountId,
            status,
            requestedDay,
            type: REFERENCE_TYPES.sample(random),
            rating,
            contactId: random.chance(0.95) ? scope.contact() : null
        });
    }
}

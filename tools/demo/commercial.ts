/**
 * The commercial history of an account: the first deal, contract chains with their renewal
 * opportunities (on time or late, kept, downsized or lost), upgrades and downgrades, lost
 * deals, and the open pipeline at the reference date.
 */
import { TERM_CHOICE } from './archetypes';
import { addMonths } from './calendar';
import type { Outcome } from './opportunities';
import { emitOpportunity, roundAmount } from './opportunities';
import { Weighted } from './random';
import type { AccountScope } from './scope';

/** Types from config/default-model.json, plus values the model does not know (real orgs have them). */
const RENEWAL_TYPES = new Weighted<string>([
    ['Renewal', 88],
    ['Existing Customer - Renewal', 12]
]);
const UPGRADE_TYPES = new Weighted<string | null>([
    ['Existing Customer - Upgrade', 40],
    ['Upsell', 24],
    ['Cross-Sell', 24],
    ['Existing Customer - Replacement', 7],
    [null, 5]
]);
const NEW_BUSINESS = 'New Customer';
const DOWNGRADE = 'Existing Customer - Downgrade';

/** Stage a renewal is created in: the customer is known, qualification is a formality. */
const RENEWAL_FIRST_STAGE = 1;

// Behaviour as a function of commercial quality q ∈ (0, 1); monotonic, so better accounts
// renew earlier, lose less and win more.
const onTimeProbability = (q: number): number => 0.15 + 0.8 * q;
const lateMedianDays = (q: number): number => 6 + 80 * (1 - q);
const lineLossProbability = (q: number): number => 0.35 * (1 - q) ** 2;
/**
 * A customer lets its main contract lapse, ending the relationship, more often the worse it
 * has been served overall (deals, support, promises): the history of won and lost renewals
 * a backtest judges the score against.
 */
const lapseProbability = (overall: number): number => 0.3 * (1 - overall) ** 2;
const downsizeProbability = (q: number): number => 0.02 + 0.45 * (1 - q) ** 2;
const winRate = (q: number): number => 0.15 + 0.65 * q;
const cycleFactor = (q: number): number => Math.exp(1.1 * (0.5 - q));
const pushesMean = (q: number): number => 0.05 + 1.0 * (1 - q);

function maybeAmount(scope: AccountScope, amount: number): number | null {
    // Reps leave Amount blank now and then; readers must cope with it.
    return scope.random.chance(0.03) ? null : roundAmount(scope, amount);
}

function contractStatus(startDay: number, endDay: number, referenceDay: number): string {
    if (startDay > referenceDay) return 'Draft';
    return endDay < referenceDay ? 'Expired' : 'Activated';
}

/** A new-business, upgrade or downgrade deal that closed (or is planned to close) on `closeDay`. */
function deal(
    scope: AccountScope,
    type: string | null,
    closeDay: number,
    amount: number,
    outcome: Outcome
): void {
    const { random } = scope;
    const q = scope.quality('commercial', Math.min(closeDay, scope.referenceDay));
    const base = scope.segmentSpec.cycleMedianDays * (type === NEW_BUSINESS ? 1 : 0.6);
    const cycle = Math.max(3, Math.round(random.logNormal(base * cycleFactor(q), 0.55)));
    // Open deals were created some time before the export, however far out they are planned.
    const latestCreation = outcome === 'open' ? scope.referenceDay - random.int(0, 45) : closeDay - 1;
    const created = Math.min(latestCreation, closeDay - cycle);
    const pushes = outcome === 'won' ? random.poisson(pushesMean(q)) : random.poisson(0.4);
    // With pushes the first plan was optimistic; without, the deal closed near its plan.
    const firstPlanned =
        pushes > 0
            ? created + Math.max(1, Math.round((closeDay - created) * random.between(0.35, 0.8)))
            : Math.max(created + 1, closeDay + random.int(-10, 10));
    emitOpportunity(scope, {
        type,
        createdDay: created,
        firstPlannedClose: outcome === 'open' ? Math.min(firstPlanned, closeDay) : firstPlanned,
        closeDay,
        outcome,
        amount: maybeAmount(scope, amount),
        contractId: null,
        pushes,
        firstStage: type === NEW_BUSINESS ? 0 : 1,
        stageChanges: random.poisson(0.1)
    });
}

/**
 * A product line: its contracts back to back, each followed by a renewal opportunity linked
 * to it. Ends when a renewal is lost, is still open, or is not yet due.
 */
function contractChain(
    scope: AccountScope,
    usesContracts: boolean,
    dealDay: number,
    amount: number,
    primary: boolean
): void {
    const { random, org, sink } = scope;
    const R = scope.referenceDay;
    let start = dealDay + random.int(0, 14);
    let current = amount;
    for (;;) {
        // Churned accounts are on annual terms, so the churn falls inside the window.
        const term = scope.archetype === 'churned' ? 12 : TERM_CHOICE[scope.segment].sample(random);
        const end = addMonths(start, term) - 1;
        const contractId = usesContracts ? org.ids.next('Contract') : null;
        if (contractId !== null) {
            sink.contract({
                id: contractId,
                accountId: scope.accountId,
                startDay: start,
                endDay: end,
                status: contractStatus(start, end, R)
            });
        }
        const createdDay = end - random.int(45, 150);
        if (createdDay >= R) return; // the renewal is not in the pipeline yet

        const q = scope.quality('commercial', end);
        // A churning customer does not renew once the next term would run past its churn date.
        const churn = scope.churnTarget !== null && addMonths(end + 1, 12) - 1 > scope.churnTarget;
        const overall = (q + scope.quality('support', end) + scope.quality('promises', end)) / 3;
        const lapse = primary && !churn && (scope.lapses ?? random).chance(lapseProbability(overall));
        const lost = churn || lapse || (!primary && random.chance(lineLossProbability(q)));
        const downsized = !lost && random.chance(downsizeProbability(q));
        const onTime = random.chance(onTimeProbability(q));
        let closeDay = onTime
            ? end - random.int(0, Math.min(40, end - createdDay - 1))
            : end + 1 + Math.round(random.logNormal(lateMedianDays(q), 0.7));
        if (churn) closeDay = Math.max(createdDay + 1, Math.min(closeDay, R - random.int(1, 20)));
        const renewed = lost
            ? current
            : current * (downsized ? random.between(0.5, 0.85) : random.between(1, 1.12));
        const type = RENEWAL_TYPES.sample(random);

        if (closeDay > R) {
            // Still open on the reference date; overdue ones have had their close date pushed.
            const overdue = end < R;
            emitOpportunity(scope, {
                type,
                createdDay,
                firstPlannedClose: end,
                closeDay: overdue ? R + random.int(3, 45) : end,
                outcome: 'open',
                amount: maybeAmount(scope, renewed),
                contractId,
                pushes: overdue ? 1 + random.poisson(0.6 * (1 - q)) : 0,
                firstStage: RENEWAL_FIRST_STAGE,
                stageChanges: random.poisson(0.1)
            });
            return;
        }
        const late = closeDay > end;
        emitOpportunity(scope, {
            type,
            createdDay,
            firstPlannedClose: end,
            closeDay,
            outcome: lost ? 'lost' : 'won',
            amount: maybeAmount(scope, renewed),
            contractId,
            pushes: late ? 1 + random.poisson(0.6 * (1 - q)) : 0,
            firstStage: RENEWAL_FIRST_STAGE,
            stageChanges: random.poisson(0.1)
        });
        if (lost) {
            // The customer stays until its contract runs out (or the late "no" arrives).
            if ((churn || lapse) && primary) scope.activeEnd = Math.min(R, Math.max(closeDay, end));
            return;
        }
        start = end + 1;
        current = renewed;
    }
}

/** Prospects: deals lost or still open, never a customer. */
function prospectDeals(scope: AccountScope): void {
    const { random } = scope;
    const R = scope.referenceDay;
    const amount = random.logNormal(scope.segmentSpec.dealMedian, scope.segmentSpec.dealSigma);
    const lostDeals = 1 + random.poisson(0.6);
    for (let i = 0; i < lostDeals; i++) {
        deal(scope, NEW_BUSINESS, random.int(scope.start + 1, R), amount * random.between(0.6, 1.4), 'lost');
    }
    if (random.chance(0.4)) deal(scope, NEW_BUSINESS, R + random.int(10, 150), amount, 'open');
}

export function generateCommercial(scope: AccountScope): void {
    const { random, spec } = scope;
    const R = scope.referenceDay;
    if (scope.archetype === 'prospect') {
        prospectDeals(scope);
        return;
    }
    const q0 = scope.quality('commercial', scope.start);
    const firstAmount = random.logNormal(scope.segmentSpec.dealMedian, scope.segmentSpec.dealSigma);

    // Earlier attempts to win the customer, lost (only those inside the export's window).
    const attempts = random.poisson(0.05 + 0.25 * (1 - q0));
    for (let i = 0; i < attempts; i++) {
        const closeDay = scope.start - random.int(30, 500);
        if (closeDay > R - 1600)
            deal(scope, NEW_BUSINESS, closeDay, firstAmount * random.between(0.5, 1.5), 'lost');
    }

    // Small self-serve customers often auto-renew with no contract or renewal opportunity
    // on record; a churn, though, is always visible as a lost renewal.
    const tracksRenewals =
        scope.archetype === 'churned' ||
        random.chance(scope.segmentSpec.renewalTracking * (scope.archetype === 'neglected' ? 0.3 : 1));
    const usesContracts = tracksRenewals && random.chance(scope.segmentSpec.contracts);
    deal(scope, NEW_BUSINESS, scope.start, firstAmount, 'won');
    if (tracksRenewals) contractChain(scope, usesContracts, scope.start, firstAmount, true);

    // Large accounts buy several product lines, each with its own contracts and renewals.
    const extraLines =
        scope.archetype === 'churned' ? 0 : Math.min(7, Math.floor(Math.log2(Math.max(1, scope.scale / 2))));
    for (let i = 0; i < extraLines; i++) {
        if (scope.start + 90 >= scope.activeEnd - 30) break;
        const lineStart = random.int(scope.start + 90, scope.activeEnd - 30);
        const lineAmount = firstAmount * random.between(0.2, 0.8);
        deal(scope, 'Cross-Sell', lineStart, lineAmount, 'won');
        if (tracksRenewals) contractChain(scope, usesContracts, lineStart, lineAmount, false);
    }

    // Expansion attempts (won at the account's win rate, so poor accounts lose most of
    // theirs) and downgrades during the relationship.
    const from = scope.start + 60;
    const to = scope.activeEnd;
    if (to > from) {
        const years = (to - from) / 365;
        const qNow = scope.quality('commercial', to);
        const volume = spec.activity * Math.pow(scope.scale, 0.85);
        const upgrades = random.poisson(spec.upgradesPerYear * volume * years);
        for (let i = 0; i < upgrades; i++) {
            const closeDay = random.int(from, to);
            const won = random.chance(winRate(scope.quality('commercial', closeDay)));
            const amount = firstAmount * random.between(0.1, 0.6);
            deal(scope, UPGRADE_TYPES.sample(random), closeDay, amount, won ? 'won' : 'lost');
        }
        const downgrades = random.poisson(0.15 * (1 - qNow) ** 2 * Math.sqrt(scope.scale) * years);
        for (let i = 0; i < downgrades; i++) {
            deal(scope, DOWNGRADE, random.int(from, to), firstAmount * random.between(0.1, 0.4), 'won');
        }
    }

    // Open pipeline on the reference date; some with a close date already in the past.
    if (scope.activeEnd >= R) {
        const qNow = scope.quality('commercial', R);
        const open = random.poisson(0.12 * spec.activity * Math.sqrt(scope.scale) * (0.3 + qNow));
        for (let i = 0; i < open; i++) {
            const planned = random.chance(0.8) ? R + random.int(5, 150) : R - random.int(1, 45);
            deal(
                scope,
                UPGRADE_TYPES.sample(random),
                planned,
                firstAmount * random.between(0.1, 0.5),
                'open'
            );
        }
    }
}

import { generateAccount } from '../account';
import type { Archetype } from '../archetypes';
import { ARCHETYPES } from '../archetypes';
import { orgContextFor } from '../generate';
import type { DemoAccount, DemoCase, DemoOpportunity, DemoReference, DemoSink } from '../records';

const SEED = 11;
const ACCOUNTS = 2000;

interface AccountData {
    account: DemoAccount;
    opportunities: DemoOpportunity[];
    /** First planned close date per opportunity id (its first history row). */
    firstPlanned: Map<string, number>;
    cases: DemoCase[];
    references: DemoReference[];
    children: number;
}

/** Generates accounts into memory, grouped per account (fine for a few thousand). */
function generate(count: number): AccountData[] {
    const org = orgContextFor(SEED, '2026-06-30');
    const out: AccountData[] = [];
    let current: AccountData | null = null;
    const child = (): AccountData => {
        if (current === null) throw new Error('child record before its account');
        current.children++;
        return current;
    };
    const sink: DemoSink = {
        account(record) {
            current = {
                account: record,
                opportunities: [],
                firstPlanned: new Map(),
                cases: [],
                references: [],
                children: 0
            };
            out.push(current);
        },
        opportunity(record) {
            child().opportunities.push(record);
        },
        opportunityHistory(record) {
            const data = child();
            if (!data.firstPlanned.has(record.opportunityId))
                data.firstPlanned.set(record.opportunityId, record.closeDay);
        },
        case(record) {
            child().cases.push(record);
        },
        caseMilestone() {
            child();
        },
        contract() {
            child();
        },
        commitment() {
            child();
        },
        reference(record) {
            child().references.push(record);
        }
    };
    for (let index = 0; index < count; index++) generateAccount(org, SEED, index, sink);
    return out;
}

const isRenewal = (opp: DemoOpportunity): boolean =>
    opp.type === 'Renewal' || opp.type === 'Existing Customer - Renewal';

/** Days each closed renewal closed after its first planned close date (the contract end). */
function renewalLateness(accounts: AccountData[]): number[] {
    const out: number[] = [];
    for (const data of accounts) {
        for (const opp of data.opportunities) {
            const planned = data.firstPlanned.get(opp.id);
            if (isRenewal(opp) && opp.isClosed && planned !== undefined) out.push(opp.closeDay - planned);
        }
    }
    return out;
}

const mean = (values: number[]): number => values.reduce((sum, v) => sum + v, 0) / Math.max(1, values.length);

describe('demo org archetypes', () => {
    const accounts = generate(ACCOUNTS);
    const of = (archetype: Archetype): AccountData[] =>
        accounts.filter((a) => a.account.archetype === archetype);

    it('spreads accounts over every archetype, from exemplary to churned', () => {
        for (const archetype of ARCHETYPES) expect(of(archetype).length).toBeGreaterThan(20);
        expect(of('steady').length).toBeGreaterThan(of('exemplary').length);
    });

    it('averages about ten child records per account, with a heavy tail', () => {
        const children = accounts.map((a) => a.children);
        const average = mean(children);
        expect(average).toBeGreaterThan(7);
        expect(average).toBeLessThan(14);
        const cases = accounts.map((a) => a.cases.length).sort((a, b) => b - a);
        expect(cases[0]).toBeGreaterThan(20 * mean(cases));
        // Most accounts are small.
        expect(children.filter((n) => n <= 10).length).toBeGreaterThan(ACCOUNTS / 2);
    });

    it('renews exemplary accounts on time and eroding ones late', () => {
        const exemplary = renewalLateness(of('exemplary'));
        const eroding = renewalLateness(of('eroding'));
        expect(exemplary.length).toBeGreaterThan(30);
        expect(eroding.length).toBeGreaterThan(30);
        const lateShare = (values: number[]): number => values.filter((v) => v > 0).length / values.length;
        expect(lateShare(exemplary)).toBeLessThan(0.3);
        expect(lateShare(eroding)).toBeGreaterThan(lateShare(exemplary) + 0.2);
        expect(mean(eroding)).toBeGreaterThan(mean(exemplary) + 15);
    });

    it('loses the last renewal of every churned account and few of exemplary ones', () => {
        for (const data of of('churned')) {
            const renewals = data.opportunities.filter((o) => isRenewal(o) && o.isClosed);
            expect(renewals.some((o) => !o.isWon)).toBe(true);
        }
        const exemplaryLost = of('exemplary')
            .flatMap((d) => d.opportunities)
            .filter((o) => isRenewal(o) && o.isClosed && !o.isWon).length;
        expect(exemplaryLost).toBeLessThan(5);
    });

    it('gives troubled accounts more, hotter cases and exemplary ones better references', () => {
        const perAccount = (list: AccountData[], pick: (c: DemoCase) => boolean): number =>
            mean(list.map((d) => d.cases.filter(pick).length));
        const any = (): boolean => true;
        const hot = (c: DemoCase): boolean => c.isEscalated || c.priority === 'Critical';
        expect(perAccount(of('troubled'), any)).toBeGreaterThan(2 * perAccount(of('exemplary'), any));
        expect(perAccount(of('troubled'), hot)).toBeGreaterThan(3 * perAccount(of('exemplary'), hot));

        const ratings = (list: AccountData[]): number[] =>
            list.flatMap((d) => d.references.flatMap((r) => (r.rating === null ? [] : [r.rating])));
        const good = ratings(of('exemplary'));
        const poor = ratings([...of('eroding'), ...of('troubled'), ...of('churned')]);
        expect(good.length).toBeGreaterThan(20);
        expect(poor.length).toBeGreaterThan(5);
        expect(mean(good)).toBeGreaterThan(mean(poor) + 1);
    });

    it('leaves young and neglected accounts with little evidence beyond their first deal', () => {
        const evidence = (d: AccountData): number =>
            d.cases.length +
            d.references.length +
            d.opportunities.filter((o) => isRenewal(o) && o.isClosed).length;
        const thin = mean([...of('young'), ...of('neglected')].map(evidence));
        const established = mean([...of('healthy'), ...of('steady')].map(evidence));
        expect(thin).toBeLessThan(established / 2);
    });
});

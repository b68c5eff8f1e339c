import { createElement } from 'lwc';
import TrustWhatIf from 'c/trustWhatIf';
import { graphql } from 'lightning/graphql';
import {
    DEFAULT_BASELINES,
    EvidencePager,
    defaultModel,
    scoreAccount,
    parseDay,
    storedReceipts,
    whatIf
} from 'c/trustEngine';

const { flushPromises } = require('../../trustSetup/__tests__/utils/setupTestUtils');

jest.mock('c/trustSetupLabels', () =>
    require('../../trustSetup/__tests__/utils/setupTestUtils').realLabelsModule()
);

const PAGE_1 = require('./data/latestReceiptsPage1.json');
const PAGE_2 = require('./data/latestReceiptsPage2.json');

/** The receipts as the engine's whatIf takes them, read from the same payloads. */
function receiptsOf(...pages) {
    return pages.flatMap((page) =>
        page.uiapi.query.Account.edges.map(({ node }) => {
            const r = storedReceipts(node.Trust_Scores__r)[0];
            return { accountId: node.Id, score: r.score, band: r.band, signalScores: r.signalScores };
        })
    );
}

// The receipts in the payloads were scored as of 2026-06-30; the sample recomputes as of that day.
const AS_OF = '2026-06-30';
const daysAgo = (days) => new Date(Date.parse(`${AS_OF}T12:00:00Z`) - days * 86400000).toISOString();
const page = (nodes) => ({
    edges: nodes.map((node) => ({ node })),
    pageInfo: { hasNextPage: false, endCursor: null }
});

/** One EVIDENCE_QUERY response (UI API GraphQL shape) for an account: a won and a lost deal, an escalated case, a broken promise. */
function evidencePayload(accountId, name) {
    const suffix = accountId.slice(-6);
    return {
        uiapi: {
            query: {
                Account: page([{ Id: accountId, Name: { value: name } }]),
                Opportunity: page([
                    {
                        Id: `006${suffix}W`,
                        AccountId: { value: accountId },
                        Type: { value: 'New Customer' },
                        StageName: { value: 'Closed Won' },
                        IsClosed: { value: true },
                        IsWon: { value: true },
                        Amount: { value: 50000 },
                        CreatedDate: { value: daysAgo(400) },
                        CloseDate: { value: daysAgo(340).slice(0, 10) },
                        ContractId: { value: null }
                    },
                    {
                        Id: `006${suffix}L`,
                        AccountId: { value: accountId },
                        Type: { value: 'New Customer' },
                        StageName: { value: 'Closed Lost' },
                        IsClosed: { value: true },
                        IsWon: { value: false },
                        Amount: { value: 20000 },
                        CreatedDate: { value: daysAgo(90) },
                        CloseDate: { value: daysAgo(30).slice(0, 10) },
                        ContractId: { value: null }
                    }
                ]),
                OpportunityHistory: page([]),
                Case: page([
                    {
                        Id: `500${suffix}C`,
                        AccountId: { value: accountId },
                        IsClosed: { value: true },
                        IsEscalated: { value: true },
                        Priority: { value: 'High' },
                        Status: { value: 'Closed' },
                        Type: { value: 'Billing' },
                        Reason: { value: null },
                        Origin: { value: 'Phone' },
                        CreatedDate: { value: daysAgo(200) },
                        ClosedDate: { value: daysAgo(190) }
                    }
                ]),
                CaseMilestone: page([]),
                Contract: page([]),
                Trust_Commitment__c: page([
                    {
                        Id: `a0A${suffix}P`,
                        Account__c: { value: accountId },
                        Opportunity__c: { value: null },
                        Made_By_Team__c: { value: 'Sales' },
                        Promised_On__c: { value: daysAgo(300).slice(0, 10) },
                        Due_On__c: { value: daysAgo(250).slice(0, 10) },
                        Delivered_On__c: { value: null },
                        Status__c: { value: 'Broken' },
                        Description__c: { value: 'SSO' }
                    }
                ]),
                Customer_Reference__c: page([])
            }
        }
    };
}

function mount(draft, current = defaultModel()) {
    const element = createElement('c-trust-what-if', { is: TrustWhatIf });
    element.currentModel = current;
    element.draftModel = draft;
    element.baselines = DEFAULT_BASELINES;
    document.body.appendChild(element);
    return element;
}

const run = async (element) => {
    element.shadowRoot.querySelector('lightning-button.run').click();
    await flushPromises();
};
const text = (element, selector) => element.shadowRoot.querySelector(selector)?.textContent.trim();

describe('c-trust-what-if', () => {
    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    });

    it('pages through every scored account and re-weights them exactly as the engine does', async () => {
        const draft = defaultModel();
        draft.signals.promiseKeeping.weight = 10;
        draft.pillars.capability = 3;
        const element = mount(draft);
        await flushPromises();
        await run(element);
        expect(text(element, '.loading p')).toBe('Reading the latest scores: 0 accounts so far…');

        graphql.emit(PAGE_1);
        await flushPromises();
        expect(graphql.getLastConfig().variables).toEqual({
            pageSize: 2000,
            upperBound: 1000000,
            after: 'djE6MQ=='
        });
        expect(text(element, '.loading p')).toBe('Reading the latest scores: 2 accounts so far…');
        graphql.emit(PAGE_2);
        await flushPromises();

        const expected = whatIf(receiptsOf(PAGE_1, PAGE_2), draft, 10);
        expect(text(element, '.changed')).toBe(`${expected.changedBand} of 3 accounts change band.`);
        expect(text(element, '.scope')).toBe('Re-weighted the stored signal scores of 3 accounts.');
        const chart = element.shadowRoot.querySelector('c-trust-band-chart.all-chart');
        expect(chart.rows).toEqual(
            draft.bands.map((b) => ({
                name: b.name,
                before: expected.bandsBefore[b.name],
                after: expected.bandsAfter[b.name]
            }))
        );
        const movers = element.shadowRoot.querySelector('c-trust-movers.all-movers').movers;
        expect(movers.map((m) => [m.accountId, m.after])).toEqual(
            expected.movers.map((m) => [m.accountId, m.after.score])
        );
        const globex = movers.find((m) => m.accountId === '001000000000002AAA');
        expect(globex.name).toBe('Globex, Inc.');
        expect(globex.url).toBe('/lightning/r/Account/001000000000002AAA/view');
        expect(element.shadowRoot.querySelector('.sample')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('recomputes a sample from evidence when the draft changes half-life, and says so', async () => {
        const current = defaultModel();
        const draft = defaultModel();
        draft.halfLifeDays = 90;
        const element = mount(draft, current);
        await flushPromises();
        await run(element);
        graphql.emit(PAGE_1);
        await flushPromises();
        graphql.emit(PAGE_2);
        await flushPromises();
        expect(text(element, '.evidence-note')).toBe(
            "Your changes to Half-life (days) change how signals are computed, which stored scores can't show."
        );
        expect(text(element, '.sample-progress')).toBe(
            'Recomputing sample accounts from their records: 0 of 3…'
        );

        // Sample order: spread over the stored scores, lowest first (Globex 31.4, Initech 66.8, Northwind 78.7).
        const sample = [
            ['001000000000002AAA', 'Globex, Inc.'],
            ['001000000000003AAA', 'Initech'],
            ['001000000000001AAA', 'Northwind Traders']
        ];
        const expected = [];
        for (const [id, name] of sample) {
            expect(graphql.getLastConfig().variables.accountId).toBe(id);
            const payload = evidencePayload(id, name);
            graphql.emit(payload);
            // eslint-disable-next-line no-await-in-loop
            await flushPromises();
            const pager = new EvidencePager(id);
            pager.add(payload.uiapi.query);
            const evidence = pager.evidence();
            expected.push({
                id,
                before: scoreAccount(evidence, current, DEFAULT_BASELINES, parseDay(AS_OF)),
                after: scoreAccount(evidence, draft, DEFAULT_BASELINES, parseDay(AS_OF))
            });
        }
        expect(text(element, '.sample-scope')).toBe(
            'Recomputed 3 sample accounts from their records as of 2026-06-30, with the current and with the draft model.'
        );
        const movers = element.shadowRoot.querySelector('c-trust-movers.sample-movers').movers;
        for (const e of expected.filter((x) => x.before.score !== x.after.score)) {
            const row = movers.find((m) => m.accountId === e.id);
            expect([row.before, row.after]).toEqual([e.before.score, e.after.score]);
        }
        expect(movers.length).toBe(expected.filter((x) => x.before.score !== x.after.score).length);
        expect(movers.length).toBeGreaterThan(0);
        await expect(element).toBeAccessible();
    });

    it('says when no account has a stored score yet', async () => {
        const element = mount(defaultModel());
        await flushPromises();
        await run(element);
        graphql.emit({
            uiapi: { query: { Account: { edges: [], pageInfo: { hasNextPage: false, endCursor: null } } } }
        });
        await flushPromises();
        expect(text(element, '.empty')).toBe(
            'No account has a stored score yet. Run the scoring batch once, then preview.'
        );
    });

    it('shows why the scores could not be read', async () => {
        const element = mount(defaultModel());
        await flushPromises();
        await run(element);
        graphql.emitErrors([{ message: "Field 'Trust_Scores__r' in type 'Account' is undefined" }]);
        await flushPromises();
        const panel = element.shadowRoot.querySelector('c-error-panel');
        expect(panel.friendlyMessage).toBe("The latest scores couldn't be read.");
    });

    it('cannot run while the draft is invalid, and flags a preview the draft has moved past', async () => {
        const element = mount(null);
        await flushPromises();
        expect(element.shadowRoot.querySelector('lightning-button.run').disabled).toBe(true);
        expect(text(element, '.invalid')).toBe('Fix the highlighted fields to preview.');

        element.draftModel = defaultModel();
        await flushPromises();
        await run(element);
        graphql.emit(PAGE_2);
        await flushPromises();
        expect(element.shadowRoot.querySelector('.stale')).toBeNull();
        const changed = defaultModel();
        changed.pillars.fairness = 2;
        element.draftModel = changed;
        await flushPromises();
        expect(text(element, '.stale')).toBe(
            'You changed the draft since this preview. Preview again to see the effect.'
        );
    });
});

// The what-if preview's run without the DOM: pages of scored accounts shaped like UI API
// GraphQL answers (data/), the sample's evidence the Trust panel's payloads under each
// sampled account's id (trustPanel/__tests__/data).
import { IDLE_PREVIEW, PreviewRun } from '../previewRun';
import { DEFAULT_BASELINES, defaultModel } from 'c/trustEngine';

const PAGE_1 = require('./data/latestReceiptsPage1.json');
const PAGE_2 = require('./data/latestReceiptsPage2.json');
const { CORE, HISTORY, MILESTONES } = require('../../../../../test/lwcTestUtils').panelEvidence();

const answer = (data) => ({ data, errors: undefined });
function coreOf(accountId) {
    const data = JSON.parse(JSON.stringify(CORE));
    data.uiapi.query.Account.edges[0].node.Id = accountId;
    return data;
}

function harness() {
    const seen = { evidence: [], states: [] };
    const run = new PreviewRun({
        askEvidence: (request) => seen.evidence.push(request),
        changed: (state) => seen.states.push(state)
    });
    return { run, seen, last: () => run.state };
}

/** Starts a preview of a draft changed by `change` and reads both pages of scored accounts. */
function readScores(run, change) {
    const draft = defaultModel();
    change(draft);
    run.start(defaultModel(), draft, DEFAULT_BASELINES);
    run.wiredReceipts(answer(PAGE_1));
    run.wiredReceipts(answer(PAGE_2));
}

/** A draft that moves only stored signal weights: no sample needed. */
function reweighted() {
    const draft = defaultModel();
    draft.signals.promiseKeeping.weight = 10;
    return draft;
}

describe('c-trust-what-if PreviewRun', () => {
    it('pages the scored accounts by cursor and re-weights them, without a sample when none is needed', () => {
        const { run, last } = harness();
        expect(run.state).toBe(IDLE_PREVIEW);
        run.start(defaultModel(), reweighted(), DEFAULT_BASELINES);
        expect(run.busy).toBe(true);
        expect(last()).toMatchObject({ phase: 'loading', receiptsAfter: null, accountsRead: 0 });
        run.wiredReceipts(answer(PAGE_1));
        expect(last()).toMatchObject({ phase: 'loading', receiptsAfter: 'djE6MQ==', accountsRead: 2 });
        // The same page again (a wire re-emitting) is not counted twice.
        run.wiredReceipts(answer(PAGE_1));
        expect(last().accountsRead).toBe(2);
        run.wiredReceipts(answer(PAGE_2));
        expect(last()).toMatchObject({ phase: 'ready', accountsRead: 3, capped: false, samplePhase: 'idle' });
        expect(last().summary.rows).toHaveLength(3);
        expect(last().needsEvidence).toEqual([]);
        expect(last().names.get('001000000000003AAA')).toBe('Initech');
        expect(run.busy).toBe(false);
    });

    it('recomputes a sample from evidence when the draft needs it, one account after the other', () => {
        const { run, seen, last } = harness();
        readScores(run, (draft) => {
            draft.halfLifeDays = 90;
        });
        expect(last()).toMatchObject({
            phase: 'ready',
            samplePhase: 'running',
            needsEvidence: ['halfLifeDays']
        });
        expect(last().sampleIds).toHaveLength(3);
        for (const id of last().sampleIds) {
            expect(seen.evidence[seen.evidence.length - 1].variables.accountId).toBe(id);
            run.wiredEvidence(answer(coreOf(id)));
            run.wiredEvidence(answer(HISTORY));
            run.wiredEvidence(answer(MILESTONES));
        }
        expect(last().samplePhase).toBe('done');
        expect(last().sampleResults.map((r) => r.accountId)).toEqual(last().sampleIds);
        expect(last().sampleSummary.rows).toHaveLength(3);
        expect(last().sampleMissing).toEqual([]);
        // The evidence's account name replaces the stored one for the movers.
        expect(last().names.get(last().sampleIds[0])).toBe(CORE.uiapi.query.Account.edges[0].node.Name.value);
    });

    it("reads the custom objects a draft's new custom signal needs, after the catalog's evidence", () => {
        const { run, seen, last } = harness();
        const usageModel = require('../../../../../../examples/custom-signals/product-usage-model.json');
        readScores(run, (draft) => {
            draft.customSignals = usageModel.customSignals;
        });
        expect(last()).toMatchObject({ samplePhase: 'running' });
        for (const id of last().sampleIds) {
            run.wiredEvidence(answer(coreOf(id)));
            run.wiredEvidence(answer(HISTORY));
            run.wiredEvidence(answer(MILESTONES));
            // Not done yet: one more query, for Product_Usage__c of this account.
            expect(last().samplePhase).toBe('running');
            expect(seen.evidence[seen.evidence.length - 1].variables.accountId).toBe(id);
            const usage = { edges: [], pageInfo: { hasNextPage: false, endCursor: null } };
            run.wiredEvidence(answer({ uiapi: { query: { Product_Usage__c: usage } } }));
        }
        expect(last().samplePhase).toBe('done');
        expect(last().sampleMissing).toEqual([]);
    });

    it('says the scores could not be read', () => {
        const { run, last } = harness();
        run.start(defaultModel(), reweighted(), DEFAULT_BASELINES);
        const errors = [{ message: "Field 'Trust_Scores__r' in type 'Account' is undefined" }];
        run.wiredReceipts({ data: undefined, errors });
        expect(last()).toMatchObject({ phase: 'failed', loadErrors: errors });
    });

    it('cancels reading the scores and ignores pages still on their way', () => {
        const { run, last } = harness();
        run.start(defaultModel(), reweighted(), DEFAULT_BASELINES);
        run.wiredReceipts(answer(PAGE_1));
        run.cancel();
        run.wiredReceipts(answer(PAGE_2));
        expect(last()).toMatchObject({ phase: 'cancelled', summary: undefined });
        expect(run.busy).toBe(false);
    });

    it('cancels the sample and keeps the re-weighted result', () => {
        const { run, last } = harness();
        readScores(run, (draft) => {
            draft.lookBackDays = 365;
        });
        run.wiredEvidence(answer(coreOf(last().sampleIds[0])));
        run.cancel();
        run.wiredEvidence(answer(HISTORY));
        expect(last()).toMatchObject({ phase: 'ready', samplePhase: 'cancelled', sampleResults: [] });
        expect(last().summary.rows).toHaveLength(3);
    });

    it("fails the sample with the reader's caveat when the core evidence cannot be read", () => {
        const { run, last } = harness();
        readScores(run, (draft) => {
            draft.halfLifeDays = 90;
        });
        const errors = [{ message: 'Insufficient access to Opportunity' }];
        run.wiredEvidence({ data: undefined, errors });
        expect(last()).toMatchObject({
            samplePhase: 'failed',
            sampleProblem: { errors, variant: 'warning' }
        });
    });
});

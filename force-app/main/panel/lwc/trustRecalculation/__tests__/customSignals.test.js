// "Recalculate" with a model that has a custom signal: the panel reads the signal's object
// after the catalog's evidence and stores the score the engine gives with it, as the batch
// does; when the user cannot read the object the signal is left out (null, never 50), the
// panel says so, and the score does not replace the batch's receipt of the day.
const path = require('path');
const { mockLabels, flushPromises, panelEvidence } = require('../../../../../test/lwcTestUtils');

jest.mock('c/trustQueries', () => require('../../../../../test/lwcTestUtils').namedEvidenceQueries());
mockLabels();
const { Recalculator } = require('c/trustRecalculation');
const {
    EvidencePager,
    activeModelVersion,
    customEvidenceObjects,
    scoreAccount,
    storedReceipts,
    todayUtc
} = require('c/trustEngine');
const { createRecord, updateRecord, notifyRecordUpdateAvailable } = require('lightning/uiRecordApi');

const { ACCOUNT_ID, CORE, HISTORY, MILESTONES } = panelEvidence();
const PANEL = require('../../trustPanel/__tests__/data/panelQuery.json');
const USAGE_MODEL = require(
    path.join(__dirname, '../../../../../../examples/custom-signals/product-usage-model.json')
);

const answer = (data) => ({ data, errors: undefined });
const cell = (value) => ({ value, displayValue: null });
const USAGE = {
    uiapi: {
        query: {
            Product_Usage__c: {
                edges: [
                    ['a0C1', '2026-06-08', 40],
                    ['a0C2', '2026-06-15', 55],
                    ['a0C3', '2026-06-22T09:00:00.000Z', 61]
                ].map(([Id, week, adoption]) => ({
                    node: {
                        Id,
                        Account__c: cell(ACCOUNT_ID),
                        Week__c: cell(week),
                        Adoption__c: cell(adoption),
                        Type__c: cell('Seats')
                    }
                })),
                pageInfo: { hasNextPage: false, endCursor: 'u3' }
            }
        }
    }
};
const NO_ACCESS = [{ message: 'insufficient access rights on object id', extensions: {} }];

/** The panel's active model with the example's product-usage signal added. */
function modelVersionWithUsage() {
    const models = JSON.parse(JSON.stringify(PANEL.uiapi.query.Trust_Model__c));
    for (const { node } of models.edges) {
        const definition = JSON.parse(node.Definition__c.value);
        definition.customSignals = USAGE_MODEL.customSignals;
        node.Definition__c.value = JSON.stringify(definition);
    }
    const version = activeModelVersion(models);
    if (!version?.model) throw new Error('test: the model with a custom signal is invalid');
    return version;
}

function panel() {
    const seen = { evidence: [], states: [] };
    const context = {
        modelVersion: modelVersionWithUsage(),
        receipts: storedReceipts(PANEL.uiapi.query.Trust_Score__c)
    };
    const recalculator = new Recalculator({
        askEvidence: (request) => seen.evidence.push(request),
        askRenewals: () => {},
        context: () => context,
        reread: jest.fn(async () => context.receipts),
        changed: (state) => seen.states.push(state),
        saved: () => {}
    });
    return { recalculator, seen, context, last: () => seen.states[seen.states.length - 1] };
}

/** What the engine gives for the same answers, read by the same pager. */
function engineScore(version, usage) {
    const pager = new EvidencePager(ACCOUNT_ID, undefined, undefined, customEvidenceObjects(version.model));
    for (const data of [CORE, HISTORY, MILESTONES]) pager.add(data.uiapi.query);
    if (usage) pager.add(usage.uiapi.query);
    else pager.unavailable('no access');
    const day = todayUtc(new Date());
    return scoreAccount(pager.evidence(), version.model, version.baselines, day);
}

describe('c-trust-recalculation with a custom signal', () => {
    beforeEach(() => {
        jest.useFakeTimers({ now: new Date('2026-06-30T15:00:00.000Z'), advanceTimers: true });
        jest.clearAllMocks();
        createRecord.mockResolvedValue({ id: 'a0DKd00000TODAY0MAA' });
        updateRecord.mockResolvedValue({});
        notifyRecordUpdateAvailable.mockResolvedValue();
    });
    afterEach(() => jest.useRealTimers());

    it("reads the signal's object after the catalog and stores the engine's score with it", async () => {
        const { recalculator, seen, context, last } = panel();
        recalculator.start(ACCOUNT_ID);
        for (const data of [CORE, HISTORY, MILESTONES]) recalculator.wiredEvidence(answer(data));
        expect(seen.evidence).toHaveLength(4);
        expect(seen.evidence[3].variables).toEqual({
            accountId: ACCOUNT_ID,
            pageSize: 2000,
            upperBound: 20_000,
            after: null
        });
        expect(last().phase).toBe('fetching');
        recalculator.wiredEvidence(answer(USAGE));
        await flushPromises();

        const expected = engineScore(context.modelVersion, USAGE);
        expect(expected.signals.productUsage.score).not.toBeNull();
        expect(last()).toMatchObject({ saved: true, caveats: [], problem: null });
        expect(createRecord).toHaveBeenCalledTimes(1);
        expect(createRecord.mock.calls[0][0].fields.Score__c).toBe(expected.score);
        // The score differs from one without the signal: the custom signal did count.
        expect(engineScore(context.modelVersion, null).score).not.toBe(expected.score);
    });

    it('leaves the signal out when the user cannot read its object, and keeps the batch receipt', async () => {
        const { recalculator, context, last } = panel();
        const today = { key: `${ACCOUNT_ID}:2026-06-30`, id: 'a0DKd00000TODAY0MAA', source: 'Batch' };
        context.receipts = [today, ...context.receipts];
        recalculator.start(ACCOUNT_ID);
        for (const data of [CORE, HISTORY, MILESTONES]) recalculator.wiredEvidence(answer(data));
        recalculator.wiredEvidence({ data: undefined, errors: NO_ACCESS });
        await flushPromises();

        const expected = engineScore(context.modelVersion, null);
        expect(expected.signals.productUsage.score).toBeNull();
        expect(last().receipt.score).toBe(expected.score);
        expect(last().caveats).toEqual([
            expect.objectContaining({
                key: 'missing-Product_Usage__c',
                errors: NO_ACCESS,
                variant: 'warning'
            })
        ]);
        expect(last().caveats[0].message).toContain('Product_Usage__c');
        expect(last().problem).toBeNull();
        expect(createRecord).not.toHaveBeenCalled();
        expect(updateRecord).not.toHaveBeenCalled();
        expect(last().notSavedReason).not.toBeNull();
    });
});

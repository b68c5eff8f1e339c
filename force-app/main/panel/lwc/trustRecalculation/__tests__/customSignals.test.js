// "Recalculate" with a model that has a custom signal: the panel reads the signal's object
// after the catalog's evidence and stores the score the engine gives with it, as the batch
// does; when the user cannot read the object the signal is left out (null, never 50), the
// panel says so, and the score does not replace the batch's receipt of the day.
const {
    mockLabels,
    flushPromises,
    panelEvidence,
    productUsageSignal
} = require('../../../../../test/lwcTestUtils');

jest.mock('c/trustQueries', () => require('../../../../../test/lwcTestUtils').namedEvidenceQueries());
mockLabels();
const { Recalculator } = require('c/trustRecalculation');
const { activeModelVersion, storedReceipts } = require('c/trustEngine');
const { createRecord, updateRecord, notifyRecordUpdateAvailable } = require('lightning/uiRecordApi');

const { ACCOUNT_ID, CORE, HISTORY, MILESTONES } = panelEvidence();
const { USAGE, withUsage, engineScore } = productUsageSignal();
const PANEL = require('../../trustPanel/__tests__/data/panelQuery.json');
const NO_ACCESS = [{ message: 'insufficient access rights on object id', extensions: {} }];
const answer = (data) => ({ data, errors: undefined });

/** The Recalculator with the panel's active model plus the custom signal, and what it did. */
function recalculatorWithUsage() {
    const seen = { evidence: [], states: [] };
    const context = {
        modelVersion: activeModelVersion(withUsage(PANEL.uiapi.query.Trust_Model__c)),
        receipts: storedReceipts(PANEL.uiapi.query.Trust_Score__c)
    };
    const recalculator = new Recalculator({
        askEvidence: (request) => seen.evidence.push(request),
        askRenewals: () => {},
        context: () => context,
        reread: async () => context.receipts,
        changed: (state) => seen.states.push(state),
        saved: () => {}
    });
    return { recalculator, seen, context, last: () => seen.states[seen.states.length - 1] };
}

/** Clicks Recalculate and answers the catalog's queries, then the custom object's with `custom`. */
async function recalculate(recalculator, custom) {
    recalculator.start(ACCOUNT_ID);
    for (const data of [CORE, HISTORY, MILESTONES]) recalculator.wiredEvidence(answer(data));
    recalculator.wiredEvidence(custom);
    await flushPromises();
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
        const { recalculator, seen, context, last } = recalculatorWithUsage();
        expect(context.modelVersion.model.customSignals).toHaveLength(1);
        await recalculate(recalculator, answer(USAGE));

        expect(seen.evidence).toHaveLength(4);
        expect(seen.evidence[3].variables).toEqual({
            accountId: ACCOUNT_ID,
            pageSize: 2000,
            upperBound: 20_000,
            after: null
        });
        const expected = engineScore(context.modelVersion, USAGE);
        expect(expected.signals.productUsage.score).not.toBeNull();
        // The score differs from one without the signal: the custom signal did count.
        expect(engineScore(context.modelVersion, null).score).not.toBe(expected.score);
        expect(last()).toMatchObject({ saved: true, caveats: [], problem: null });
        expect(createRecord).toHaveBeenCalledTimes(1);
        expect(createRecord.mock.calls[0][0].fields.Score__c).toBe(expected.score);
    });

    it('leaves the signal out when the user cannot read its object, and keeps the batch receipt', async () => {
        const { recalculator, context, last } = recalculatorWithUsage();
        const today = { key: `${ACCOUNT_ID}:2026-06-30`, id: 'a0DKd00000TODAY0MAA', source: 'Batch' };
        context.receipts = [today, ...context.receipts];
        await recalculate(recalculator, { data: undefined, errors: NO_ACCESS });

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
        expect(last().problem).toBeNull();
        expect(createRecord).not.toHaveBeenCalled();
        expect(updateRecord).not.toHaveBeenCalled();
        expect(last().notSavedReason).not.toBeNull();
    });
});

// A recalculation from click to stored receipt without the DOM: the evidence and receipts are
// the panel's payloads (trustPanel/__tests__/data), the expected numbers the batch CLI's.
const {
    mockLabels,
    label,
    flushPromises,
    panelEvidence,
    productUsageSignal,
    SCORE_FIELDS,
    ACCOUNT_TRUST_FIELDS
} = require('../../../../../test/lwcTestUtils');

jest.mock('c/trustQueries', () => require('../../../../../test/lwcTestUtils').namedEvidenceQueries());
mockLabels();
const { IDLE_RECALCULATION, Recalculator, recalcAvailability } = require('c/trustRecalculation');
const { activeModelVersion, storedReceipts } = require('c/trustEngine');
const { createRecord, updateRecord, notifyRecordUpdateAvailable } = require('lightning/uiRecordApi');

const { ACCOUNT_ID, CORE, HISTORY, MILESTONES } = panelEvidence();
const PANEL = require('../../trustPanel/__tests__/data/panelQuery.json');
const CLI = require('../../trustPanel/__tests__/data/cliScore.json').accounts[0];

const TODAY_KEY = `${ACCOUNT_ID}:2026-06-30`;
const answer = (data) => ({ data, errors: undefined });

/** Clicks Recalculate and answers the evidence queries with these results, in order. */
function recalculate(recalculator, results = [answer(CORE), answer(HISTORY), answer(MILESTONES)]) {
    recalculator.start(ACCOUNT_ID);
    for (const result of results) recalculator.wiredEvidence(result);
}

/** The panel in miniature: its wires' configs, the states it was shown, what it was told. */
function panel(receipts = storedReceipts(PANEL.uiapi.query.Trust_Score__c)) {
    const seen = { evidence: [], renewals: [], states: [], saved: 0 };
    const context = { modelVersion: activeModelVersion(PANEL.uiapi.query.Trust_Model__c), receipts };
    const recalculator = new Recalculator({
        askEvidence: (request) => seen.evidence.push(request),
        askRenewals: (records) => seen.renewals.push(records),
        context: () => context,
        reread: jest.fn(async () => context.receipts),
        changed: (state) => seen.states.push(state),
        saved: () => {
            seen.saved += 1;
        }
    });
    const last = () => seen.states[seen.states.length - 1];
    return { recalculator, seen, context, last };
}

describe('c-trust-recalculation Recalculator', () => {
    beforeEach(() => {
        // "Today" is the demo org's as-of day, so the score must match the CLI's run; timers run on.
        jest.useFakeTimers({ now: new Date('2026-06-30T15:00:00.000Z'), advanceTimers: true });
        jest.clearAllMocks();
        createRecord.mockResolvedValue({ id: 'a0DKd00000TODAY0MAA' });
        updateRecord.mockResolvedValue({});
        notifyRecordUpdateAvailable.mockResolvedValue();
    });

    afterEach(() => jest.useRealTimers());

    it('reads, scores and stores the batch CLI numbers, showing each step', async () => {
        const { recalculator, seen, context, last } = panel();
        expect(recalculator.state).toBe(IDLE_RECALCULATION);
        recalculator.start(ACCOUNT_ID);
        expect(recalculator.busy).toBe(true);
        expect(last()).toMatchObject({ phase: 'fetching', recordCount: 0, problem: null });
        expect(seen.evidence[0].query).toBe('EVIDENCE_CORE');
        recalculator.wiredEvidence(answer(CORE));
        expect(last().recordCount).toBeGreaterThan(0);
        recalculator.wiredEvidence(answer(HISTORY));
        recalculator.wiredEvidence(answer(MILESTONES));
        expect(last()).toMatchObject({ phase: 'saving', saved: false, caveats: [] });
        expect(last().receipt).toMatchObject({ score: CLI.score, band: CLI.band, source: 'Panel' });

        // The stored receipt is read back: it shows instead of the recalculated one.
        context.receipts = [{ key: TODAY_KEY }, ...context.receipts];
        await flushPromises();
        expect(createRecord).toHaveBeenCalledTimes(1);
        expect(createRecord.mock.calls[0][0].fields).toMatchObject({
            Key__c: TODAY_KEY,
            Score__c: CLI.score
        });
        expect(updateRecord.mock.calls[0][0].fields).toMatchObject({
            Id: ACCOUNT_ID,
            Current_Trust_Score__c: CLI.score
        });
        expect(notifyRecordUpdateAvailable).toHaveBeenCalledWith([{ recordId: ACCOUNT_ID }]);
        expect(last()).toMatchObject({ phase: 'idle', saved: true, receipt: null, problem: null });
        expect(seen.saved).toBe(1);
        expect(seen.renewals).toEqual([]);
    });

    it("keeps today's batch receipt when evidence is missing, and says why and what", async () => {
        const receipts = storedReceipts(PANEL.uiapi.query.Trust_Score__c);
        receipts[0] = { ...receipts[0], key: TODAY_KEY, asOf: '2026-06-30', source: 'Batch' };
        const { recalculator, seen, last } = panel(receipts);
        const refused = { data: undefined, errors: [{ message: 'insufficient access rights on object id' }] };
        recalculate(recalculator, [answer(CORE), refused, answer(MILESTONES)]);
        await flushPromises();
        expect(createRecord).not.toHaveBeenCalled();
        expect(updateRecord).not.toHaveBeenCalled();
        expect(last()).toMatchObject({
            phase: 'idle',
            saved: false,
            notSavedReason: label('TL_Panel_Not_Saved_Batch_Kept')
        });
        expect(last().caveats.map((c) => c.key)).toEqual(['missing-OpportunityHistory']);
        // The score from what could be read stays on screen, not saved.
        expect(last().receipt).toMatchObject({ asOf: '2026-06-30', source: 'Panel' });
        expect(typeof last().receipt.score).toBe('number');
        expect(seen.saved).toBe(0);
    });

    it('reads a model-named renewal-contract field before scoring, and notes when it is unreadable', async () => {
        const { recalculator, seen, context, last } = panel();
        const model = { ...context.modelVersion.model };
        model.mappings = { ...model.mappings, renewalContractField: 'SBQQ__RenewedContract__c' };
        context.modelVersion = { ...context.modelVersion, model };
        recalculate(recalculator);
        expect(last().phase).toBe('renewals');
        expect(seen.renewals[0][0].optionalFields).toEqual(['Opportunity.SBQQ__RenewedContract__c']);
        recalculator.wiredRenewals({ data: undefined, error: undefined });
        expect(last().phase).toBe('renewals');
        recalculator.wiredRenewals({ data: undefined, error: { body: { message: 'No access' } } });
        await flushPromises();
        expect(last().note).toBe(label('TL_Panel_Renewal_Field_Unreadable', 'SBQQ__RenewedContract__c'));
        expect(createRecord).toHaveBeenCalledTimes(1);
    });

    it('stops with the save caveat when the receipt cannot be stored', async () => {
        const error = { body: { message: 'Locked.', errorCode: 'UNABLE_TO_LOCK_ROW' } };
        createRecord.mockRejectedValue(error);
        const { recalculator, last } = panel();
        recalculate(recalculator);
        await flushPromises();
        expect(last()).toMatchObject({
            phase: 'idle',
            saved: false,
            problem: { message: label('TL_Error_Save'), errors: error, variant: 'error' }
        });
        expect(recalculator.busy).toBe(false);
    });

    it("stops with the reader's caveat when the evidence cannot be read", () => {
        const { recalculator, last } = panel();
        const errors = [{ message: 'An unexpected error occurred.' }];
        recalculate(recalculator, [{ data: undefined, errors }]);
        expect(last()).toMatchObject({
            phase: 'idle',
            problem: { message: label('TL_Error_Load'), errors, variant: 'error' }
        });
        expect(createRecord).not.toHaveBeenCalled();
    });

    describe('availability', () => {
        const fields = (names) =>
            Object.fromEntries(names.map((name) => [name, { createable: true, updateable: true }]));
        const writable = (names) => ({ createable: true, updateable: true, fields: fields(names) });
        const scoreInfo = writable(SCORE_FIELDS);
        const accountInfo = writable(ACCOUNT_TRUST_FIELDS);
        const version = () => activeModelVersion(PANEL.uiapi.query.Trust_Model__c);

        it('lets a user who may write scores recalculate with a valid model, and says nothing', () => {
            const panelState = { loaded: true, modelVersion: version(), scoreInfo, accountInfo };
            expect(recalcAvailability(panelState)).toEqual({ allowed: true, reason: null });
        });

        it('says nothing and runs nothing while the panel or an object info loads', () => {
            expect(recalcAvailability({ loaded: false, scoreInfo, accountInfo })).toEqual({
                allowed: false,
                reason: null
            });
            expect(recalcAvailability({ loaded: true, scoreInfo })).toEqual({ allowed: false, reason: null });
        });

        it('names the permission when the user may not write what a recalculation stores', () => {
            const readOnly = { ...scoreInfo, createable: false };
            const noPermission = { allowed: false, reason: label('TL_Panel_Recalculate_No_Permission') };
            expect(recalcAvailability({ loaded: true, scoreInfo: readOnly, accountInfo })).toEqual(
                noPermission
            );
            expect(recalcAvailability({ loaded: true, accountInfo, infoFailed: true })).toEqual(noPermission);
        });

        it("names the invalid model's settings in the admin's words", () => {
            // The active version as the panel reads it, with a half-life the validator refuses.
            const models = JSON.parse(JSON.stringify(PANEL.uiapi.query.Trust_Model__c));
            const node = models.edges[0].node;
            node.Definition__c.value = JSON.stringify({
                ...JSON.parse(node.Definition__c.value),
                halfLifeDays: 0
            });
            const invalid = activeModelVersion(models);
            expect(invalid.model).toBeNull();
            expect(
                recalcAvailability({ loaded: true, modelVersion: invalid, scoreInfo, accountInfo })
            ).toEqual({
                allowed: false,
                reason: "The active trust model isn't valid: Half-life (days): Enter 7 or more."
            });
        });

        it("runs nothing and says nothing while the account's model is being chosen", () => {
            const panelState = { loaded: true, choosing: true, scoreInfo, accountInfo };
            expect(recalcAvailability(panelState)).toEqual({ allowed: false, reason: null });
        });

        it('names the invalid one of several models in force, and words a set that does not fit', () => {
            const invalid = { ...version(), name: 'Enterprise accounts', version: 3, model: null };
            invalid.issues = [{ path: 'halfLifeDays', code: 'atLeast', params: { min: 7 }, message: '' }];
            const problem = { kind: 'invalidVersion', version: invalid };
            const state = { loaded: true, modelsProblem: problem, scoreInfo, accountInfo };
            expect(recalcAvailability({ ...state, severalModels: true })).toEqual({
                allowed: false,
                reason: "The active trust model Enterprise accounts, version 3 isn't valid, so no account is scored until it's fixed: Half-life (days): Enter 7 or more."
            });
            // Alone in force, it reads as an invalid active model always has.
            expect(recalcAvailability(state).reason).toBe(
                "The active trust model isn't valid: Half-life (days): Enter 7 or more."
            );
            const noDefault = { kind: 'set', issues: [{ path: '(models)', code: 'noDefault', params: {} }] };
            const set = recalcAvailability({ ...state, modelsProblem: noDefault, severalModels: true });
            expect(set.allowed).toBe(false);
            expect(set.reason).toBe(
                label('TL_Error_Invalid_Model_Set', `(models): ${label('TL_Validation_No_Default')}`)
            );
        });
    });

    // A model with a custom signal: its object is read after the catalog's evidence, and the
    // score stored is the engine's with it, as the batch's; an object the user cannot read
    // leaves the signal out (null, never 50) and the batch's receipt of the day in place.
    describe('with a custom signal', () => {
        const { USAGE, withUsage, engineScore } = productUsageSignal();
        const NO_ACCESS = [{ message: 'insufficient access rights on object id', extensions: {} }];

        function panelWithUsage() {
            const view = panel();
            view.context.modelVersion = activeModelVersion(withUsage(PANEL.uiapi.query.Trust_Model__c));
            return view;
        }

        it("reads the signal's object after the catalog and stores the engine's score with it", async () => {
            const { recalculator, seen, context, last } = panelWithUsage();
            expect(context.modelVersion.model.customSignals).toHaveLength(1);
            recalculate(recalculator, [answer(CORE), answer(HISTORY), answer(MILESTONES), answer(USAGE)]);
            await flushPromises();

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
            const { recalculator, context, last } = panelWithUsage();
            const today = { key: TODAY_KEY, id: 'a0DKd00000TODAY0MAA', source: 'Batch' };
            context.receipts = [today, ...context.receipts];
            recalculate(recalculator, [
                answer(CORE),
                answer(HISTORY),
                answer(MILESTONES),
                { data: undefined, errors: NO_ACCESS }
            ]);
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
            expect(last().problem).toBeNull();
            expect(createRecord).not.toHaveBeenCalled();
            expect(updateRecord).not.toHaveBeenCalled();
            expect(last().notSavedReason).not.toBeNull();
        });
    });
});

// The Trust panel with models per segment: the account's segment field is read with getRecord,
// and the account's own model (chosen as the batch chooses it) gives the alert subject, the
// model line under the score and what Recalculate scores and stores; an account in no
// segment, or whose segment field the user cannot read, gets the default model, and an
// invalid segment model stops Recalculate.
const {
    mockLabels,
    label,
    flushPromises,
    removeChildren,
    panelEvidence,
    SCORE_FIELDS,
    ACCOUNT_TRUST_FIELDS
} = require('../../../../../test/lwcTestUtils');

jest.mock('c/trustQueries', () => ({
    ...require('../../../../../test/lwcTestUtils').namedEvidenceQueries(),
    PANEL_QUERY: 'PANEL_QUERY',
    OPEN_ALERT_QUERY: 'OPEN_ALERT_QUERY'
}));
jest.mock('lightning/navigation', () => require('../../../../../test/lwcTestUtils').navigationMock());

mockLabels();
const { createElement } = require('lwc');
const TrustPanel = require('c/trustPanel').default;
const { graphql } = require('lightning/graphql');
const { getObjectInfo } = require('lightning/uiObjectInfoApi');
const {
    createRecord,
    getRecord,
    updateRecord,
    notifyRecordUpdateAvailable
} = require('lightning/uiRecordApi');
const {
    EvidencePager,
    accountModelVersion,
    defaultModel,
    modelsInForce,
    scoreAccount,
    todayUtc
} = require('c/trustEngine');

const PANEL = require('./data/panelQuery.json');

const { ACCOUNT_ID, CORE, HISTORY, MILESTONES } = panelEvidence();
const TODAY_KEY = `${ACCOUNT_ID}:2026-06-30`;
const DEFAULT_ID = PANEL.uiapi.query.Trust_Model__c.edges[0].node.Id;
const ENTERPRISE_ID = 'a0CKd000002ZvYdMAK';
const clone = (value) => JSON.parse(JSON.stringify(value));

/** A segment model of banks, tried first, that weighs promises far more and alerts under its own subject. */
function enterpriseNode(definition) {
    const base = defaultModel();
    const model = {
        ...base,
        name: 'Enterprise accounts',
        version: 3,
        signals: { ...base.signals, promiseKeeping: { ...base.signals.promiseKeeping, weight: 9 } },
        alerts: { subject: 'Enterprise trust drop' },
        segment: { field: 'Industry', values: ['Banking'] }
    };
    const baselines = JSON.parse(PANEL.uiapi.query.Trust_Model__c.edges[0].node.Baselines__c.value);
    return {
        Id: ENTERPRISE_ID,
        Name: { value: model.name },
        Version__c: { value: 3 },
        Priority__c: { value: 1 },
        Definition__c: { value: definition ?? JSON.stringify(model) },
        // Its own baselines, as a full run stores them for a segment with enough accounts.
        Baselines__c: { value: JSON.stringify({ ...baselines, medianWonCycleDays: 20, winRate: 0.9 }) }
    };
}

function panelWithSegments(definition) {
    const data = clone(PANEL);
    data.uiapi.query.Trust_Model__c.edges.push({ node: enterpriseNode(definition) });
    return data;
}

/**
 * The engine's result for the panel's evidence under the version the account's values choose,
 * with that version's baselines or, given, others.
 */
function engineScore(data, values, baselines) {
    const version = accountModelVersion(modelsInForce(data.uiapi.query.Trust_Model__c), values);
    const pager = new EvidencePager(ACCOUNT_ID);
    for (const page of [CORE, HISTORY, MILESTONES]) pager.add(page.uiapi.query);
    return scoreAccount(
        pager.evidence(),
        version.model,
        baselines ?? version.baselines,
        todayUtc(new Date())
    );
}

function objectInfo(apiName, fieldNames) {
    const fields = {};
    for (const name of fieldNames) fields[name] = { apiName: name, createable: true, updateable: true };
    return { apiName, createable: true, updateable: true, deletable: false, queryable: true, fields };
}
const byObject = (name) => (config) => (config.objectApiName?.objectApiName ?? config.objectApiName) === name;
const isQuery = (query) => (config) => config.query === query;
const $ = (element, selector) => element.shadowRoot.querySelector(selector);
const recalcButton = (element) => $(element, 'lightning-button.recalculate');

async function mountWith(data) {
    const element = createElement('c-trust-panel', { is: TrustPanel });
    Object.assign(element, { recordId: ACCOUNT_ID, objectApiName: 'Account' });
    document.body.appendChild(element);
    await flushPromises();
    graphql.emit(data, isQuery('PANEL_QUERY'));
    getObjectInfo.emit(objectInfo('Trust_Score__c', SCORE_FIELDS), byObject('Trust_Score__c'));
    getObjectInfo.emit(objectInfo('Account', ['Name', ...ACCOUNT_TRUST_FIELDS]), byObject('Account'));
    await flushPromises();
    return element;
}

/** The getRecord answer for the account: `fields` as UI API gives them (left out: unreadable). */
async function answerSegments(fields) {
    getRecord.emit({ apiName: 'Account', id: ACCOUNT_ID, fields });
    await flushPromises();
}

async function recalculate(element) {
    recalcButton(element).click();
    await flushPromises();
    for (const [query, page] of [
        ['EVIDENCE_CORE', CORE],
        ['EVIDENCE_HISTORY', HISTORY],
        ['EVIDENCE_MILESTONES', MILESTONES]
    ]) {
        graphql.emit(page, isQuery(query));
        // eslint-disable-next-line no-await-in-loop
        await flushPromises();
    }
    await flushPromises();
}

/** Every graphql wire's current config. */
function graphqlConfigs() {
    const configs = [];
    graphql.emit(undefined, (config) => {
        configs.push(config);
        return false;
    });
    return configs;
}

describe('c-trust-panel with models per segment', () => {
    beforeEach(() => {
        jest.useFakeTimers({
            now: new Date('2026-06-30T15:00:00.000Z'),
            doNotFake: ['nextTick', 'setImmediate', 'setInterval', 'setTimeout', 'queueMicrotask']
        });
        jest.clearAllMocks();
        createRecord.mockResolvedValue({ id: 'a0DKd00000TODAY0MAA' });
        updateRecord.mockResolvedValue({});
        notifyRecordUpdateAvailable.mockResolvedValue();
    });

    afterEach(() => {
        removeChildren();
        jest.useRealTimers();
    });

    it('waits for the segment field before it recalculates or looks for an alert', async () => {
        const element = await mountWith(panelWithSegments());
        expect(getRecord.getLastConfig()).toEqual({
            recordId: ACCOUNT_ID,
            optionalFields: ['Account.Industry']
        });
        // The stored receipt shows meanwhile; nothing is said about Recalculate yet.
        expect($(element, 'c-trust-gauge')).not.toBeNull();
        expect(recalcButton(element).disabled).toBe(true);
        expect($(element, '.recalc-explanation')).toBeNull();
        expect(graphqlConfigs().some(isQuery('OPEN_ALERT_QUERY'))).toBe(false);

        await answerSegments({ Industry: { value: 'Banking', displayValue: 'Banking' } });
        expect(recalcButton(element).disabled).toBe(false);
        expect(graphqlConfigs().find(isQuery('OPEN_ALERT_QUERY')).variables).toEqual({
            accountId: ACCOUNT_ID,
            subjectLike: 'Enterprise trust drop: %'
        });
        await expect(element).toBeAccessible();
    });

    it("scores an account in a segment with that segment's model and its own baselines", async () => {
        const data = panelWithSegments();
        const element = await mountWith(data);
        await answerSegments({ Industry: { value: 'Banking', displayValue: 'Banking' } });
        expect($(element, '.account-model').textContent.trim()).toBe(
            label('TL_Panel_Account_Model', label('TL_Panel_Model_Version', 'Enterprise accounts', 3))
        );

        await recalculate(element);
        const expected = engineScore(data, { Industry: 'Banking' });
        // The segment's weights and its baselines both matter for this account.
        expect(expected.score).not.toBe(engineScore(data, { Industry: null }).score);
        const defaultBaselines = modelsInForce(data.uiapi.query.Trust_Model__c).versions[1].baselines;
        expect(expected.score).not.toBe(engineScore(data, { Industry: 'Banking' }, defaultBaselines).score);
        expect(createRecord).toHaveBeenCalledTimes(1);
        expect(createRecord.mock.calls[0][0].fields).toMatchObject({
            Score__c: expected.score,
            Band__c: expected.band,
            Model__c: ENTERPRISE_ID
        });
        await expect(element).toBeAccessible();
    });

    it('scores an account in no segment with the default model', async () => {
        const data = panelWithSegments();
        const element = await mountWith(data);
        await answerSegments({ Industry: { value: 'Energy', displayValue: 'Energy' } });
        expect($(element, '.account-model').textContent.trim()).toBe(
            label('TL_Panel_Account_Model', label('TL_Panel_Model_Version', 'Default', 2))
        );
        await recalculate(element);
        expect(createRecord.mock.calls[0][0].fields).toMatchObject({
            Score__c: engineScore(data, { Industry: 'Energy' }).score,
            Model__c: DEFAULT_ID
        });
        expect($(element, '.segment-field-note')).toBeNull();
    });

    it("says so when the user cannot read the segment field, and keeps today's batch receipt", async () => {
        const data = panelWithSegments();
        const newest = data.uiapi.query.Trust_Score__c.edges[0].node;
        newest.Key__c.value = TODAY_KEY;
        newest.As_Of__c = { value: '2026-06-30', displayValue: '6/30/2026' };
        newest.Source__c = { value: 'Batch' };
        const element = await mountWith(data);
        // Field-level security hides Industry: getRecord leaves the optional field out.
        await answerSegments({});
        expect($(element, '.segment-field-note').textContent.trim()).toBe(
            label(
                'TL_Panel_Segment_Field_Unreadable',
                'Industry',
                label('TL_Panel_Model_Version', 'Default', 2)
            )
        );

        await recalculate(element);
        expect(createRecord).not.toHaveBeenCalled();
        expect(updateRecord).not.toHaveBeenCalled();
        expect($(element, 'c-trust-gauge').receipt.score).toBe(engineScore(data, { Industry: null }).score);
        expect($(element, '.not-saved').textContent).toBe(label('TL_Panel_Not_Saved_Batch_Kept'));
        await expect(element).toBeAccessible();
    });

    it('names an invalid segment model and does not recalculate with another', async () => {
        const invalid = JSON.parse(enterpriseNode().Definition__c.value);
        invalid.signals.promiseKeeping.weight = -1;
        const element = await mountWith(panelWithSegments(JSON.stringify(invalid)));
        // No set, no segment fields: nothing to read.
        expect(getRecord.getLastConfig()?.recordId).toBeUndefined();
        expect(recalcButton(element).disabled).toBe(true);
        const prefix = label(
            'TL_Error_Invalid_Model_Named',
            label('TL_Panel_Model_Version', 'Enterprise accounts', 3),
            ''
        );
        const explanation = $(element, '.recalc-explanation').textContent.trim();
        expect(explanation.startsWith(prefix)).toBe(true);
        // …followed by what is wrong with it.
        expect(explanation.length).toBeGreaterThan(prefix.length);
        expect($(element, '.account-model')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('shows no model line and reads no Account field in an org with one model', async () => {
        const element = await mountWith(clone(PANEL));
        expect(getRecord.getLastConfig()?.recordId).toBeUndefined();
        expect(recalcButton(element).disabled).toBe(false);
        expect($(element, '.account-model')).toBeNull();
    });
});

// The Trust panel's "Recalculate" with an active model that has a custom signal: the signal's
// object is read after the catalog's evidence, over the same GraphQL wire, and the receipt
// stored is the engine's score with it; an object the user cannot read is named in the
// caveats and its signal is left out.
const {
    mockLabels,
    label,
    flushPromises,
    removeChildren,
    productUsageSignal,
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
const { graphql, gql } = require('lightning/graphql');
const { getObjectInfo } = require('lightning/uiObjectInfoApi');
const { createRecord, updateRecord, notifyRecordUpdateAvailable } = require('lightning/uiRecordApi');
const { activeModelVersion } = require('c/trustEngine');

const PANEL = require('./data/panelQuery.json');
const EVIDENCE = require('./data/evidenceCore.json');
const HISTORY = require('./data/evidenceOpportunityHistory.json');
const MILESTONES = require('./data/evidenceCaseMilestones.json');

const ACCOUNT_ID = '001Kd00000xIcgVIAS';
const { USAGE, withUsage, engineScore, textQueries, isUsageQuery } = productUsageSignal();
const NO_ACCESS = [{ message: 'insufficient access rights on object id', extensions: {} }];

/** The panel data with the custom signal added to the active model. */
function panelWithUsage() {
    const data = JSON.parse(JSON.stringify(PANEL));
    data.uiapi.query.Trust_Model__c = withUsage(PANEL.uiapi.query.Trust_Model__c);
    return data;
}
const VERSION = activeModelVersion(panelWithUsage().uiapi.query.Trust_Model__c);

/** Object infos that let the user store receipts and Account trust fields. */
function objectInfo(apiName, fieldNames) {
    const fields = {};
    for (const name of fieldNames) fields[name] = { apiName: name, createable: true, updateable: true };
    return { apiName, createable: true, updateable: true, deletable: false, queryable: true, fields };
}
const byObject = (name) => (config) => (config.objectApiName?.objectApiName ?? config.objectApiName) === name;
const isQuery = (query) => (config) => config.query === query;
const $ = (element, selector) => element.shadowRoot.querySelector(selector);

async function mountWithUsageModel() {
    const element = createElement('c-trust-panel', { is: TrustPanel });
    Object.assign(element, { recordId: ACCOUNT_ID, objectApiName: 'Account' });
    document.body.appendChild(element);
    await flushPromises();
    graphql.emit(panelWithUsage(), isQuery('PANEL_QUERY'));
    getObjectInfo.emit(objectInfo('Trust_Score__c', SCORE_FIELDS), byObject('Trust_Score__c'));
    getObjectInfo.emit(objectInfo('Account', ['Name', ...ACCOUNT_TRUST_FIELDS]), byObject('Account'));
    await flushPromises();
    return element;
}

/** Clicks Recalculate and answers the catalog's three evidence queries. */
async function recalculateCatalog(element) {
    $(element, 'lightning-button.recalculate').click();
    await flushPromises();
    for (const [query, page] of [
        ['EVIDENCE_CORE', EVIDENCE],
        ['EVIDENCE_HISTORY', HISTORY],
        ['EVIDENCE_MILESTONES', MILESTONES]
    ]) {
        graphql.emit(page, isQuery(query));
        // eslint-disable-next-line no-await-in-loop
        await flushPromises();
    }
}

describe('c-trust-panel with a custom signal', () => {
    beforeEach(() => {
        jest.useFakeTimers({
            now: new Date('2026-06-30T15:00:00.000Z'),
            doNotFake: ['nextTick', 'setImmediate', 'setInterval', 'setTimeout', 'queueMicrotask']
        });
        jest.clearAllMocks();
        textQueries(gql);
        createRecord.mockResolvedValue({ id: 'a0DKd00000TODAY0MAA' });
        updateRecord.mockResolvedValue({});
        notifyRecordUpdateAvailable.mockResolvedValue();
    });

    afterEach(() => {
        removeChildren();
        gql.mockReset();
        jest.useRealTimers();
    });

    it("reads the signal's object and stores the engine's score with it", async () => {
        const element = await mountWithUsageModel();
        await recalculateCatalog(element);
        expect(createRecord).not.toHaveBeenCalled();
        graphql.emit(USAGE, isUsageQuery);
        await flushPromises();
        await flushPromises();

        const expected = engineScore(VERSION, USAGE);
        expect(expected.signals.productUsage.score).not.toBeNull();
        expect(expected.score).not.toBe(engineScore(VERSION, null).score);
        expect(createRecord).toHaveBeenCalledTimes(1);
        expect(createRecord.mock.calls[0][0].fields.Score__c).toBe(expected.score);
        expect($(element, '.evidence-caveats')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('names an object the user cannot read and scores without its signal', async () => {
        const element = await mountWithUsageModel();
        await recalculateCatalog(element);
        graphql.emitErrors(NO_ACCESS, isUsageQuery);
        await flushPromises();
        await flushPromises();

        const expected = engineScore(VERSION, null);
        expect(expected.signals.productUsage.score).toBeNull();
        // No receipt of today yet: the score is stored, with the caveat on screen.
        expect(createRecord.mock.calls[0][0].fields.Score__c).toBe(expected.score);
        expect(
            [...element.shadowRoot.querySelectorAll('.evidence-caveats li')].map((li) => li.textContent)
        ).toEqual([
            label(
                'TL_Panel_Evidence_Missing',
                'Product_Usage__c',
                label('TL_Panel_Object_No_Access', NO_ACCESS[0].message)
            )
        ]);
        expect($(element, 'c-error-panel.recalc-problem')).toBeNull();
        await expect(element).toBeAccessible();
    });
});

// The Trust panel on a parent account: the batch's roll-up from the newest batch receipt, the
// accounts below read level by level over the hierarchy wire, and links to the lowest band.
const { mockLabels, label, flushPromises, removeChildren } = require('../../../../../test/lwcTestUtils');

jest.mock('c/trustQueries', () => ({
    ...require('../../../../../test/lwcTestUtils').namedEvidenceQueries(),
    PANEL_QUERY: 'PANEL_QUERY',
    HIERARCHY_QUERY: 'HIERARCHY_QUERY'
}));
jest.mock('lightning/navigation', () => require('../../../../../test/lwcTestUtils').navigationMock());

mockLabels();
const { createElement } = require('lwc');
const TrustPanel = require('c/trustPanel').default;
const { graphql } = require('lightning/graphql');
const { mockNavigate } = require('lightning/navigation');
const PANEL = require('./data/panelQuery.json');

const ACCOUNT_ID = '001Kd00000xIcgVIAS';
const clone = (value) => JSON.parse(JSON.stringify(value));
const ROLLUP = {
    score: 52.4,
    band: 'Fragile',
    children: 4,
    lowest: { accountId: '001Kd00000CHILD3AA', score: 22.1 },
    weightBasis: 'contractValue'
};

/** The panel data with the roll-up the batch wrote into the newest (batch) receipt. */
function parentPanel(rollup = ROLLUP) {
    const data = clone(PANEL);
    const node = data.uiapi.query.Trust_Score__c.edges[0].node;
    node.Drivers__c = { value: JSON.stringify({ ...JSON.parse(node.Drivers__c.value), rollup }) };
    return data;
}

const child = (id, parent, name, score, band) => ({
    node: {
        Id: id,
        Name: { value: name },
        ParentId: { value: parent },
        Current_Trust_Score__c: { value: score },
        Current_Trust_Band__c: { value: band },
        Trust_Scored_On__c: { value: '2026-06-29' }
    }
});
const level = (...edges) => ({
    uiapi: { query: { Account: { edges, pageInfo: { hasNextPage: false, endCursor: null } } } }
});
const LEVEL_1 = level(
    child('001Kd00000CHILD1AA', ACCOUNT_ID, 'Northwind', 71, 'Steady'),
    child('001Kd00000CHILD2AA', ACCOUNT_ID, 'Fabrikam', 35, 'At Risk')
);
const LEVEL_2 = level(
    child('001Kd00000CHILD3AA', '001Kd00000CHILD1AA', 'Contoso', 22.1, 'At Risk'),
    child('001Kd00000CHILD4AA', '001Kd00000CHILD1AA', 'Tailspin', 48, 'Fragile')
);

const isQuery = (query) => (config) => config.query === query;
function hierarchyConfigs() {
    const configs = [];
    graphql.emit(undefined, (config) => {
        if (config.query === 'HIERARCHY_QUERY') configs.push(config);
        return false;
    });
    return configs;
}

async function mountWith(data) {
    const element = createElement('c-trust-panel', { is: TrustPanel });
    Object.assign(element, { recordId: ACCOUNT_ID, objectApiName: 'Account' });
    document.body.appendChild(element);
    await flushPromises();
    graphql.emit(data, isQuery('PANEL_QUERY'));
    await flushPromises();
    return element;
}

async function answerLevels(...levels) {
    for (const answer of levels) {
        graphql.emit(answer, isQuery('HIERARCHY_QUERY'));
        // eslint-disable-next-line no-await-in-loop
        await flushPromises();
    }
    await flushPromises();
}

const rollupOf = (element) => element.shadowRoot.querySelector('c-trust-rollup');
const inRollup = (element, selector) => [...rollupOf(element).shadowRoot.querySelectorAll(selector)];

describe('c-trust-panel on a parent account', () => {
    afterEach(() => {
        removeChildren();
        jest.clearAllMocks();
    });

    it('shows the batch roll-up and links the accounts below in the lowest band, read level by level', async () => {
        const element = await mountWith(parentPanel());
        expect(rollupOf(element).rollup).toEqual(ROLLUP);
        expect(rollupOf(element).asOf).toBe('2026-06-29');
        expect(rollupOf(element).reading).toBe(true);
        expect(hierarchyConfigs()[0].variables).toEqual({ parentIds: [ACCOUNT_ID], after: null });

        await answerLevels(LEVEL_1);
        expect(hierarchyConfigs()[0].variables).toEqual({
            parentIds: ['001Kd00000CHILD1AA', '001Kd00000CHILD2AA'],
            after: null
        });
        await answerLevels(LEVEL_2, level());

        const links = inRollup(element, '.account-link');
        expect(links.map((a) => a.textContent)).toEqual(['Contoso', 'Fabrikam']);
        expect(links.map((a) => a.getAttribute('href'))).toEqual([
            '/lightning/r/001Kd00000CHILD3AA/view',
            '/lightning/r/001Kd00000CHILD2AA/view'
        ]);
        expect(inRollup(element, '.lowest-heading')[0].textContent).toBe(
            label('TL_Rollup_Lowest_Heading', 'At Risk')
        );

        links[0].click();
        expect(mockNavigate).toHaveBeenCalledWith({
            type: 'standard__recordPage',
            attributes: { recordId: '001Kd00000CHILD3AA', actionName: 'view' }
        });
    });

    it('says when the accounts below could not be read, and keeps the roll-up', async () => {
        const element = await mountWith(parentPanel());
        graphql.emitErrors([{ message: 'No such column ParentId' }], isQuery('HIERARCHY_QUERY'));
        await flushPromises();
        expect(inRollup(element, '.read-failed')).toHaveLength(1);
        expect(inRollup(element, '.score')[0].textContent).toBe('52.4 of 100');
    });

    it('shows no roll-up and reads nothing more on an account without accounts below', async () => {
        const element = await mountWith(clone(PANEL));
        expect(element.shadowRoot.querySelector('c-trust-gauge')).not.toBeNull();
        expect(rollupOf(element)).toBeNull();
        expect(hierarchyConfigs().every((config) => config.variables === undefined)).toBe(true);
    });
});

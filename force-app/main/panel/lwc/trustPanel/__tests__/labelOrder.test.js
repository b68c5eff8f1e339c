// Text the panel's parts build from several pieces follows the labels' order and words, so a
// translation can reorder them: here labels are "translated" into an order unlike English.
const { mockLabels, removeChildren } = require('../../../../../test/lwcTestUtils');

mockLabels();
const TRANSLATED = {
    TL_Panel_Detail_Join: '{1} / {0}',
    TL_Panel_Signal_Confidence: '{0} de confiance',
    TL_Panel_Driver_Line: '{1} — {0}',
    TL_Promise_Due_Team: '{1}, {0}'
};
for (const [name, value] of Object.entries(TRANSLATED)) {
    jest.doMock(`@salesforce/label/c.${name}`, () => ({ default: value }), { virtual: true });
}
const { createElement } = require('lwc');
const { storedReceipts, defaultModel } = require('c/trustEngine');
const { commitmentRows, pillarRows, topDrivers } = require('c/trustPanelUtils');
const PANEL = require('./data/panelQuery.json');

const receipt = () => storedReceipts(PANEL.uiapi.query.Trust_Score__c)[0];

function mount(tag, module, props) {
    const element = createElement(tag, { is: require(module).default });
    Object.assign(element, props);
    document.body.appendChild(element);
    return element;
}
const text = (element, selector) => element.shadowRoot.querySelector(selector).textContent.trim();

describe('c-trust-panel parts in another language', () => {
    afterEach(removeChildren);

    it('orders the confidence details and the scored line as the labels say', async () => {
        const element = mount('c-trust-gauge', 'c/trustGauge', { receipt: receipt() });
        expect(text(element, '.confidence')).toBe(
            'no evidence yet for Reference quality, Expansion, Promise keeping / based on 13 records / 56%'
        );
        expect(text(element, '.scored')).toMatch(/by the batch run.* \/ As of Jun 29, 2026$/);
        await expect(element).toBeAccessible();
    });

    it("orders a signal's summary and confidence as the labels say", () => {
        const element = mount('c-trust-pillar-list', 'c/trustPillarList', {
            pillars: pillarRows(receipt(), defaultModel())
        });
        expect(text(element, '.signal[data-id="caseHealth"] .summary')).toBe(
            '83% de confiance / 9 cases, 1 escalated; trouble 0.87 per quiet case vs org average 0.42'
        );
    });

    it("orders a driver's effect and name as the label says, each still styled", () => {
        const element = mount('c-trust-drivers', 'c/trustDrivers', topDrivers(receipt(), 1));
        const headline = element.shadowRoot.querySelector('.lowered .headline');
        expect(headline.textContent).toBe('Lowered the score by 3.5 — Case health');
        expect(headline.querySelector('.name').textContent).toBe('Case health');
    });

    it("orders a promise's team and due date as the label says", () => {
        const nodes = PANEL.uiapi.query.Trust_Commitment__c.edges.map((edge) => edge.node);
        const element = mount('c-trust-promises', 'c/trustPromises', {
            commitments: commitmentRows(nodes, '2026-06-30'),
            totalCount: 2
        });
        const details = element.shadowRoot
            .querySelectorAll('li.commitment')[0]
            .querySelectorAll('p span:not(.overdue-badge)');
        expect([...details].map((span) => span.textContent).join('')).toBe(
            'Customer Success, Due Jun 12, 2026'
        );
    });
});

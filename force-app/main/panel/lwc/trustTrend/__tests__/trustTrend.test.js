const { mockLabels, removeChildren } = require('../../../../../test/lwcTestUtils');

mockLabels();
const { createElement } = require('lwc');
const TrustTrend = require('c/trustTrend').default;
const { storedReceipts } = require('c/trustEngine');
const PANEL = require('../../trustPanel/__tests__/data/panelQuery.json');

const receipts = () => storedReceipts(PANEL.uiapi.query.Trust_Score__c);

function mount(props) {
    const element = createElement('c-trust-trend', { is: TrustTrend });
    Object.assign(element, props);
    document.body.appendChild(element);
    return element;
}

describe('c-trust-trend', () => {
    afterEach(removeChildren);

    it('draws the last receipts with a title, a description and a table for screen readers', async () => {
        const element = mount({ receipts: receipts() });
        const svg = element.shadowRoot.querySelector('svg');
        expect(svg.getAttribute('role')).toBe('img');
        expect(svg.querySelector('title').textContent).toBe('Trend');
        const desc = svg.querySelector('desc').textContent;
        expect(desc).toContain('12 scores from Jul 31, 2025 to Jun 29, 2026: 63.5 then, 57.8 now.');
        expect(desc).toContain('Model changed to Default, version 2, on Mar 31, 2026.');
        expect(svg.querySelectorAll('circle')).toHaveLength(12);
        const rows = [...element.shadowRoot.querySelectorAll('tbody tr')];
        expect(rows).toHaveLength(12);
        expect([...rows[11].children].map((cell) => cell.textContent)).toEqual([
            'Jun 29, 2026',
            '57.8',
            'Fragile',
            'Default, version 2'
        ]);
        await expect(element).toBeAccessible();
    });

    it('marks where the model version changed, with a legend', () => {
        const element = mount({ receipts: receipts() });
        expect(element.shadowRoot.querySelectorAll('line.model-change')).toHaveLength(1);
        expect(element.shadowRoot.querySelector('.legend').textContent).toBe(
            'A dashed line marks a new model version.'
        );
    });

    it('shows no line for a single receipt', async () => {
        const element = mount({ receipts: receipts().slice(0, 1) });
        expect(element.shadowRoot.querySelector('svg')).toBeNull();
        expect(element.shadowRoot.querySelector('.empty').textContent).toBe('No earlier scores yet.');
        await expect(element).toBeAccessible();
    });

    it('keeps a receipt without score in the table as such', () => {
        const list = receipts();
        list[3] = { ...list[3], score: null, band: null };
        const element = mount({ receipts: list });
        expect(element.shadowRoot.querySelectorAll('circle')).toHaveLength(11);
        expect(element.shadowRoot.querySelectorAll('polyline')).toHaveLength(2);
        expect(element.shadowRoot.querySelector('tbody').textContent).toContain('No evidence yet');
    });
});

const { mockLabels, removeChildren, label, clickLink } = require('../../../../../test/lwcTestUtils');

mockLabels();
const { createElement } = require('lwc');
const TrustDrivers = require('c/trustDrivers').default;
const { storedReceipts } = require('c/trustEngine');
const { topDrivers } = require('c/trustPanelUtils');
const PANEL = require('../../trustPanel/__tests__/data/panelQuery.json');

function mount(props) {
    const element = createElement('c-trust-drivers', { is: TrustDrivers });
    Object.assign(element, props);
    document.body.appendChild(element);
    return element;
}

describe('c-trust-drivers', () => {
    afterEach(removeChildren);

    it('lists what lowered and what raised the score, in words, with the effect in points', async () => {
        const element = mount(topDrivers(storedReceipts(PANEL.uiapi.query.Trust_Score__c)[0], 2));
        const sections = [...element.shadowRoot.querySelectorAll('section')];
        expect(sections.map((s) => s.querySelector('h4').textContent)).toEqual([
            'Lowered the score',
            'Raised the score'
        ]);
        const lowered = [...sections[0].querySelectorAll('.driver')];
        expect(lowered.map((d) => d.dataset.signal)).toEqual(['caseHealth', 'winRate']);
        expect(lowered[0].querySelector('.effect').textContent).toBe('Lowered the score by 3.5');
        expect(lowered[0].querySelector('.headline').textContent).toBe(
            label('TL_Panel_Driver_Line', 'Case health', 'Lowered the score by 3.5')
        );
        expect(lowered[0].querySelector('.summary').textContent).toContain('9 cases, 1 escalated');
        const raised = sections[1].querySelector('.driver');
        expect(raised.querySelector('.effect').textContent).toBe('Raised the score by 16.7');
        await expect(element).toBeAccessible();
    });

    it('links the records behind a driver: a real link, opened in place by the container on a plain click', () => {
        const drivers = topDrivers(storedReceipts(PANEL.uiapi.query.Trust_Score__c)[0], 2);
        drivers.lowered[0].records[0].url = '/lightning/r/Case/500Kd00000HEL9eIAH/view';
        const element = mount(drivers);
        const handler = jest.fn();
        element.addEventListener('openrecord', handler);
        const link = element.shadowRoot.querySelector('.lowered .driver .record-link');
        expect(link.tagName).toBe('A');
        expect(link.getAttribute('href')).toBe('/lightning/r/Case/500Kd00000HEL9eIAH/view');

        // Ctrl-click: the browser opens the URL in a new tab; the panel stays where it is.
        expect(clickLink(link, { ctrlKey: true })).toBe(true);
        expect(handler).not.toHaveBeenCalled();

        expect(clickLink(link)).toBe(false);
        expect(handler).toHaveBeenCalledTimes(1);
        expect(handler.mock.calls[0][0].detail).toEqual({ recordId: '500Kd00000HEL9eIAH' });
    });

    it('names a record the receipt kept no words for by its object', () => {
        const driver = {
            key: 'winRate',
            signal: 'winRate',
            name: 'Win rate',
            summary: 'Win rate 48.1/100',
            impact: -0.3,
            points: '0.3',
            records: [
                {
                    key: 'k',
                    recordId: '006Kd00000s91wJIAQ',
                    object: 'Opportunity',
                    summary: null,
                    impactText: null
                }
            ]
        };
        const element = mount({ lowered: [driver], raised: [] });
        expect(element.shadowRoot.querySelector('.record-link').textContent.trim()).toBe(
            'Open the Opportunity'
        );
    });

    it('says so when nothing moved the score', async () => {
        const element = mount({ raised: [], lowered: [] });
        expect(element.shadowRoot.querySelector('.empty').textContent).toBe(
            'No evidence moved the score yet.'
        );
        expect(element.shadowRoot.querySelector('section')).toBeNull();
        await expect(element).toBeAccessible();
    });
});

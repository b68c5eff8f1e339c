const { mockLabels, removeChildren, flushPromises, clickLink } = require('../../../../../test/lwcTestUtils');

mockLabels();
const { createElement } = require('lwc');
const TrustPillarList = require('c/trustPillarList').default;
const { storedReceipts, defaultModel } = require('c/trustEngine');
const { pillarRows } = require('c/trustPanelUtils');
const PANEL = require('../../trustPanel/__tests__/data/panelQuery.json');

const pillars = () => pillarRows(storedReceipts(PANEL.uiapi.query.Trust_Score__c)[0], defaultModel());

function mount(props) {
    const element = createElement('c-trust-pillar-list', { is: TrustPillarList });
    Object.assign(element, props);
    document.body.appendChild(element);
    return element;
}
const pillar = (element, id) => element.shadowRoot.querySelector(`.pillar[data-id="${id}"]`);
const signal = (element, id) => element.shadowRoot.querySelector(`.signal[data-id="${id}"]`);

describe('c-trust-pillar-list', () => {
    afterEach(removeChildren);

    it('shows each pillar with its question and score, and its signals, without evidence as such', async () => {
        const element = mount({ pillars: pillars() });
        const items = [...element.shadowRoot.querySelectorAll('.pillar')];
        expect(items.map((li) => li.querySelector('.slds-text-title_bold').textContent)).toEqual([
            'Understanding',
            'Reliability',
            'Capability',
            'Fairness'
        ]);
        expect(pillar(element, 'capability').querySelector('.pillar-score').textContent).toBe('32.6 of 100');
        expect(pillar(element, 'fairness').textContent).toContain('Will you be fair and accountable?');
        expect(signal(element, 'referenceQuality').textContent).toContain('No evidence yet');
        expect(signal(element, 'referenceQuality').textContent).not.toContain('0 of 100');
        expect(signal(element, 'caseHealth').textContent).toContain('32.6 of 100');
        expect(signal(element, 'caseHealth').querySelector('.summary').textContent).toBe(
            '9 cases, 1 escalated; trouble 0.87 per quiet case vs org average 0.42 · Confidence 83%'
        );
        await expect(element).toBeAccessible();
    });

    it('folds the signals away when asked and opens a pillar from the keyboard-reachable toggle', async () => {
        const element = mount({ pillars: pillars(), collapsed: true });
        expect(element.shadowRoot.querySelector('.signal')).toBeNull();
        const toggle = pillar(element, 'reliability').querySelector('button.toggle');
        expect(toggle.getAttribute('aria-expanded')).toBe('false');
        expect(toggle.textContent).toContain('Reliability');
        toggle.click();
        await flushPromises();
        expect(toggle.getAttribute('aria-expanded')).toBe('true');
        expect(signal(element, 'supportResponsiveness')).not.toBeNull();
        expect(signal(element, 'caseHealth')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('links evidence records: a real link, opened in place by the container on a plain click', () => {
        const rows = pillars();
        const disputes = rows.flatMap((p) => p.signals).find((s) => s.id === 'disputes');
        disputes.evidence[0].url = '/lightning/r/Case/500Kd00000HEL9eIAH/view';
        const element = mount({ pillars: rows });
        const handler = jest.fn();
        element.addEventListener('openrecord', handler);
        const link = signal(element, 'disputes').querySelector('.evidence-link');
        expect(link.tagName).toBe('A');
        expect(link.getAttribute('href')).toBe('/lightning/r/Case/500Kd00000HEL9eIAH/view');
        expect(clickLink(link, { metaKey: true })).toBe(true);
        expect(handler).not.toHaveBeenCalled();
        expect(clickLink(link)).toBe(false);
        expect(handler.mock.calls[0][0].detail).toEqual({ recordId: '500Kd00000HEL9eIAH' });
    });

    it('shows a pillar without evidence as such', () => {
        const rows = pillars();
        rows[1] = { ...rows[1], score: null, scoreText: null, hasEvidence: false };
        const element = mount({ pillars: rows });
        expect(pillar(element, 'reliability').querySelector('.pillar-score').textContent).toBe(
            'No evidence yet'
        );
    });
});

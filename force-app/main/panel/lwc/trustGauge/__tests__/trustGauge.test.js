const { mockLabels, removeChildren } = require('../../../../../test/lwcTestUtils');

mockLabels();
const { createElement } = require('lwc');
const TrustGauge = require('c/trustGauge').default;
const { storedReceipts } = require('c/trustEngine');
const PANEL = require('../../trustPanel/__tests__/data/panelQuery.json');

const newest = () => storedReceipts(PANEL.uiapi.query.Trust_Score__c)[0];

function mount(props) {
    const element = createElement('c-trust-gauge', { is: TrustGauge });
    Object.assign(element, props);
    document.body.appendChild(element);
    return element;
}
const text = (element, selector) => element.shadowRoot.querySelector(selector)?.textContent.trim();

describe('c-trust-gauge', () => {
    afterEach(removeChildren);

    it('shows the score, the band in words and colour, the change, the confidence in words and the model', async () => {
        const element = mount({ receipt: newest(), bandTone: 'warning', previousAsOf: '2026-05-31' });
        expect(text(element, '.score')).toBe('57.8 of 100');
        const badge = element.shadowRoot.querySelector('.band');
        expect(badge.textContent).toBe('Fragile');
        expect(badge.classList).toContain('slds-theme_warning');
        expect(element.shadowRoot.querySelector('svg').getAttribute('aria-label')).toBe(
            'Trust score 57.8 of 100, band Fragile'
        );
        expect(text(element, '.change')).toBe('\u22123.9 since May 31, 2026');
        expect(element.shadowRoot.querySelector('.change').classList).toContain('slds-text-color_error');
        expect(text(element, '.confidence')).toBe(
            '56% · based on 13 records · no evidence yet for Reference quality, Expansion, Promise keeping'
        );
        expect(text(element, '.model')).toBe('Default, version 2');
        expect(text(element, '.scored')).toMatch(/^As of Jun 29, 2026 · .*by the batch run/);
        expect(element.shadowRoot.querySelector('.unsaved')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('says when a score is the first one and when it is not saved yet', () => {
        const receipt = { ...newest(), change: null, previousScore: null, source: 'Panel' };
        const element = mount({ receipt, bandTone: 'warning', unsaved: true });
        expect(text(element, '.change')).toBe('First score, nothing to compare with yet');
        expect(text(element, '.unsaved')).toBe('Not saved yet');
        expect(text(element, '.scored')).toContain('Recalculated');
    });

    it('words a change without a known previous day', () => {
        const element = mount({ receipt: { ...newest(), change: 2.04 } });
        expect(text(element, '.change')).toBe('+2.0 since the previous score');
        expect(element.shadowRoot.querySelector('.change').classList).toContain('slds-text-color_success');
    });

    it('shows a receipt without evidence as such, never as zero', async () => {
        const receipt = { ...newest(), score: null, band: null, change: null };
        const element = mount({ receipt });
        expect(text(element, '.score')).toBe('Not enough evidence yet');
        expect(element.shadowRoot.querySelector('svg')).toBeNull();
        expect(element.shadowRoot.querySelector('.band')).toBeNull();
        await expect(element).toBeAccessible();
    });
});

describe('c-trust-gauge with a provisional score', () => {
    afterEach(removeChildren);
    const gaugeOf = (receipt) => mount({ receipt });

    it('shows the score marked provisional, no band colour, and which evidence a band still needs', async () => {
        const receipt = { ...newest(), band: null, provisional: true };
        const element = mount({ receipt, bandTone: 'neutral' });
        expect(text(element, '.score')).toBe(`${receipt.score.toFixed(1)} of 100`);
        const badge = element.shadowRoot.querySelector('.band');
        expect(badge.textContent).toBe('Provisional');
        expect(badge.classList).not.toContain('slds-theme_error');
        expect(text(element, '.provisional')).toBe(
            'Not enough evidence for a band yet. Missing: Reference quality, Expansion, Promise keeping.'
        );
        expect(element.shadowRoot.querySelector('svg').getAttribute('aria-label')).toBe(
            `Trust score ${receipt.score.toFixed(1)} of 100, band Provisional`
        );
        await expect(element).toBeAccessible();
    });

    it('says the evidence is thin when every signal has some', () => {
        const full = newest();
        const signalScores = Object.fromEntries(Object.keys(full.signalScores).map((s) => [s, 50]));
        const element = mount({ receipt: { ...full, band: null, provisional: true, signalScores } });
        expect(text(element, '.provisional')).toBe(
            'Not enough evidence for a band yet: each kind of evidence rests on very few records.'
        );
    });

    it('marks a stored receipt written before Provisional__c existed (a score, no band) as provisional', () => {
        expect(newest().provisional).toBe(false);
        expect(gaugeOf(newest()).shadowRoot.querySelector('.provisional')).toBeNull();
        const edge = PANEL.uiapi.query.Trust_Score__c.edges[0];
        const older = { ...edge.node, Band__c: { value: null } };
        delete older.Provisional__c;
        const [receipt] = storedReceipts({ edges: [{ node: older }] });
        expect(receipt.provisional).toBe(true);
        expect(text(gaugeOf(receipt), '.band')).toBe('Provisional');
    });
});

import { createElement } from 'lwc';
import TrustBands from 'c/trustBands';
import Input from 'lightning/input';
import { defaultModel } from 'c/trustEngine';

const {
    changeValue,
    flushPromises,
    recordFieldMessages
} = require('../../trustSetup/__tests__/utils/setupTestUtils');

jest.mock('c/trustSetupLabels', () =>
    require('../../trustSetup/__tests__/utils/setupTestUtils').realLabelsModule()
);

const messages = recordFieldMessages(Input);

function mount(props = {}) {
    const element = createElement('c-trust-bands', { is: TrustBands });
    Object.assign(element, { bands: defaultModel().bands, errors: {}, ...props });
    document.body.appendChild(element);
    const handler = jest.fn();
    element.addEventListener('draftchange', handler);
    return { element, handler };
}

describe('c-trust-bands', () => {
    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    });

    it('lists the bands with their messages, accessibly', async () => {
        const { element } = mount({
            errors: { 'bands[2].min': 'Each band must start above the band before it.' }
        });
        await flushPromises();
        expect(element.shadowRoot.querySelectorAll('tbody tr')).toHaveLength(4);
        expect(messages.get('Score where band 3 starts')).toBe(
            'Each band must start above the band before it.'
        );
        expect(messages.get('Name of band 3')).toBe('');
        // Every column has a header a screen reader can announce, the Remove column included.
        const headers = [...element.shadowRoot.querySelectorAll('thead tr > *')];
        expect(headers.map((h) => [h.tagName, h.getAttribute('scope'), h.textContent.trim()])).toEqual([
            ['TH', 'col', 'Band name'],
            ['TH', 'col', 'Starts at score'],
            ['TH', 'col', 'Actions']
        ]);
        await expect(element).toBeAccessible();
    });

    it('renames, moves, adds and removes bands', async () => {
        const { element, handler } = mount();
        await flushPromises();
        changeValue(element.shadowRoot.querySelector('[data-path="bands[3].name"]'), { value: 'Champion' });
        changeValue(element.shadowRoot.querySelector('[data-path="bands[3].min"]'), { value: '85' });
        element.shadowRoot.querySelector('lightning-button.add-band').click();
        element.shadowRoot.querySelectorAll('lightning-button-icon')[1].click();
        const details = handler.mock.calls.map(([e]) => e.detail);
        expect(details[0]).toEqual({ path: 'bands[3].name', value: 'Champion' });
        expect(details[1]).toEqual({ path: 'bands[3].min', value: 85 });
        expect(details[2]).toEqual({
            path: 'bands',
            value: [...defaultModel().bands, { name: '', min: 90 }]
        });
        expect(details[3].value.map((b) => b.name)).toEqual(['At Risk', 'Steady', 'Trusted']);
        expect(element.shadowRoot.querySelectorAll('lightning-button-icon')[1].alternativeText).toBe(
            'Remove band Fragile'
        );
    });

    it('shows a list-level message and offers no changes when read-only', async () => {
        const { element } = mount({
            bands: [],
            readOnly: true,
            errors: { bands: 'Keep at least one band.' }
        });
        await flushPromises();
        expect(element.shadowRoot.querySelector('.section-error').textContent).toBe(
            'Keep at least one band.'
        );
        expect(element.shadowRoot.querySelector('lightning-button.add-band')).toBeNull();
    });
});

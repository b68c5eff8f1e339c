import { createElement } from 'lwc';
import TrustModelTransfer from 'c/trustModelTransfer';
import { defaultModel } from 'c/trustEngine';

const { flushPromises, waitFor } = require('../../trustSetup/__tests__/utils/setupTestUtils');

jest.mock('c/trustSetupLabels', () =>
    require('../../trustSetup/__tests__/utils/setupTestUtils').realLabelsModule()
);

function mount(props = {}) {
    const element = createElement('c-trust-model-transfer', { is: TrustModelTransfer });
    Object.assign(element, { model: defaultModel(), canImport: true, ...props });
    document.body.appendChild(element);
    return element;
}

describe('c-trust-model-transfer', () => {
    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    });

    it('exports the model in the format of trust-ledger model pull', async () => {
        const element = mount();
        await flushPromises();
        const link = element.shadowRoot.querySelector('a.export');
        expect(link.textContent).toBe('Export JSON');
        expect(link.getAttribute('download')).toBe('trust-model-v1.json');
        const json = decodeURIComponent(link.getAttribute('href').split(',').slice(1).join(','));
        expect(json).toBe(`${JSON.stringify(defaultModel(), null, 2)}\n`);
        await expect(element).toBeAccessible();
    });

    it('names an unsaved draft as a draft, not as the active version it started from', async () => {
        const element = mount({ model: { ...defaultModel(), version: 2 }, isDraft: true });
        await flushPromises();
        expect(element.shadowRoot.querySelector('a.export').getAttribute('download')).toBe(
            'trust-model-draft.json'
        );
        element.isDraft = false;
        await flushPromises();
        expect(element.shadowRoot.querySelector('a.export').getAttribute('download')).toBe(
            'trust-model-v2.json'
        );
    });

    it('reads the chosen file and hands its text over', async () => {
        const element = mount();
        const handler = jest.fn();
        element.addEventListener('modelfile', handler);
        await flushPromises();
        element.shadowRoot
            .querySelector('lightning-input.import')
            .dispatchEvent(
                new CustomEvent('change', { detail: { files: [new File(['{"a":1}'], 'm.json')] } })
            );
        await waitFor(() => handler.mock.calls.length > 0);
        expect(handler.mock.calls[0][0].detail).toEqual({ name: 'm.json', text: '{"a":1}' });
    });

    it('shows why a file was refused', async () => {
        const element = mount({
            problems: {
                title: "m.json isn't a valid model, so nothing was loaded:",
                lines: [{ key: '0', text: 'Bands: Keep at least one band.' }]
            }
        });
        await flushPromises();
        const problems = element.shadowRoot.querySelector('.import-problems');
        expect(problems.getAttribute('role')).toBe('alert');
        expect(problems.textContent).toContain('Bands: Keep at least one band.');
        await expect(element).toBeAccessible();
    });

    it('offers no import without the permission', async () => {
        const element = mount({ canImport: false });
        await flushPromises();
        expect(element.shadowRoot.querySelector('lightning-input.import')).toBeNull();
        expect(element.shadowRoot.querySelector('a.export')).not.toBeNull();
    });
});

import { createElement } from 'lwc';
import TrustSaveBar from 'c/trustSaveBar';

const { changeValue, flushPromises } = require('../../trustSetup/__tests__/utils/setupTestUtils');

jest.mock('c/trustSetupLabels', () =>
    require('../../trustSetup/__tests__/utils/setupTestUtils').realLabelsModule()
);

function mount(props = {}) {
    const element = createElement('c-trust-save-bar', { is: TrustSaveBar });
    Object.assign(element, {
        problems: [],
        notes: '',
        hint: null,
        saving: false,
        saveDisabled: false,
        ...props
    });
    document.body.appendChild(element);
    return element;
}

describe('c-trust-save-bar', () => {
    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    });

    it('lists what stops the save and disables it, accessibly', async () => {
        const element = mount({
            problems: [{ key: '0', text: "Weight of Win rate: Weights can't be negative." }],
            hint: 'Fix the highlighted fields before saving.',
            saveDisabled: true
        });
        await flushPromises();
        const summary = element.shadowRoot.querySelector('.validation-summary');
        expect(summary.getAttribute('role')).toBe('alert');
        expect(summary.querySelector('li').textContent).toBe(
            "Weight of Win rate: Weights can't be negative."
        );
        expect(element.shadowRoot.querySelector('lightning-button.save').disabled).toBe(true);
        expect(element.shadowRoot.querySelector('.save-hint').textContent).toBe(
            'Fix the highlighted fields before saving.'
        );
        await expect(element).toBeAccessible();
    });

    it('fires notes, save, discard and reset', async () => {
        const element = mount();
        const events = [];
        for (const name of ['noteschange', 'save', 'discard', 'resetdefault']) {
            element.addEventListener(name, (e) => events.push([name, e.detail]));
        }
        await flushPromises();
        changeValue(element.shadowRoot.querySelector('lightning-textarea.notes'), { value: 'Because' });
        element.shadowRoot.querySelector('lightning-button.save').click();
        element.shadowRoot.querySelector('lightning-button.discard').click();
        element.shadowRoot.querySelector('lightning-button.reset').click();
        expect(events).toEqual([
            ['noteschange', { value: 'Because' }],
            ['save', null],
            ['discard', null],
            ['resetdefault', null]
        ]);
    });

    it('says it is saving and locks the buttons', async () => {
        const element = mount({ saving: true, saveDisabled: true });
        await flushPromises();
        expect(element.shadowRoot.querySelector('.saving').textContent).toBe('Saving the new version…');
        expect(element.shadowRoot.querySelector('lightning-button.discard').disabled).toBe(true);
        expect(element.shadowRoot.querySelector('lightning-textarea.notes').disabled).toBe(true);
    });
});

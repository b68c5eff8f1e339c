import { createElement } from 'lwc';
import TrustSetup from 'c/trustSetup';
import { graphql } from 'lightning/graphql';
import { createRecord, updateRecord } from 'lightning/uiRecordApi';

const { flushPromises } = require('./utils/setupTestUtils');

jest.mock('c/trustSetupLabels', () => require('./utils/setupTestUtils').realLabelsModule());
// A user without the Manage Trust Model custom permission (its own file: the import is module-wide).
jest.mock('@salesforce/customPermission/Manage_Trust_Model', () => ({ default: undefined }), {
    virtual: true
});

const MODEL_VERSIONS = require('./data/modelVersions.json');

describe('c-trust-setup (without Manage Trust Model)', () => {
    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
        jest.clearAllMocks();
    });

    async function mount() {
        const element = createElement('c-trust-setup', { is: TrustSetup });
        document.body.appendChild(element);
        graphql.emit(MODEL_VERSIONS);
        await flushPromises();
        return element;
    }

    it('shows the active model read-only, with the reason', async () => {
        const element = await mount();
        const notice = element.shadowRoot.querySelector('.read-only');
        expect(notice.textContent).toContain('You can view the model but not change it');
        expect(notice.querySelector('.reason').textContent).toBe(
            'Only users with the Manage Trust Model permission can change the model.'
        );
        expect(element.shadowRoot.querySelector('.active-model').textContent).toBe(
            'Active model: Default, version 2'
        );
        for (const name of [
            'c-trust-signal-weights',
            'c-trust-pillar-weights',
            'c-trust-bands',
            'c-trust-timing',
            'c-trust-mappings',
            'c-trust-version-history'
        ]) {
            expect(element.shadowRoot.querySelector(name).readOnly).toBe(true);
        }
        const weight = element.shadowRoot
            .querySelector('c-trust-signal-weights')
            .shadowRoot.querySelector('[data-path="signals.promiseKeeping.weight"]');
        expect(weight.disabled).toBe(true);
        expect(weight.value).toBe(4);
        await expect(element).toBeAccessible();
    });

    it('offers no way to save, import, preview or roll back, but still exports', async () => {
        const element = await mount();
        expect(element.shadowRoot.querySelector('c-trust-save-bar')).toBeNull();
        const transfer = element.shadowRoot.querySelector('c-trust-model-transfer');
        expect(transfer.canImport).toBe(false);
        expect(transfer.shadowRoot.querySelector('lightning-input.import')).toBeNull();
        expect(element.shadowRoot.querySelector('c-trust-what-if')).toBeNull();
        const history = element.shadowRoot.querySelector('c-trust-version-history');
        expect(history.shadowRoot.querySelector('lightning-button.roll-back')).toBeNull();
        expect(transfer.shadowRoot.querySelector('a.export').getAttribute('href')).toMatch(
            /^data:application\/json/
        );
        expect(createRecord).not.toHaveBeenCalled();
        expect(updateRecord).not.toHaveBeenCalled();
    });

    it('ignores edits that reach it anyway', async () => {
        const element = await mount();
        const signals = element.shadowRoot.querySelector('c-trust-signal-weights');
        signals.dispatchEvent(
            new CustomEvent('draftchange', { detail: { path: 'signals.winRate.weight', value: 9 } })
        );
        await flushPromises();
        expect(signals.signals.winRate.weight).toBe(2);
    });
});

// The setup page's custom signals part, wired: the objects with a lookup to Account come from
// Account's object info, the edited signal's fields from its object's info and its picklists
// from the master record type, and every edit is validated and re-weighed as the admin goes.
// The UI API payloads in ./data are the local org's answers (see customSignalChoices.test.js).
import { createElement } from 'lwc';
import TrustSetup from 'c/trustSetup';
import { graphql } from 'lightning/graphql';
import { getObjectInfo, getObjectInfos, getPicklistValuesByRecordType } from 'lightning/uiObjectInfoApi';
import Input from 'lightning/input';
import Combobox from 'lightning/combobox';

const { changeValue, flushPromises, recordFieldMessages } = require('./utils/setupTestUtils');

jest.mock('c/trustSetupLabels', () => require('./utils/setupTestUtils').realLabelsModule());
jest.mock('@salesforce/customPermission/Manage_Trust_Model', () => ({ default: true }), { virtual: true });

const MODEL_VERSIONS = require('./data/modelVersions.json');
const ACCOUNT_INFO = require('./data/getObjectInfoAccount.json');
const USAGE_INFO = require('./data/getObjectInfoProductUsage.json');
const USAGE_PICKLISTS = require('./data/getPicklistValuesByRecordTypeProductUsage.json');

const messages = recordFieldMessages(Input, Combobox);

// The sfdx-lwc-jest wire adapters are driven by calling their test API (emit/error) directly.
/* eslint-disable @lwc/lwc/no-unexpected-wire-adapter-usages */
const emitAccountInfo = () =>
    getObjectInfo.emit(ACCOUNT_INFO, (config) => config.objectApiName?.objectApiName === 'Account');
const emitObjectInfos = (names, results) =>
    getObjectInfos.emit({ results }, (config) => (config.objectApiNames ?? []).join(',') === names.join(','));
const emitUsagePicklists = () =>
    getPicklistValuesByRecordType.emit(
        USAGE_PICKLISTS,
        (config) =>
            config.objectApiName === 'Product_Usage__c' && config.recordTypeId === '012000000000000AAA'
    );
/* eslint-enable @lwc/lwc/no-unexpected-wire-adapter-usages */

async function mount() {
    const element = createElement('c-trust-setup', { is: TrustSetup });
    document.body.appendChild(element);
    graphql.emit(MODEL_VERSIONS);
    await flushPromises();
    return element;
}

const part = (element) => element.shadowRoot.querySelector('c-trust-custom-signals');
const inPart = (element, selector) => part(element).shadowRoot.querySelector(selector);
const saveBar = (element, selector) =>
    element.shadowRoot.querySelector('c-trust-save-bar').shadowRoot.querySelector(selector);

async function change(element, path, detail) {
    changeValue(inPart(element, `[data-path="${path}"]`), detail);
    await flushPromises();
}

describe('c-trust-setup: custom signals', () => {
    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
        jest.clearAllMocks();
        messages.clear();
    });

    it('sits after the catalog signal weights, with the objects that look up Account', async () => {
        const element = await mount();
        emitAccountInfo();
        await flushPromises();
        const editor = element.shadowRoot.querySelector('.editor');
        const parts = [...editor.children].map((c) => c.tagName.toLowerCase());
        expect(parts.indexOf('c-trust-custom-signals')).toBe(parts.indexOf('c-trust-signal-weights') + 1);
        expect(part(element).customSignals).toBeUndefined();
        expect(part(element).choices.objects.map((o) => o.value)).toContain('Product_Usage__c');
        expect(part(element).choicesError).toBeNull();
    });

    it('adds a signal, validates it live, builds it from the org’s fields, and previews it', async () => {
        const element = await mount();
        emitAccountInfo();
        await flushPromises();
        inPart(element, 'lightning-button.add').click();
        await flushPromises();
        expect(part(element).selectedIndex).toBe(0);
        // Live validation: the new signal needs a label, an object and its fields.
        expect(messages.get('Label')).toBe('Enter a value.');
        expect(messages.get('Object')).toBe('Enter a value.');
        expect(saveBar(element, 'lightning-button.save').disabled).toBe(true);
        const summary = [...saveBar(element, '.validation-summary').querySelectorAll('li')];
        expect(summary.length).toBeGreaterThan(0);
        expect(element.shadowRoot.querySelector('c-trust-what-if').draftModel).toBeNull();

        await change(element, 'customSignals[0].label', { value: 'Product usage' });
        await change(element, 'customSignals[0].id', { value: 'productUsage' });
        await change(element, 'customSignals[0].object', { value: 'Product_Usage__c' });
        expect(part(element).customSignals[0].accountField).toBe('Account__c');
        emitObjectInfos(['Product_Usage__c'], [{ statusCode: 200, result: USAGE_INFO }]);
        emitUsagePicklists();
        await flushPromises();
        expect(part(element).choices.dateFields.map((f) => f.value)).toContain('Week__c');
        expect(part(element).choices.filterValues.Type__c.map((v) => v.value)).toEqual(['Seats', 'API']);
        await change(element, 'customSignals[0].dateField', { value: 'Week__c' });
        await change(element, 'customSignals[0].valueField', { value: 'Active_Users__c' });
        expect(messages.get('Label')).toBe('');
        expect(saveBar(element, 'lightning-button.save').disabled).toBe(false);

        // Its share of the score (version 2: four equal pillars; case health weighs 1 as the
        // new signal does), and the preview scores the draft with it.
        expect(part(element).shares[0]).toBeCloseTo(0.25 * 0.5, 10);
        const draft = element.shadowRoot.querySelector('c-trust-what-if').draftModel;
        expect(draft.customSignals).toEqual([
            expect.objectContaining({
                id: 'productUsage',
                object: 'Product_Usage__c',
                accountField: 'Account__c',
                dateField: 'Week__c',
                valueField: 'Active_Users__c',
                filter: {}
            })
        ]);

        // Switched off, it counts for nothing; removed, the model is as it was.
        await change(element, 'customSignals[0].enabled', { checked: false });
        expect(part(element).shares[0]).toBe(0);
        inPart(element, 'lightning-button-icon.remove').click();
        await flushPromises();
        expect(part(element).customSignals).toBeUndefined();
        expect(part(element).selectedIndex).toBeNull();
        expect(saveBar(element, 'lightning-button.save').disabled).toBe(true);
    });

    it('shows the validator’s messages on a collision and a flat scale', async () => {
        const element = await mount();
        emitAccountInfo();
        await flushPromises();
        inPart(element, 'lightning-button.add').click();
        await flushPromises();
        await change(element, 'customSignals[0].id', { value: 'caseHealth' });
        await change(element, 'customSignals[0].scale.good', { value: '0' });
        expect(messages.get('Id in results and receipts')).toBe(
            'Another signal or a column of the scores already uses this id. Choose a different one.'
        );
        expect(inPart(element, '.scale-error').textContent).toBe(
            'The value that scores 0 and the value that scores 100 must differ.'
        );
    });

    it('marks an object the org does not have, and says when objects cannot be listed', async () => {
        const element = await mount();
        // eslint-disable-next-line @lwc/lwc/no-unexpected-wire-adapter-usages
        getObjectInfo.emitError(
            { body: { message: 'No access to Account' }, status: 403, statusText: 'Forbidden' },
            (config) => config.objectApiName?.objectApiName === 'Account'
        );
        await flushPromises();
        expect(part(element).choicesError).toBe(
            "Can't list the objects with a lookup to Account (No access to Account). Type the API names instead."
        );
        inPart(element, 'lightning-button.add').click();
        await flushPromises();
        await change(element, 'customSignals[0].object', { value: 'Nope__c' });
        emitObjectInfos(
            ['Nope__c'],
            [{ statusCode: 404, result: [{ errorCode: 'NOT_FOUND', message: 'Nope' }] }]
        );
        await flushPromises();
        expect(part(element).missingObjects).toEqual(['Nope__c']);
        expect(inPart(element, 'tbody .object').textContent).toBe('Nope__c (not in this org)');
    });
});

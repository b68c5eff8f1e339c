import { createElement } from 'lwc';
import TrustSegment from 'c/trustSegment';
import Combobox from 'lightning/combobox';
import DualListbox from 'lightning/dualListbox';

const {
    changeValue,
    flushPromises,
    realLabelsModule,
    recordFieldMessages
} = require('../../trustSetup/__tests__/utils/setupTestUtils');

jest.mock('c/trustSetupLabels', () =>
    require('../../trustSetup/__tests__/utils/setupTestUtils').realLabelsModule()
);

const ACCOUNT_INFO = require('./data/getObjectInfoAccount.json');
const ACCOUNT_PICKLISTS = require('./data/getPicklistValuesByRecordTypeAccount.json');
const L = realLabelsModule().LABELS;
const messages = recordFieldMessages(Combobox, DualListbox);

function mount(props = {}) {
    const element = createElement('c-trust-segment', { is: TrustSegment });
    Object.assign(element, { accountInfo: ACCOUNT_INFO, accountPicklists: ACCOUNT_PICKLISTS, ...props });
    document.body.appendChild(element);
    const events = [];
    element.addEventListener('draftchange', (e) => events.push(['draftchange', e.detail]));
    element.addEventListener('prioritychange', (e) => events.push(['prioritychange', e.detail]));
    return { element, events };
}

const q = (element, selector) => element.shadowRoot.querySelector(selector);

describe('c-trust-segment', () => {
    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
        messages.clear();
    });

    it("offers Account's text-valued fields and the chosen picklist's values, and is accessible", async () => {
        const { element } = mount({ segment: { field: 'Industry', values: ['Technology'] }, priority: 1 });
        await flushPromises();
        expect(q(element, 'lightning-combobox.field').options.map((o) => o.value)).toEqual([
            '',
            'Name',
            'Type',
            'Industry',
            'Tier__c'
        ]);
        expect(q(element, 'lightning-combobox.field').value).toBe('Industry');
        const values = q(element, 'lightning-dual-listbox.values');
        expect(values.options.map((o) => o.value)).toEqual(['Banking', 'Retail', 'Technology']);
        expect(values.value).toEqual(['Technology']);
        expect(q(element, 'lightning-input.priority').value).toBe(1);
        expect(q(element, '.default-note')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('says the model without a segment scores all other accounts, with no values or priority', async () => {
        const { element } = mount({ segment: undefined });
        await flushPromises();
        expect(q(element, '.default-note').textContent).toBe(L.Setup_Segment_Default);
        expect(q(element, 'lightning-combobox.field').value).toBe('');
        expect(q(element, 'lightning-dual-listbox')).toBeNull();
        expect(q(element, 'lightning-input.priority')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it("clears the values when the field changes: they were the other field's", async () => {
        const { element, events } = mount({ segment: { field: 'Industry', values: ['Technology'] } });
        changeValue(q(element, 'lightning-combobox.field'), { value: 'Type' });
        changeValue(q(element, 'lightning-combobox.field'), { value: '' });
        expect(events).toEqual([
            ['draftchange', { path: 'segment', value: { field: 'Type', values: [] } }],
            ['draftchange', { path: 'segment', value: undefined }]
        ]);
    });

    it('chooses picklist values, or takes typed ones one per line for a text field', async () => {
        const { element, events } = mount({ segment: { field: 'Industry', values: [] } });
        changeValue(q(element, 'lightning-dual-listbox.values'), { value: ['Banking', 'Retail'] });
        expect(events.pop()).toEqual([
            'draftchange',
            { path: 'segment', value: { field: 'Industry', values: ['Banking', 'Retail'] } }
        ]);

        element.segment = { field: 'Tier__c', values: ['Gold'] };
        await flushPromises();
        expect(q(element, 'lightning-dual-listbox')).toBeNull();
        const typed = q(element, 'lightning-textarea.typed-values');
        expect(typed.value).toBe('Gold');
        changeValue(typed, { value: 'Gold\n  Platinum \n\n' });
        expect(events.pop()).toEqual([
            'draftchange',
            { path: 'segment', value: { field: 'Tier__c', values: ['Gold', 'Platinum'] } }
        ]);
    });

    it('sends a whole-number priority, or none when cleared', async () => {
        const { element, events } = mount({
            segment: { field: 'Industry', values: ['Retail'] },
            priority: 2
        });
        changeValue(q(element, 'lightning-input.priority'), { value: '5' });
        changeValue(q(element, 'lightning-input.priority'), { value: '' });
        expect(events).toEqual([
            ['prioritychange', { value: 5 }],
            ['prioritychange', { value: null }]
        ]);
    });

    it("keeps a field the org's Account lacks visible and marked, with the message on the field", async () => {
        const message = 'Account has no field Region__c in this org.';
        const { element } = mount({
            segment: { field: 'Region__c', values: ['EMEA'] },
            errors: { 'segment.field': message, 'segment.values': 'Choose at least one value.' }
        });
        await flushPromises();
        const field = q(element, 'lightning-combobox.field');
        expect(field.options[field.options.length - 1]).toEqual({
            label: 'Region__c (not in this org)',
            value: 'Region__c'
        });
        expect(messages.get(L.Setup_Segment_Field)).toBe(message);
        // A field the org lacks has no picklist: its values are typed.
        expect(q(element, 'lightning-textarea.typed-values').value).toBe('EMEA');
    });

    it('cannot be changed while the Account fields cannot be read, and says why', async () => {
        const { element } = mount({
            accountInfo: undefined,
            segment: { field: 'Industry', values: ['Retail'] },
            fieldsError: 'Insufficient access'
        });
        await flushPromises();
        expect(q(element, 'c-error-panel.fields-error').friendlyMessage).toBe(
            "The Account fields could not be read, so the segment can't be changed: Insufficient access"
        );
        expect(q(element, 'lightning-combobox.field').disabled).toBe(true);
    });
});

import { createElement } from 'lwc';
import TrustMappings from 'c/trustMappings';
import Input from 'lightning/input';
import DualListbox from 'lightning/dualListbox';
import { defaultModel } from 'c/trustEngine';

const {
    changeValue,
    flushPromises,
    recordFieldMessages
} = require('../../trustSetup/__tests__/utils/setupTestUtils');

jest.mock('c/trustSetupLabels', () =>
    require('../../trustSetup/__tests__/utils/setupTestUtils').realLabelsModule()
);

const messages = recordFieldMessages(Input, DualListbox);

const values = (...list) => list.map((v) => ({ label: v, value: v }));
const PICKLISTS = {
    opportunityTypes: values(
        'New Customer',
        'Renewal',
        'Existing Customer - Upgrade',
        'Existing Customer - Downgrade'
    ),
    caseTypes: values('Billing', 'Problem'),
    caseReasons: values('Billing Dispute', 'Refund', 'Other'),
    caseStatuses: values('New', 'Closed'),
    casePriorities: values('High', 'Medium', 'Low', 'Urgent'),
    contractFields: [
        { label: 'Renewed Contract (SBQQ__RenewedContract__c)', value: 'SBQQ__RenewedContract__c' }
    ]
};

function mount(props = {}) {
    const element = createElement('c-trust-mappings', { is: TrustMappings });
    Object.assign(element, {
        mappings: defaultModel().mappings,
        picklists: PICKLISTS,
        picklistError: null,
        errors: {},
        ...props
    });
    document.body.appendChild(element);
    const handler = jest.fn();
    element.addEventListener('draftchange', handler);
    return { element, handler };
}

describe('c-trust-mappings', () => {
    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    });

    it("offers the org's values and keeps the model's others, marked", async () => {
        const { element } = mount();
        await flushPromises();
        const upgrades = element.shadowRoot.querySelector('[data-path="mappings.upgradeOpportunityTypes"]');
        expect(upgrades.label).toBe('Opportunity types that are upgrades');
        expect(upgrades.options.map((o) => o.label)).toEqual([
            'New Customer',
            'Renewal',
            'Existing Customer - Upgrade',
            'Existing Customer - Downgrade',
            'Upsell (not in this org)',
            'Cross-Sell (not in this org)'
        ]);
        const field = element.shadowRoot.querySelector('[data-path="mappings.renewalContractField"]');
        expect(field.options.map((o) => o.value)).toEqual(['', 'SBQQ__RenewedContract__c']);
        expect(field.value).toBe('');
        const targets = [...element.shadowRoot.querySelectorAll('fieldset lightning-input')].map(
            (i) => i.label
        );
        expect(targets).toEqual([
            'High (hours)',
            'Medium (hours)',
            'Low (hours)',
            'Urgent (hours)',
            'Critical (hours)',
            'Other priorities (hours)'
        ]);
        await expect(element).toBeAccessible();
    });

    it('reports list, field and target edits; a blank target removes it', async () => {
        const { element, handler } = mount();
        await flushPromises();
        changeValue(element.shadowRoot.querySelector('[data-path="mappings.disputeCaseReasons"]'), {
            value: ['Refund']
        });
        changeValue(element.shadowRoot.querySelector('[data-path="mappings.renewalContractField"]'), {
            value: 'SBQQ__RenewedContract__c'
        });
        changeValue(element.shadowRoot.querySelector('[data-path="mappings.renewalContractField"]'), {
            value: ''
        });
        changeValue(element.shadowRoot.querySelector('[data-path="mappings.resolutionTargetHours.Urgent"]'), {
            value: '4'
        });
        changeValue(element.shadowRoot.querySelector('[data-path="mappings.resolutionTargetHours.Low"]'), {
            value: ''
        });
        expect(handler.mock.calls.map(([e]) => e.detail)).toEqual([
            { path: 'mappings.disputeCaseReasons', value: ['Refund'] },
            { path: 'mappings.renewalContractField', value: 'SBQQ__RenewedContract__c' },
            { path: 'mappings.renewalContractField', value: null },
            { path: 'mappings.resolutionTargetHours.Urgent', value: 4 },
            { path: 'mappings.resolutionTargetHours.Low', value: undefined }
        ]);
    });

    it('puts messages on the list and the target they belong to', async () => {
        const { element } = mount({
            errors: {
                'mappings.upgradeOpportunityTypes':
                    'Renewal is already a renewal type. A type can mean only one thing.',
                'mappings.resolutionTargetHours.High': 'Enter a number above 0.'
            }
        });
        await flushPromises();
        expect(element).toBeTruthy();
        expect(messages.get('Opportunity types that are upgrades')).toBe(
            'Renewal is already a renewal type. A type can mean only one thing.'
        );
        expect(messages.get('High (hours)')).toBe('Enter a number above 0.');
    });

    it('falls back to the current values, read-only, when picklists cannot be read', async () => {
        const { element } = mount({
            picklists: null,
            picklistError: 'You do not have access to the Case object'
        });
        await flushPromises();
        expect(element.shadowRoot.querySelector('lightning-dual-listbox')).toBeNull();
        const lists = [...element.shadowRoot.querySelectorAll('.read-only-list')].map((d) => d.textContent);
        expect(lists[3]).toBe('Billing, Dispute');
        expect(element.shadowRoot.querySelector('c-error-panel').friendlyMessage).toBe(
            "Your org's picklist values couldn't be read, so the mappings are shown read-only: You do not have access to the Case object"
        );
        await expect(element).toBeAccessible();
    });
});

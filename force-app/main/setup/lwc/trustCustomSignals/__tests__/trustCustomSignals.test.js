import { createElement } from 'lwc';
import TrustCustomSignals from 'c/trustCustomSignals';
import Input from 'lightning/input';
import Combobox from 'lightning/combobox';
import CheckboxGroup from 'lightning/checkboxGroup';
import { defaultModel } from 'c/trustEngine';
import { checkDraft, weightShares } from 'c/trustModelDraft';

const {
    changeValue,
    flushPromises,
    recordFieldMessages
} = require('../../trustSetup/__tests__/utils/setupTestUtils');

jest.mock('c/trustSetupLabels', () =>
    require('../../trustSetup/__tests__/utils/setupTestUtils').realLabelsModule()
);

const messages = recordFieldMessages(Input, Combobox, CheckboxGroup);

/** The documented product-usage signal (docs/custom-signals.md), seat rows only. */
const USAGE = Object.freeze({
    ...require('../../trustSetup/__tests__/data/customSignalProductUsage.json'),
    filter: { Type__c: ['Seats'] }
});
const NPS = Object.freeze({
    ...USAGE,
    id: 'nps',
    label: 'NPS',
    pillar: 'understanding',
    weight: 2,
    enabled: false,
    object: 'Survey__c',
    filter: undefined
});

/** Choices for Product_Usage__c, as the container builds them (customSignalChoices.js). */
const CHOICES = Object.freeze({
    objects: [
        { label: 'Event', value: 'Event', accountField: 'AccountId' },
        { label: 'Product_Usage__c', value: 'Product_Usage__c', accountField: 'Account__c' },
        { label: 'Survey__c (not in this org)', value: 'Survey__c' }
    ],
    accountFields: [{ label: 'Account__c', value: 'Account__c' }],
    dateFields: [{ label: 'Week (Week__c)', value: 'Week__c', dataType: 'Date' }],
    valueFields: [
        { label: 'Active Users (Active_Users__c)', value: 'Active_Users__c', dataType: 'Double' },
        { label: 'Adoption (Adoption__c)', value: 'Adoption__c', dataType: 'Double' }
    ],
    filterFields: [
        { label: 'Deleted (IsDeleted)', value: 'IsDeleted', dataType: 'Boolean' },
        { label: 'Type (Type__c)', value: 'Type__c', dataType: 'Picklist' }
    ],
    filterValues: {
        Type__c: [
            { label: 'Seats', value: 'Seats' },
            { label: 'API', value: 'API' }
        ]
    },
    fieldsReadable: true,
    objectProblem: null
});

function mount(props = {}) {
    const element = createElement('c-trust-custom-signals', { is: TrustCustomSignals });
    const signals = props.customSignals ?? [USAGE, NPS];
    Object.assign(element, {
        customSignals: signals,
        shares: weightShares({ ...defaultModel(), customSignals: signals }).customSignals,
        errors: {},
        selectedIndex: null,
        choices: CHOICES,
        choicesError: null,
        missingObjects: ['Survey__c'],
        ...props
    });
    document.body.appendChild(element);
    return element;
}

/** Every event the part fires, as [type, detail]. */
function listen(element) {
    const events = [];
    for (const type of ['draftchange', 'customsignalselect'])
        element.addEventListener(type, (e) => events.push([type, e.detail]));
    return events;
}

const $ = (element, selector) => element.shadowRoot.querySelector(selector);
const $$ = (element, selector) => [...element.shadowRoot.querySelectorAll(selector)];

describe('c-trust-custom-signals', () => {
    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
        messages.clear();
    });

    it('says there are none yet, and adds one to edit', async () => {
        const element = mount({ customSignals: undefined, shares: [] });
        const events = listen(element);
        await flushPromises();
        expect($(element, '.empty').textContent).toBe('No custom signals yet.');
        expect($(element, 'table')).toBeNull();
        await expect(element).toBeAccessible();
        $(element, 'lightning-button.add').click();
        expect(events).toEqual([
            [
                'draftchange',
                {
                    path: 'customSignals',
                    value: [
                        {
                            id: 'customSignal1',
                            label: '',
                            pillar: 'capability',
                            weight: 1,
                            enabled: true,
                            aggregate: 'average',
                            scale: { bad: 0, good: 100 }
                        }
                    ]
                }
            ],
            ['customsignalselect', { index: 0 }]
        ]);
    });

    it('lists each signal with its object, switch, pillar, weight and share, accessibly', async () => {
        const element = mount();
        await flushPromises();
        const rows = $$(element, 'tbody tr');
        expect(rows.map((r) => r.querySelector('.name').textContent)).toEqual(['Product usage', 'NPS']);
        expect(rows.map((r) => r.querySelector('.object').textContent)).toEqual([
            'Product_Usage__c',
            'Survey__c (not in this org)'
        ]);
        expect($(element, '[data-path="customSignals[1].enabled"]').checked).toBe(false);
        expect($(element, '[data-path="customSignals[1].pillar"]').value).toBe('understanding');
        expect($(element, '[data-path="customSignals[0].weight"]').label).toBe('Weight of Product usage');
        // Capability: case health 1 + usage 3 of a fifth of the score; NPS is switched off.
        expect(rows[0].querySelector('lightning-formatted-number').value).toBeCloseTo(0.2 * 0.75, 10);
        expect(rows[1].querySelector('lightning-formatted-number').value).toBe(0);
        expect($(element, '.custom-form')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('switches one off, re-weighs, moves and removes it by its setting path', async () => {
        const element = mount();
        const events = listen(element);
        await flushPromises();
        changeValue($(element, '[data-path="customSignals[0].enabled"]'), { checked: false });
        changeValue($(element, '[data-path="customSignals[0].weight"]'), { value: '4.5' });
        changeValue($(element, '[data-path="customSignals[1].pillar"]'), { value: 'fairness' });
        $$(element, 'lightning-button-icon.remove')[0].click();
        $$(element, 'lightning-button-icon.edit')[1].click();
        expect(events).toEqual([
            ['draftchange', { path: 'customSignals[0].enabled', value: false }],
            ['draftchange', { path: 'customSignals[0].weight', value: 4.5 }],
            ['draftchange', { path: 'customSignals[1].pillar', value: 'fairness' }],
            ['draftchange', { path: 'customSignals', value: [NPS] }],
            ['customsignalselect', { index: null }],
            ['customsignalselect', { index: 1 }]
        ]);
    });

    it('removing the last one removes the list', async () => {
        const element = mount({ customSignals: [USAGE] });
        const events = listen(element);
        await flushPromises();
        $(element, 'lightning-button-icon.remove').click();
        expect(events[0]).toEqual(['draftchange', { path: 'customSignals', value: undefined }]);
    });

    it('edits the chosen signal’s settings from the org’s objects and fields', async () => {
        const element = mount({ selectedIndex: 0 });
        const events = listen(element);
        await flushPromises();
        const form = $(element, '.custom-form');
        expect(form.querySelector('h3').textContent).toBe('Settings of Product usage');
        const object = form.querySelector('lightning-combobox[data-path="customSignals[0].object"]');
        expect(object.options.map((o) => o.label)).toEqual(CHOICES.objects.map((o) => o.label));
        expect(
            form.querySelector('[data-path="customSignals[0].valueField"]').options.map((o) => o.value)
        ).toEqual(['Active_Users__c', 'Adoption__c']);
        const filter = form.querySelector('lightning-checkbox-group');
        expect(filter.label).toBe('Allowed values of Type__c');
        expect(filter.options.map((o) => o.value)).toEqual(['Seats', 'API']);
        expect(filter.value).toEqual(['Seats']);

        changeValue(form.querySelector('[data-path="customSignals[0].label"]'), { value: 'Seats used' });
        changeValue(form.querySelector('[data-path="customSignals[0].valueField"]'), {
            value: 'Adoption__c'
        });
        changeValue(form.querySelector('[data-path="customSignals[0].scale.bad"]'), { value: '10' });
        changeValue(filter, { value: ['Seats', 'API'] });
        changeValue(object, { value: 'Event' });
        changeValue(form.querySelector('[data-path="customSignals[0].aggregate"]'), { value: 'count' });
        form.querySelector('lightning-button.add-filter').click();
        form.querySelector('lightning-button-icon.remove-filter').click();
        const { filter: unused, ...withoutFilter } = USAGE;
        expect(unused).toBeDefined();
        expect(events).toEqual([
            ['draftchange', { path: 'customSignals[0].label', value: 'Seats used' }],
            ['draftchange', { path: 'customSignals[0].valueField', value: 'Adoption__c' }],
            ['draftchange', { path: 'customSignals[0].scale.bad', value: 10 }],
            ['draftchange', { path: 'customSignals[0].filter', value: { Type__c: ['Seats', 'API'] } }],
            [
                'draftchange',
                {
                    path: 'customSignals[0]',
                    value: {
                        ...withoutFilter,
                        object: 'Event',
                        accountField: 'AccountId',
                        dateField: undefined,
                        valueField: undefined
                    }
                }
            ],
            [
                'draftchange',
                { path: 'customSignals[0]', value: { ...USAGE, aggregate: 'count', valueField: undefined } }
            ],
            [
                'draftchange',
                { path: 'customSignals[0].filter', value: { Type__c: ['Seats'], IsDeleted: [] } }
            ],
            ['draftchange', { path: 'customSignals[0].filter', value: undefined }]
        ]);
        await expect(element).toBeAccessible();
    });

    it('hides the value field for a count, and offers true/false for a checkbox filter', async () => {
        const element = mount({
            customSignals: [
                { ...USAGE, aggregate: 'count', valueField: undefined, filter: { IsDeleted: ['false'] } }
            ],
            selectedIndex: 0
        });
        await flushPromises();
        expect($(element, '[data-path="customSignals[0].valueField"]')).toBeNull();
        expect($(element, 'lightning-checkbox-group').options.map((o) => o.value)).toEqual(['true', 'false']);
    });

    it('shows the validator’s message beside each setting, and marks the signal', async () => {
        const signals = [
            {
                ...USAGE,
                id: 'winRate',
                pillar: 'trust',
                scale: { bad: 5, good: 5 },
                filter: { Type__c: [''] }
            },
            NPS
        ];
        const element = mount({
            customSignals: signals,
            errors: checkDraft({ ...defaultModel(), customSignals: signals }).errors,
            selectedIndex: 0
        });
        await flushPromises();
        expect(messages.get('Id in results and receipts')).toBe(
            'Another signal or a column of the scores already uses this id. Choose a different one.'
        );
        expect(messages.get('Pillar of Product usage')).toBe('Choose one of the four pillars.');
        expect(messages.get('Allowed values of Type__c')).toBe('Enter a value.');
        expect(messages.get('Label')).toBe('');
        expect($(element, '.scale-error').textContent).toBe(
            'The value that scores 0 and the value that scores 100 must differ.'
        );
        expect($$(element, 'tbody tr').map((r) => r.querySelector('.problems')?.textContent.trim())).toEqual([
            'Needs fixing',
            undefined
        ]);
        await expect(element).toBeAccessible();
    });

    it('lists a problem no input shows: an unknown setting, a filter that is not field → values', async () => {
        const signals = [{ ...USAGE, colour: 'blue', filter: ['Seats'] }];
        const element = mount({
            customSignals: signals,
            errors: checkDraft({ ...defaultModel(), customSignals: signals }).errors,
            selectedIndex: 0
        });
        await flushPromises();
        const problems = $$(element, '.other-problem').map((p) => p.textContent);
        expect(problems).toHaveLength(2);
        expect(problems.some((p) => p.includes('colour'))).toBe(true);
        expect($(element, '.no-filter')).not.toBeNull();
        await expect(element).toBeAccessible();
    });

    it('lets names be typed when the org’s objects or fields cannot be read, and says why', async () => {
        const element = mount({
            selectedIndex: 0,
            choices: { ...CHOICES, fieldsReadable: false, objectProblem: "Can't read the fields of X." }
        });
        const events = listen(element);
        await flushPromises();
        expect($(element, '.object-problem').friendlyMessage).toBe("Can't read the fields of X.");
        expect($(element, 'lightning-combobox[data-path="customSignals[0].object"]')).not.toBeNull();
        const date = $(element, 'lightning-input[data-path="customSignals[0].dateField"]');
        expect(date.value).toBe('Week__c');
        changeValue(date, { value: 'Measured_On__c' });
        changeValue(date, { value: '  ' });
        expect(events).toEqual([
            ['draftchange', { path: 'customSignals[0].dateField', value: 'Measured_On__c' }],
            ['draftchange', { path: 'customSignals[0].dateField', value: undefined }]
        ]);
        // No field list: the filter's values are typed, separated by commas, taken when committed.
        const values = $(element, 'lightning-input[data-path="customSignals[0].filter.Type__c"]');
        values.value = 'Seats, API ,';
        values.dispatchEvent(new CustomEvent('commit'));
        expect(events[2]).toEqual([
            'draftchange',
            { path: 'customSignals[0].filter', value: { Type__c: ['Seats', 'API'] } }
        ]);

        const unlisted = mount({ selectedIndex: 0, choices: null, choicesError: "Can't list the objects." });
        await flushPromises();
        expect($(unlisted, '.choices-error').friendlyMessage).toBe("Can't list the objects.");
        expect($(unlisted, 'lightning-input[data-path="customSignals[0].object"]').value).toBe(
            'Product_Usage__c'
        );
        await expect(unlisted).toBeAccessible();
    });

    it('disables every control when read-only, and offers no add or remove', async () => {
        const element = mount({ readOnly: true, selectedIndex: 0 });
        await flushPromises();
        expect($$(element, '[data-path]').every((c) => c.disabled)).toBe(true);
        expect($(element, 'lightning-button.add')).toBeNull();
        expect($(element, 'lightning-button-icon.remove')).toBeNull();
        expect($(element, 'lightning-button.add-filter')).toBeNull();
    });
});

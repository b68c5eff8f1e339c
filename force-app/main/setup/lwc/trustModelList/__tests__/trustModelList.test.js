import { createElement } from 'lwc';
import TrustModelList from 'c/trustModelList';
import { defaultModel } from 'c/trustEngine';

const {
    changeValue,
    flushPromises,
    realLabelsModule
} = require('../../trustSetup/__tests__/utils/setupTestUtils');

jest.mock('c/trustSetupLabels', () =>
    require('../../trustSetup/__tests__/utils/setupTestUtils').realLabelsModule()
);

const L = realLabelsModule().LABELS;
const base = defaultModel();

/** ModelVersion rows as `activeModelVersions` gives them (only the keys the list reads). */
const version = (name, number, priority, segment) => ({
    recordId: `a0C${number}`,
    name,
    version: number,
    priority,
    slot: segment ? `segment:${name}` : 'default',
    model: { ...base, name, ...(segment ? { segment } : {}) },
    issues: []
});
const MODELS = [
    version('Technology accounts', 4, 1, { field: 'Industry', values: ['Technology'] }),
    version('Retail and banking', 3, 2, { field: 'Industry', values: ['Retail', 'Banking'] }),
    version('Default', 2, null)
];

function mount(props = {}) {
    const element = createElement('c-trust-model-list', { is: TrustModelList });
    Object.assign(element, { models: MODELS, editingSlot: 'default', canStartSegment: true, ...props });
    document.body.appendChild(element);
    const events = [];
    element.addEventListener('pick', (e) => events.push(['pick', e.detail]));
    element.addEventListener('newsegment', (e) => events.push(['newsegment', e.detail]));
    return { element, events };
}

const q = (element, selector) => element.shadowRoot.querySelector(selector);
const all = (element, selector) => [...element.shadowRoot.querySelectorAll(selector)];
const cells = (element, selector) => all(element, `tr.model ${selector}`).map((c) => c.textContent.trim());

describe('c-trust-model-list', () => {
    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    });

    it('lists the models in force in the order accounts try them, and is accessible', async () => {
        const { element } = mount();
        await flushPromises();
        expect(q(element, '.help').textContent).toBe(L.Setup_Models_Help);
        expect(cells(element, '.name')).toEqual(['Technology accounts', 'Retail and banking', 'Default']);
        expect(cells(element, '.segment')).toEqual([
            'Industry: Technology',
            'Industry: Retail, Banking',
            'All other accounts'
        ]);
        expect(cells(element, '.priority')).toEqual(['1', '2', 'None (tried last)']);
        expect(cells(element, '.version')).toEqual(['Version 4', 'Version 3', 'Version 2']);
        await expect(element).toBeAccessible();
    });

    it('marks the model being edited and lets the admin pick another', async () => {
        const { element, events } = mount({ editingSlot: 'segment:Retail and banking' });
        await flushPromises();
        const rows = all(element, 'tr.model');
        expect(rows[1].querySelector('lightning-badge.editing')).not.toBeNull();
        expect(rows[1].querySelector('lightning-button.edit')).toBeNull();
        const edit = rows[0].querySelector('lightning-button.edit');
        expect(edit.title).toBe('Edit Technology accounts');
        edit.click();
        expect(events).toEqual([['pick', { slot: 'segment:Technology accounts' }]]);
    });

    it("shows the set's problems, and its overlaps as allowed, settled by the order", async () => {
        const { element } = mount({
            problems: [{ path: '(models)', code: 'noDefault', params: {}, message: 'x' }],
            warnings: [
                {
                    path: 'Retail and banking v3: segment.values',
                    code: 'segmentOverlap',
                    params: {
                        field: 'Industry',
                        values: 'Technology',
                        first: 'Technology accounts v4',
                        second: 'Retail and banking v3'
                    },
                    message: 'x'
                }
            ]
        });
        await flushPromises();
        const problems = q(element, '.set-problems');
        expect(problems.querySelector('p').textContent).toBe(L.Setup_Models_Problems);
        expect(problems.querySelectorAll('li')).toHaveLength(1);
        expect(problems.querySelector('li').textContent).toBe(L.Validation_No_Default);
        const overlaps = q(element, '.overlaps');
        expect(overlaps.querySelector('p').textContent).toBe(L.Setup_Models_Overlaps);
        expect(overlaps.querySelector('li').textContent).toContain('Technology accounts v4');
        await expect(element).toBeAccessible();
    });

    it('starts a new segment model by its name', async () => {
        const { element, events } = mount();
        q(element, 'lightning-button.new-segment').click();
        await flushPromises();
        expect(q(element, 'lightning-button.create').disabled).toBe(true);
        changeValue(q(element, 'lightning-input.new-name'), { value: '  Banking  ' });
        await flushPromises();
        q(element, 'lightning-button.create').click();
        await flushPromises();
        expect(events).toEqual([['newsegment', { name: 'Banking' }]]);
        expect(q(element, '.new-form')).toBeNull();
    });

    it('offers no new segment model until the default is saved, and says why', async () => {
        const { element } = mount({ canStartSegment: false });
        await flushPromises();
        expect(q(element, 'lightning-button.new-segment').disabled).toBe(true);
        expect(q(element, '.new-hint').textContent).toBe(L.Setup_Models_Default_First);
    });

    it('offers neither editing nor a new model read-only', async () => {
        const { element } = mount({ readOnly: true });
        await flushPromises();
        expect(all(element, 'lightning-button')).toHaveLength(0);
        expect(q(element, '.new-hint')).toBeNull();
    });

    it('says when a model in force cannot be read', async () => {
        const broken = {
            ...version('Broken', 5, 3, null),
            slot: 'segment:Broken',
            model: null,
            issues: [{ path: 'Definition__c', code: 'definitionEmpty', params: {}, message: 'is empty' }]
        };
        const { element } = mount({ models: [broken, ...MODELS] });
        await flushPromises();
        expect(q(element, 'tr.model .invalid').textContent).toContain('Not valid');
    });
});

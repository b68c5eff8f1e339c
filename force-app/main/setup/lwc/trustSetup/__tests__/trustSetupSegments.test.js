// The setup page with models per segment: the default and a Technology segment model in
// force. The versions are the page's GraphQL fixture (data/modelVersions.json) plus the
// segment model's versions, shaped the same way.
import { createElement } from 'lwc';
import TrustSetup from 'c/trustSetup';
import { graphql } from 'lightning/graphql';
import { createRecord, updateRecord } from 'lightning/uiRecordApi';
import { getObjectInfo, getPicklistValuesByRecordType } from 'lightning/uiObjectInfoApi';

const { changeValue, flushPromises, realLabelsModule } = require('./utils/setupTestUtils');

jest.mock('c/trustSetupLabels', () => require('./utils/setupTestUtils').realLabelsModule());
jest.mock('@salesforce/customPermission/Manage_Trust_Model', () => ({ default: true }), { virtual: true });

const MODEL_VERSIONS = require('./data/modelVersions.json');
const ACCOUNT_INFO = require('../../trustSegment/__tests__/data/getObjectInfoAccount.json');
const ACCOUNT_PICKLISTS = require('../../trustSegment/__tests__/data/getPicklistValuesByRecordTypeAccount.json');
const L = realLabelsModule().LABELS;
const DEFAULT_2 = JSON.parse(MODEL_VERSIONS.uiapi.query.Trust_Model__c.edges[0].node.Definition__c.value);
const TECH = {
    ...DEFAULT_2,
    name: 'Technology accounts',
    segment: { field: 'Industry', values: ['Technology'] }
};

const segmentNode = (id, version, active, priority) => ({
    node: {
        Id: id,
        Name: { value: TECH.name },
        Version__c: { value: version },
        Active__c: { value: active },
        Definition__c: { value: JSON.stringify({ ...TECH, version }) },
        Baselines__c: { value: null },
        Notes__c: { value: null },
        Backtest__c: { value: null },
        Priority__c: { value: priority },
        CreatedDate: { value: '2026-05-02T09:00:00.000Z', displayValue: '5/2/2026' }
    }
});

/** The fixture's versions (default 2 active, 1 not) with the segment model's 4 (active) and 3 (not). */
function versionsWithSegment() {
    const data = JSON.parse(JSON.stringify(MODEL_VERSIONS));
    const edges = data.uiapi.query.Trust_Model__c.edges;
    edges.unshift(
        segmentNode('a0C000000000004AAA', 4, true, 1),
        segmentNode('a0C000000000003AAA', 3, false, 1)
    );
    return data;
}

// The sfdx-lwc-jest wire adapters are driven by calling their test API (emit) directly.
/* eslint-disable @lwc/lwc/no-unexpected-wire-adapter-usages */
async function mount(versions = versionsWithSegment()) {
    const element = createElement('c-trust-setup', { is: TrustSetup });
    document.body.appendChild(element);
    const refresh = jest.fn().mockResolvedValue();
    graphql.emit(versions, undefined, refresh);
    getObjectInfo.emit(ACCOUNT_INFO, (config) => config.objectApiName.objectApiName === 'Account');
    getPicklistValuesByRecordType.emit(
        ACCOUNT_PICKLISTS,
        (config) =>
            config.objectApiName.objectApiName === 'Account' && config.recordTypeId === '012000000000000AAA'
    );
    await flushPromises();
    return element;
}
/* eslint-enable @lwc/lwc/no-unexpected-wire-adapter-usages */

const part = (element, name) => element.shadowRoot.querySelector(name);
const inPart = (element, name, selector) => part(element, name).shadowRoot.querySelector(selector);
const list = (element) => part(element, 'c-trust-model-list');
const segmentEditor = (element) => part(element, 'c-trust-segment');
const saveButton = (element) => inPart(element, 'c-trust-save-bar', 'lightning-button.save');
const problemLines = (element) =>
    [...part(element, 'c-trust-save-bar').shadowRoot.querySelectorAll('.validation-summary li')].map(
        (li) => li.textContent
    );

async function pick(element, slot) {
    list(element).dispatchEvent(new CustomEvent('pick', { detail: { slot } }));
    await flushPromises();
}

async function editWeight(element, signal, value) {
    changeValue(inPart(element, 'c-trust-signal-weights', `[data-path="signals.${signal}.weight"]`), {
        value
    });
    await flushPromises();
}

async function setSegment(element, value) {
    segmentEditor(element).dispatchEvent(
        new CustomEvent('draftchange', { detail: { path: 'segment', value } })
    );
    await flushPromises();
}

describe('c-trust-setup with models per segment', () => {
    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
        jest.clearAllMocks();
    });

    it('lists the models in force, edits the default first, with its own versions only', async () => {
        const element = await mount();
        expect(list(element).models.map((v) => [v.name, v.version, v.priority])).toEqual([
            ['Technology accounts', 4, 1],
            ['Default', 2, null]
        ]);
        expect(list(element).editingSlot).toBe('default');
        expect(part(element, '.active-model').textContent).toBe('Active model: Default, version 2');
        expect(part(element, 'c-trust-version-history').versions.map((v) => v.version)).toEqual([2, 1]);
        expect(segmentEditor(element).segment).toBeUndefined();
        // Two models active at once is how segments work: no "several active" warning.
        expect(part(element, 'c-error-panel.several-active')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it("picks the segment model: its definition, segment, priority and versions become the page's", async () => {
        const element = await mount();
        await pick(element, 'segment:Technology accounts');
        expect(list(element).editingSlot).toBe('segment:Technology accounts');
        expect(part(element, '.active-model').textContent).toBe(
            'Active model: Technology accounts, version 4'
        );
        expect(segmentEditor(element).segment).toEqual({ field: 'Industry', values: ['Technology'] });
        expect(segmentEditor(element).priority).toBe(1);
        const history = part(element, 'c-trust-version-history');
        expect(history.versions.map((v) => v.version)).toEqual([4, 3]);
        expect(history.currentVersion).toBe(4);
        expect(saveButton(element).disabled).toBe(true);
    });

    it('saves a segment model as a new version of its own, with its priority, leaving the default active', async () => {
        createRecord.mockResolvedValue({ id: 'a0C000000000005AAA' });
        updateRecord.mockResolvedValue({});
        const element = await mount();
        await pick(element, 'segment:Technology accounts');
        await editWeight(element, 'winRate', '5');
        segmentEditor(element).dispatchEvent(new CustomEvent('prioritychange', { detail: { value: 3 } }));
        await flushPromises();
        saveButton(element).click();
        await flushPromises();

        const { Definition__c: definition, ...fields } = createRecord.mock.calls[0][0].fields;
        expect(fields).toMatchObject({
            Name: 'Technology accounts',
            Version__c: 5,
            Priority__c: 3,
            Active__c: true
        });
        expect(JSON.parse(definition).segment).toEqual({ field: 'Industry', values: ['Technology'] });
        // Only the segment model's own version in force is replaced.
        expect(updateRecord.mock.calls).toEqual([
            [{ fields: { Id: 'a0C000000000004AAA', Active__c: false } }]
        ]);
        expect(part(element, '.success').textContent.trim()).toBe(
            'Technology accounts version 5 is now active for its segment. The other models in force are unchanged.'
        );
    });

    it('saves the default without touching the segment model', async () => {
        createRecord.mockResolvedValue({ id: 'a0C000000000005AAA' });
        updateRecord.mockResolvedValue({});
        const element = await mount();
        await editWeight(element, 'winRate', '5');
        saveButton(element).click();
        await flushPromises();
        expect(createRecord.mock.calls[0][0].fields).toMatchObject({ Name: 'Default', Version__c: 5 });
        expect(updateRecord.mock.calls).toEqual([
            [{ fields: { Id: 'a0C000000000002AAA', Active__c: false } }]
        ]);
    });

    it("starts a new segment model from the default's settings and saves it beside the others", async () => {
        createRecord.mockResolvedValue({ id: 'a0C000000000005AAA' });
        const element = await mount();
        list(element).dispatchEvent(new CustomEvent('newsegment', { detail: { name: 'Banking accounts' } }));
        await flushPromises();
        expect(list(element).editingSlot).toBeNull();
        expect(part(element, '.active-model').textContent).toBe(
            'New segment model: Banking accounts (not saved yet)'
        );
        expect(part(element, 'c-trust-version-history').versions).toEqual([]);
        // No field or values yet: the draft says what is missing and cannot be saved.
        expect(saveButton(element).disabled).toBe(true);

        await setSegment(element, { field: 'Industry', values: ['Banking'] });
        expect(saveButton(element).disabled).toBe(false);
        saveButton(element).click();
        await flushPromises();
        const { Definition__c: definition, ...fields } = createRecord.mock.calls[0][0].fields;
        expect(fields).toMatchObject({ Name: 'Banking accounts', Version__c: 5, Active__c: true });
        expect(fields.Priority__c).toBeUndefined();
        const saved = JSON.parse(definition);
        expect(saved.segment).toEqual({ field: 'Industry', values: ['Banking'] });
        expect(saved.signals).toEqual(DEFAULT_2.signals);
        expect(updateRecord).not.toHaveBeenCalled();
    });

    it('refuses a segment on the default: no model would score the other accounts', async () => {
        const element = await mount();
        await setSegment(element, { field: 'Industry', values: ['Retail'] });
        expect(problemLines(element)).toEqual([L.Validation_No_Default]);
        expect(saveButton(element).disabled).toBe(true);
        expect(part(element, 'c-trust-what-if').draftModel).toBeNull();
    });

    it('refuses a new segment model named like one in force: saving would replace it', async () => {
        const element = await mount();
        list(element).dispatchEvent(
            new CustomEvent('newsegment', { detail: { name: 'Technology accounts' } })
        );
        await flushPromises();
        await setSegment(element, { field: 'Industry', values: ['Banking'] });
        expect(problemLines(element)).toEqual([
            'Another model in force is named Technology accounts: saving would replace it. Choose another name.'
        ]);
        expect(saveButton(element).disabled).toBe(true);
    });

    it("refuses a segment field the org's Account does not have, on the field and above Save", async () => {
        const element = await mount();
        await pick(element, 'segment:Technology accounts');
        await setSegment(element, { field: 'Region__c', values: ['EMEA'] });
        expect(problemLines(element)).toHaveLength(1);
        expect(problemLines(element)[0]).toContain('Region__c');
        expect(segmentEditor(element).errors['segment.field']).toContain('Region__c');
        expect(saveButton(element).disabled).toBe(true);
    });

    it('warns of an overlap, saying the order decides, and still allows the save', async () => {
        const element = await mount();
        list(element).dispatchEvent(new CustomEvent('newsegment', { detail: { name: 'Tech and retail' } }));
        await flushPromises();
        await setSegment(element, { field: 'Industry', values: ['Technology', 'Retail'] });
        expect(list(element).warnings.map((w) => [w.code, w.params.values, w.params.first])).toEqual([
            ['segmentOverlap', 'Technology', 'Technology accounts v4']
        ]);
        expect(saveButton(element).disabled).toBe(false);
    });

    it('hands the what-if the set with the draft in place and the fields its segments read', async () => {
        const element = await mount();
        await pick(element, 'segment:Technology accounts');
        await editWeight(element, 'winRate', '5');
        const whatIf = part(element, 'c-trust-what-if');
        expect(whatIf.currentModel.name).toBe('Technology accounts');
        expect(whatIf.draftModel.signals.winRate.weight).toBe(5);
        expect(whatIf.scope.fields).toEqual(['Industry']);
        expect(whatIf.scope.segment).toEqual({ field: 'Industry', values: ['Technology'] });
        expect(whatIf.scope.set.models.map((m) => m.name)).toEqual(['Technology accounts', 'Default']);
        expect(whatIf.scope.set.models[0]).toBe(whatIf.draftModel);
    });

    it("starts the what-if afresh for another model: one model's preview is never shown for another", async () => {
        const element = await mount();
        const first = part(element, 'c-trust-what-if');
        await pick(element, 'segment:Technology accounts');
        expect(part(element, 'c-trust-what-if')).not.toBe(first);
    });

    it('previews over every account when the default is the only model', async () => {
        const element = await mount(MODEL_VERSIONS);
        await editWeight(element, 'winRate', '5');
        expect(part(element, 'c-trust-what-if').scope).toBeNull();
    });
});

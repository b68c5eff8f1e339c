import { createElement } from 'lwc';
import TrustSetup from 'c/trustSetup';
import * as saveVersion from '../saveVersion';
import { graphql } from 'lightning/graphql';
import { createRecord, updateRecord } from 'lightning/uiRecordApi';
import { getObjectInfo, getPicklistValuesByRecordType } from 'lightning/uiObjectInfoApi';
import Input from 'lightning/input';
import { defaultModel } from 'c/trustEngine';

const {
    changeValue,
    flushPromises,
    waitFor,
    realLabelsModule,
    recordFieldMessages
} = require('./utils/setupTestUtils');

jest.mock('c/trustSetupLabels', () => require('./utils/setupTestUtils').realLabelsModule());
jest.mock('@salesforce/customPermission/Manage_Trust_Model', () => ({ default: true }), { virtual: true });

const MODEL_VERSIONS = require('./data/modelVersions.json');
const OPPORTUNITY_INFO = require('./data/getObjectInfoOpportunity.json');
const PICKLISTS = {
    Opportunity: require('./data/getPicklistValuesByRecordTypeOpportunity.json'),
    Case: require('./data/getPicklistValuesByRecordTypeCase.json')
};
const VERSION_2 = JSON.parse(MODEL_VERSIONS.uiapi.query.Trust_Model__c.edges[0].node.Definition__c.value);
const BASELINES_2 = MODEL_VERSIONS.uiapi.query.Trust_Model__c.edges[0].node.Baselines__c.value;
const VERSION_1 = JSON.parse(MODEL_VERSIONS.uiapi.query.Trust_Model__c.edges[1].node.Definition__c.value);
const L = realLabelsModule().LABELS;

const messages = recordFieldMessages(Input);

async function mount(versions = MODEL_VERSIONS) {
    const element = createElement('c-trust-setup', { is: TrustSetup });
    document.body.appendChild(element);
    graphql.emit(versions);
    await flushPromises();
    return element;
}

// The sfdx-lwc-jest wire adapters are driven by calling their test API (emit/error) directly.
/* eslint-disable @lwc/lwc/no-unexpected-wire-adapter-usages */
function emitPicklists() {
    getObjectInfo.emit(OPPORTUNITY_INFO, (config) => config.objectApiName.objectApiName === 'Opportunity');
    for (const [name, payload] of Object.entries(PICKLISTS)) {
        // Only the master record type's values are offered: asked for any other, nothing arrives.
        getPicklistValuesByRecordType.emit(
            payload,
            (config) =>
                config.objectApiName.objectApiName === name && config.recordTypeId === '012000000000000AAA'
        );
    }
}

/* eslint-enable @lwc/lwc/no-unexpected-wire-adapter-usages */

const part = (element, name) => element.shadowRoot.querySelector(name);
const inPart = (element, name, selector) => part(element, name).shadowRoot.querySelector(selector);
const text = (element, selector) => element.shadowRoot.querySelector(selector)?.textContent.trim();
const saveBar = (element, selector) => inPart(element, 'c-trust-save-bar', selector);
const transfer = (element, selector) => inPart(element, 'c-trust-model-transfer', selector);
const saveButton = (element) => saveBar(element, 'lightning-button.save');

async function editWeight(element, signal, value) {
    changeValue(inPart(element, 'c-trust-signal-weights', `[data-path="signals.${signal}.weight"]`), {
        value
    });
    await flushPromises();
}

async function writeNotes(element, value) {
    changeValue(saveBar(element, 'lightning-textarea.notes'), { value });
    await flushPromises();
}

describe('c-trust-setup (with Manage Trust Model)', () => {
    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
        jest.clearAllMocks();
        messages.clear();
    });

    it('loads the active version and its history, and is accessible', async () => {
        const element = await mount();
        expect(text(element, '.active-model')).toBe('Active model: Default, version 2');
        const history = part(element, 'c-trust-version-history');
        expect(history.versions.map((v) => [v.version, v.active])).toEqual([
            [2, true],
            [1, false]
        ]);
        expect(history.currentVersion).toBe(2);
        expect(
            inPart(element, 'c-trust-signal-weights', '[data-path="signals.promiseKeeping.weight"]').value
        ).toBe(4);
        expect(element.shadowRoot.querySelector('.read-only')).toBeNull();
        expect(saveButton(element).disabled).toBe(true);
        expect(saveBar(element, '.save-hint').textContent).toBe(L.Setup_Nothing_Changed);
        await expect(element).toBeAccessible();
    });

    it("shows the active version's stored backtest: AUC in words and churn per band", async () => {
        const element = await mount();
        expect(inPart(element, 'c-trust-backtest', '.auc').textContent).toBe(
            'The score ranked a renewing account above a churning one 68% of the time (AUC 0.68; 0.5 is chance).'
        );
        const bands = [...part(element, 'c-trust-backtest').shadowRoot.querySelectorAll('.band .detail')];
        expect(bands.map((b) => b.textContent)).toEqual([
            '67% churned (4 of 6)',
            '20% churned (2 of 10)',
            '8% churned (2 of 24)',
            '0% churned (0 of 8)'
        ]);
        // The what-if's predictive check goes back the same horizon (365 days in the fixture).
        expect(part(element, 'c-trust-what-if').checkHorizonDays).toBe(365);
    });

    it('shows what each signal really counts for, and updates it as weights change', async () => {
        const element = await mount();
        const signals = part(element, 'c-trust-signal-weights');
        // Version 2: reliability = promises 4 + support 2, a quarter of the score.
        expect(signals.shares.promiseKeeping).toBeCloseTo(0.25 * (4 / 6), 10);
        await editWeight(element, 'supportResponsiveness', '0');
        expect(signals.shares.promiseKeeping).toBeCloseTo(0.25, 10);
        expect(signals.shares.supportResponsiveness).toBe(0);
    });

    it('validates as the admin types: inline message, summary, Save disabled', async () => {
        const element = await mount();
        await editWeight(element, 'winRate', '-1');
        expect(messages.get('Weight of Win rate')).toBe("Weights can't be negative.");
        const summary = saveBar(element, '.validation-summary');
        expect(summary.textContent).toContain(L.Validation_Fix_Errors);
        expect([...summary.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
            "Weight of Win rate: Weights can't be negative."
        ]);
        expect(saveButton(element).disabled).toBe(true);
        expect(part(element, 'c-trust-what-if').draftModel).toBeNull();

        await editWeight(element, 'winRate', '3');
        expect(messages.get('Weight of Win rate')).toBe('');
        expect(saveBar(element, '.validation-summary')).toBeNull();
        expect(saveButton(element).disabled).toBe(false);
        expect(part(element, 'c-trust-what-if').draftModel.signals.winRate.weight).toBe(3);
    });

    it('exports an unsaved draft under a draft name, the active version under its number', async () => {
        const element = await mount();
        expect(transfer(element, 'a.export').getAttribute('download')).toBe('trust-model-v2.json');
        await editWeight(element, 'winRate', '3');
        expect(transfer(element, 'a.export').getAttribute('download')).toBe('trust-model-draft.json');
    });

    it('puts the band and timing messages on their fields', async () => {
        const element = await mount();
        changeValue(inPart(element, 'c-trust-bands', '[data-path="bands[2].min"]'), { value: '30' });
        changeValue(inPart(element, 'c-trust-timing', '[data-path="halfLifeDays"]'), { value: '' });
        await flushPromises();
        expect(messages.get('Score where band 3 starts')).toBe(
            'Each band must start above the band before it.'
        );
        expect(messages.get('Half-life (days)')).toBe('Enter a value.');
        expect(saveButton(element).disabled).toBe(true);
    });

    it('saves a new active version, then deactivates the previous one', async () => {
        createRecord.mockResolvedValue({ id: 'a0C000000000003AAA' });
        updateRecord.mockResolvedValue({});
        const element = await mount();
        const refresh = jest.fn().mockResolvedValue();
        graphql.emit(MODEL_VERSIONS, undefined, refresh);
        await flushPromises();
        await editWeight(element, 'winRate', '3');
        await writeNotes(element, 'Win rate predicts renewals here');
        saveButton(element).click();
        await flushPromises();

        expect(createRecord).toHaveBeenCalledTimes(1);
        const [input] = createRecord.mock.calls[0];
        expect(input.apiName).toBe('Trust_Model__c');
        const { Definition__c: definition, ...fields } = input.fields;
        expect(fields).toEqual({
            Name: 'Default',
            Version__c: 3,
            Notes__c: 'Win rate predicts renewals here',
            Active__c: true,
            Baselines__c: BASELINES_2
        });
        // Version 2 was saved before minConfidence existed: it is read with the default and
        // saved with it, so the new version says what it does.
        expect(VERSION_2.minConfidence).toBeUndefined();
        const expected = { ...VERSION_2, version: 3, minConfidence: defaultModel().minConfidence };
        expected.signals = {
            ...VERSION_2.signals,
            winRate: { enabled: true, pillar: 'understanding', weight: 3 }
        };
        expect(JSON.parse(definition)).toEqual(expected);
        expect(updateRecord).toHaveBeenCalledTimes(1);
        expect(updateRecord).toHaveBeenCalledWith({ fields: { Id: 'a0C000000000002AAA', Active__c: false } });
        expect(createRecord.mock.invocationCallOrder[0]).toBeLessThan(
            updateRecord.mock.invocationCallOrder[0]
        );
        expect(text(element, '.success')).toBe(
            'Default version 3 is now active. The next scoring run uses it.'
        );
        expect(refresh).toHaveBeenCalled();
        await expect(element).toBeAccessible();
    });

    it('says nothing changed when the new version cannot be created', async () => {
        createRecord.mockRejectedValue({ body: { message: 'Insufficient access rights on Trust_Model__c' } });
        const element = await mount();
        await editWeight(element, 'winRate', '3');
        saveButton(element).click();
        await flushPromises();
        expect(updateRecord).not.toHaveBeenCalled();
        const panel = element.shadowRoot.querySelector('c-error-panel.save-failure');
        expect(panel.friendlyMessage).toBe(
            "The new version couldn't be saved. Nothing changed in the org. Insufficient access rights on Trust_Model__c"
        );
        expect(saveButton(element).disabled).toBe(false);
    });

    it('saves with the next number when another admin saved the same one a moment earlier', async () => {
        // Version__c is unique: the second create of number 3 fails with DUPLICATE_VALUE.
        createRecord
            .mockRejectedValueOnce({
                body: {
                    output: { errors: [{ errorCode: 'DUPLICATE_VALUE', message: 'duplicate value found' }] }
                }
            })
            .mockResolvedValueOnce({ id: 'a0C000000000004AAA' });
        updateRecord.mockResolvedValue({});
        const element = await mount();
        const theirs = JSON.parse(JSON.stringify(MODEL_VERSIONS));
        const edges = theirs.uiapi.query.Trust_Model__c.edges;
        const other = JSON.parse(JSON.stringify(edges[0]));
        other.node.Id = 'a0C000000000003AAA';
        other.node.Version__c.value = 3;
        edges.unshift(other);
        // Re-reading the versions brings the other admin's version 3 (active, like version 2 still).
        const refresh = jest.fn(() => {
            graphql.emit(theirs, undefined, refresh);
            return Promise.resolve();
        });
        graphql.emit(MODEL_VERSIONS, undefined, refresh);
        await flushPromises();
        await editWeight(element, 'winRate', '3');
        saveButton(element).click();
        await flushPromises();
        expect(createRecord.mock.calls.map(([input]) => input.fields.Version__c)).toEqual([3, 4]);
        expect(updateRecord.mock.calls.map(([input]) => input.fields.Id)).toEqual([
            'a0C000000000003AAA',
            'a0C000000000002AAA'
        ]);
        expect(text(element, '.success')).toBe(
            'Default version 4 is now active. The next scoring run uses it.'
        );
    });

    it('never stays stuck on saving when the save throws', async () => {
        const spy = jest
            .spyOn(saveVersion, 'saveNewVersion')
            .mockRejectedValueOnce(new Error('Network down'));
        const element = await mount();
        await editWeight(element, 'winRate', '3');
        saveButton(element).click();
        await flushPromises();
        expect(element.shadowRoot.querySelector('c-error-panel.save-failure').friendlyMessage).toBe(
            "The new version couldn't be saved. Nothing changed in the org. Network down"
        );
        expect(saveButton(element).disabled).toBe(false);
        spy.mockRestore();
    });

    it('says exactly which versions are active when the old one cannot be deactivated', async () => {
        createRecord.mockResolvedValue({ id: 'a0C000000000003AAA' });
        updateRecord.mockRejectedValue({ body: { message: 'UNABLE_TO_LOCK_ROW' } });
        const element = await mount();
        await editWeight(element, 'winRate', '3');
        saveButton(element).click();
        await flushPromises();
        const failure = element.shadowRoot.querySelector('.partial-failure');
        expect(failure.textContent).toContain('Saved, but the previous version is still active');
        expect(failure.querySelector('c-error-panel').friendlyMessage).toBe(
            'Version 3 is active; version 2 is also still active; scores use the highest active version (3); to finish, untick Active on version 2.'
        );
        expect(element.shadowRoot.querySelector('.success')).toBeNull();
    });

    it('rolls back by saving an older definition as a new version', async () => {
        createRecord.mockResolvedValue({ id: 'a0C000000000003AAA' });
        const element = await mount();
        const history = part(element, 'c-trust-version-history');
        const rollBack = history.shadowRoot.querySelector('tr[data-version="1"] lightning-button.roll-back');
        expect(
            history.shadowRoot.querySelector('tr[data-version="2"] lightning-button.roll-back')
        ).toBeNull();
        rollBack.click();
        await flushPromises();
        expect(text(element, '.info')).toBe(
            'Version 1 is loaded into the editor. Preview it, then save to make it the active version.'
        );
        expect(saveBar(element, 'lightning-textarea.notes').value).toBe('Rolled back to version 1');
        expect(
            inPart(element, 'c-trust-signal-weights', '[data-path="signals.promiseKeeping.weight"]').value
        ).toBe(3);
        saveButton(element).click();
        await flushPromises();
        const fields = createRecord.mock.calls[0][0].fields;
        expect(JSON.parse(fields.Definition__c)).toEqual({
            ...VERSION_1,
            version: 3,
            minConfidence: defaultModel().minConfidence
        });
        expect(fields.Notes__c).toBe('Rolled back to version 1');
        expect(fields.Version__c).toBe(3);
    });

    it('refuses a bad import file before anything is saved', async () => {
        const element = await mount();
        const bad = JSON.stringify({ ...defaultModel(), lossAversion: 0, bands: [] });
        const input = transfer(element, 'lightning-input.import');
        input.dispatchEvent(
            new CustomEvent('change', { detail: { files: [new File([bad], 'team-model.json')] } })
        );
        await waitFor(() => transfer(element, '.import-problems'));
        const problems = transfer(element, '.import-problems');
        expect(problems.textContent).toContain("team-model.json isn't a valid model, so nothing was loaded:");
        expect([...problems.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
            'Bands: Keep at least one band.',
            'Weight of bad news: Enter 1 or more.'
        ]);
        expect(
            inPart(element, 'c-trust-signal-weights', '[data-path="signals.promiseKeeping.weight"]').value
        ).toBe(4);
        expect(createRecord).not.toHaveBeenCalled();
        await expect(element).toBeAccessible();
    });

    it('refuses a file that is not JSON', async () => {
        const element = await mount();
        const input = transfer(element, 'lightning-input.import');
        input.dispatchEvent(
            new CustomEvent('change', { detail: { files: [new File(['name: x'], 'model.yaml')] } })
        );
        await waitFor(() => transfer(element, '.import-problems'));
        const items = part(element, 'c-trust-model-transfer').shadowRoot.querySelectorAll(
            '.import-problems li'
        );
        expect(items).toHaveLength(1);
        expect(items[0].textContent).toMatch(/^The file isn't valid JSON: /);
    });

    it('says when the chosen file cannot be read', async () => {
        const element = await mount();
        const transferPart = part(element, 'c-trust-model-transfer');
        transferPart.dispatchEvent(
            new CustomEvent('modelfileerror', {
                detail: { name: 'model.json', error: new Error('File is locked') }
            })
        );
        await flushPromises();
        expect(transferPart.problems).toEqual({
            title: "model.json couldn't be read.",
            lines: [{ key: '0', text: 'File is locked' }]
        });
    });

    it('imports a valid model file into the editor, and exports the draft in the pull format', async () => {
        const element = await mount();
        const mine = { ...defaultModel(), name: 'Enterprise', halfLifeDays: 180 };
        const input = transfer(element, 'lightning-input.import');
        input.dispatchEvent(
            new CustomEvent('change', {
                detail: { files: [new File([JSON.stringify(mine)], 'enterprise.json')] }
            })
        );
        await waitFor(() => element.shadowRoot.querySelector('.info'));
        expect(text(element, '.info')).toBe(
            'Loaded enterprise.json into the editor. Nothing is saved until you save.'
        );
        expect(part(element, 'c-trust-timing').halfLifeDays).toBe(180);
        expect(createRecord).not.toHaveBeenCalled();
        const link = transfer(element, 'a.export');
        const json = decodeURIComponent(
            link.getAttribute('href').replace(/^data:application\/json;charset=utf-8,/, '')
        );
        expect(json).toBe(`${JSON.stringify(mine, null, 2)}\n`);
    });

    it('offers the org picklist values for the mappings', async () => {
        const element = await mount();
        emitPicklists();
        await flushPromises();
        const mappings = part(element, 'c-trust-mappings');
        expect(mappings.picklistError).toBeNull();
        expect(mappings.picklists.opportunityTypes.map((o) => o.value)).toContain(
            'Existing Customer - Downgrade'
        );
        expect(mappings.picklists.casePriorities.map((o) => o.value)).toEqual(['High', 'Medium', 'Low']);
        expect(mappings.picklists.contractFields.map((o) => o.value)).toEqual([
            'ContractId',
            'SBQQ__RenewedContract__c'
        ]);
        const renewals = mappings.shadowRoot.querySelector('[data-path="mappings.renewalOpportunityTypes"]');
        expect(renewals.value).toEqual(['Renewal', 'Existing Customer - Renewal']);
        changeValue(renewals, { value: ['Renewal'] });
        await flushPromises();
        expect(mappings.mappings.renewalOpportunityTypes).toEqual(['Renewal']);
        expect(saveButton(element).disabled).toBe(false);
    });

    it('shows the mappings read-only with the reason when picklists cannot be read', async () => {
        const element = await mount();
        // eslint-disable-next-line @lwc/lwc/no-unexpected-wire-adapter-usages
        getObjectInfo.error(
            [{ errorCode: 'INSUFFICIENT_ACCESS', message: 'You do not have access to the Case object' }],
            403,
            'Forbidden'
        );
        await flushPromises();
        const mappings = part(element, 'c-trust-mappings');
        expect(mappings.picklistError).toContain('You do not have access to the Case object');
        expect(mappings.shadowRoot.querySelector('lightning-dual-listbox')).toBeNull();
        expect(mappings.shadowRoot.querySelector('c-error-panel').friendlyMessage).toMatch(
            /^Your org's picklist values couldn't be read, so the mappings are shown read-only: /
        );
        await expect(element).toBeAccessible();
    });

    it('starts from the shipped default and saves version 1 in an org without a model', async () => {
        createRecord.mockResolvedValue({ id: 'a0C000000000001AAA' });
        const element = await mount({ uiapi: { query: { Trust_Model__c: { edges: [] } } } });
        expect(text(element, '.active-model')).toBe(
            'No model is saved in this org yet, so scores use the shipped default model.'
        );
        expect(part(element, 'c-trust-version-history').shadowRoot.querySelector('.empty').textContent).toBe(
            'No version has been saved yet.'
        );
        await editWeight(element, 'disputes', '2');
        saveButton(element).click();
        await flushPromises();
        expect(createRecord.mock.calls[0][0].fields.Version__c).toBe(1);
        expect(createRecord.mock.calls[0][0].fields).not.toHaveProperty('Baselines__c');
        expect(updateRecord).not.toHaveBeenCalled();
    });

    it('discards changes back to the active version, or starts from the shipped default', async () => {
        const element = await mount();
        await editWeight(element, 'winRate', '7');
        await writeNotes(element, 'Trying something');
        saveBar(element, 'lightning-button.discard').click();
        await flushPromises();
        expect(inPart(element, 'c-trust-signal-weights', '[data-path="signals.winRate.weight"]').value).toBe(
            2
        );
        expect(saveBar(element, 'lightning-textarea.notes').value).toBe('');
        expect(saveButton(element).disabled).toBe(true);
        saveBar(element, 'lightning-button.reset').click();
        await flushPromises();
        expect(
            inPart(element, 'c-trust-signal-weights', '[data-path="signals.promiseKeeping.weight"]').value
        ).toBe(3);
        expect(saveButton(element).disabled).toBe(false);
    });

    it('says when the active version is not valid, and edits the shipped default instead', async () => {
        const broken = JSON.parse(JSON.stringify(MODEL_VERSIONS));
        broken.uiapi.query.Trust_Model__c.edges[0].node.Definition__c.value = JSON.stringify({
            ...VERSION_2,
            lossAversion: 0
        });
        const element = await mount(broken);
        expect(element.shadowRoot.querySelector('c-error-panel.active-invalid').friendlyMessage).toBe(
            "Active version 2 isn't valid, so the editor starts from the shipped default: Weight of bad news: Enter 1 or more."
        );
        expect(
            inPart(element, 'c-trust-signal-weights', '[data-path="signals.promiseKeeping.weight"]').value
        ).toBe(3);
        expect(part(element, 'c-trust-what-if').currentModel).toEqual(defaultModel());
    });

    it('says when two versions are active and which one scores use', async () => {
        const both = JSON.parse(JSON.stringify(MODEL_VERSIONS));
        both.uiapi.query.Trust_Model__c.edges[1].node.Active__c.value = true;
        const element = await mount(both);
        expect(element.shadowRoot.querySelector('c-error-panel.several-active').friendlyMessage).toBe(
            'Versions 2, 1 are all active. Scores use the highest (2); saving a new version deactivates the others.'
        );
    });

    it('shows the load error when the versions cannot be read', async () => {
        const element = createElement('c-trust-setup', { is: TrustSetup });
        document.body.appendChild(element);
        graphql.emitErrors([{ message: 'No such column Notes__c' }]);
        await flushPromises();
        expect(element.shadowRoot.querySelector('c-error-panel.load-error').errors).toEqual([
            { message: 'No such column Notes__c' }
        ]);
    });
});

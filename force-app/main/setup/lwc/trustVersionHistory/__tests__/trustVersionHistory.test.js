import { createElement } from 'lwc';
import TrustVersionHistory from 'c/trustVersionHistory';
import { modelVersions } from 'c/trustEngine';

const { flushPromises } = require('../../trustSetup/__tests__/utils/setupTestUtils');

jest.mock('c/trustSetupLabels', () =>
    require('../../trustSetup/__tests__/utils/setupTestUtils').realLabelsModule()
);

const VERSIONS = require('../../trustSetup/__tests__/data/modelVersions.json');

function mount(props = {}) {
    const element = createElement('c-trust-version-history', { is: TrustVersionHistory });
    Object.assign(element, {
        versions: modelVersions(VERSIONS.uiapi.query.Trust_Model__c),
        currentVersion: 2,
        ...props
    });
    document.body.appendChild(element);
    return element;
}

describe('c-trust-version-history', () => {
    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    });

    it('lists versions with notes and the active badge, accessibly', async () => {
        const element = mount();
        await flushPromises();
        const rows = element.shadowRoot.querySelectorAll('tbody tr');
        expect([...rows].map((r) => r.querySelector('th').textContent.trim())).toEqual([
            'Version 2',
            'Version 1'
        ]);
        expect(rows[0].querySelector('lightning-badge').label).toBe('Active');
        expect(rows[1].querySelector('lightning-badge')).toBeNull();
        expect(rows[0].textContent).toContain('Promises weigh more');
        await expect(element).toBeAccessible();
    });

    it('rolls back any other valid version, never the current one', async () => {
        const element = mount();
        const handler = jest.fn();
        element.addEventListener('rollback', handler);
        await flushPromises();
        expect(element.shadowRoot.querySelectorAll('lightning-button.roll-back')).toHaveLength(1);
        const button = element.shadowRoot.querySelector('tr[data-version="1"] lightning-button.roll-back');
        expect(button.title).toBe('Roll back to version 1');
        button.click();
        expect(handler.mock.calls[0][0].detail).toEqual({ recordId: 'a0C000000000001AAA', version: 1 });
    });

    it('says why a stored version is not valid and offers no roll back to it', async () => {
        const broken = JSON.parse(JSON.stringify(VERSIONS));
        broken.uiapi.query.Trust_Model__c.edges[1].node.Definition__c.value = '{"name": "Old"';
        const element = mount({ versions: modelVersions(broken.uiapi.query.Trust_Model__c) });
        await flushPromises();
        const row = element.shadowRoot.querySelector('tr[data-version="1"]');
        expect(row.querySelector('.invalid').textContent).toMatch(
            /^Not a valid model: The saved model isn't valid JSON: /
        );
        expect(row.querySelector('lightning-button.roll-back')).toBeNull();
    });

    it('says in the admin words, not the validator English, which setting is wrong', async () => {
        const broken = JSON.parse(JSON.stringify(VERSIONS));
        const node = broken.uiapi.query.Trust_Model__c.edges[1].node;
        node.Definition__c.value = JSON.stringify({
            ...JSON.parse(node.Definition__c.value),
            halfLifeDays: 0
        });
        const element = mount({ versions: modelVersions(broken.uiapi.query.Trust_Model__c) });
        await flushPromises();
        expect(element.shadowRoot.querySelector('tr[data-version="1"] .invalid').textContent).toBe(
            'Not a valid model: Half-life (days): Enter 7 or more.'
        );
    });

    it('says when nothing has been saved yet', async () => {
        const element = mount({ versions: [] });
        await flushPromises();
        expect(element.shadowRoot.querySelector('.empty').textContent).toBe('No version has been saved yet.');
    });
});

const { mockLabels, removeChildren, flushPromises } = require('../../../../../test/lwcTestUtils');

mockLabels();
const { createElement } = require('lwc');
const TrustPromises = require('c/trustPromises').default;
const { commitmentRows } = require('c/trustPanelUtils');
const PANEL = require('../../trustPanel/__tests__/data/panelQuery.json');

const ACCOUNT_ID = '001Kd00000xIcgVIAS';
const rows = () =>
    commitmentRows(
        PANEL.uiapi.query.Trust_Commitment__c.edges.map((edge) => edge.node),
        '2026-06-30'
    );

function mount(props) {
    const element = createElement('c-trust-promises', { is: TrustPromises });
    Object.assign(element, { accountId: ACCOUNT_ID, totalCount: 2, ...props });
    document.body.appendChild(element);
    return element;
}
const items = (element) => [...element.shadowRoot.querySelectorAll('li.commitment')];

describe('c-trust-promises', () => {
    afterEach(removeChildren);

    it('lists open commitments, the overdue one flagged in words', async () => {
        const element = mount({ commitments: rows(), canCreate: true, canUpdate: true });
        const [late, due] = items(element);
        expect(late.querySelector('.name').textContent.trim()).toBe(
            'Send the revised SLA & escalation matrix'
        );
        expect(late.querySelector('.overdue-badge').textContent).toBe('Overdue');
        expect(late.querySelector('.due').textContent).toBe('Due Jun 12, 2026');
        expect(due.querySelector('.overdue-badge')).toBeNull();
        expect(due.querySelector('.due').textContent).toBe('Due Jul 31, 2026');
        expect(element.shadowRoot.querySelector('.counts').textContent).toBe('2 open, 1 overdue');
        expect(late.querySelector('lightning-button-menu').alternativeText).toBe(
            'Update Send the revised SLA & escalation matrix'
        );
        await expect(element).toBeAccessible();
    });

    it('asks the container to mark a commitment kept or broken', () => {
        const element = mount({ commitments: rows(), canUpdate: true });
        const handler = jest.fn();
        element.addEventListener('statuschange', handler);
        const menus = element.shadowRoot.querySelectorAll('lightning-button-menu');
        menus[0].dispatchEvent(new CustomEvent('select', { detail: { value: 'Kept' } }));
        menus[1].dispatchEvent(new CustomEvent('select', { detail: { value: 'Broken' } }));
        expect(handler.mock.calls.map((call) => call[0].detail)).toEqual([
            {
                recordId: 'a0AKd00000HHNyyMAH',
                status: 'Kept',
                name: 'Send the revised SLA & escalation matrix'
            },
            {
                recordId: 'a0AKd00000HHNzzMAH',
                status: 'Broken',
                name: 'Quarterly business review with the CFO'
            }
        ]);
    });

    it('offers no actions to a user who may not create or edit commitments', () => {
        const element = mount({ commitments: rows(), canCreate: false, canUpdate: false });
        expect(element.shadowRoot.querySelector('lightning-button-menu')).toBeNull();
        expect(element.shadowRoot.querySelector('lightning-button.log')).toBeNull();
    });

    it('logs a commitment for this account through the record form, as an open one', async () => {
        const element = mount({ commitments: rows(), canCreate: true });
        element.shadowRoot.querySelector('lightning-button.log').click();
        await flushPromises();
        const form = element.shadowRoot.querySelector('lightning-record-edit-form');
        expect(form.objectApiName).toBe('Trust_Commitment__c');
        const fields = [...form.querySelectorAll('lightning-input-field')];
        expect(fields.map((f) => f.fieldName)).toEqual([
            'Name',
            'Description__c',
            'Made_By_Team__c',
            'Promised_On__c',
            'Due_On__c',
            'Opportunity__c'
        ]);
        expect(fields[0].required).toBe(true);
        await expect(element).toBeAccessible();

        form.submit = jest.fn();
        const submit = new CustomEvent('submit', {
            detail: { fields: { Name: 'Pilot by August' } },
            cancelable: true
        });
        form.dispatchEvent(submit);
        expect(submit.defaultPrevented).toBe(true);
        expect(form.submit).toHaveBeenCalledWith({
            Name: 'Pilot by August',
            Account__c: ACCOUNT_ID,
            Status__c: 'Open'
        });

        const committed = jest.fn();
        element.addEventListener('committed', committed);
        form.dispatchEvent(new CustomEvent('success', { detail: { id: 'a0AKd00000HHO00MAH' } }));
        await flushPromises();
        expect(committed.mock.calls[0][0].detail).toEqual({ recordId: 'a0AKd00000HHO00MAH' });
        expect(element.shadowRoot.querySelector('lightning-record-edit-form')).toBeNull();
    });

    it('says how many more there are beyond the list, and when there are none', async () => {
        const more = mount({ commitments: rows(), totalCount: 57 });
        expect(more.shadowRoot.querySelector('.more').textContent).toBe(
            '55 more open commitments are on the Commitments list.'
        );
        removeChildren();
        const none = mount({ commitments: [], totalCount: 0 });
        expect(none.shadowRoot.querySelector('.empty').textContent).toBe('No open commitments.');
        await expect(none).toBeAccessible();
    });

    it('asks the container to open a commitment', () => {
        const element = mount({ commitments: rows() });
        const handler = jest.fn();
        element.addEventListener('openrecord', handler);
        items(element)[1].querySelector('.name').click();
        expect(handler.mock.calls[0][0].detail).toEqual({ recordId: 'a0AKd00000HHNzzMAH' });
    });
});

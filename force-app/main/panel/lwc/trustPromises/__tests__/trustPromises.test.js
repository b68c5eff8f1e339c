const {
    mockLabels,
    removeChildren,
    flushPromises,
    label,
    clickLink
} = require('../../../../../test/lwcTestUtils');

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
        expect(late.querySelector('.team').textContent).toBe('Customer Success');
        const details = late.querySelector('.due').parentElement.querySelectorAll('span:not(.overdue-badge)');
        expect([...details].map((span) => span.textContent).join('')).toBe(
            label('TL_Promise_Due_Team', 'Due Jun 12, 2026', 'Customer Success')
        );
        expect(element.shadowRoot.querySelector('h3').textContent).toBe('Open promises');
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

    it('logs a promise for this account through the record form, as an open one', async () => {
        const element = mount({ commitments: rows(), canCreate: true });
        expect(element.shadowRoot.querySelector('lightning-button.log').label).toBe('Log a promise');
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
            '55 more open promises are on the Commitments list.'
        );
        removeChildren();
        const none = mount({ commitments: [], totalCount: 0 });
        expect(none.shadowRoot.querySelector('.empty').textContent).toBe('No open promises.');
        await expect(none).toBeAccessible();
    });

    it('links each promise: a real link, opened in place by the container on a plain click', () => {
        const list = rows();
        list[1].url = '/lightning/r/Trust_Commitment__c/a0AKd00000HHNzzMAH/view';
        const element = mount({ commitments: list });
        const handler = jest.fn();
        element.addEventListener('openrecord', handler);
        const link = items(element)[1].querySelector('.name');
        expect(link.tagName).toBe('A');
        expect(link.getAttribute('href')).toBe('/lightning/r/Trust_Commitment__c/a0AKd00000HHNzzMAH/view');
        expect(clickLink(link, { shiftKey: true })).toBe(true);
        expect(handler).not.toHaveBeenCalled();
        expect(clickLink(link)).toBe(false);
        expect(handler.mock.calls[0][0].detail).toEqual({ recordId: 'a0AKd00000HHNzzMAH' });
    });

    it("moves focus to the form's first field when it opens and back to Log a promise when it closes", async () => {
        const element = mount({ commitments: rows(), canCreate: true });
        const log = element.shadowRoot.querySelector('lightning-button.log');
        log.focus = jest.fn();
        for (const close of ['cancel', 'success']) {
            log.click();
            // eslint-disable-next-line no-await-in-loop
            await flushPromises();
            const form = element.shadowRoot.querySelector('lightning-record-edit-form');
            const first = form.querySelector('lightning-input-field');
            first.focus = jest.fn();
            form.dispatchEvent(new CustomEvent('load'));
            expect(first.focus).toHaveBeenCalledTimes(1);
            // A later load (the layout refreshing) does not pull focus back.
            form.dispatchEvent(new CustomEvent('load'));
            expect(first.focus).toHaveBeenCalledTimes(1);
            log.focus.mockClear();
            if (close === 'cancel') element.shadowRoot.querySelector('lightning-button.cancel').click();
            else form.dispatchEvent(new CustomEvent('success', { detail: { id: 'a0AKd00000HHO00MAH' } }));
            // eslint-disable-next-line no-await-in-loop
            await flushPromises();
            expect(element.shadowRoot.querySelector('lightning-record-edit-form')).toBeNull();
            expect(element.shadowRoot.querySelector('lightning-button.log')).toBe(log);
            expect(log.focus).toHaveBeenCalledTimes(1);
        }
    });

    it("proposes the rep's own day, not UTC's, as the day the promise was made", async () => {
        jest.useFakeTimers({ now: new Date('2026-07-01T02:00:00.000Z'), doNotFake: ['setTimeout'] });
        try {
            const element = mount({ commitments: [], canCreate: true });
            element.shadowRoot.querySelector('lightning-button.log').click();
            await flushPromises();
            const promisedOn = [...element.shadowRoot.querySelectorAll('lightning-input-field')].find(
                (field) => field.fieldName === 'Promised_On__c'
            );
            // sfdx-lwc-jest's i18n mock puts the user in America/Los_Angeles: still June 30.
            expect(promisedOn.value).toBe('2026-06-30');
        } finally {
            jest.useRealTimers();
        }
    });
});

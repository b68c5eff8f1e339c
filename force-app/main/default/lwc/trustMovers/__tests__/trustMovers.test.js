import { createElement } from 'lwc';
import TrustMovers from 'c/trustMovers';

const { flushPromises } = require('../../trustSetup/__tests__/utils/setupTestUtils');

jest.mock('c/trustSetupLabels', () =>
    require('../../trustSetup/__tests__/utils/setupTestUtils').realLabelsModule()
);

describe('c-trust-movers', () => {
    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    });

    it('links each mover to its account with before, after and change', async () => {
        const element = createElement('c-trust-movers', { is: TrustMovers });
        element.movers = [
            {
                accountId: '001A',
                name: 'Globex',
                url: '/lightning/r/Account/001A/view',
                before: 31.4,
                after: 25.1,
                change: -6.3,
                bandBefore: 'At Risk',
                bandAfter: 'At Risk'
            },
            {
                accountId: '001B',
                name: 'Initech',
                url: '/lightning/r/Account/001B/view',
                before: null,
                after: 40,
                change: null,
                bandBefore: null,
                bandAfter: 'Fragile'
            }
        ];
        document.body.appendChild(element);
        await flushPromises();
        const rows = element.shadowRoot.querySelectorAll('tbody tr');
        const link = rows[0].querySelector('a');
        expect(link.textContent).toBe('Globex');
        expect(link.getAttribute('href')).toBe('/lightning/r/Account/001A/view');
        expect(rows[0].querySelector('.change lightning-formatted-number').value).toBe(-6.3);
        expect(rows[1].querySelector('.before').textContent).toContain('No score');
        expect(rows[1].querySelector('.change lightning-formatted-number')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('says when no score moves', async () => {
        const element = createElement('c-trust-movers', { is: TrustMovers });
        element.movers = [];
        document.body.appendChild(element);
        await flushPromises();
        expect(element.shadowRoot.querySelector('.empty').textContent).toBe("No account's score moves.");
    });
});

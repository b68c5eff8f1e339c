import { createElement } from 'lwc';
import TrustMovers from 'c/trustMovers';

const { flushPromises } = require('../../trustSetup/__tests__/utils/setupTestUtils');

jest.mock('lightning/navigation', () => {
    const Navigate = Symbol('Navigate');
    const GenerateUrl = Symbol('GenerateUrl');
    const mockNavigate = jest.fn();
    const NavigationMixin = (Base) =>
        class extends Base {
            [Navigate](pageReference) {
                mockNavigate(pageReference);
            }
            [GenerateUrl](pageReference) {
                // What Lightning Experience answers; a console or a site would answer differently.
                return Promise.resolve(`/lightning/r/Account/${pageReference.attributes.recordId}/view`);
            }
        };
    NavigationMixin.Navigate = Navigate;
    NavigationMixin.GenerateUrl = GenerateUrl;
    return { NavigationMixin, mockNavigate };
});
const { mockNavigate } = require('lightning/navigation');

jest.mock('c/trustSetupLabels', () =>
    require('../../trustSetup/__tests__/utils/setupTestUtils').realLabelsModule()
);

describe('c-trust-movers', () => {
    afterEach(() => {
        mockNavigate.mockClear();
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    });

    it('links each mover to its account with before, after and change', async () => {
        const element = createElement('c-trust-movers', { is: TrustMovers });
        element.movers = [
            {
                accountId: '001A',
                name: 'Globex',
                before: 31.4,
                after: 25.1,
                change: -6.3,
                bandBefore: 'At Risk',
                bandAfter: 'At Risk'
            },
            {
                accountId: '001B',
                name: 'Initech',
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
        expect(link.getAttribute('target')).toBeNull();
        expect(rows[0].querySelector('.change lightning-formatted-number').value).toBe(-6.3);
        expect(rows[1].querySelector('.before').textContent).toContain('No score');
        expect(rows[1].querySelector('.change lightning-formatted-number')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('opens the account with the navigation service, leaving modified clicks to the browser', async () => {
        const element = createElement('c-trust-movers', { is: TrustMovers });
        element.movers = [
            {
                accountId: '001A',
                name: 'Globex',
                before: 31.4,
                after: 25.1,
                change: -6.3,
                bandBefore: 'At Risk',
                bandAfter: 'At Risk'
            }
        ];
        document.body.appendChild(element);
        await flushPromises();
        const link = element.shadowRoot.querySelector('tbody a');
        const plain = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 });
        link.dispatchEvent(plain);
        expect(plain.defaultPrevented).toBe(true);
        expect(mockNavigate).toHaveBeenCalledWith({
            type: 'standard__recordPage',
            attributes: { recordId: '001A', objectApiName: 'Account', actionName: 'view' }
        });
        mockNavigate.mockClear();
        // Seen after the link's own handler; then stopped, as jsdom cannot open a tab.
        let leftToBrowser;
        element.shadowRoot.addEventListener('click', (event) => {
            leftToBrowser = !event.defaultPrevented;
            event.preventDefault();
        });
        link.dispatchEvent(
            new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, ctrlKey: true })
        );
        expect(leftToBrowser).toBe(true);
        expect(mockNavigate).not.toHaveBeenCalled();
    });

    it('links movers that arrive after the table is shown', async () => {
        const element = createElement('c-trust-movers', { is: TrustMovers });
        element.movers = [];
        document.body.appendChild(element);
        await flushPromises();
        element.movers = [
            {
                accountId: '001C',
                name: 'Umbrella',
                before: 60,
                after: 70,
                change: 10,
                bandBefore: 'Steady',
                bandAfter: 'Steady'
            }
        ];
        await flushPromises();
        expect(element.shadowRoot.querySelector('tbody a').getAttribute('href')).toBe(
            '/lightning/r/Account/001C/view'
        );
    });

    it('says when no score moves', async () => {
        const element = createElement('c-trust-movers', { is: TrustMovers });
        element.movers = [];
        document.body.appendChild(element);
        await flushPromises();
        expect(element.shadowRoot.querySelector('.empty').textContent).toBe("No account's score moves.");
    });
});

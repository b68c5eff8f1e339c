const { mockLabels, removeChildren } = require('../../../../../test/lwcTestUtils');

mockLabels();
const { createElement } = require('lwc');
const TrustOverride = require('c/trustOverride').default;

const OVERRIDE = {
    recordId: 'a0O000000000001AAA',
    band: 'Trusted',
    reason: 'Signed a three-year renewal with the new sponsor',
    expiresOn: '2026-07-31',
    setOn: '2026-06-01',
    setBy: 'Dana Reyes'
};

function mount(override, props = {}) {
    const element = createElement('c-trust-override', { is: TrustOverride });
    element.override = override;
    Object.assign(element, props);
    document.body.appendChild(element);
    return element;
}

const text = (element, selector) => element.shadowRoot.querySelector(selector)?.textContent.trim();

describe('c-trust-override', () => {
    afterEach(removeChildren);

    it('shows the band set by hand, who set it and when, why, and until when', async () => {
        const element = mount(OVERRIDE);
        expect(text(element, '.heading')).toBe('Band set by hand: Trusted');
        expect(text(element, '.set-line')).toBe('Set by Dana Reyes on Jun 1, 2026, until Jul 31, 2026');
        expect(text(element, '.reason')).toBe('Why: Signed a three-year renewal with the new sponsor');
        await expect(element).toBeAccessible();
    });

    it('leaves the name out when it could not be read', () => {
        const element = mount({ ...OVERRIDE, setBy: null });
        expect(text(element, '.set-line')).toBe('Set on Jun 1, 2026, until Jul 31, 2026');
    });

    it('renders nothing without an override', () => {
        const element = mount(null);
        expect(element.shadowRoot.querySelector('.override')).toBeNull();
    });

    it('shows a reason as text, never as markup', () => {
        const element = mount({ ...OVERRIDE, reason: '<img src=x onerror=alert(1)>' });
        expect(element.shadowRoot.querySelector('img')).toBeNull();
        expect(text(element, '.reason')).toBe('Why: <img src=x onerror=alert(1)>');
    });

    it('offers no action to a user who may not override', () => {
        for (const override of [OVERRIDE, null]) {
            const element = mount(override);
            expect(element.shadowRoot.querySelector('lightning-button')).toBeNull();
            removeChildren();
        }
    });

    it('offers "Override band" to a user who may, with or without one in force', async () => {
        const element = mount(null, { canEdit: true });
        const set = element.shadowRoot.querySelector('lightning-button.set-override');
        expect(set.label).toBe('Override band');
        expect(element.shadowRoot.querySelector('.end-override')).toBeNull();
        const handler = jest.fn();
        element.addEventListener('setoverride', handler);
        set.click();
        expect(handler).toHaveBeenCalledTimes(1);
        await expect(element).toBeAccessible();
    });

    it('offers "End override" on the one in force and names it in the event', async () => {
        const element = mount(OVERRIDE, { canEdit: true });
        const end = element.shadowRoot.querySelector('lightning-button.end-override');
        expect(end.label).toBe('End override');
        const handler = jest.fn();
        element.addEventListener('endoverride', handler);
        end.click();
        expect(handler.mock.calls[0][0].detail).toEqual({ recordId: OVERRIDE.recordId });
        await expect(element).toBeAccessible();
    });

    it('holds the actions while a write is under way', async () => {
        const element = mount(OVERRIDE, { canEdit: true, busy: true });
        await Promise.resolve();
        for (const button of element.shadowRoot.querySelectorAll('lightning-button'))
            expect(button.disabled).toBe(true);
    });
});

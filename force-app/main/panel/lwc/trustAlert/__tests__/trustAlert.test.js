const { mockLabels, removeChildren } = require('../../../../../test/lwcTestUtils');

mockLabels();
const { createElement } = require('lwc');
const TrustAlert = require('c/trustAlert').default;

// `openAlertView` of c/trustEngine, with the URL the container generated for the Task.
const ALERT = {
    recordId: '00TKd000001AbCdMAK',
    from: 'Steady',
    to: 'Fragile',
    since: '2026-06-11',
    dueOn: '2026-07-07',
    url: '/lightning/r/00TKd000001AbCdMAK/view'
};

function mount(alert) {
    const element = createElement('c-trust-alert', { is: TrustAlert });
    element.alert = alert;
    document.body.appendChild(element);
    return element;
}

const text = (element, selector) => element.shadowRoot.querySelector(selector)?.textContent.trim();

describe('c-trust-alert', () => {
    afterEach(removeChildren);

    it('shows the bands of the drop, since when, when it is due and a link to the task', async () => {
        const element = mount(ALERT);
        expect(text(element, '.heading')).toBe('Open trust alert: Steady → Fragile');
        expect(text(element, '.since')).toBe('Below Steady since Jun 11, 2026');
        expect(text(element, '.due')).toBe('Due Jul 7, 2026');
        const link = element.shadowRoot.querySelector('a.task-link');
        expect(link.getAttribute('href')).toBe(ALERT.url);
        expect(link.textContent).toBe('Open the task');
        await expect(element).toBeAccessible();
    });

    it('names only the band fallen from when the subject says no more, and leaves out what it lacks', () => {
        const element = mount({ ...ALERT, to: null, since: null, dueOn: null, url: undefined });
        expect(text(element, '.heading')).toBe('Open trust alert: fell from Steady');
        expect(element.shadowRoot.querySelector('.since')).toBeNull();
        expect(element.shadowRoot.querySelector('.due')).toBeNull();
        expect(element.shadowRoot.querySelector('a.task-link').getAttribute('href')).toBe('#');
    });

    it('asks the container to open the task on a plain click, and leaves other clicks to the browser', () => {
        const element = mount(ALERT);
        const handler = jest.fn();
        element.addEventListener('openrecord', handler);
        const link = element.shadowRoot.querySelector('a.task-link');
        link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true }));
        expect(handler).not.toHaveBeenCalled();
        link.click();
        expect(handler).toHaveBeenCalledTimes(1);
        expect(handler.mock.calls[0][0].detail).toEqual({ recordId: ALERT.recordId });
    });

    it('renders nothing without an alert', () => {
        expect(mount(null).shadowRoot.querySelector('.alert')).toBeNull();
    });

    it('shows band names as text, never as markup', () => {
        const element = mount({ ...ALERT, to: '<img src=x onerror=alert(1)>' });
        expect(element.shadowRoot.querySelector('img')).toBeNull();
        expect(text(element, '.heading')).toBe('Open trust alert: Steady → <img src=x onerror=alert(1)>');
    });
});

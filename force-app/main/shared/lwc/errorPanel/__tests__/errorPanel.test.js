import { createElement } from 'lwc';
import ErrorPanel from 'c/errorPanel';

function mount(props) {
    const element = createElement('c-error-panel', { is: ErrorPanel });
    Object.assign(element, props);
    document.body.appendChild(element);
    return element;
}

describe('c-error-panel', () => {
    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    });

    it('says what failed in words and keeps the details behind a toggle', async () => {
        const element = mount({
            friendlyMessage: "The recalculated score couldn't be saved.",
            errors: { body: { message: 'Storage limit exceeded' } }
        });
        const root = element.shadowRoot;
        expect(root.querySelector('.message').textContent).toBe("The recalculated score couldn't be saved.");
        const toggle = root.querySelector('button.toggle');
        const list = root.querySelector('ul');
        expect(toggle.getAttribute('aria-expanded')).toBe('false');
        expect(list.classList).toContain('slds-hide');

        toggle.click();
        await Promise.resolve();
        expect(toggle.getAttribute('aria-expanded')).toBe('true');
        expect(list.classList).not.toContain('slds-hide');
        expect([...list.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
            'Storage limit exceeded'
        ]);
        await expect(element).toBeAccessible();
    });

    it('falls back to the generic title and shows no toggle without details', async () => {
        const element = mount({ errors: [] });
        const root = element.shadowRoot;
        expect(root.querySelector('.message').textContent).toBe('c.TL_Error_Title');
        expect(root.querySelector('button')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('announces a failure as an alert, and information as a status', () => {
        const failure = mount({ errors: 'x' });
        expect(failure.shadowRoot.querySelector('[role="alert"]').classList).toContain('slds-theme_error');
        expect(failure.shadowRoot.querySelector('[role="status"]')).toBeNull();
        const info = mount({ variant: 'info', errors: 'x' });
        expect(info.shadowRoot.querySelector('[role="status"]').classList).toContain('slds-theme_info');
    });

    it('takes the colour of its variant, with an icon readable on it', () => {
        const warning = mount({ variant: 'warning', errors: 'x' });
        expect(warning.shadowRoot.querySelector('[role="alert"]').classList).toContain('slds-theme_warning');
        const icon = warning.shadowRoot.querySelector('lightning-icon');
        expect(icon.iconName).toBe('utility:warning');
        // White on the light warning background would be unreadable: the default dark icon.
        expect(icon.variant).not.toBe('inverse');
        const error = mount({ variant: 'error', errors: 'x' });
        expect(error.shadowRoot.querySelector('lightning-icon').variant).toBe('inverse');
    });
});

const { mockLabels, removeChildren, flushPromises } = require('../../../../../test/lwcTestUtils');

mockLabels();
const { createElement } = require('lwc');
const { defaultModel } = require('c/trustEngine');
const TrustOverrideForm = require('c/trustOverrideForm').default;

const MODEL = { ...defaultModel(), overrides: { maxDays: 30 } };

function mount(props = {}) {
    const element = createElement('c-trust-override-form', { is: TrustOverrideForm });
    Object.assign(element, { model: MODEL, today: '2026-06-30', setOn: '2026-06-30', ...props });
    document.body.appendChild(element);
    return element;
}

const field = (element, selector) => element.shadowRoot.querySelector(selector);

/** Types into a base field as the user would: its change event carries the value. */
function enter(element, selector, value) {
    field(element, selector).dispatchEvent(new CustomEvent('change', { detail: { value } }));
}

async function fill(element, { band = 'Trusted', reason = 'Sponsor signed', expiresOn = '2026-07-15' } = {}) {
    enter(element, '.band', band);
    enter(element, '.reason', reason);
    enter(element, '.expires', expiresOn);
    await flushPromises();
}

async function pressSave(element) {
    field(element, 'lightning-button.save').click();
    await flushPromises();
}

const problems = (element) =>
    [...element.shadowRoot.querySelectorAll('.problems li')].map((li) => [li.dataset.field, li.textContent]);

describe('c-trust-override-form', () => {
    afterEach(removeChildren);

    it('offers the model’s bands, highest first, and the days the model allows', async () => {
        const element = mount();
        await flushPromises();
        expect(field(element, '.band').options.map((o) => o.value)).toEqual([
            'Trusted',
            'Steady',
            'Fragile',
            'At Risk'
        ]);
        const expires = field(element, '.expires');
        expect([expires.min, expires.max]).toEqual(['2026-06-30', '2026-07-30']);
        for (const selector of ['.band', '.reason', '.expires'])
            expect(field(element, selector).required).toBe(true);
        await expect(element).toBeAccessible();
    });

    it('sends a draft that passes the model’s rules', async () => {
        const element = mount();
        const saved = jest.fn();
        element.addEventListener('save', saved);
        await fill(element);
        await pressSave(element);
        expect(saved).toHaveBeenCalledTimes(1);
        expect(saved.mock.calls[0][0].detail).toEqual({
            band: 'Trusted',
            reason: 'Sponsor signed',
            expiresOn: '2026-07-15'
        });
        expect(problems(element)).toEqual([]);
    });

    it('says what is missing, field by field, and sends nothing', async () => {
        const element = mount();
        const saved = jest.fn();
        element.addEventListener('save', saved);
        await pressSave(element);
        expect(saved).not.toHaveBeenCalled();
        expect(problems(element)).toEqual([
            ['band', 'Choose a band.'],
            ['reason', "Say why this account's band should differ from the computed one."],
            ['expiresOn', 'Enter the last day the override is in force.']
        ]);
        await expect(element).toBeAccessible();
    });

    it('refuses an expiry past the model’s limit, naming the limit and the last day', async () => {
        const element = mount();
        const saved = jest.fn();
        element.addEventListener('save', saved);
        await fill(element, { expiresOn: '2026-08-31' });
        await pressSave(element);
        expect(saved).not.toHaveBeenCalled();
        expect(problems(element)).toEqual([
            [
                'expiresOn',
                'The trust model allows an override of at most 30 days: choose Jul 30, 2026 or earlier.'
            ]
        ]);
    });

    it('refuses an expiry before the first day it would be in force', async () => {
        const element = mount({ setOn: '2026-07-01' });
        await fill(element, { expiresOn: '2026-06-30' });
        await pressSave(element);
        expect(problems(element)).toEqual([
            ['expiresOn', 'An override must be in force at least through Jul 1, 2026.']
        ]);
    });

    it('clears what was wrong once it is put right', async () => {
        const element = mount();
        await pressSave(element);
        await fill(element);
        await pressSave(element);
        expect(problems(element)).toEqual([]);
    });

    it('cancels, and holds its buttons while a save is under way', async () => {
        const element = mount({ busy: true });
        const cancelled = jest.fn();
        element.addEventListener('cancel', cancelled);
        await flushPromises();
        expect(field(element, 'lightning-button.save').disabled).toBe(true);
        element.busy = false;
        await flushPromises();
        field(element, 'lightning-button.cancel').click();
        expect(cancelled).toHaveBeenCalledTimes(1);
    });
});

import { createElement } from 'lwc';
import TrustSignalWeights from 'c/trustSignalWeights';
import Input from 'lightning/input';
import { defaultModel } from 'c/trustEngine';
import { weightShares } from 'c/trustModelDraft';

const {
    changeValue,
    flushPromises,
    recordFieldMessages
} = require('../../trustSetup/__tests__/utils/setupTestUtils');

jest.mock('c/trustSetupLabels', () =>
    require('../../trustSetup/__tests__/utils/setupTestUtils').realLabelsModule()
);

const messages = recordFieldMessages(Input);

function mount(props = {}) {
    const element = createElement('c-trust-signal-weights', { is: TrustSignalWeights });
    const model = defaultModel();
    Object.assign(element, {
        signals: model.signals,
        shares: weightShares(model).signals,
        errors: {},
        ...props
    });
    document.body.appendChild(element);
    return element;
}

describe('c-trust-signal-weights', () => {
    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    });

    it('lists the nine signals with their pillar, weight and share, accessibly', async () => {
        const element = mount();
        await flushPromises();
        const rows = element.shadowRoot.querySelectorAll('tbody tr');
        expect(rows).toHaveLength(9);
        expect(element.shadowRoot.querySelector('section > p').textContent.trim()).toBe(
            'How much each signal counts inside its pillar. 0 turns a signal off; any other weight is from 0.001 to 1000.'
        );
        expect(rows[5].querySelector('th').textContent).toBe('Promise keeping');
        expect(rows[5].querySelector('lightning-combobox').value).toBe('reliability');
        expect(rows[5].querySelector('lightning-formatted-number').value).toBeCloseTo(0.12, 10);
        expect(element.shadowRoot.querySelector('[data-path="signals.promiseKeeping.weight"]').label).toBe(
            'Weight of Promise keeping'
        );
        await expect(element).toBeAccessible();
    });

    it('fires one draftchange per edit with the setting path', async () => {
        const element = mount();
        const handler = jest.fn();
        element.addEventListener('draftchange', handler);
        await flushPromises();
        changeValue(element.shadowRoot.querySelector('[data-path="signals.disputes.enabled"]'), {
            checked: false
        });
        changeValue(element.shadowRoot.querySelector('[data-path="signals.disputes.pillar"]'), {
            value: 'capability'
        });
        changeValue(element.shadowRoot.querySelector('[data-path="signals.disputes.weight"]'), {
            value: '2.5'
        });
        changeValue(element.shadowRoot.querySelector('[data-path="signals.winRate.weight"]'), { value: '' });
        expect(handler.mock.calls.map(([e]) => e.detail)).toEqual([
            { path: 'signals.disputes.enabled', value: false },
            { path: 'signals.disputes.pillar', value: 'capability' },
            { path: 'signals.disputes.weight', value: 2.5 },
            { path: 'signals.winRate.weight', value: null }
        ]);
    });

    it('shows field and section messages, and no share while weights are invalid', async () => {
        const element = mount({
            shares: weightShares({ ...defaultModel(), pillars: null }).signals,
            errors: {
                'signals.winRate.weight': "Weights can't be negative.",
                signals: 'At least one weight must be above zero.'
            }
        });
        await flushPromises();
        expect(messages.get('Weight of Win rate')).toBe("Weights can't be negative.");
        expect(messages.get('Weight of Deal velocity')).toBe('');
        expect(element.shadowRoot.querySelector('.section-error').textContent).toBe(
            'At least one weight must be above zero.'
        );
        expect(element.shadowRoot.querySelector('lightning-formatted-number')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('disables every control when read-only', async () => {
        const element = mount({ readOnly: true });
        await flushPromises();
        const controls = element.shadowRoot.querySelectorAll('[data-path]');
        expect(controls).toHaveLength(27);
        expect([...controls].every((c) => c.disabled)).toBe(true);
    });
});

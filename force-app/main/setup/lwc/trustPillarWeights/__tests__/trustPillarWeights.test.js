import { createElement } from 'lwc';
import TrustPillarWeights from 'c/trustPillarWeights';
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

describe('c-trust-pillar-weights', () => {
    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    });

    it('shows each question with its weight and share, reports edits and messages', async () => {
        const element = createElement('c-trust-pillar-weights', { is: TrustPillarWeights });
        const model = defaultModel();
        element.pillars = model.pillars;
        element.shares = weightShares(model).pillars;
        element.errors = { 'pillars.capability': "Weights can't be negative." };
        document.body.appendChild(element);
        const handler = jest.fn();
        element.addEventListener('draftchange', handler);
        await flushPromises();
        expect(element.shadowRoot.querySelector('section > p').textContent.trim()).toBe(
            'How much each of the four questions counts in the overall score: 0 leaves a question out; any other weight is from 0.001 to 1000.'
        );
        const rows = element.shadowRoot.querySelectorAll('tbody tr');
        expect(rows[0].querySelector('th').textContent).toBe('UnderstandingDo you understand what I need?');
        expect(rows[3].querySelector('lightning-formatted-number').value).toBeCloseTo(0.4, 10);
        expect(messages.get('Weight of Capability')).toBe("Weights can't be negative.");
        changeValue(element.shadowRoot.querySelector('[data-path="pillars.fairness"]'), { value: '3' });
        expect(handler.mock.calls[0][0].detail).toEqual({ path: 'pillars.fairness', value: 3 });
        await expect(element).toBeAccessible();
    });
});

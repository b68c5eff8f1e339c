import { createElement } from 'lwc';
import TrustTiming from 'c/trustTiming';
import Input from 'lightning/input';

const {
    changeValue,
    flushPromises,
    recordFieldMessages
} = require('../../trustSetup/__tests__/utils/setupTestUtils');

jest.mock('c/trustSetupLabels', () =>
    require('../../trustSetup/__tests__/utils/setupTestUtils').realLabelsModule()
);

const messages = recordFieldMessages(Input);

describe('c-trust-timing', () => {
    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    });

    it('edits half-life, look-back and loss aversion with their messages', async () => {
        const element = createElement('c-trust-timing', { is: TrustTiming });
        Object.assign(element, {
            halfLifeDays: 365,
            lookBackDays: 1095,
            lossAversion: 11,
            errors: { lossAversion: 'Enter 10 or less.' }
        });
        document.body.appendChild(element);
        const handler = jest.fn();
        element.addEventListener('draftchange', handler);
        await flushPromises();
        expect(messages.get('Weight of bad news')).toBe('Enter 10 or less.');
        expect(messages.get('Half-life (days)')).toBe('');
        const halfLife = element.shadowRoot.querySelector('[data-path="halfLifeDays"]');
        expect(halfLife.fieldLevelHelp).toBe(
            'After this many days, a piece of evidence counts half as much. From 7 to 36500 days.'
        );
        const helpOf = (path) => element.shadowRoot.querySelector(`[data-path="${path}"]`).fieldLevelHelp;
        expect(helpOf('lookBackDays')).toBe('Evidence older than this is ignored. From 1 to 3650 days.');
        expect(helpOf('lossAversion')).toBe(
            'How many times more negative evidence counts than positive evidence. From 1 to 10.'
        );
        changeValue(halfLife, { value: '180' });
        expect(handler.mock.calls[0][0].detail).toEqual({ path: 'halfLifeDays', value: 180 });
        await expect(element).toBeAccessible();
    });

    it('accepts any loss aversion the engine accepts, leaving ranges to its messages', async () => {
        const element = createElement('c-trust-timing', { is: TrustTiming });
        Object.assign(element, { halfLifeDays: 365, lookBackDays: 1095, lossAversion: 1.25, errors: {} });
        document.body.appendChild(element);
        await flushPromises();
        for (const path of ['halfLifeDays', 'lookBackDays', 'lossAversion']) {
            const input = element.shadowRoot.querySelector(`[data-path="${path}"]`);
            // A step of 0.1 made the browser call 1.25 an invalid increment (in its own words).
            expect([path, input.step, input.min, input.max]).toEqual([path, 'any', undefined, undefined]);
        }
    });
});

describe('c-trust-timing minimum confidence', () => {
    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    });

    it('edits the confidence a score needs for a band, with the engine’s message', async () => {
        const element = createElement('c-trust-timing', { is: TrustTiming });
        Object.assign(element, {
            halfLifeDays: 365,
            lookBackDays: 1095,
            lossAversion: 2,
            minConfidence: 0.95,
            errors: { minConfidence: 'must be at most 0.9 (got 0.95)' }
        });
        document.body.appendChild(element);
        const handler = jest.fn();
        element.addEventListener('draftchange', handler);
        await flushPromises();
        const input = element.shadowRoot.querySelector('[data-path="minConfidence"]');
        expect(input.value).toBe(0.95);
        expect(input.label).toBe('Confidence needed for a band');
        expect(input.fieldLevelHelp).toMatch(/provisional, without a band/);
        expect(messages.get('Confidence needed for a band')).toBe('must be at most 0.9 (got 0.95)');
        changeValue(input, { value: '0.3' });
        expect(handler.mock.calls[0][0].detail).toEqual({ path: 'minConfidence', value: 0.3 });
        await expect(element).toBeAccessible();
    });
});

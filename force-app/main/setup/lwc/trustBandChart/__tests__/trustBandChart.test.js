import { createElement } from 'lwc';
import TrustBandChart from 'c/trustBandChart';

const { flushPromises } = require('../../trustSetup/__tests__/utils/setupTestUtils');

jest.mock('c/trustSetupLabels', () =>
    require('../../trustSetup/__tests__/utils/setupTestUtils').realLabelsModule()
);

describe('c-trust-band-chart', () => {
    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    });

    it('draws paired bars to scale and says the same in words', async () => {
        const element = createElement('c-trust-band-chart', { is: TrustBandChart });
        element.rows = [
            { name: 'At Risk', before: 1, after: 4 },
            { name: 'Steady', before: 8, after: 5 },
            { name: 'No score', before: 0, after: 0 }
        ];
        document.body.appendChild(element);
        await flushPromises();
        const before = [...element.shadowRoot.querySelectorAll('rect.bar_before')].map((r) =>
            Number(r.getAttribute('height'))
        );
        const after = [...element.shadowRoot.querySelectorAll('rect.bar_after')].map((r) =>
            Number(r.getAttribute('height'))
        );
        expect(before).toEqual([15, 120, 0]);
        expect(after).toEqual([60, 75, 0]);
        expect(element.shadowRoot.querySelector('svg').getAttribute('aria-hidden')).toBe('true');
        expect(
            [...element.shadowRoot.querySelectorAll('.chart-text li')].map((li) => li.textContent)
        ).toEqual([
            'At Risk: 1 now, 4 with your changes',
            'Steady: 8 now, 5 with your changes',
            'No score: 0 now, 0 with your changes'
        ]);
        await expect(element).toBeAccessible();
    });
});

const { mockLabels, removeChildren } = require('../../../../../test/lwcTestUtils');

mockLabels();
const { createElement } = require('lwc');
const TrustNextBand = require('c/trustNextBand').default;

function mount(nextBand) {
    const element = createElement('c-trust-next-band', { is: TrustNextBand });
    element.nextBand = nextBand;
    document.body.appendChild(element);
    return element;
}
const all = (element, selector) =>
    [...element.shadowRoot.querySelectorAll(selector)].map((e) => e.textContent.trim());
const text = (element, selector) => element.shadowRoot.querySelector(selector)?.textContent.trim();

const PATH = {
    band: 'Trusted',
    reaches: true,
    steps: [
        { action: 'deliverOverduePromises', recordIds: ['a0A1', 'a0A2'], points: 3.64 },
        { action: 'resolveEscalations', recordIds: ['5001'], points: 1.2 }
    ]
};

describe('c-trust-next-band', () => {
    afterEach(removeChildren);

    it('shows "To reach" the next band and each step with the points it adds, in order', async () => {
        const element = mount(PATH);
        expect(text(element, '.title')).toBe('To reach Trusted');
        expect(all(element, '.step .text')).toEqual([
            'Deliver the overdue promises (2)',
            'Resolve the open escalations (1)'
        ]);
        expect(all(element, '.step .points')).toEqual(['+3.6 points', '+1.2 points']);
        expect(element.shadowRoot.querySelector('.short')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('says when the steps fall short of the band', async () => {
        const element = mount({ ...PATH, reaches: false });
        expect(text(element, '.short')).toBe('These steps alone do not reach Trusted.');
        await expect(element).toBeAccessible();
    });

    it('says when nothing the account can change now would move the score', async () => {
        const element = mount({ band: 'Steady', reaches: false, steps: [] });
        expect(text(element, '.title')).toBe('To reach Steady');
        expect(text(element, '.none')).toBe(
            "Nothing in this account's open records would move the score today; new evidence will."
        );
        expect(element.shadowRoot.querySelector('.step')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('shows nothing without a path (top band, provisional, an older receipt) and skips unknown actions', () => {
        expect(mount(null).shadowRoot.querySelector('.next-band')).toBeNull();
        const element = mount({
            ...PATH,
            steps: [{ action: 'waitForDecay', recordIds: [], points: 9 }, ...PATH.steps]
        });
        expect(all(element, '.step').length).toBe(2);
    });
});

const { mockLabels, removeChildren, label, clickLink } = require('../../../../../test/lwcTestUtils');

mockLabels();
const { createElement } = require('lwc');
const TrustRollup = require('c/trustRollup').default;

const ROLLUP = { score: 58.26, band: 'Fragile', children: 4, weightBasis: 'mixed' };
const LOWEST = {
    band: 'At Risk',
    accounts: [
        { accountId: '001C', name: 'Contoso <b>Labs</b>', score: 21.44, url: '/lightning/r/001C/view' },
        { accountId: '001D', name: 'Dunder', score: null, url: null }
    ],
    more: 3
};

function mount(props) {
    const element = createElement('c-trust-rollup', { is: TrustRollup });
    Object.assign(element, { rollup: ROLLUP, asOf: '2026-06-30', ...props });
    document.body.appendChild(element);
    return element;
}
const $ = (element, selector) => element.shadowRoot.querySelector(selector);
const text = (element, selector) => $(element, selector)?.textContent.trim() ?? null;
const all = (element, selector) =>
    [...element.shadowRoot.querySelectorAll(selector)].map((e) => e.textContent.trim());

describe('c-trust-rollup', () => {
    afterEach(removeChildren);

    it('shows the roll-up score, band, accounts below, weight basis and day, and links the lowest band', async () => {
        const element = mount({ lowest: LOWEST });
        expect(text(element, 'h3')).toBe(label('TL_Rollup_Heading'));
        expect(text(element, '.score')).toBe('58.3 of 100');
        expect(text(element, '.band')).toBe('Fragile');
        expect(text(element, '.children')).toBe('4 accounts below');
        expect(text(element, '.basis')).toBe(label('TL_Rollup_Basis_Mixed'));
        expect(text(element, '.as-of')).toBe('As of Jun 30, 2026');
        expect(text(element, '.lowest-heading')).toBe('Lowest band below: At Risk');
        // A name is text, never markup.
        expect(all(element, '.account-link')).toEqual(['Contoso <b>Labs</b>', 'Dunder']);
        expect($(element, '.account-link b')).toBeNull();
        expect(
            [...element.shadowRoot.querySelectorAll('.account-link')].map((a) => a.getAttribute('href'))
        ).toEqual(['/lightning/r/001C/view', '#']);
        expect(all(element, '.account-score')).toEqual(['21.4']);
        expect(text(element, '.more')).toBe('and 3 more');
        await expect(element).toBeAccessible();
    });

    it.each([
        ['contractValue', 'TL_Rollup_Basis_Contract_Value'],
        ['equal', 'TL_Rollup_Basis_Equal']
    ])('says in words what the mean is weighted by (%s)', (weightBasis, name) => {
        expect(text(mount({ rollup: { ...ROLLUP, weightBasis } }), '.basis')).toBe(label(name));
    });

    it('asks the container to open a lowest-band account on a plain click, and lets a new-tab click through', () => {
        const element = mount({ lowest: LOWEST });
        const opened = [];
        element.addEventListener('openrecord', (event) => opened.push(event.detail.recordId));
        const link = $(element, '.account-link');
        expect(clickLink(link)).toBe(false);
        expect(clickLink(link, { ctrlKey: true })).toBe(true);
        expect(opened).toEqual(['001C']);
    });

    it('says "1 account below" and when no account below has a score', () => {
        const element = mount({ rollup: { ...ROLLUP, score: null, band: null, children: 1 } });
        expect(text(element, '.children')).toBe(label('TL_Rollup_Children_One'));
        expect(text(element, '.score')).toBe(label('TL_Rollup_No_Score'));
        expect($(element, '.band')).toBeNull();
    });

    it('says while the accounts below are read, when they could not be, and when none has a band', async () => {
        const reading = mount({ reading: true });
        expect(text(reading, '.reading')).toBe(label('TL_Rollup_Reading'));
        expect($(reading, '.lowest')).toBeNull();
        expect(text(mount({ failed: true }), '.read-failed')).toBe(label('TL_Rollup_Read_Failed'));
        const none = mount({ lowest: { band: null, accounts: [], more: 0 } });
        expect(text(none, '.no-band-below')).toBe(label('TL_Rollup_No_Band_Below'));
        await expect(none).toBeAccessible();
    });

    it('says when the reading stopped at its caps', () => {
        const element = mount({ lowest: LOWEST, cut: { levels: 5, accounts: 2000 } });
        expect(text(element, '.partial')).toBe(label('TL_Rollup_Partial', 5, '2,000'));
    });

    it('shows nothing without a roll-up', () => {
        expect($(mount({ rollup: null }), '.rollup')).toBeNull();
        expect($(mount({ rollup: { ...ROLLUP, children: 0 } }), '.rollup')).toBeNull();
    });
});

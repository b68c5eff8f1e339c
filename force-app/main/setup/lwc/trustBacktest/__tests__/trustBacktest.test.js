import { createElement } from 'lwc';
import TrustBacktest from 'c/trustBacktest';
import { readStoredBacktest } from 'c/trustEngine';

const { flushPromises } = require('../../trustSetup/__tests__/utils/setupTestUtils');

jest.mock('c/trustSetupLabels', () =>
    require('../../trustSetup/__tests__/utils/setupTestUtils').realLabelsModule()
);

/** What `trust-ledger backtest --store` writes into Backtest__c (the fields the page reads). */
const STORED = JSON.stringify({
    horizonDays: 365,
    storedOn: '2026-07-01',
    model: { name: 'Default', version: 2 },
    windows: [],
    overall: {
        windows: 3,
        accounts: 60,
        renewed: 51,
        churned: 9,
        auc: 0.74,
        bands: [
            { band: 'At Risk', accounts: 4, churned: 3, churnRate: 0.75 },
            { band: 'Fragile', accounts: 0, churned: 0, churnRate: null },
            { band: 'Steady', accounts: 50, churned: 5, churnRate: 0.1 },
            { band: null, accounts: 6, churned: 1, churnRate: 0.1667 }
        ]
    }
});

async function mount(backtest) {
    const element = createElement('c-trust-backtest', { is: TrustBacktest });
    element.backtest = backtest;
    document.body.appendChild(element);
    await flushPromises();
    return element;
}

describe('c-trust-backtest', () => {
    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    });

    it('says how well the stored backtest ranked renewals and draws churn per band', async () => {
        const element = await mount(readStoredBacktest(STORED));
        const root = element.shadowRoot;
        expect(root.querySelector('.auc').textContent).toBe(
            'The score ranked a renewing account above a churning one 74% of the time (AUC 0.74; 0.5 is chance).'
        );
        expect(root.querySelector('.scope').textContent).toBe(
            '60 renewals closed after 3 as-of days (9 lost), each within 365 days; stored 2026-07-01.'
        );
        const rows = [...root.querySelectorAll('.band')].map((li) => [
            li.querySelector('.name').textContent,
            li.querySelector('.detail').textContent,
            li.querySelector('.bar').style.width
        ]);
        expect(rows).toEqual([
            ['At Risk', '75% churned (3 of 4)', '75%'],
            ['Steady', '10% churned (5 of 50)', '10%'],
            ['Provisional', '17% churned (1 of 6)', '16.7%']
        ]);
        await expect(element).toBeAccessible();
    });

    it('says what to run when no backtest is stored', async () => {
        const element = await mount(readStoredBacktest(null));
        expect(element.shadowRoot.querySelector('.none').textContent).toMatch(
            /trust-ledger backtest --store/
        );
        expect(element.shadowRoot.querySelector('.auc')).toBeNull();
        await expect(element).toBeAccessible();
    });
});

import { bandOutcomes, overrideOutcome, type JudgedAccount } from '../backtest';
import { defaultModel } from '../../engine/model';

const model = defaultModel();
let next = 0;

function judged(band: string, renewed: boolean, override?: string): JudgedAccount {
    next++;
    return {
        accountId: `001${String(next).padStart(15, '0')}`,
        score: 50,
        band,
        provisional: false,
        renewed,
        downsell: false,
        signals: {},
        ...(override ? { override } : {})
    };
}

/** `n` plain accounts of a band, `churned` of them lost. */
function plain(band: string, n: number, churned: number): JudgedAccount[] {
    return Array.from({ length: n }, (_, i) => judged(band, i >= churned));
}

function section(accounts: JudgedAccount[]) {
    return overrideOutcome(
        accounts,
        bandOutcomes(
            accounts.filter((a) => a.override === undefined),
            model
        )
    );
}

// At Risk churns half the time, Trusted never.
const base = [...plain('At Risk', 10, 5), ...plain('Trusted', 10, 0)];

describe('overrideOutcome', () => {
    it('is absent without an overridden account', () => {
        expect(section(base)).toBeNull();
    });

    it('says the outcomes were like the override band when overridden accounts renewed as its band does', () => {
        // Computed At Risk, set to Trusted by hand, and they all renewed: the person was right.
        const result = section([
            ...base,
            judged('At Risk', true, 'Trusted'),
            judged('At Risk', true, 'Trusted')
        ]);
        expect(result).toEqual({
            accounts: 2,
            churned: 0,
            compared: 2,
            overrideBandError: 0,
            computedBandError: 0.25,
            closerTo: 'override'
        });
    });

    it('says the outcomes were like the computed band when overridden accounts churned', () => {
        const result = section([
            ...base,
            judged('At Risk', false, 'Trusted'),
            judged('At Risk', false, 'Trusted')
        ]);
        expect(result).toMatchObject({
            accounts: 2,
            churned: 2,
            overrideBandError: 1,
            computedBandError: 0.25
        });
        expect(result?.closerTo).toBe('computed');
    });

    it('counts but does not compare an account whose band has no plain accounts to measure churn on', () => {
        const result = section([...base, judged('Fragile', true, 'Steady')]);
        expect(result).toEqual({
            accounts: 1,
            churned: 0,
            compared: 0,
            overrideBandError: null,
            computedBandError: null,
            closerTo: null
        });
    });

    it('judges plain accounts only: overridden accounts are not their own yardstick', () => {
        // Twenty overridden Trusted accounts that all churn must not make Trusted look churny.
        const overridden = Array.from({ length: 20 }, () => judged('At Risk', false, 'Trusted'));
        expect(section([...base, ...overridden])?.overrideBandError).toBe(1);
    });
});

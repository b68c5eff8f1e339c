import { DEFAULT_BASELINES, defaultModel, scoreAccount, type OverrideRecord, type TrustModel } from '..';
import { validateModel } from '../model';
import defaultModelJson from '../../config/default-model.json';
import { ACCOUNT_ID, account, commitment, day, instant } from '../../test/support/evidence';

const AS_OF = day('2026-06-30');

function override(input: {
    id?: string;
    band?: string | null;
    set: string;
    expires: string;
    reason?: string;
}): OverrideRecord {
    return {
        id: input.id ?? 'a0O000000000001AAA',
        accountId: ACCOUNT_ID,
        band: input.band === undefined ? 'Trusted' : input.band,
        reason: input.reason ?? 'New sponsor signed a three-year plan',
        expiresOn: day(input.expires),
        createdDate: instant(`${input.set}T09:30:00.000Z`)
    };
}

/** Every score earns a band, so the computed band is never null here. */
const BANDED: TrustModel = { ...defaultModel(), minConfidence: 0 };

/** An account the evidence puts in a low band: promises broken. */
function scored(overrides: OverrideRecord[], model: TrustModel = BANDED) {
    const evidence = account({
        commitments: [
            commitment({ status: 'Broken', due: '2026-03-01' }),
            commitment({ status: 'Broken', due: '2026-04-01' })
        ],
        overrides
    });
    return scoreAccount(evidence, model, DEFAULT_BASELINES, AS_OF);
}

describe('governed overrides', () => {
    const computed = scored([]);

    it('has a computed band to override', () => {
        expect(computed.band).not.toBeNull();
        expect(computed.band).not.toBe('Trusted');
        expect(computed.override).toBeUndefined();
    });

    it('in force: reports the override band, keeps the score and the computed band', () => {
        const result = scored([override({ set: '2026-06-01', expires: '2026-07-15' })]);
        expect(result.band).toBe('Trusted');
        expect(result.score).toBe(computed.score);
        expect(result.pillars).toEqual(computed.pillars);
        expect(result.override).toEqual({
            band: 'Trusted',
            reason: 'New sponsor signed a three-year plan',
            expiresOn: '2026-07-15',
            recordId: 'a0O000000000001AAA',
            computedBand: computed.band
        });
    });

    it.each([
        ['expired the day before', '2026-05-01', '2026-06-29', false],
        ['expiring on the as-of day', '2026-05-01', '2026-06-30', true],
        ['set on the as-of day', '2026-06-30', '2026-07-30', true],
        ['set after the as-of day', '2026-07-01', '2026-07-30', false]
    ])('%s → in force: %s', (_name, set, expires, inForce) => {
        const result = scored([override({ set, expires })]);
        expect(result.override !== undefined).toBe(inForce);
        expect(result.band).toBe(inForce ? 'Trusted' : computed.band);
    });

    it('the latest created wins, whatever the order of the records', () => {
        const older = override({ id: 'a0O000000000009AAA', set: '2026-05-01', expires: '2026-07-20' });
        const newer = override({
            id: 'a0O000000000002AAA',
            band: 'Steady',
            set: '2026-06-10',
            expires: '2026-07-01',
            reason: 'Escalation closed by the CEO'
        });
        for (const records of [
            [older, newer],
            [newer, older]
        ]) {
            const result = scored(records);
            expect(result.band).toBe('Steady');
            expect(result.override?.recordId).toBe('a0O000000000002AAA');
        }
    });

    it('an expired newer override lets an older one in force stand', () => {
        const older = override({ id: 'a0O000000000001AAA', set: '2026-05-01', expires: '2026-07-20' });
        const expired = override({
            id: 'a0O000000000002AAA',
            band: 'At Risk',
            set: '2026-06-01',
            expires: '2026-06-15'
        });
        expect(scored([older, expired]).override?.recordId).toBe('a0O000000000001AAA');
    });

    it('a band name the model does not have is ignored: the computed band stands', () => {
        const result = scored([override({ band: 'Golden', set: '2026-06-01', expires: '2026-07-15' })]);
        expect(result.override).toBeUndefined();
        expect(result.band).toBe(computed.band);
    });

    it('an override lasting longer than the model allows is not in force', () => {
        const model = { ...BANDED, overrides: { maxDays: 30 } };
        expect(
            scored([override({ set: '2026-06-01', expires: '2026-07-01' })], model).override
        ).toBeDefined();
        expect(
            scored([override({ set: '2026-06-01', expires: '2026-07-02' })], model).override
        ).toBeUndefined();
        // The default allows 90 days.
        expect(scored([override({ set: '2026-06-01', expires: '2026-08-30' })]).override).toBeDefined();
        expect(scored([override({ set: '2026-06-01', expires: '2026-08-31' })]).override).toBeUndefined();
    });

    it('overrides an account whose evidence earns no band yet (computed band null)', () => {
        const result = scoreAccount(
            account({ overrides: [override({ band: 'Fragile', set: '2026-06-01', expires: '2026-07-01' })] }),
            defaultModel(),
            DEFAULT_BASELINES,
            AS_OF
        );
        expect(result.score).toBeNull();
        expect(result.band).toBe('Fragile');
        expect(result.override?.computedBand).toBeNull();
    });
});

describe('model setting overrides.maxDays', () => {
    const withOverrides = (value: unknown) =>
        validateModel({ ...structuredClone(defaultModelJson), overrides: value });

    it('is optional: a model without it allows 90 days', () => {
        const result = validateModel(structuredClone(defaultModelJson));
        expect(result.ok && result.model.overrides).toBeUndefined();
    });

    it('accepts a whole number of days from 1 to 365', () => {
        const result = withOverrides({ maxDays: 30 });
        expect(result.ok && result.model.overrides).toEqual({ maxDays: 30 });
    });

    it.each([
        [{ maxDays: 0 }, 'overrides.maxDays', 'atLeast', { min: 1, value: 0 }],
        [{ maxDays: 400 }, 'overrides.maxDays', 'atMost', { max: 365, value: 400 }],
        [{ maxDays: 1.5 }, 'overrides.maxDays', 'wholeNumber', { value: 1.5 }],
        [
            { maxDays: 30, days: 2 },
            'overrides.days',
            'unknownKey',
            { key: 'days', kind: 'setting', allowed: 'maxDays' }
        ],
        [30, 'overrides', 'notObject', { got: '30' }]
    ])('%j → %s %s', (value, path, code, params) => {
        const result = withOverrides(value);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.issues).toContainEqual(expect.objectContaining({ path, code, params }));
    });
});

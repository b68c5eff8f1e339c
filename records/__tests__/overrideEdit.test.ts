import { formatDay, instantOfDay, parseDay } from '../../engine/dates';
import type { Day, OverrideRecord } from '../../engine/evidence';
import { defaultModel, type TrustModel } from '../../engine/model';
import { isInForce } from '../../engine/override';
import {
    checkOverrideDraft,
    endOverrideFields,
    expiryWindow,
    newOverrideFields,
    overrideEndDay,
    type OverrideDraft
} from '../overrideEdit';

const day = (text: string): Day => parseDay(text) as Day;
const TODAY = day('2026-06-30');
const MODEL: TrustModel = { ...defaultModel(), overrides: { maxDays: 30 } };
const DRAFT: OverrideDraft = {
    band: 'Trusted',
    reason: 'Sponsor confirmed the renewal',
    expiresOn: '2026-07-30'
};
const codes = (draft: Partial<OverrideDraft>, setOn = TODAY) =>
    checkOverrideDraft({ ...DRAFT, ...draft }, MODEL, TODAY, setOn).map((p) => `${p.field}:${p.code}`);

/** The record a saved draft becomes, created at noon UTC of `setOn`. */
const saved = (draft: OverrideDraft, setOn: Day): OverrideRecord => ({
    id: 'a0O1',
    accountId: '001A',
    band: draft.band,
    reason: draft.reason,
    expiresOn: parseDay(draft.expiresOn),
    createdDate: instantOfDay(setOn) + 12 * 3_600_000
});

describe('checkOverrideDraft', () => {
    it('accepts a band of the model, a reason and an expiry within the model’s limit', () => {
        expect(codes({})).toEqual([]);
        expect(codes({ expiresOn: '2026-06-30' })).toEqual([]);
    });

    it.each([
        ['no band', { band: ' ' }, ['band:bandRequired']],
        ['a band the model does not have', { band: 'Golden' }, ['band:bandUnknown']],
        ['no reason', { reason: '  \n' }, ['reason:reasonRequired']],
        ['no expiry', { expiresOn: '' }, ['expiresOn:expiresRequired']],
        ['an unreadable expiry', { expiresOn: 'soon' }, ['expiresOn:expiresRequired']],
        ['an expiry in the past', { expiresOn: '2026-06-29' }, ['expiresOn:expiresPast']],
        ['an expiry past the limit', { expiresOn: '2026-07-31' }, ['expiresOn:expiresTooLate']],
        [
            'everything missing',
            { band: '', reason: '', expiresOn: '' },
            ['band:bandRequired', 'reason:reasonRequired', 'expiresOn:expiresRequired']
        ]
    ])('refuses %s', (_name, draft, expected) => {
        expect(codes(draft)).toEqual(expected);
    });

    it('names the days allowed', () => {
        const [late] = checkOverrideDraft({ ...DRAFT, expiresOn: '2026-12-31' }, MODEL, TODAY, TODAY);
        expect(late?.params).toEqual({ maxDays: 30, lastDay: '2026-07-30' });
        const [past] = checkOverrideDraft({ ...DRAFT, expiresOn: '2026-01-31' }, MODEL, TODAY, TODAY);
        expect(past?.params).toEqual({ firstDay: '2026-06-30' });
    });

    it('counts from the earlier of the user’s day and the UTC day of creation, and ends no earlier than the later', () => {
        expect(expiryWindow(MODEL, TODAY, TODAY - 1)).toEqual({ first: '2026-06-30', last: '2026-07-29' });
        expect(expiryWindow(MODEL, TODAY, TODAY + 1)).toEqual({ first: '2026-07-01', last: '2026-07-30' });
        expect(codes({}, TODAY - 1)).toEqual(['expiresOn:expiresTooLate']);
        expect(codes({ expiresOn: '2026-06-30' }, TODAY + 1)).toEqual(['expiresOn:expiresPast']);
    });

    it('accepts only overrides the engine then holds in force, from the day they are set', () => {
        for (const setOn of [TODAY - 1, TODAY, TODAY + 1])
            for (let expires = TODAY - 2; expires <= TODAY + 35; expires++) {
                const draft = { ...DRAFT, expiresOn: formatDay(expires) };
                if (checkOverrideDraft(draft, MODEL, TODAY, setOn).length > 0) continue;
                const asOf = Math.max(TODAY, setOn);
                expect(isInForce(saved(draft, setOn), MODEL, asOf)).toBe(true);
            }
    });
});

describe('writing an override', () => {
    it('sends the draft’s fields, trimmed, for the account', () => {
        expect(
            newOverrideFields('001A', { band: ' Trusted ', reason: ' Why \n', expiresOn: '2026-07-30' })
        ).toEqual({
            Account__c: '001A',
            Band__c: 'Trusted',
            Reason__c: 'Why',
            Expires_On__c: '2026-07-30'
        });
    });

    it('ends an override yesterday: out of force today, its days in force kept', () => {
        expect(formatDay(overrideEndDay(TODAY))).toBe('2026-06-29');
        expect(endOverrideFields('a0O1', TODAY)).toEqual({ Id: 'a0O1', Expires_On__c: '2026-06-29' });
        const setEarlier = { ...saved(DRAFT, TODAY - 10), expiresOn: overrideEndDay(TODAY) };
        expect(isInForce(setEarlier, MODEL, TODAY)).toBe(false);
        expect(isInForce(setEarlier, MODEL, TODAY - 1)).toBe(true);
        const setToday = { ...saved(DRAFT, TODAY), expiresOn: overrideEndDay(TODAY) };
        expect(isInForce(setToday, MODEL, TODAY)).toBe(false);
    });
});

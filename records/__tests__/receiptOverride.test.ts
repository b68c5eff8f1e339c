import { DEFAULT_BASELINES, defaultModel, scoreAccount, type OverrideRecord } from '../../engine';
import { accountTrustFields, receiptRecord } from '../receipt';
import { ACCOUNT_ID, account, commitment, day, instant } from '../../test/support/evidence';

const AS_OF = '2026-06-30';
const ctx = {
    asOf: AS_OF,
    model: { name: 'Default', version: 1, recordId: null },
    scoredAt: '2026-06-30T10:00:00.000Z',
    source: 'Batch' as const
};
const override: OverrideRecord = {
    id: 'a0O000000000001AAA',
    accountId: ACCOUNT_ID,
    band: 'Trusted',
    reason: 'Board-level sponsor renewed for three years',
    expiresOn: day('2026-07-31'),
    createdDate: instant('2026-06-15T08:00:00.000Z')
};

function scored(overrides: OverrideRecord[], minConfidence: number) {
    const evidence = account({
        commitments: [commitment({ status: 'Broken', due: '2026-04-01' })],
        overrides
    });
    return scoreAccount(evidence, { ...defaultModel(), minConfidence }, DEFAULT_BASELINES, day(AS_OF));
}

describe('receipts of an overridden account', () => {
    it('store the override band and the computed band side by side, and the override in Drivers__c', () => {
        const plain = scored([], 0);
        const result = scored([override], 0);
        const record = receiptRecord(result, null, ctx);
        expect(record).toMatchObject({
            Score__c: plain.score,
            Band__c: 'Trusted',
            Computed_Band__c: plain.band
        });
        expect(JSON.parse(record.Drivers__c as string).override).toEqual(result.override);
        expect(accountTrustFields(result, null, AS_OF).Current_Trust_Band__c).toBe('Trusted');
    });

    it('store the same band twice, and no override in Drivers__c, without one', () => {
        const plain = scored([], 0);
        const record = receiptRecord(plain, null, ctx);
        expect(record.Computed_Band__c).toBe(plain.band);
        expect(record.Band__c).toBe(plain.band);
        expect(JSON.parse(record.Drivers__c as string)).not.toHaveProperty('override');
    });

    it('put the override band on the Account even when the evidence is too thin for a band', () => {
        const result = scored([override], 0.99);
        expect(result.provisional).toBe(true);
        expect(receiptRecord(result, null, ctx)).toMatchObject({
            Band__c: 'Trusted',
            Computed_Band__c: null
        });
        expect(accountTrustFields(result, null, AS_OF).Current_Trust_Band__c).toBe('Trusted');
        expect(accountTrustFields(scored([], 0.99), null, AS_OF).Current_Trust_Band__c).toBe(
            'Not enough evidence'
        );
    });
});

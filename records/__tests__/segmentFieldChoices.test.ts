import { objectFieldNames, segmentFieldChoices, segmentValueChoices } from '../segmentFieldChoices';

// Shaped like `getObjectInfo` of Account (fields by API name with label and dataType).
const ACCOUNT_INFO = {
    fields: {
        Industry: { apiName: 'Industry', label: 'Industry', dataType: 'Picklist' },
        Name: { apiName: 'Name', label: 'Account Name', dataType: 'String' },
        Tier__c: { apiName: 'Tier__c', label: 'Tier', dataType: 'String' },
        AnnualRevenue: { apiName: 'AnnualRevenue', label: 'Annual Revenue', dataType: 'Currency' },
        Regions__c: { apiName: 'Regions__c', label: 'Regions', dataType: 'MultiPicklist' },
        Active__c: { apiName: 'Active__c', label: 'Active', dataType: 'Boolean' }
    }
};
const PICKLISTS = {
    picklistFieldValues: {
        Industry: {
            values: [
                { label: 'Banking', value: 'Banking' },
                { label: 'Technology', value: 'Technology' }
            ]
        }
    }
};

describe('segment field choices', () => {
    it('offer the Account fields whose value is one text, by label', () => {
        expect(segmentFieldChoices(ACCOUNT_INFO)).toEqual([
            { label: 'Account Name', value: 'Name', dataType: 'String' },
            { label: 'Industry', value: 'Industry', dataType: 'Picklist' },
            { label: 'Tier', value: 'Tier__c', dataType: 'String' }
        ]);
        expect(segmentFieldChoices(undefined)).toEqual([]);
    });

    it('know every field of Account, or nothing while it is not loaded', () => {
        expect(objectFieldNames(ACCOUNT_INFO)?.has('AnnualRevenue')).toBe(true);
        expect(objectFieldNames(null)).toBeNull();
    });
});

describe('segment value choices', () => {
    const industry = segmentFieldChoices(ACCOUNT_INFO).find((f) => f.value === 'Industry');
    const tier = segmentFieldChoices(ACCOUNT_INFO).find((f) => f.value === 'Tier__c');

    it("offer a picklist's values, and keep a held value the org does not offer", () => {
        expect(segmentValueChoices(industry, PICKLISTS, ['Technology', 'Mining'])).toEqual([
            { label: 'Banking', value: 'Banking' },
            { label: 'Technology', value: 'Technology' },
            { label: 'Mining', value: 'Mining' }
        ]);
    });

    it('are typed freely for a text field, and absent without a field', () => {
        expect(segmentValueChoices(tier, PICKLISTS)).toBeNull();
        expect(segmentValueChoices(undefined, PICKLISTS)).toBeNull();
    });
});

import { PILLAR_FIELDS, SIGNAL_FIELDS } from '../../engine/catalog';
import type { FieldSpec, FieldType } from '../../tools/metadata';
import { loadOrgSchema } from '../../tools/metadata';

const schema = loadOrgSchema();

function fieldOf(object: string, field: string): FieldSpec {
    const spec = schema[object]?.fields[field];
    if (spec === undefined) throw new Error(`${object}.${field} does not exist`);
    return spec;
}

/** Every object and field docs/architecture.md's data model names (the product's API contract), with its type. */
const DESIGN_FIELDS: [object: string, field: string, type: FieldType][] = [
    ['Trust_Score__c', 'Account__c', 'MasterDetail'],
    ['Trust_Score__c', 'Score__c', 'Number'],
    ['Trust_Score__c', 'Band__c', 'Picklist'],
    ['Trust_Score__c', 'Confidence__c', 'Number'],
    ['Trust_Score__c', 'Provisional__c', 'Checkbox'],
    ['Trust_Score__c', 'Understanding__c', 'Number'],
    ['Trust_Score__c', 'Reliability__c', 'Number'],
    ['Trust_Score__c', 'Capability__c', 'Number'],
    ['Trust_Score__c', 'Fairness__c', 'Number'],
    ['Trust_Score__c', 'Renewal_Timeliness__c', 'Number'],
    ['Trust_Score__c', 'Deal_Velocity__c', 'Number'],
    ['Trust_Score__c', 'Reference_Quality__c', 'Number'],
    ['Trust_Score__c', 'Win_Rate__c', 'Number'],
    ['Trust_Score__c', 'Expansion__c', 'Number'],
    ['Trust_Score__c', 'Promise_Keeping__c', 'Number'],
    ['Trust_Score__c', 'Support_Responsiveness__c', 'Number'],
    ['Trust_Score__c', 'Case_Health__c', 'Number'],
    ['Trust_Score__c', 'Disputes__c', 'Number'],
    ['Trust_Score__c', 'Previous_Score__c', 'Number'],
    ['Trust_Score__c', 'Score_Change__c', 'Number'],
    ['Trust_Score__c', 'Drivers__c', 'LongTextArea'],
    ['Trust_Score__c', 'Model__c', 'Lookup'],
    ['Trust_Score__c', 'As_Of__c', 'Date'],
    ['Trust_Score__c', 'Scored_At__c', 'DateTime'],
    ['Trust_Score__c', 'Source__c', 'Picklist'],
    ['Trust_Score__c', 'Key__c', 'Text'],
    ['Account', 'Current_Trust_Score__c', 'Number'],
    ['Account', 'Current_Trust_Band__c', 'Picklist'],
    ['Account', 'Trust_Score_Change__c', 'Number'],
    ['Account', 'Trust_Scored_On__c', 'Date'],
    ['Trust_Model__c', 'Active__c', 'Checkbox'],
    ['Trust_Model__c', 'Version__c', 'Number'],
    ['Trust_Model__c', 'Definition__c', 'LongTextArea'],
    ['Trust_Model__c', 'Baselines__c', 'LongTextArea'],
    ['Trust_Model__c', 'Notes__c', 'LongTextArea'],
    ['Trust_Model__c', 'Priority__c', 'Number'],
    ['Trust_Model__c', 'Backtest__c', 'LongTextArea'],
    ['Trust_Model__c', 'Backtest_AUC__c', 'Number'],
    ['Trust_Model__c', 'Backtest_Lowest_Band_Churn__c', 'Percent'],
    ['Trust_Model__c', 'Backtest_On__c', 'Date'],
    ['Trust_Commitment__c', 'Account__c', 'MasterDetail'],
    ['Trust_Commitment__c', 'Opportunity__c', 'Lookup'],
    ['Trust_Commitment__c', 'Made_By_Team__c', 'Picklist'],
    ['Trust_Commitment__c', 'Promised_On__c', 'Date'],
    ['Trust_Commitment__c', 'Due_On__c', 'Date'],
    ['Trust_Commitment__c', 'Delivered_On__c', 'Date'],
    ['Trust_Commitment__c', 'Status__c', 'Picklist'],
    ['Trust_Commitment__c', 'Description__c', 'LongTextArea'],
    ['Customer_Reference__c', 'Account__c', 'MasterDetail'],
    ['Customer_Reference__c', 'Contact__c', 'Lookup'],
    ['Customer_Reference__c', 'Requested_On__c', 'Date'],
    ['Customer_Reference__c', 'Type__c', 'Picklist'],
    ['Customer_Reference__c', 'Status__c', 'Picklist'],
    ['Customer_Reference__c', 'Rating__c', 'Number'],
    ['Customer_Reference__c', 'Notes__c', 'LongTextArea']
];

const SCORE_FIELDS = [
    'Score__c',
    'Previous_Score__c',
    'Score_Change__c',
    ...Object.values(PILLAR_FIELDS),
    ...Object.values(SIGNAL_FIELDS)
];

describe('data model (docs/architecture.md contract)', () => {
    it.each(DESIGN_FIELDS)('%s.%s exists as %s', (object, field, type) => {
        expect(fieldOf(object, field).type).toBe(type);
    });

    it('stores every engine signal and pillar in a Trust_Score__c field', () => {
        expect(SCORE_FIELDS).toHaveLength(16);
        for (const field of SCORE_FIELDS) expect(fieldOf('Trust_Score__c', field).type).toBe('Number');
    });

    it.each(SCORE_FIELDS)('Trust_Score__c.%s holds 0-100 with one decimal (Number(4,1))', (field) => {
        expect(fieldOf('Trust_Score__c', field)).toMatchObject({ precision: 4, scale: 1, required: false });
    });

    it('keeps confidence as the engine outputs it, 0-1 with two decimals', () => {
        expect(fieldOf('Trust_Score__c', 'Confidence__c')).toMatchObject({
            type: 'Number',
            precision: 3,
            scale: 2
        });
    });

    it('makes Key__c the unique, case-sensitive external id that upserts one receipt per account and day', () => {
        expect(fieldOf('Trust_Score__c', 'Key__c')).toMatchObject({
            length: 40,
            unique: true,
            externalId: true,
            caseSensitive: true
        });
        // "<18-char AccountId>:<yyyy-mm-dd>" must fit.
        expect('001000000000000AAA:2026-06-30'.length).toBeLessThanOrEqual(40);
    });

    it('keeps Trust_Model__c.Version__c unique, so two admins saving at once cannot share a number', () => {
        // The setup page retries once with the next number when the create fails with DUPLICATE_VALUE.
        expect(fieldOf('Trust_Model__c', 'Version__c')).toMatchObject({
            type: 'Number',
            required: true,
            unique: true
        });
    });

    it('hangs scores, commitments and references off Account with master-detail, so sharing follows it', () => {
        for (const object of ['Trust_Score__c', 'Trust_Commitment__c', 'Customer_Reference__c']) {
            expect(fieldOf(object, 'Account__c')).toMatchObject({
                type: 'MasterDetail',
                referenceTo: 'Account',
                required: true
            });
            expect(schema[object]?.fields.OwnerId).toBeUndefined();
        }
        expect(fieldOf('Trust_Score__c', 'Account__c').childRelationshipName).toBe('Trust_Scores__r');
        expect(fieldOf('Trust_Commitment__c', 'Account__c').childRelationshipName).toBe(
            'Trust_Commitments__r'
        );
        expect(fieldOf('Customer_Reference__c', 'Account__c').childRelationshipName).toBe(
            'Customer_References__r'
        );
    });

    it('links each receipt to the model version that produced it', () => {
        expect(fieldOf('Trust_Score__c', 'Model__c')).toMatchObject({
            referenceTo: 'Trust_Model__c',
            required: false
        });
        expect(fieldOf('Trust_Commitment__c', 'Opportunity__c')).toMatchObject({
            referenceTo: 'Opportunity',
            required: false
        });
        expect(fieldOf('Customer_Reference__c', 'Contact__c')).toMatchObject({
            referenceTo: 'Contact',
            required: false
        });
    });

    it('requires the fields a record is meaningless without', () => {
        expect(fieldOf('Trust_Score__c', 'As_Of__c').required).toBe(true);
        expect(fieldOf('Trust_Model__c', 'Version__c').required).toBe(true);
        // Required by a validation rule instead: a required field cannot be made read-only by
        // field-level security, and reps and the batch must not rewrite definitions.
        expect(fieldOf('Trust_Model__c', 'Definition__c').required).toBe(false);
        expect(fieldOf('Customer_Reference__c', 'Requested_On__c').required).toBe(true);
    });

    it('sizes the JSON receipts and definitions for long text', () => {
        expect(fieldOf('Trust_Score__c', 'Drivers__c').length).toBe(131072);
        expect(fieldOf('Trust_Model__c', 'Definition__c').length).toBe(131072);
        expect(fieldOf('Trust_Model__c', 'Baselines__c').length).toBe(131072);
    });

    it('names score receipts automatically and models by name', () => {
        expect(fieldOf('Trust_Score__c', 'Name').type).toBe('AutoNumber');
        expect(fieldOf('Customer_Reference__c', 'Name').type).toBe('AutoNumber');
        expect(fieldOf('Trust_Model__c', 'Name')).toMatchObject({ type: 'Text', required: true });
    });

    it('lets admins rename bands: band picklists are not restricted', () => {
        const bands = ['At Risk', 'Fragile', 'Steady', 'Trusted'];
        expect(fieldOf('Trust_Score__c', 'Band__c')).toMatchObject({
            picklistValues: bands,
            restrictedPicklist: false
        });
        // A provisional score has no band; the Account says so instead of staying blank.
        expect(fieldOf('Account', 'Current_Trust_Band__c')).toMatchObject({
            picklistValues: [...bands, 'Not enough evidence'],
            restrictedPicklist: false
        });
    });

    it.each([
        ['Trust_Score__c', 'Source__c', ['Batch', 'Panel'], undefined],
        [
            'Trust_Commitment__c',
            'Made_By_Team__c',
            ['Pre-Sales', 'Sales', 'Customer Success', 'Implementation', 'Support', 'Executive'],
            undefined
        ],
        ['Trust_Commitment__c', 'Status__c', ['Open', 'Kept', 'Broken', 'Renegotiated', 'Withdrawn'], 'Open'],
        [
            'Customer_Reference__c',
            'Type__c',
            ['Reference Call', 'Case Study', 'Site Visit', 'Peer Review', 'Speaking', 'Referral'],
            undefined
        ],
        [
            'Customer_Reference__c',
            'Status__c',
            ['Requested', 'Completed', 'Declined', 'No Response'],
            'Requested'
        ]
    ])('%s.%s is a restricted picklist of the documented values', (object, field, values, defaultValue) => {
        const spec = fieldOf(object, field);
        expect(spec).toMatchObject({ picklistValues: values, restrictedPicklist: true });
        expect(spec.defaultValue).toBe(defaultValue);
    });

    it('rates references in whole numbers', () => {
        expect(fieldOf('Customer_Reference__c', 'Rating__c')).toMatchObject({
            type: 'Number',
            precision: 1,
            scale: 0
        });
    });
});

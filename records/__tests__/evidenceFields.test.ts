import {
    EVIDENCE_OBJECT_NAMES,
    EVIDENCE_OBJECTS,
    evidenceObject,
    evidenceObjectFor,
    evidenceTableFor,
    modelFieldRows,
    ownerField,
    tableSettingsOf
} from '../evidenceFields';
import { defaultModel } from '../../engine/model';
import { singleModelSet } from '../../engine/modelSet';
import { USAGE_SIGNAL } from '../../test/support/customSignals';
import { readEvidenceNode } from '../evidenceNode';
import { GraphqlValueError } from '../graphqlValues';

const v = (value: unknown) => ({ value, displayValue: null });
const noModelFields = { mappings: { renewalContractField: null } };

describe('evidence field table', () => {
    it('names each object once and each field once per object, with an Id on every object', () => {
        expect(new Set(EVIDENCE_OBJECT_NAMES).size).toBe(EVIDENCE_OBJECTS.length);
        for (const o of EVIDENCE_OBJECTS) {
            const names = o.fields.map((f) => f.field);
            expect(new Set(names).size).toBe(names.length);
            expect(o.fields[0]).toMatchObject({ field: 'Id', property: 'id', kind: 'id', presence: 'key' });
        }
    });

    it('gives every evidence object but Account one owner lookup, to Account or to a parent in the table', () => {
        for (const o of EVIDENCE_OBJECTS) {
            const owners = o.fields.filter((f) => f.owner);
            if (o.object === 'Account') expect(owners).toEqual([]);
            else {
                expect(owners).toHaveLength(1);
                const to = ownerField(o)?.to as string;
                expect(to === 'Account' || ownerField(evidenceObject(to as 'Opportunity')) !== null).toBe(
                    true
                );
            }
        }
        expect(ownerField(evidenceObject('CaseMilestone'))).toMatchObject({ field: 'CaseId', to: 'Case' });
    });

    it('gives every reference a target object and no other kind one', () => {
        for (const o of EVIDENCE_OBJECTS)
            for (const f of o.fields) expect(f.to === null).toBe(f.kind !== 'reference');
    });

    it('finds an object by API name and by evidence key', () => {
        expect(evidenceObject('Trust_Commitment__c')).toBe(evidenceObjectFor('commitments'));
        expect(
            evidenceObjectFor('commitments').fields.find((f) => f.field === 'Made_By_Team__c')
        ).toMatchObject({
            property: 'madeByTeam',
            kind: 'picklist',
            presence: 'optional'
        });
    });

    it('adds the rows a model names, and only those', () => {
        expect(modelFieldRows(noModelFields)).toEqual({});
        expect(evidenceTableFor(noModelFields)).toEqual([...EVIDENCE_OBJECTS]);
        const cpq = { mappings: { renewalContractField: 'SBQQ__RenewedContract__c' } };
        const table = evidenceTableFor(cpq);
        const opportunity = table.find((o) => o.object === 'Opportunity');
        expect(opportunity?.fields.at(-1)).toMatchObject({
            field: 'SBQQ__RenewedContract__c',
            property: 'renewedContractId',
            kind: 'reference',
            presence: 'required',
            to: 'Contract'
        });
        expect(opportunity?.fields).toHaveLength(evidenceObject('Opportunity').fields.length + 1);
        // The shared table is not changed by a model.
        expect(evidenceObject('Opportunity').fields.some((f) => f.property === 'renewedContractId')).toBe(
            false
        );
    });
});

describe('segment fields', () => {
    it('adds each Account field segments name as a required column read into segmentValues', () => {
        const table = evidenceTableFor({ ...noModelFields, segmentFields: ['Industry', 'Tier__c'] });
        const account = table.find((o) => o.object === 'Account');
        expect(account?.fields.slice(-2)).toEqual([
            expect.objectContaining({ field: 'Industry', property: 'segmentValues', presence: 'required' }),
            expect.objectContaining({ field: 'Tier__c', property: 'segmentValues', presence: 'required' })
        ]);
        expect(evidenceObject('Account').fields.some((f) => f.property === 'segmentValues')).toBe(false);
    });

    it('reads the fields of a set of models, and none for a single model', () => {
        const fallback = defaultModel();
        const tier = { ...defaultModel(), name: 'Tier', segment: { field: 'Tier__c', values: ['Gold'] } };
        expect(tableSettingsOf({ models: [tier, fallback], fallback })).toEqual({
            mappings: fallback.mappings,
            segmentFields: ['Tier__c'],
            customSignals: []
        });
        expect(modelFieldRows(tableSettingsOf(singleModelSet(fallback)))).toEqual({});
    });

    it("reads every model's custom signals: each account is scored by one of them", () => {
        const fallback = defaultModel();
        const tier = {
            ...defaultModel(),
            name: 'Tier',
            segment: { field: 'Tier__c', values: ['Gold'] },
            customSignals: [USAGE_SIGNAL]
        };
        const table = evidenceTableFor(tableSettingsOf({ models: [tier, fallback], fallback }));
        expect(table.map((o) => o.object)).toContain(USAGE_SIGNAL.object);
    });
});

describe('readEvidenceNode', () => {
    it('reads each field by its kind into the engine property', () => {
        const record = readEvidenceNode(evidenceObjectFor('cases'), {
            Id: '500000000000001AAA',
            AccountId: v('001000000000001AAA'),
            CreatedDate: v('2026-01-02T03:04:05.000Z'),
            IsClosed: v(true),
            IsEscalated: v(null),
            Priority: v('High'),
            ClosedDate: v(null),
            Status: v('Closed'),
            Type: v(null),
            Reason: v('Billing'),
            Origin: v('Web')
        });
        expect(record).toEqual({
            id: '500000000000001AAA',
            accountId: '001000000000001AAA',
            createdDate: Date.UTC(2026, 0, 2, 3, 4, 5),
            isClosed: true,
            isEscalated: false,
            priority: 'High',
            closedDate: null,
            status: 'Closed',
            type: null,
            reason: 'Billing',
            origin: 'Web'
        });
    });

    it('reads dates as days, amounts as numbers, an empty owner as "" and fills model properties with null', () => {
        const record = readEvidenceNode(evidenceObjectFor('opportunities'), {
            Id: '006000000000001AAA',
            CloseDate: v('1970-01-11'),
            Amount: v('1250.5'),
            ContractId: v('')
        });
        expect(record).toMatchObject({
            accountId: '',
            closeDate: 10,
            amount: 1250.5,
            contractId: null,
            isWon: false,
            renewedContractId: null
        });
    });

    it('names object, record and field of a value it cannot read', () => {
        const read = () =>
            readEvidenceNode(evidenceObjectFor('references'), { Id: 'a01', Rating__c: v('five') });
        expect(read).toThrow(GraphqlValueError);
        expect(read).toThrow('Customer_Reference__c a01: Rating__c is "five", expected a number');
    });
});

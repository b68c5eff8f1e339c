import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EXPORT_OBJECTS } from '../../batch/exports/exportSchema';
import { loadOrgSchema, mergeCatalogs, readObjectMetadata, STANDARD_OBJECTS } from '../../tools/metadata';

/** Standard objects and fields Trust Ledger reads (the evidence sources). */
/** The fields Task and Event share, as the batch's trust alerts use them. */
const ACTIVITY_FIELDS = ['Id', 'WhatId', 'OwnerId', 'Subject', 'Description', 'CreatedDate'];

const STANDARD_FIELDS_READ: Record<string, string[]> = {
    Account: ['Id', 'Name', 'ParentId', 'Industry', 'OwnerId', 'SystemModstamp'],
    Task: [...ACTIVITY_FIELDS, 'ActivityDate', 'Priority', 'Status', 'IsClosed'],
    Event: [...ACTIVITY_FIELDS, 'AccountId', 'ActivityDate', 'Type', 'ActivityDateTime', 'DurationInMinutes'],
    Opportunity: [
        'Id',
        'AccountId',
        'Type',
        'StageName',
        'IsClosed',
        'IsWon',
        'Amount',
        'CreatedDate',
        'CloseDate',
        'ContractId',
        'SystemModstamp'
    ],
    OpportunityHistory: [
        'Id',
        'OpportunityId',
        'StageName',
        'CloseDate',
        'Amount',
        'Probability',
        'CreatedDate'
    ],
    Case: [
        'Id',
        'AccountId',
        'IsClosed',
        'IsEscalated',
        'Priority',
        'Status',
        'Type',
        'Reason',
        'Origin',
        'CreatedDate',
        'ClosedDate',
        'SystemModstamp'
    ],
    CaseMilestone: ['Id', 'CaseId', 'IsViolated', 'IsCompleted', 'TargetDate', 'CompletionDate'],
    Contract: ['Id', 'AccountId', 'StartDate', 'EndDate', 'ContractTerm', 'Status', 'StatusCode'],
    Contact: ['Id', 'Name', 'AccountId'],
    User: ['Id', 'Name']
};

describe('readObjectMetadata', () => {
    const custom = readObjectMetadata();

    it('reads every object folder, custom objects with their labels', () => {
        expect(Object.keys(custom)).toEqual([
            'Account',
            'Customer_Reference__c',
            'Trust_Commitment__c',
            'Trust_Model__c',
            'Trust_Override__c',
            'Trust_Score__c'
        ]);
        expect(custom.Trust_Score__c?.label).toBe('Trust Score');
        expect(custom.Trust_Commitment__c?.label).toBe('Commitment');
    });

    it('describes fields in the shared shape', () => {
        expect(custom.Trust_Score__c?.fields.Model__c).toEqual({
            label: 'Model',
            type: 'Lookup',
            required: false,
            unique: false,
            externalId: false,
            referenceTo: 'Trust_Model__c',
            relationshipName: 'Model__r',
            childRelationshipName: 'Trust_Scores__r'
        });
        expect(custom.Trust_Commitment__c?.fields.Status__c).toMatchObject({
            type: 'Picklist',
            defaultValue: 'Open'
        });
        expect(custom.Trust_Model__c?.fields.Active__c).toMatchObject({
            type: 'Checkbox',
            defaultValue: false
        });
    });

    it('adds the fields the platform gives every custom object, owner only where records have one', () => {
        const system = [
            'Id',
            'Name',
            'IsDeleted',
            'CreatedDate',
            'CreatedById',
            'LastModifiedDate',
            'LastModifiedById',
            'SystemModstamp'
        ];
        for (const object of [
            'Trust_Score__c',
            'Trust_Model__c',
            'Trust_Commitment__c',
            'Customer_Reference__c'
        ]) {
            expect(Object.keys(custom[object]?.fields ?? {})).toEqual(expect.arrayContaining(system));
        }
        expect(custom.Trust_Model__c?.fields.OwnerId).toMatchObject({
            referenceTo: 'User',
            relationshipName: 'Owner'
        });
        expect(custom.Trust_Score__c?.fields.OwnerId).toBeUndefined();
        // Account only carries our six fields here; its standard fields come from STANDARD_OBJECTS.
        expect(Object.keys(custom.Account?.fields ?? {})).toHaveLength(6);
    });

    it('rejects a field type it does not know, naming the file', () => {
        const dir = mkdtempSync(path.join(tmpdir(), 'trust-ledger-objects-'));
        try {
            mkdirSync(path.join(dir, 'Widget__c', 'fields'), { recursive: true });
            writeFileSync(
                path.join(dir, 'Widget__c', 'fields', 'Shape__c.field-meta.xml'),
                '<?xml version="1.0"?><CustomField xmlns="http://soap.sforce.com/2006/04/metadata"><fullName>Shape__c</fullName><type>Geolocation</type></CustomField>'
            );
            expect(() => readObjectMetadata(dir)).toThrow(
                /Shape__c\.field-meta\.xml: unsupported field type "Geolocation"/
            );
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });
});

describe('STANDARD_OBJECTS', () => {
    it.each(Object.entries(STANDARD_FIELDS_READ))(
        'describes %s with the fields Trust Ledger reads',
        (object, fields) => {
            expect(Object.keys(STANDARD_OBJECTS[object]?.fields ?? {}).sort()).toEqual([...fields].sort());
        }
    );

    it('covers every standard object of the CSV export contract', () => {
        const standard = Object.values(EXPORT_OBJECTS)
            .map((spec) => spec.apiName)
            .filter((name) => !name.endsWith('__c'));
        for (const name of standard) expect(STANDARD_OBJECTS[name]).toBeDefined();
    });

    it('names the child relationships SOQL subqueries use', () => {
        expect(STANDARD_OBJECTS.Opportunity?.fields.AccountId?.childRelationshipName).toBe('Opportunities');
        expect(STANDARD_OBJECTS.Case?.fields.AccountId?.childRelationshipName).toBe('Cases');
        expect(STANDARD_OBJECTS.Contract?.fields.AccountId?.childRelationshipName).toBe('Contracts');
        expect(STANDARD_OBJECTS.CaseMilestone?.fields.CaseId?.childRelationshipName).toBe('CaseMilestones');
        expect(STANDARD_OBJECTS.OpportunityHistory?.fields.OpportunityId?.childRelationshipName).toBe(
            'OpportunityHistories'
        );
    });
});

describe('loadOrgSchema', () => {
    it('adds the package fields to the standard objects they extend', () => {
        const schema = loadOrgSchema();
        expect(schema.Account?.label).toBe('Account');
        expect(schema.Account?.fields.Name?.type).toBe('Text');
        expect(schema.Account?.fields.Current_Trust_Score__c?.type).toBe('Number');
        expect(schema.Trust_Score__c?.fields.Key__c?.unique).toBe(true);
    });

    it('refuses two descriptions of the same field', () => {
        expect(() =>
            mergeCatalogs(STANDARD_OBJECTS, {
                Account: {
                    label: 'Account',
                    fields: {
                        Name: {
                            label: 'Name',
                            type: 'Text',
                            required: true,
                            unique: false,
                            externalId: false
                        }
                    }
                }
            })
        ).toThrow('Account.Name is described twice');
    });
});

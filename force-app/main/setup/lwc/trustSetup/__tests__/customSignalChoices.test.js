// What the custom signals part offers, from `lightning/uiObjectInfoApi` answers. The payloads
// in ./data are the local org's UI API answers for an export with Product_Usage__c (its
// sidecar declaring Type__c a picklist), which follow the shapes of Salesforce's UI API
// (ObjectInfo, ChildRelationship, PicklistValuesCollection).
import {
    accountFieldOptions,
    accountLookups,
    customSignalChoices,
    fieldOptions,
    missingObjects,
    objectInfosByName,
    objectOptions
} from '../customSignalChoices';

jest.mock('c/trustSetupLabels', () => require('./utils/setupTestUtils').realLabelsModule());

const ACCOUNT_INFO = require('./data/getObjectInfoAccount.json');
const USAGE_INFO = require('./data/getObjectInfoProductUsage.json');
const USAGE_PICKLISTS = require('./data/getPicklistValuesByRecordTypeProductUsage.json');

const NOT_FOUND = {
    statusCode: 404,
    result: [
        {
            errorCode: 'NOT_FOUND',
            message: "The requested resource does not exist: sObject type 'Nope__c' is not supported."
        }
    ]
};
const FORBIDDEN = {
    statusCode: 403,
    result: [{ errorCode: 'INSUFFICIENT_ACCESS', message: 'No access to Secret__c' }]
};

describe('customSignalChoices', () => {
    it('lists the objects with a lookup to Account, activities by AccountId', () => {
        const lookups = accountLookups(ACCOUNT_INFO);
        expect(lookups.get('Product_Usage__c')).toEqual(['Account__c']);
        expect(lookups.get('Opportunity')).toEqual(['AccountId']);
        // Account lists Event and Task through WhatId; the account they belong to is AccountId.
        expect(lookups.get('Event')).toEqual(['AccountId', 'WhatId']);
        expect(lookups.get('Task')).toEqual(['AccountId', 'WhatId']);
        const options = objectOptions(lookups, ['Product_Usage__c', 'Nope__c']);
        expect(options.find((o) => o.value === 'Event')).toEqual({
            label: 'Event',
            value: 'Event',
            accountField: 'AccountId'
        });
        expect(options.map((o) => o.value)).toEqual([...[...lookups.keys()].sort(), 'Nope__c']);
        expect(options[options.length - 1]).toEqual({ label: 'Nope__c (not in this org)', value: 'Nope__c' });
    });

    it('offers fields by type: days for the date, numbers for the value, picklists, text and checkboxes for filters', () => {
        expect(fieldOptions(USAGE_INFO, ['Date', 'DateTime']).map((o) => o.value)).toEqual([
            'CreatedDate',
            'LastModifiedDate',
            'SystemModstamp',
            'Week__c'
        ]);
        expect(
            fieldOptions(USAGE_INFO, ['Double', 'Int', 'Percent', 'Currency']).map((o) => o.label)
        ).toEqual([
            'Active Users (Active_Users__c)',
            'Adoption (Adoption__c)',
            'Licensed Users (Licensed_Users__c)'
        ]);
        expect(fieldOptions(USAGE_INFO, ['Date'], 'Gone__c').pop()).toEqual({
            label: 'Gone__c (not on this object, or hidden from you)',
            value: 'Gone__c'
        });
        expect(accountFieldOptions(accountLookups(ACCOUNT_INFO), 'Product_Usage__c', 'Account__c')).toEqual([
            { label: 'Account__c', value: 'Account__c' }
        ]);
    });

    it('tells an object the org lacks from one the user may not read', () => {
        const names = ['Product_Usage__c', 'Nope__c', 'Secret__c'];
        const infos = objectInfosByName(names, {
            results: [{ statusCode: 200, result: USAGE_INFO }, NOT_FOUND, FORBIDDEN]
        });
        expect(infos.get('Product_Usage__c').info).toBe(USAGE_INFO);
        expect(infos.get('Nope__c')).toEqual({ missing: true });
        expect(infos.get('Secret__c')).toEqual({ error: 'No access to Secret__c' });
        expect(
            missingObjects(names, {
                results: [{ statusCode: 200, result: USAGE_INFO }, NOT_FOUND, FORBIDDEN]
            })
        ).toEqual(['Nope__c']);
    });

    it('gathers the edited signal’s choices, with its picklist values', () => {
        const choices = customSignalChoices({
            accountInfo: ACCOUNT_INFO,
            names: ['Product_Usage__c'],
            objectInfos: { results: [{ statusCode: 200, result: USAGE_INFO }] },
            picklists: USAGE_PICKLISTS,
            selected: { object: 'Product_Usage__c', accountField: 'Account__c' }
        });
        expect(choices.fieldsReadable).toBe(true);
        expect(choices.objectProblem).toBeNull();
        expect(choices.filterFields.map((f) => [f.value, f.dataType])).toEqual([
            ['IsDeleted', 'Boolean'],
            ['Type__c', 'Picklist']
        ]);
        expect(choices.filterValues).toEqual({
            Type__c: [
                { label: 'Seats', value: 'Seats' },
                { label: 'API', value: 'API' }
            ]
        });
        expect(
            customSignalChoices({
                accountInfo: ACCOUNT_INFO,
                names: ['Secret__c'],
                objectInfos: { results: [FORBIDDEN] },
                selected: { object: 'Secret__c' }
            })
        ).toMatchObject({
            fieldsReadable: false,
            objectProblem:
                "Can't read the fields of Secret__c (No access to Secret__c). Type the API names instead."
        });
        expect(customSignalChoices({ accountInfo: undefined, names: [] })).toBeNull();
    });
});

/**
 * The UI API REST resources of the local org: object info and picklist values from the
 * metadata, and createRecord / updateRecord / getRecord through the same writer as the REST
 * API, with the UI API's record representation and error shapes.
 */
import type { LocalOrg } from '../../tools/localOrg';
import { call, soql } from './helpers';
import { startDemoOrg } from './uiapiSupport';

let org: LocalOrg;
beforeAll(async () => {
    org = await startDemoOrg();
});
afterAll(async () => {
    await org.close();
});

const ACCOUNT = '001Kd00000xIcg1IAC';
const MASTER = '012000000000000AAA';

type Body = Record<string, unknown>;
const get = async (resource: string) => call(org, 'GET', resource);

describe('object info', () => {
    it('describes a custom object with its fields, references and child relationships', async () => {
        const response = await get('/ui-api/object-info/Trust_Score__c');
        expect(response.status).toBe(200);
        const info = response.body as Body & { fields: Record<string, Body> };
        expect(info).toMatchObject({
            apiName: 'Trust_Score__c',
            custom: true,
            createable: true,
            updateable: true,
            deletable: false,
            queryable: true,
            defaultRecordTypeId: MASTER,
            nameFields: ['Name']
        });
        expect(info.fields.Model__c).toMatchObject({
            dataType: 'Reference',
            relationshipName: 'Model__r',
            referenceToInfos: [{ apiName: 'Trust_Model__c', nameFields: ['Name'] }],
            createable: true,
            updateable: true,
            required: false
        });
        expect(info.fields.Account__c).toMatchObject({
            dataType: 'Reference',
            required: true,
            updateable: false
        });
        expect(info.fields.Key__c).toMatchObject({
            dataType: 'String',
            unique: true,
            externalId: true,
            length: 40
        });
        expect(info.fields.As_Of__c).toMatchObject({ dataType: 'Date', required: true });
        expect(info.fields.Score__c).toMatchObject({ dataType: 'Double' });
        expect(info.fields.Id).toMatchObject({ dataType: 'Id', createable: false, updateable: false });
        expect(info.fields.CreatedDate).toMatchObject({ dataType: 'DateTime', createable: false });
    });

    it('lists child relationships by their metadata names', async () => {
        const info = (await get('/ui-api/object-info/Account')).body as { childRelationships: Body[] };
        expect(info.childRelationships).toEqual(
            expect.arrayContaining([
                expect.objectContaining({
                    childObjectApiName: 'Opportunity',
                    fieldName: 'AccountId',
                    relationshipName: 'Opportunities'
                }),
                expect.objectContaining({
                    childObjectApiName: 'Trust_Score__c',
                    fieldName: 'Account__c',
                    relationshipName: 'Trust_Scores__r'
                })
            ])
        );
    });

    it('says which objects only the platform writes', async () => {
        const info = (await get('/ui-api/object-info/OpportunityHistory')).body as Body;
        expect(info).toMatchObject({ createable: false, updateable: false });
    });

    it('answers 404 for an unknown object', async () => {
        const response = await get('/ui-api/object-info/Nope__c');
        expect(response.status).toBe(404);
        expect(response.body).toEqual([expect.objectContaining({ errorCode: 'NOT_FOUND' })]);
    });
});

describe('picklist values', () => {
    it.each([
        [
            'a custom picklist',
            'Trust_Commitment__c',
            'Status__c',
            ['Open', 'Kept', 'Broken', 'Renegotiated', 'Withdrawn'],
            'Open'
        ],
        [
            'a standard picklist: what a new org ships, then the values the org added',
            'Case',
            'Priority',
            ['High', 'Medium', 'Low', 'Critical'],
            'Medium'
        ],
        [
            // The demo org's records use more types than a new org ships: its admin added them.
            'Opportunity Type: what a new org ships, then the values the org added',
            'Opportunity',
            'Type',
            [
                'New Customer',
                'Existing Customer - Upgrade',
                'Existing Customer - Replacement',
                'Existing Customer - Downgrade',
                'Cross-Sell',
                'Existing Customer - Renewal',
                'Renewal',
                'Upsell'
            ],
            null
        ]
    ])('%s', async (_name, object, field, values, defaultValue) => {
        const response = await get(`/ui-api/object-info/${object}/picklist-values/${MASTER}/${field}`);
        expect(response.status).toBe(200);
        const body = response.body as {
            values: Array<{ label: string; value: string }>;
            defaultValue: Body | null;
            controllerValues: Body;
        };
        expect(body.values.map((v) => v.value)).toEqual(values);
        expect(body.values.map((v) => v.label)).toEqual(values);
        expect(body.defaultValue === null ? null : body.defaultValue.value).toBe(defaultValue);
        expect(body.controllerValues).toEqual({});
    });

    it('lists every picklist of an object by record type', async () => {
        const body = (await get(`/ui-api/object-info/Customer_Reference__c/picklist-values/${MASTER}`))
            .body as {
            picklistFieldValues: Record<string, unknown>;
        };
        expect(Object.keys(body.picklistFieldValues).sort()).toEqual(['Status__c', 'Type__c']);
    });

    it.each([
        [
            'a record type that does not exist',
            `/ui-api/object-info/Case/picklist-values/012000000000001AAA/Priority`,
            404
        ],
        [
            'a field that is not a picklist',
            `/ui-api/object-info/Case/picklist-values/${MASTER}/IsEscalated`,
            400
        ],
        ['an unknown field', `/ui-api/object-info/Case/picklist-values/${MASTER}/Nope`, 400]
    ])('refuses %s', async (_name, resource, status) => {
        expect((await get(resource)).status).toBe(status);
    });
});

describe('records', () => {
    const create = (apiName: string, fields: Body) =>
        call(org, 'POST', '/ui-api/records', { apiName, fields });

    it('creates a record (201) and answers its representation', async () => {
        const response = await create('Trust_Model__c', {
            Name: 'Default',
            Active__c: true,
            Version__c: 7,
            Definition__c: '{}'
        });
        expect(response.status).toBe(201);
        const record = response.body as { id: string; apiName: string; fields: Record<string, Body> };
        expect(record.apiName).toBe('Trust_Model__c');
        expect(record.id).toMatch(/^[a-zA-Z0-9]{18}$/);
        expect(record.fields.Version__c).toEqual({ value: 7, displayValue: null });
        expect(record.fields.Active__c).toEqual({ value: true, displayValue: null });
        const stored = await soql(
            org,
            `SELECT Version__c, Active__c FROM Trust_Model__c WHERE Id = '${record.id}'`
        );
        expect(stored.records[0]).toMatchObject({ Version__c: 7, Active__c: true });
    });

    it('updates a record (200) and reads it back with fields and parent fields', async () => {
        const model = (
            await create('Trust_Model__c', { Name: 'Default', Version__c: 8, Definition__c: '{}' })
        ).body as {
            id: string;
        };
        const score = await create('Trust_Score__c', {
            Account__c: ACCOUNT,
            As_Of__c: '2026-06-30',
            Key__c: `${ACCOUNT}:2026-06-30`,
            Score__c: 50,
            Model__c: model.id
        });
        expect(score.status).toBe(201);
        const id = (score.body as { id: string }).id;
        const updated = await call(org, 'PATCH', `/ui-api/records/${id}`, {
            fields: { Score__c: 61.5, Band__c: 'Steady' }
        });
        expect(updated.status).toBe(200);
        expect((updated.body as { fields: Record<string, Body> }).fields.Score__c).toEqual({
            value: 61.5,
            displayValue: null
        });

        const read = await get(
            `/ui-api/records/${id}?fields=Trust_Score__c.Score__c,Trust_Score__c.Model__r.Version__c&optionalFields=Trust_Score__c.Band__c,Trust_Score__c.Nope__c,Account.Name`
        );
        expect(read.status).toBe(200);
        const record = read.body as { fields: Record<string, Body> };
        expect(Object.keys(record.fields).sort()).toEqual(['Band__c', 'Model__r', 'Score__c']);
        expect(record.fields.Band__c).toEqual({ value: 'Steady', displayValue: 'Steady' });
        expect(record.fields.Model__r).toMatchObject({
            value: {
                apiName: 'Trust_Model__c',
                id: model.id,
                fields: { Id: { value: model.id }, Version__c: { value: 8 } }
            }
        });
    });

    it.each([
        [
            'a required field that is missing',
            'Trust_Score__c',
            { Account__c: ACCOUNT },
            'REQUIRED_FIELD_MISSING',
            'As_Of__c'
        ],
        [
            'a picklist value the field refuses',
            'Trust_Commitment__c',
            { Account__c: ACCOUNT, Status__c: 'Maybe' },
            'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
            'Status__c'
        ],
        [
            'a parent that does not exist',
            'Trust_Score__c',
            { Account__c: '001Kd00000xIcfzIAC', As_Of__c: '2026-06-30' },
            'INVALID_CROSS_REFERENCE_KEY',
            'Account__c'
        ]
    ])('answers a RecordError for %s', async (_name, apiName, fields, errorCode, field) => {
        const response = await create(apiName, fields);
        expect(response.status).toBe(400);
        expect(response.body).toMatchObject({
            enhancedErrorType: 'RecordError',
            output: { fieldErrors: { [field]: [expect.objectContaining({ errorCode, field })] } }
        });
    });

    it('answers DUPLICATE_VALUE for a receipt key already taken', async () => {
        const fields = { Account__c: ACCOUNT, As_Of__c: '2026-06-29', Key__c: `${ACCOUNT}:2026-06-29` };
        expect((await create('Trust_Score__c', fields)).status).toBe(201);
        const again = await create('Trust_Score__c', fields);
        expect(again.status).toBe(400);
        expect(again.body).toMatchObject({
            enhancedErrorType: 'RecordError',
            output: { errors: [expect.objectContaining({ errorCode: 'DUPLICATE_VALUE' })] }
        });
        const count = await soql(
            org,
            `SELECT COUNT() FROM Trust_Score__c WHERE Key__c = '${ACCOUNT}:2026-06-29'`
        );
        expect(count.totalSize).toBe(1);
    });

    it.each([
        ['an unknown field', () => create('Trust_Score__c', { Nope__c: 1 }), 400, 'INVALID_FIELD'],
        ['an unknown object', () => create('Nope__c', {}), 400, 'INVALID_TYPE'],
        [
            'a value of the wrong JSON type',
            () => create('Trust_Score__c', { Score__c: 'high' }),
            400,
            'JSON_PARSER_ERROR'
        ],
        ['an id that is no id', () => get('/ui-api/records/nope'), 404, 'NOT_FOUND'],
        [
            'a required field it does not have',
            () => get(`/ui-api/records/${ACCOUNT}?fields=Account.Nope`),
            400,
            'INVALID_FIELD'
        ]
    ])('refuses %s with an error array', async (_name, send, status, errorCode) => {
        const response = await send();
        expect(response.status).toBe(status);
        expect(response.body).toEqual([expect.objectContaining({ errorCode })]);
    });

    it('refuses what the platform computes, as the REST API does', async () => {
        const opportunity = '006Kd00000s91v3IAA';
        const response = await call(org, 'PATCH', `/ui-api/records/${opportunity}`, {
            fields: { IsWon: false }
        });
        expect(response.status).toBe(400);
        expect(response.body).toMatchObject({
            output: {
                fieldErrors: {
                    IsWon: [expect.objectContaining({ errorCode: 'INVALID_FIELD_FOR_INSERT_UPDATE' })]
                }
            }
        });
    });

    it('counts every call in /limits', async () => {
        const before = org.apiCalls();
        await get('/ui-api/object-info/Account');
        await get(`/ui-api/records/${ACCOUNT}`);
        await create('Nope__c', {});
        expect(org.apiCalls()).toBe(before + 3);
    });
});

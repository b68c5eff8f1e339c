/**
 * The preview's platform modules against a stubbed `fetch`: the GraphQL wire's reactivity and
 * result shape, `refreshGraphQL`, the uiRecordApi calls and wires, and the error shape a
 * component's `reduceErrors` reads. (The e2e tests run them against the local org.)
 */
import { gql, graphql, refreshGraphQL, type GraphQLResult } from '../lwc/lightning/graphql/graphql';
import {
    createRecord,
    getFieldDisplayValue,
    getFieldValue,
    getRecord,
    getRecords,
    notifyRecordUpdateAvailable,
    updateRecord,
    type RecordRepresentation
} from '../lwc/lightning/uiRecordApi/uiRecordApi';
import {
    getPicklistValues,
    getPicklistValuesByRecordType
} from '../lwc/lightning/uiObjectInfoApi/uiObjectInfoApi';

interface Call {
    url: string;
    method: string;
    body: unknown;
}

let calls: Call[];
let answer: (call: Call) => { status: number; body: unknown };
const realFetch = globalThis.fetch;

beforeEach(() => {
    calls = [];
    answer = () => ({ status: 200, body: { data: { uiapi: {} } } });
    globalThis.fetch = (async (input: string | URL, init?: { method?: string; body?: string }) => {
        const call = {
            url: String(input),
            method: init?.method ?? 'GET',
            body: init?.body ? JSON.parse(init.body) : undefined
        };
        calls.push(call);
        const { status, body } = answer(call);
        return new Response(body === undefined ? null : JSON.stringify(body), {
            status,
            statusText: status === 200 ? 'OK' : 'Bad Request'
        });
    }) as typeof fetch;
});

afterAll(() => {
    globalThis.fetch = realFetch;
});

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('lightning/graphql', () => {
    const QUERY = gql`
        query accounts($n: Int) {
            uiapi {
                query {
                    Account(first: $n) {
                        edges {
                            node {
                                Id
                            }
                        }
                    }
                }
            }
        }
    `;

    it('emits an empty result on connect, then the answer, and posts query and variables to /api/graphql', async () => {
        const values: GraphQLResult[] = [];
        const wire = new graphql((value) => values.push(value));
        wire.connect();
        wire.update({ query: QUERY, variables: { n: 2 } });
        await settle();
        expect(calls).toEqual([
            { url: '/api/graphql', method: 'POST', body: { query: QUERY.source, variables: { n: 2 } } }
        ]);
        expect(values.map((value) => [value.data, value.errors])).toEqual([
            [undefined, undefined],
            [{ uiapi: {} }, undefined]
        ]);
    });

    it('refetches when variables change, not for an equal config, and not while the query is undefined', async () => {
        const wire = new graphql(() => undefined);
        wire.connect();
        wire.update({ query: undefined, variables: { n: 1 } });
        wire.update({ query: QUERY, variables: { n: 1 } });
        wire.update({ query: QUERY, variables: { n: 1 } });
        await settle();
        wire.update({ query: QUERY, variables: { n: 3 } });
        await settle();
        expect(calls.map((call) => (call.body as { variables: unknown }).variables)).toEqual([
            { n: 1 },
            { n: 3 }
        ]);
    });

    it('emits only the answer to the latest config when an older one arrives late', async () => {
        const values: GraphQLResult[] = [];
        let release: () => void = () => undefined;
        const gate = new Promise<void>((resolve) => (release = resolve));
        const fetchNow = globalThis.fetch;
        globalThis.fetch = (async (input: string | URL, init?: { body?: string }) => {
            const variables = (JSON.parse(init?.body ?? '{}') as { variables: { n: number } }).variables;
            if (variables.n === 1) await gate;
            return fetchNow(input, init as RequestInit);
        }) as typeof fetch;
        answer = (call) => ({
            status: 200,
            body: { data: { n: (call.body as { variables: { n: number } }).variables.n } }
        });
        const wire = new graphql((value) => values.push(value));
        wire.connect();
        wire.update({ query: QUERY, variables: { n: 1 } });
        wire.update({ query: QUERY, variables: { n: 2 } });
        await settle();
        release();
        await settle();
        await settle();
        expect(values.map((value) => value.data)).toEqual([undefined, { n: 2 }]);
    });

    it('passes GraphQL errors through, with data, and turns an HTTP failure into errors', async () => {
        answer = () => ({
            status: 200,
            body: { data: null, errors: [{ message: 'Field Nope is not defined' }] }
        });
        const values: GraphQLResult[] = [];
        const wire = new graphql((value) => values.push(value));
        wire.connect();
        wire.update({ query: QUERY });
        await settle();
        expect(values[1]?.errors).toEqual([{ message: 'Field Nope is not defined' }]);
        answer = () => ({
            status: 401,
            body: [{ errorCode: 'INVALID_SESSION_ID', message: 'Session expired or invalid' }]
        });
        await refreshGraphQL(values[1]);
        expect(values[2]?.errors).toEqual([{ message: 'Session expired or invalid' }]);
        expect(values[2]?.data).toBeUndefined();
    });

    it('refreshGraphQL refetches the wire that emitted the result', async () => {
        const values: GraphQLResult[] = [];
        const wire = new graphql((value) => values.push(value));
        wire.connect();
        wire.update({ query: QUERY });
        await settle();
        await refreshGraphQL(values[values.length - 1]);
        expect(calls).toHaveLength(2);
        expect(values).toHaveLength(3);
    });
});

describe('lightning/uiRecordApi', () => {
    const record: RecordRepresentation = {
        id: '001Kd00000xIcg1IAC',
        apiName: 'Account',
        fields: {
            Name: { value: 'Adelaide Networks Inc.', displayValue: null },
            Owner: {
                value: { id: '005', apiName: 'User', fields: { Name: { value: 'Ada', displayValue: null } } },
                displayValue: 'Ada'
            }
        }
    };

    it('reads field values and display values, also through relationships', () => {
        expect(getFieldValue(record, { objectApiName: 'Account', fieldApiName: 'Name' })).toBe(
            'Adelaide Networks Inc.'
        );
        expect(getFieldValue(record, 'Account.Owner.Name')).toBe('Ada');
        expect(getFieldDisplayValue(record, 'Account.Owner')).toBe('Ada');
        expect(getFieldValue(record, 'Account.Missing__c')).toBeUndefined();
    });

    it('creates and updates through the UI API and rejects with the org’s error body', async () => {
        answer = () => ({ status: 201, body: record });
        await createRecord({ apiName: 'Trust_Commitment__c', fields: { Name: 'Call back' } });
        answer = () => ({ status: 200, body: record });
        await updateRecord({ fields: { Id: '001Kd00000xIcg1IAC', Name: 'New' } });
        expect(calls.map((call) => [call.method, call.url, call.body])).toEqual([
            [
                'POST',
                '/api/ui-api/records',
                { apiName: 'Trust_Commitment__c', fields: { Name: 'Call back' } }
            ],
            ['PATCH', '/api/ui-api/records/001Kd00000xIcg1IAC', { fields: { Name: 'New' } }]
        ]);
        const refused = {
            message: 'Due On is required',
            output: { errors: [], fieldErrors: { Due_On__c: [] } }
        };
        answer = () => ({ status: 400, body: refused });
        await expect(createRecord({ apiName: 'Trust_Commitment__c', fields: {} })).rejects.toMatchObject({
            status: 400,
            ok: false,
            body: refused
        });
    });

    it('getRecord asks for the wired fields and refetches after an update of that record', async () => {
        answer = (call) => ({ status: 200, body: call.method === 'PATCH' ? record : record });
        const values: Array<{ data: unknown; error: unknown }> = [];
        const wire = new getRecord((value) => values.push(value));
        wire.connect();
        wire.update({ recordId: record.id, fields: [{ objectApiName: 'Account', fieldApiName: 'Name' }] });
        await settle();
        expect(calls[0]?.url).toBe(`/api/ui-api/records/${record.id}?fields=Account.Name`);
        await updateRecord({ fields: { Id: record.id, Name: 'x' } });
        await notifyRecordUpdateAvailable([{ recordId: record.id }]);
        expect(calls.map((call) => call.method)).toEqual(['GET', 'PATCH', 'GET', 'GET']);
        expect(values.filter((value) => value.data !== undefined)).toHaveLength(3);
        wire.disconnect();
    });

    it('getRecords answers in the batch shape, a failed record as its status and error body', async () => {
        answer = (call) =>
            call.url.includes('006BAD')
                ? { status: 404, body: [{ errorCode: 'NOT_FOUND', message: 'gone' }] }
                : { status: 200, body: record };
        const values: Array<{ data?: { results: unknown[] }; error: unknown }> = [];
        const wire = new getRecords((value) => values.push(value as (typeof values)[number]));
        wire.connect();
        wire.update({
            records: [
                {
                    recordIds: ['006GOOD00000001AAA', '006BAD000000001AAA'],
                    optionalFields: ['Opportunity.X__c']
                }
            ]
        });
        await settle();
        expect(values[1]?.data?.results).toEqual([
            { statusCode: 200, result: record },
            { statusCode: 404, result: [{ errorCode: 'NOT_FOUND', message: 'gone' }] }
        ]);
    });
});

describe('lightning/uiObjectInfoApi', () => {
    it('getPicklistValues reads one field’s values for a record type, and waits for a record type', async () => {
        answer = () => ({ status: 200, body: { values: [] } });
        const wire = new getPicklistValues(() => undefined);
        wire.connect();
        wire.update({ recordTypeId: null, fieldApiName: { objectApiName: 'Case', fieldApiName: 'Type' } });
        await settle();
        expect(calls).toEqual([]);
        wire.update({ recordTypeId: '012000000000000AAA', fieldApiName: 'Case.Type' });
        await settle();
        expect(calls[0]?.url).toBe('/api/ui-api/object-info/Case/picklist-values/012000000000000AAA/Type');
    });

    it('getPicklistValuesByRecordType reads every picklist of an object for a record type', async () => {
        answer = () => ({ status: 200, body: { picklistFieldValues: {} } });
        const values: Array<{ data: unknown }> = [];
        const wire = new getPicklistValuesByRecordType((value) => values.push(value));
        wire.connect();
        wire.update({ objectApiName: { objectApiName: 'Case' }, recordTypeId: '012000000000000AAA' });
        await settle();
        expect(calls[0]?.url).toBe('/api/ui-api/object-info/Case/picklist-values/012000000000000AAA');
        expect(values[1]?.data).toEqual({ picklistFieldValues: {} });
    });
});

/**
 * Differences that let code pass against the local org and fail in Salesforce, closed: the
 * fields an org requires on create and the ones it never lets a client set, query pages
 * shorter than the batch size now and then, only the API versions an org serves, and Bulk
 * API 2.0 queries without OFFSET.
 */
import { call, id, startWith, type QueryBody, type Rows, type TestOrg } from './helpers';

const ACCOUNT = id('001', 1);
const ROWS = 5_000;
const accounts: Rows = Array.from({ length: ROWS }, (_v, i) => ({
    Id: id('001', i + 1),
    Name: `Account ${String(i + 1).padStart(5, '0')}`
}));

let test: TestOrg;
beforeAll(async () => {
    test = await startWith({ Account: accounts });
});
afterAll(async () => {
    await test.close();
});

type SaveResult = {
    success: boolean;
    errors: Array<{ statusCode: string; message: string; fields: string[] }>;
};

/** Creates records through sObject Collections; one result per record. */
async function create(records: Array<Record<string, unknown>>): Promise<SaveResult[]> {
    const response = await call(test.org, 'POST', '/composite/sobjects', { allOrNone: false, records });
    expect(response.status).toBe(200);
    return response.body as SaveResult[];
}

describe('required and read-only standard fields', () => {
    it('requires an Opportunity’s Name, as an org does', async () => {
        const opportunity = {
            attributes: { type: 'Opportunity' },
            AccountId: ACCOUNT,
            StageName: 'Prospecting',
            CloseDate: '2026-09-30'
        };
        const [without, named] = await create([opportunity, { ...opportunity, Name: 'Renewal 2026' }]);
        expect(without).toEqual({
            success: false,
            errors: [
                {
                    statusCode: 'REQUIRED_FIELD_MISSING',
                    message: 'Required fields are missing: [Name]',
                    fields: ['Name']
                }
            ]
        });
        expect(named?.success).toBe(true);
    });

    it('requires a Contact’s LastName, refuses its Name, and derives Name from the parts', async () => {
        const contact = { attributes: { type: 'Contact' }, AccountId: ACCOUNT };
        const [noLastName, givenName, parts] = await create([
            { ...contact, FirstName: 'Ada' },
            { ...contact, LastName: 'Lovelace', Name: 'Ada Lovelace' },
            { ...contact, FirstName: 'Ada', LastName: 'Lovelace' }
        ]);
        expect(noLastName?.errors).toEqual([
            {
                statusCode: 'REQUIRED_FIELD_MISSING',
                message: 'Required fields are missing: [LastName]',
                fields: ['LastName']
            }
        ]);
        expect(givenName?.errors[0]).toMatchObject({
            statusCode: 'INVALID_FIELD_FOR_INSERT_UPDATE',
            fields: ['Name']
        });
        expect(parts?.success).toBe(true);
        const id = (parts as unknown as { id: string }).id;
        const read = await call(test.org, 'GET', `/sobjects/Contact/${id}?fields=Name,FirstName,LastName`);
        expect(read.body).toMatchObject({ Name: 'Ada Lovelace', FirstName: 'Ada', LastName: 'Lovelace' });
    });

    it('says so in describe: nillable false where required, createable false for Contact Name', async () => {
        const fields = async (object: string) =>
            new Map(
                (
                    (await call(test.org, 'GET', `/sobjects/${object}/describe`)).body as {
                        fields: Array<{ name: string; createable: boolean; nillable: boolean }>;
                    }
                ).fields.map((f) => [f.name, f])
            );
        const opportunity = await fields('Opportunity');
        expect(opportunity.get('Name')).toMatchObject({ createable: true, nillable: false });
        const contact = await fields('Contact');
        expect(contact.get('Name')).toMatchObject({ createable: false });
        expect(contact.get('LastName')).toMatchObject({ createable: true, nillable: false });
    });

    it('requires a User’s username, name, email, alias and locale keys; the Organization row is read-only', async () => {
        const [user, organization] = await create([
            { attributes: { type: 'User' }, LastName: 'Smith' },
            { attributes: { type: 'Organization' }, Name: 'Another org' }
        ]);
        expect(user?.errors[0]?.statusCode).toBe('REQUIRED_FIELD_MISSING');
        expect(user?.errors[0]?.fields).toEqual([
            'Username',
            'Email',
            'Alias',
            'TimeZoneSidKey',
            'LocaleSidKey',
            'EmailEncodingKey',
            'LanguageLocaleKey'
        ]);
        expect(organization?.errors[0]?.statusCode).toBe('CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY');
    });
});

describe('query pages', () => {
    /** Every page of a query at `batchSize`: the record count of each, and the Names in order. */
    async function pages(
        org: TestOrg['org'],
        batchSize: number
    ): Promise<{ sizes: number[]; names: unknown[]; retried: boolean }> {
        const headers = { 'Sforce-Query-Options': `batchSize=${batchSize}` };
        let body = (
            await call(
                org,
                'GET',
                `/query?q=${encodeURIComponent('SELECT Name FROM Account ORDER BY Name')}`,
                undefined,
                {
                    headers
                }
            )
        ).body as QueryBody;
        const sizes = [body.records.length];
        const names = body.records.map((r) => r.Name);
        let retried = true;
        while (body.nextRecordsUrl !== undefined) {
            const next = body.nextRecordsUrl;
            body = (await call(org, 'GET', next, undefined, { headers })).body as QueryBody;
            // A locator fetched again (a retry after a dropped connection) serves the same page.
            const again = (await call(org, 'GET', next, undefined, { headers })).body as QueryBody;
            retried &&= JSON.stringify(again) === JSON.stringify(body);
            sizes.push(body.records.length);
            names.push(...body.records.map((r) => r.Name));
        }
        return { sizes, names, retried };
    }

    it('serves some pages shorter than the batch size, never longer, and every row once in order', async () => {
        const { sizes, names, retried } = await pages(test.org, 200);
        const short = sizes.slice(0, -1).filter((size) => size < 200);
        expect(short.length).toBeGreaterThan(0);
        expect(short.every((size) => size >= 100)).toBe(true);
        expect(Math.max(...sizes)).toBe(200);
        expect(names).toEqual(accounts.map((a) => a.Name));
        expect(retried).toBe(true);
    });

    it('serves the same short pages for the same seed and requests, others for another seed, full pages at rate 0', async () => {
        const one = await startWith({ Account: accounts });
        const again = await startWith({ Account: accounts });
        const reseeded = await startWith({ Account: accounts }, { seed: 7 });
        const full = await startWith({ Account: accounts }, { shortPageRate: 0 });
        try {
            const first = (await pages(one.org, 200)).sizes;
            expect((await pages(again.org, 200)).sizes).toEqual(first);
            expect((await pages(reseeded.org, 200)).sizes).not.toEqual(first);
            const sizes = (await pages(full.org, 200)).sizes;
            expect(sizes).toEqual(Array.from({ length: ROWS / 200 }, () => 200));
        } finally {
            await Promise.all([one.close(), again.close(), reseeded.close(), full.close()]);
        }
    });
});

describe('API versions', () => {
    const limits = (version: string) => call(test.org, 'GET', `/services/data/${version}/limits`);

    it('serves the versions an org of its release serves, 31.0 to 64.0, and lists them', async () => {
        for (const version of ['v31.0', 'v62.0', 'v64.0']) expect((await limits(version)).status).toBe(200);
        const list = (await call(test.org, 'GET', '/services/data', undefined, { token: null }))
            .body as Array<{
            version: string;
            url: string;
        }>;
        expect(list[0]).toMatchObject({ version: '31.0', url: '/services/data/v31.0' });
        expect(list.at(-1)).toMatchObject({ version: '64.0', url: '/services/data/v64.0' });
        expect(list).toHaveLength(34);
    });

    it('answers 404 NOT_FOUND above the newest version and for versions that do not exist', async () => {
        for (const version of ['v65.0', 'v99.0', 'v30.0', 'v62', 'v62.5', 'vlatest']) {
            const response = await limits(version);
            expect([version, response.status]).toEqual([version, 404]);
            expect(response.body).toEqual([
                { errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' }
            ]);
        }
    });
});

describe('Bulk API 2.0 queries', () => {
    it('refuses OFFSET, as Salesforce does', async () => {
        const job = (query: string) => call(test.org, 'POST', '/jobs/query', { operation: 'query', query });
        const refused = await job('SELECT Id FROM Account ORDER BY Name LIMIT 10 OFFSET 5');
        expect(refused.status).toBe(400);
        expect(refused.body).toEqual([
            { errorCode: 'INVALIDJOB', message: 'The OFFSET clause is not supported by Bulk API 2.0 queries' }
        ]);
        expect((await job('SELECT Id FROM Account ORDER BY Name LIMIT 10')).status).toBe(200);
        // The REST query keeps OFFSET.
        const rest = await call(
            test.org,
            'GET',
            `/query?q=${encodeURIComponent('SELECT Id FROM Account ORDER BY Name LIMIT 10 OFFSET 5')}`
        );
        expect(rest.status).toBe(200);
    });
});

/**
 * Requests built to break the local org get the error an org would give (or a documented
 * limit), never a 500, a crash or an unbounded buffer: a LIKE value ending in a backslash,
 * a LIMIT beyond SOQL's range, SOQL past its length limit, GraphQL nested 20,000 levels deep
 * (in the query or in its variables), and bodies larger than a resource accepts.
 */
import http from 'node:http';
import { MAX_JSON_BYTES, MAX_UPLOAD_BYTES } from '../../tools/localOrg/requestBody';
import { call, id, soql, soqlError, startWith, VERSION, type TestOrg } from './helpers';
import { graphql } from './uiapiSupport';

const SLASHED = id('001', 1);
const PLAIN = id('001', 2);

// Bodies of 50 MB and more take a few seconds on a busy machine.
jest.setTimeout(30_000);

let test: TestOrg;
beforeAll(async () => {
    test = await startWith({
        Account: [
            { Id: SLASHED, Name: 'Ends with a backslash \\' },
            { Id: PLAIN, Name: 'Ends with a letter' }
        ]
    });
});
afterAll(async () => {
    await test.close();
});

/** Ids of the Accounts a GraphQL `like` filter selects. */
async function likeIds(value: string): Promise<unknown> {
    const body = await graphql(
        test.org,
        'query q($v: String) { uiapi { query { Account(where: { Name: { like: $v } }) { edges { node { Id } } } } } }',
        { v: value }
    );
    if (body.errors !== undefined) return body.errors.map((e) => e.message);
    const connection = (
        body.data as { uiapi: { query: { Account: { edges: Array<{ node: { Id: string } }> } } } }
    ).uiapi.query.Account;
    return connection.edges.map((edge) => edge.node.Id);
}

describe('a GraphQL LIKE value with backslashes', () => {
    it('matches a name ending in a backslash instead of building broken SOQL', async () => {
        expect(await likeIds('%backslash \\')).toEqual([SLASHED]);
        expect(await likeIds('Ends with a \\')).toEqual([]);
    });

    it('keeps the escapes of LIKE: \\% and \\_ are literal, \\\\ is one backslash', async () => {
        expect(await likeIds('Ends%\\\\')).toEqual([SLASHED]);
        expect(await likeIds('Ends with a letter\\%')).toEqual([]);
        expect(await likeIds('Ends\\_with%')).toEqual([]);
    });
});

describe('SOQL out of range', () => {
    it('refuses a LIMIT beyond SOQL’s range with MALFORMED_QUERY, not a 500', async () => {
        for (const limit of ['99999999999999999999', '2147483648']) {
            const error = await soqlError(test.org, `SELECT Id FROM Account LIMIT ${limit}`);
            expect(error).toMatchObject({ status: 400, errorCode: 'MALFORMED_QUERY' });
            expect(error.message).toContain('LIMIT must be a whole number from 0 to 2147483647');
        }
        const subquery = await soqlError(
            test.org,
            'SELECT Id, (SELECT Id FROM Cases LIMIT 99999999999999999999) FROM Account'
        );
        expect(subquery).toMatchObject({ status: 400, errorCode: 'MALFORMED_QUERY' });
        expect((await soql(test.org, 'SELECT Id FROM Account LIMIT 2147483647')).totalSize).toBe(2);
    });

    it('refuses SOQL longer than 100,000 characters, in a Bulk query job too', async () => {
        const long = `SELECT Id FROM Account WHERE ${'NOT '.repeat(30_000)}Name = 'x'`;
        const response = await call(test.org, 'POST', '/jobs/query', { operation: 'query', query: long });
        expect(response.status).toBe(400);
        expect(response.body).toEqual([
            {
                errorCode: 'MALFORMED_QUERY',
                message: `SOQL statements cannot be longer than 100,000 characters (this one has ${long.length.toLocaleString('en-US')})`
            }
        ]);
    });
});

describe('GraphQL nested 20,000 levels deep', () => {
    const DEPTH = 20_000;

    it('answers a deep query with a syntax error, and keeps serving', async () => {
        const where = `${'{ and: ['.repeat(DEPTH)}{}${']}'.repeat(DEPTH)}`;
        const body = await graphql(
            test.org,
            `query { uiapi { query { Account(where: ${where}) { edges { node { Id } } } } } }`
        );
        expect(body).toEqual({
            errors: [
                {
                    message:
                        'Invalid Syntax : the query nests deeper than 100 levels, the most this org accepts',
                    extensions: { classification: 'InvalidSyntax' }
                }
            ]
        });
        const selections = await graphql(test.org, `query ${'{ uiapi '.repeat(DEPTH)}${'}'.repeat(DEPTH)}`);
        expect(selections.errors?.[0]?.extensions).toEqual({ classification: 'InvalidSyntax' });
        expect(await likeIds('Ends with a letter')).toEqual([PLAIN]);
    });

    it('refuses variables nested that deep', async () => {
        // Written out by hand: JSON.stringify itself cannot go that deep.
        const where = `${'{"and":['.repeat(DEPTH)}{"Name":{"eq":"x"}}${']}'.repeat(DEPTH)}`;
        const query =
            'query q($w: Account_Filter) { uiapi { query { Account(where: $w) { edges { node { Id } } } } } }';
        const response = await call(
            test.org,
            'POST',
            '/graphql',
            `{"query":${JSON.stringify(query)},"variables":{"w":${where}}}`
        );
        expect(response.status).toBe(200);
        const body = response.body as { errors?: Array<Record<string, unknown>> };
        expect(body.errors?.[0]).toMatchObject({
            message:
                'Validation error : the variables nest deeper than 100 levels, the most this org accepts',
            extensions: { classification: 'ValidationError' }
        });
    });

    it('refuses a document of more than 15,000 tokens, as graphql-java does', async () => {
        const fields = Array.from({ length: 8_000 }, (_v, i) => `a${i}: Id`).join(' ');
        const body = await graphql(
            test.org,
            `query { uiapi { query { Account { edges { node { ${fields} } } } } } }`
        );
        expect(body.errors?.[0]?.message).toMatch(
            /^Invalid Syntax : Syntax Error: Document contains more th.. 15000 tokens/
        );
    });
});

interface RawAnswer {
    status: number;
    headers: http.IncomingHttpHeaders;
    body: unknown;
}

/**
 * Sends `send` bytes of a body in 1 MB chunks (its length declared as `declared`, or chunked
 * when undefined) and never ends it: the answer must come while the body is incomplete, so a
 * server that waits for the whole body fails the test instead of buffering it.
 */
function sendWithoutEnding(
    resource: string,
    method: string,
    send: number,
    declared?: number
): Promise<RawAnswer> {
    const url = new URL(`${test.org.instanceUrl}/services/data/v${VERSION}${resource}`);
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    return new Promise((resolve, reject) => {
        let sent = 0;
        let answered = false;
        const request = http.request(url, {
            method,
            headers: {
                Authorization: `Bearer ${test.org.accessToken}`,
                'Content-Type': resource.endsWith('/batches') ? 'text/csv' : 'application/json',
                ...(declared === undefined ? {} : { 'Content-Length': String(declared) })
            }
        });
        const deadline = setTimeout(() => {
            request.destroy();
            reject(new Error(`no answer after ${sent} bytes of an unfinished body`));
        }, 15_000);
        request.on('response', (response) => {
            answered = true;
            let text = '';
            response.setEncoding('utf8');
            response.on('data', (d: string) => (text += d));
            response.on('end', () => {
                clearTimeout(deadline);
                request.destroy();
                resolve({
                    status: response.statusCode ?? 0,
                    headers: response.headers,
                    body: JSON.parse(text)
                });
            });
        });
        request.on('error', (error) => {
            if (answered) return;
            clearTimeout(deadline);
            reject(error);
        });
        const pump = (): void => {
            while (!answered && sent < send) {
                sent += chunk.length;
                if (!request.write(chunk)) {
                    request.once('drain', pump);
                    return;
                }
            }
        };
        pump();
    });
}

describe('request bodies', () => {
    const TOO_LARGE = {
        errorCode: 'REQUEST_ENTITY_TOO_LARGE',
        message: 'The request body is larger than the 50 MB this resource accepts.'
    };

    it('refuses a declared 160 MB JSON body with 413 before reading it', async () => {
        const answer = await sendWithoutEnding('/composite/sobjects', 'POST', 1024 * 1024, 160 * 1024 * 1024);
        expect(answer.status).toBe(413);
        expect(answer.headers.connection).toBe('close');
        expect(answer.body).toEqual([TOO_LARGE]);
    });

    it('refuses a chunked body as soon as it passes the limit, without waiting for the rest', async () => {
        const answer = await sendWithoutEnding('/graphql', 'POST', MAX_JSON_BYTES + 2 * 1024 * 1024);
        expect(answer.status).toBe(413);
        expect(answer.body).toEqual([TOO_LARGE]);
    });

    it('allows a Bulk ingest upload 150 MB and no more', async () => {
        const answer = await sendWithoutEnding(
            `/jobs/ingest/${id('750', 1)}/batches`,
            'PUT',
            1024 * 1024,
            MAX_UPLOAD_BYTES + 1
        );
        expect(answer.status).toBe(413);
        expect(answer.body).toEqual([
            {
                errorCode: 'REQUEST_ENTITY_TOO_LARGE',
                message: 'The request body is larger than the 150 MB this resource accepts.'
            }
        ]);
    });
});

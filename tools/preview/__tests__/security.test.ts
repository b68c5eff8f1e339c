/**
 * What other pages in the browser can do with a running preview, tried over HTTP as a browser
 * would send it: a cross-site form or fetch, a DNS-rebound host name, a page without the
 * session token, framing. Each refused write must leave the org unchanged.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { id, soql, startWith, type TestOrg } from '../../../test/localOrg/helpers';
import { SESSION_HEADER, SESSION_META } from '../guard';
import { startPreviewServer, type PreviewServer } from '../server';

const ACME = id('001', 1);

let test: TestOrg;
let server: PreviewServer;
let outDir: string;
let port: number;
let origin: string;

beforeAll(async () => {
    test = await startWith({ Account: [{ Id: ACME, Name: 'Acme' }] });
    outDir = mkdtempSync(path.join(os.tmpdir(), 'trust-ledger-preview-'));
    writeFileSync(
        path.join(outDir, 'index.html'),
        '<!doctype html>\n<html lang="en">\n    <head>\n        <title>preview</title>\n    </head>\n</html>\n'
    );
    server = await startPreviewServer({ org: test.org, outDir, log: () => undefined });
    port = Number(new URL(server.url).port);
    origin = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
    await server?.close();
    await test?.close();
    rmSync(outDir, { recursive: true, force: true });
});

interface Answer {
    status: number;
    headers: http.IncomingHttpHeaders;
    text: string;
}

/**
 * One request with exactly these headers (fetch would not let a test set `Host`); a header
 * whose value is empty is left out (an empty `Host` sends none).
 */
function send(
    method: string,
    resource: string,
    headers: Record<string, string>,
    body?: string,
    toPort: number = port
): Promise<Answer> {
    return new Promise((resolve, reject) => {
        const request = http.request(
            {
                host: '127.0.0.1',
                port: toPort,
                method,
                path: resource,
                setHost: headers.Host !== '',
                headers: Object.fromEntries(
                    Object.entries({
                        ...(body === undefined ? {} : { 'Content-Length': String(Buffer.byteLength(body)) }),
                        ...headers
                    }).filter(([, value]) => value !== '')
                )
            },
            (response) => {
                const chunks: Buffer[] = [];
                response.on('data', (chunk: Buffer) => chunks.push(chunk));
                response.on('end', () =>
                    resolve({
                        status: response.statusCode ?? 0,
                        headers: response.headers,
                        text: Buffer.concat(chunks).toString('utf8')
                    })
                );
                response.on('error', reject);
            }
        );
        request.on('error', reject);
        request.end(body);
    });
}

/** What the preview's own page sends: its origin, same-origin fetch metadata, the token. */
const fromPage = (extra: Record<string, string> = {}): Record<string, string> => ({
    Host: `127.0.0.1:${port}`,
    Origin: origin,
    'Sec-Fetch-Site': 'same-origin',
    [SESSION_HEADER]: server.sessionToken,
    ...extra
});

const json = { 'Content-Type': 'application/json' };

const MODEL = JSON.stringify({
    apiName: 'Trust_Model__c',
    fields: { Name: 'Planted', Active__c: true, Version__c: 99, Definition__c: '{}' }
});

async function models(): Promise<number> {
    return (await soql(test.org, "SELECT Id FROM Trust_Model__c WHERE Name = 'Planted'")).records.length;
}

const errorCode = (answer: Answer): string =>
    (JSON.parse(answer.text) as Array<{ errorCode: string }>)[0]?.errorCode ?? '';

describe('writes through the API proxy', () => {
    it('refuses the cross-site text/plain POST that created an active model, and creates nothing', async () => {
        // What `<form enctype="text/plain" method="post">` on another site sends.
        const answer = await send(
            'POST',
            '/api/ui-api/records',
            {
                Host: `127.0.0.1:${port}`,
                Origin: 'https://attacker.example',
                'Sec-Fetch-Site': 'cross-site',
                'Content-Type': 'text/plain'
            },
            MODEL
        );
        expect(answer.status).toBe(403);
        expect(server.forwarded).not.toContain('POST ui-api/records');
        expect(await models()).toBe(0);
    });

    it.each([
        ['from another origin', { Origin: 'https://attacker.example' }, 403, 'CROSS_SITE_REQUEST'],
        ['from an opaque origin', { Origin: 'null' }, 403, 'CROSS_SITE_REQUEST'],
        ['marked cross-site', { 'Sec-Fetch-Site': 'cross-site' }, 403, 'CROSS_SITE_REQUEST'],
        ['marked same-site (a sibling origin)', { 'Sec-Fetch-Site': 'same-site' }, 403, 'CROSS_SITE_REQUEST'],
        ['without the session token', { [SESSION_HEADER]: '' }, 403, 'PREVIEW_SESSION_REQUIRED'],
        [
            'with another session’s token',
            { [SESSION_HEADER]: 'x'.repeat(43) },
            403,
            'PREVIEW_SESSION_REQUIRED'
        ],
        ['as text/plain', { 'Content-Type': 'text/plain' }, 415, 'UNSUPPORTED_MEDIA_TYPE'],
        ['as a form', { 'Content-Type': 'application/x-www-form-urlencoded' }, 415, 'UNSUPPORTED_MEDIA_TYPE']
    ])('refuses a POST %s, otherwise as the page sends it', async (_name, change, status, code) => {
        const answer = await send('POST', '/api/ui-api/records', fromPage({ ...json, ...change }), MODEL);
        expect(answer.status).toBe(status);
        expect(errorCode(answer)).toBe(code);
        expect(await models()).toBe(0);
    });

    it('refuses a write without an Origin (browsers send one on every write of the page)', async () => {
        const answer = await send('POST', '/api/ui-api/records', fromPage({ ...json, Origin: '' }), MODEL);
        expect(answer.status).toBe(403);
        expect(await models()).toBe(0);
    });

    it('refuses a bodiless DELETE that does not declare JSON, and deletes nothing', async () => {
        const answer = await send('DELETE', `/api/ui-api/records/${ACME}`, fromPage());
        expect(answer.status).toBe(415);
        expect((await soql(test.org, `SELECT Id FROM Account WHERE Id = '${ACME}'`)).records).toHaveLength(1);
    });

    it('forwards the page’s own JSON write, and the org holds it', async () => {
        const answer = await send('POST', '/api/ui-api/records', fromPage(json), MODEL);
        expect(answer.status).toBe(201);
        expect(await models()).toBe(1);
    });
});

describe('reads', () => {
    it.each(['/preview/accounts', `/preview/record?id=${ACME}`, '/api/ui-api/object-info/Account'])(
        'answers %s only with the session token',
        async (resource) => {
            expect((await send('GET', resource, fromPage())).status).toBe(200);
            const refused = await send('GET', resource, fromPage({ [SESSION_HEADER]: '' }));
            expect(refused.status).toBe(403);
            expect(refused.text).not.toContain('Acme');
        }
    );

    it('refuses a cross-site read even with the token', async () => {
        const answer = await send('GET', '/preview/accounts', fromPage({ 'Sec-Fetch-Site': 'cross-site' }));
        expect(answer.status).toBe(403);
        expect(answer.text).not.toContain('Acme');
    });
});

describe('host names (DNS rebinding)', () => {
    it.each([
        ['a rebound name', 'attacker.example', 421],
        ['a rebound name with the preview’s port', 'attacker.example:<port>', 421],
        ['the loopback address on another port', '127.0.0.1:1', 421],
        ['the bare loopback address', '127.0.0.1', 421],
        // Node's HTTP server answers 400 itself to an HTTP/1.1 request without Host.
        ['a request without Host', '', 400]
    ])('refuses %s on the page, its data and the API', async (_name, host, status) => {
        const value = host.replace('<port>', String(port));
        for (const resource of ['/', '/preview/accounts', '/api/ui-api/object-info/Account']) {
            const answer = await send('GET', resource, fromPage({ Host: value }));
            expect([resource, answer.status]).toEqual([resource, status]);
            expect(answer.text).not.toContain('Acme');
            expect(answer.text).not.toContain(server.sessionToken);
        }
    });

    it('serves 127.0.0.1 and localhost on its own port', async () => {
        for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`]) {
            expect((await send('GET', '/', { Host: host })).status).toBe(200);
            const page = fromPage({ Host: host, Origin: `http://${host.toLowerCase()}` });
            expect((await send('GET', '/preview/accounts', page)).status).toBe(200);
        }
    });
});

describe('the page and its session token', () => {
    it('puts the token in the page’s HTML only, fresh for every server', async () => {
        const page = await send('GET', '/', { Host: `127.0.0.1:${port}` });
        expect(page.text).toContain(`<meta name="${SESSION_META}" content="${server.sessionToken}" />`);
        expect(page.headers['cache-control']).toBe('no-store');
        expect(server.sessionToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
        const config = await send('GET', '/preview/config.js', { Host: `127.0.0.1:${port}` });
        expect(config.status).toBe(200);
        expect(config.text).not.toContain(server.sessionToken);
        const other = await startPreviewServer({ org: test.org, outDir, log: () => undefined });
        try {
            expect(other.sessionToken).not.toBe(server.sessionToken);
            const headers = fromPage();
            headers.Host = new URL(other.url).host;
            const answer = await send(
                'GET',
                '/preview/accounts',
                headers,
                undefined,
                Number(new URL(other.url).port)
            );
            expect(answer.status).toBe(403);
        } finally {
            await other.close();
        }
    });

    it.each(['/', '/preview/config.js', '/api/ui-api/object-info/Account', '/nope'])(
        'forbids framing and cross-origin embedding of %s',
        async (resource) => {
            const answer = await send('GET', resource, fromPage());
            expect(answer.headers['content-security-policy']).toBe("frame-ancestors 'none'");
            expect(answer.headers['x-frame-options']).toBe('DENY');
            expect(answer.headers['cross-origin-resource-policy']).toBe('same-origin');
            expect(answer.headers['x-content-type-options']).toBe('nosniff');
        }
    );
});

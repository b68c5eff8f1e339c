/**
 * The preview server against a small in-memory local org: the page's files, the account
 * list, the record view, and the API proxy, which adds the org's token for the resources a
 * component can reach through Lightning Data Service and refuses the rest.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { id, startWith, type TestOrg } from '../../../test/localOrg/helpers';
import { SESSION_HEADER } from '../guard';
import { startPreviewServer, type PreviewServer } from '../server';

const ACME = id('001', 1);
const GLOBEX = id('001', 2);

let test: TestOrg;
let server: PreviewServer;
let outDir: string;

beforeAll(async () => {
    test = await startWith({
        Account: [
            { Id: GLOBEX, Name: 'Globex' },
            { Id: ACME, Name: 'acme corp' }
        ]
    });
    outDir = mkdtempSync(path.join(os.tmpdir(), 'trust-ledger-preview-'));
    writeFileSync(path.join(outDir, 'index.html'), '<!doctype html><title>preview</title>');
    server = await startPreviewServer({ org: test.org, outDir, log: () => undefined });
});

afterAll(async () => {
    await server?.close();
    await test?.close();
    rmSync(outDir, { recursive: true, force: true });
});

/** A GET as the page sends it, with the session token (`security.test.ts` tries it without). */
const get = (resource: string): Promise<Response> =>
    fetch(new URL(resource, server.url), { headers: { [SESSION_HEADER]: server.sessionToken } });

describe('preview server', () => {
    it('serves the built page and SLDS, and nothing outside them', async () => {
        expect(await (await get('/')).text()).toContain('<title>preview</title>');
        const css = await get('/assets/styles/salesforce-lightning-design-system.min.css');
        expect(css.status).toBe(200);
        expect(css.headers.get('content-type')).toContain('text/css');
        expect((await get('/%2e%2e/%2e%2e/package.json')).status).toBe(404);
    });

    it('lists the org’s accounts by name for the picker', async () => {
        const body = (await (await get('/preview/accounts')).json()) as {
            accounts: Array<{ id: string; name: string }>;
        };
        expect(body.accounts.map((account) => account.name)).toEqual(['acme corp', 'Globex']);
    });

    it('shows a record’s fields, finding its object by the id’s prefix', async () => {
        const body = (await (await get(`/preview/record?id=${ACME}`)).json()) as {
            object: string;
            fields: Record<string, unknown>;
        };
        expect(body.object).toBe('Account');
        expect(body.fields.Name).toBe('acme corp');
        expect(body.fields).not.toHaveProperty('attributes');
    });

    it('forwards UI API calls with the org’s token and refuses other resources', async () => {
        const info = await get('/api/ui-api/object-info/Account');
        // The local org's UI API may still be landing; the proxy passes its answer through either way.
        expect(info.status).not.toBe(401);
        expect(server.forwarded).toContain('GET ui-api/object-info/Account');
        const refused = await get('/api/query?q=SELECT+Id+FROM+Account');
        expect(refused.status).toBe(404);
        expect(server.forwarded).not.toContain('GET query');
        const config = await (await get('/preview/config.js')).text();
        expect(config).not.toContain(test.org.accessToken);
    });
});

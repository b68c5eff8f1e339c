/**
 * The preview's HTTP server, on 127.0.0.1 only: the built page, SLDS's assets, the page's
 * config, two read endpoints for the shell (the account picker, the record view) and the API
 * proxy the platform modules call (`/api/graphql`, `/api/ui-api/...`), which adds the local
 * org's bearer token so that it never reaches the browser. Only its own page may use it: see
 * `guard.ts` for the checks every request passes.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createGuard, RefusedRequest, SECURITY_HEADERS, SESSION_META, withSessionToken } from './guard';
import { REPO_ROOT } from './paths';

export const LOOPBACK = '127.0.0.1';
export const API_VERSION = '62.0';

export interface OrgSession {
    instanceUrl: string;
    accessToken: string;
}

export interface PreviewServerOptions {
    org: OrgSession;
    /** The built page (`buildPreview`'s `outDir`). */
    outDir: string;
    /** 0 (default) picks a free port. */
    port?: number;
    /** Where unexpected failures are reported; default stderr. */
    log?: (line: string) => void;
}

export interface PreviewServer {
    url: string;
    /** The page's session token, which data requests must send (tests use it). */
    sessionToken: string;
    /** API calls the proxy forwarded to the org, by `METHOD resource` (tests read it). */
    forwarded: string[];
    close(): Promise<void>;
}

/** The shell's own data endpoints: they read the org, so they pass the same checks as `/api/*`. */
const DATA_PATHS = new Set(['/preview/accounts', '/preview/record']);

const SLDS_ASSETS = path.join(REPO_ROOT, 'node_modules', '@salesforce-ux', 'design-system', 'assets');
const MAX_BODY_BYTES = 2 * 1024 * 1024;

const TYPES: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.map': 'application/json; charset=utf-8',
    '.json': 'application/json; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.woff': 'font/woff',
    '.woff2': 'font/woff2'
};

/** What the page may ask of the org: exactly what a component can reach through LDS. */
export function proxiedResource(method: string, resource: string): boolean {
    if (resource === 'graphql') return method === 'POST';
    if (resource === 'ui-api/records') return method === 'POST';
    if (/^ui-api\/records\/[A-Za-z0-9]{15,18}$/.test(resource))
        return ['GET', 'PATCH', 'DELETE'].includes(method);
    if (/^ui-api\/object-info\/\w+(\/picklist-values\/\w+(\/\w+)?)?$/.test(resource)) return method === 'GET';
    return false;
}

class HttpError extends Error {
    constructor(
        readonly status: number,
        message: string
    ) {
        super(message);
    }
}

function readBody(request: http.IncomingMessage): Promise<Buffer> {
    return new Promise((resolve, reject) => {
        const chunks: Buffer[] = [];
        let size = 0;
        request.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (size > MAX_BODY_BYTES) {
                reject(new HttpError(413, 'Request body too large'));
                request.destroy();
                return;
            }
            chunks.push(chunk);
        });
        request.on('end', () => resolve(Buffer.concat(chunks)));
        request.on('error', reject);
    });
}

function sendJson(response: http.ServerResponse, status: number, body: unknown): void {
    const text = JSON.stringify(body);
    response.writeHead(status, {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Length': String(Buffer.byteLength(text)),
        'Cache-Control': 'no-store'
    });
    response.end(text);
}

/** A file under `root`, or null (no `..` escapes, no folders). */
function fileUnder(root: string, relative: string): string | null {
    const file = path.resolve(root, `.${path.posix.normalize(`/${relative}`)}`);
    if (!file.startsWith(root + path.sep)) return null;
    return existsSync(file) && statSync(file).isFile() ? file : null;
}

/** The page itself, with this session's token; never cached, as the token changes per run. */
function sendPage(response: http.ServerResponse, file: string, token: string): void {
    const html = withSessionToken(readFileSync(file, 'utf8'), token);
    response.writeHead(200, {
        'Content-Type': TYPES['.html'] as string,
        'Content-Length': String(Buffer.byteLength(html)),
        'Cache-Control': 'no-store'
    });
    response.end(html);
}

function sendFile(response: http.ServerResponse, file: string, cache: boolean): void {
    response.writeHead(200, {
        'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'Content-Length': String(statSync(file).size),
        'Cache-Control': cache ? 'public, max-age=3600' : 'no-cache'
    });
    createReadStream(file).pipe(response);
}

/** Calls the org's REST API with the session; returns status and parsed body. */
async function callOrg(
    org: OrgSession,
    method: string,
    resource: string,
    body?: Buffer
): Promise<{ status: number; body: unknown }> {
    const response = await fetch(`${org.instanceUrl}/services/data/v${API_VERSION}/${resource}`, {
        method,
        headers: {
            Authorization: `Bearer ${org.accessToken}`,
            Accept: 'application/json',
            ...(body === undefined || body.length === 0 ? {} : { 'Content-Type': 'application/json' })
        },
        body: body === undefined || body.length === 0 ? undefined : new Uint8Array(body)
    });
    const text = await response.text();
    let parsed: unknown = undefined;
    if (text !== '') {
        try {
            parsed = JSON.parse(text);
        } catch {
            parsed = { message: text };
        }
    }
    return { status: response.status, body: parsed };
}

interface QueryPage {
    records: Array<Record<string, unknown>>;
    done: boolean;
    nextRecordsUrl?: string;
}

/** Every row of a SOQL query, following `nextRecordsUrl`. */
async function queryAll(org: OrgSession, soql: string): Promise<Array<Record<string, unknown>>> {
    const rows: Array<Record<string, unknown>> = [];
    let resource: string | null = `query?q=${encodeURIComponent(soql)}`;
    while (resource !== null) {
        const answer = await callOrg(org, 'GET', resource);
        if (answer.status !== 200) throw new HttpError(502, orgMessage(answer.body, answer.status));
        const page = answer.body as QueryPage;
        rows.push(...page.records);
        resource =
            page.done || page.nextRecordsUrl === undefined
                ? null
                : page.nextRecordsUrl.replace(/^\/services\/data\/v[\d.]+\//, '');
    }
    return rows;
}

function orgMessage(body: unknown, status: number): string {
    const first = Array.isArray(body) ? (body[0] as unknown) : body;
    const message = (first as { message?: unknown } | null)?.message;
    return typeof message === 'string' ? message : `the local org answered ${status}`;
}

const num = (value: unknown): number | null => (typeof value === 'number' ? value : null);
const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** The shell's account picker: every account, with its trust fields as the org holds them. */
export async function listAccounts(org: OrgSession): Promise<unknown[]> {
    const rows = await queryAll(
        org,
        'SELECT Id, Name, Current_Trust_Score__c, Current_Trust_Band__c, Trust_Score_Change__c, Trust_Scored_On__c FROM Account ORDER BY Name'
    );
    return rows.map((row) => ({
        id: str(row.Id),
        name: str(row.Name),
        score: num(row.Current_Trust_Score__c),
        band: str(row.Current_Trust_Band__c),
        change: num(row.Trust_Score_Change__c),
        scoredOn: str(row.Trust_Scored_On__c)
    }));
}

/** Object API name by key prefix, from the org's global describe (read once). */
async function objectsByPrefix(org: OrgSession, cache: Map<string, string>): Promise<Map<string, string>> {
    if (cache.size > 0) return cache;
    const answer = await callOrg(org, 'GET', 'sobjects');
    const objects =
        (answer.body as { sobjects?: Array<{ name: string; keyPrefix: string | null }> }).sobjects ?? [];
    for (const object of objects) if (object.keyPrefix) cache.set(object.keyPrefix, object.name);
    return cache;
}

async function readRecord(org: OrgSession, url: URL, prefixes: Map<string, string>): Promise<unknown> {
    const id = url.searchParams.get('id') ?? '';
    if (!/^[A-Za-z0-9]{15,18}$/.test(id)) throw new HttpError(400, `Not a record id: ${id}`);
    let object = url.searchParams.get('object') ?? '';
    if (!/^\w+$/.test(object) || object === 'Record')
        object = (await objectsByPrefix(org, prefixes)).get(id.slice(0, 3)) ?? '';
    if (object === '') throw new HttpError(404, `No object has the key prefix ${id.slice(0, 3)}`);
    const answer = await callOrg(org, 'GET', `sobjects/${object}/${id}`);
    if (answer.status !== 200) throw new HttpError(answer.status, orgMessage(answer.body, answer.status));
    const fields = Object.fromEntries(
        Object.entries(answer.body as Record<string, unknown>).filter(([name]) => name !== 'attributes')
    );
    return { object, fields };
}

function configScript(userId: string | null, orgLabel: string): string {
    const base = JSON.stringify({ apiBase: '/api', userId, orgLabel });
    // Persona from `?as=rep|admin`; `@salesforce/customPermission/*` reads it when the bundle loads.
    // The session token comes from the page's own HTML, never from this script: a script can be
    // included by any site, the HTML of another origin cannot be read.
    const session = `document.querySelector('meta[name="${SESSION_META}"]')?.getAttribute('content') ?? null`;
    return `window.__TRUST_PREVIEW__ = Object.assign(${base}, { persona: new URLSearchParams(location.search).get('as') === 'rep' ? 'rep' : 'admin', session: ${session} });\n`;
}

export async function startPreviewServer(options: PreviewServerOptions): Promise<PreviewServer> {
    const { org } = options;
    const outDir = path.resolve(options.outDir);
    const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
    const forwarded: string[] = [];
    const prefixes = new Map<string, string>();
    let userId: string | null = null;
    try {
        userId = str((await queryAll(org, 'SELECT Id FROM User LIMIT 1'))[0]?.Id);
    } catch {
        userId = null;
    }
    const orgLabel = `local org ${org.instanceUrl}`;
    // Known once the server listens (the port may be picked by the system); no request is
    // handled before that.
    let guard: ReturnType<typeof createGuard> | null = null;

    async function handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
        const active = guard;
        if (active === null) throw new HttpError(503, 'The preview is starting');
        active.checkHost(request);
        const url = new URL(request.url ?? '/', `http://${LOOPBACK}`);
        const method = (request.method ?? 'GET').toUpperCase();
        const api = /^\/api\/(.+)$/.exec(url.pathname);
        if (api !== null || DATA_PATHS.has(url.pathname)) active.checkDataRequest(request);
        if (api !== null) {
            const resource = api[1] as string;
            if (!proxiedResource(method, resource))
                return sendJson(response, 404, [
                    { errorCode: 'NOT_FOUND', message: `The preview does not proxy ${method} ${resource}` }
                ]);
            const body = await readBody(request);
            forwarded.push(`${method} ${resource}`);
            const answer = await callOrg(org, method, `${resource}${url.search}`, body);
            if (answer.body === undefined) {
                response.writeHead(answer.status, { 'Cache-Control': 'no-store' });
                response.end();
                return;
            }
            return sendJson(response, answer.status, answer.body);
        }
        if (method !== 'GET' && method !== 'HEAD')
            return sendJson(response, 405, { message: 'Method not allowed' });
        if (url.pathname === '/preview/config.js') {
            const text = configScript(userId, orgLabel);
            response.writeHead(200, { 'Content-Type': TYPES['.js'] as string, 'Cache-Control': 'no-store' });
            response.end(text);
            return;
        }
        if (url.pathname === '/favicon.ico') {
            response.writeHead(204, { 'Cache-Control': 'public, max-age=3600' });
            response.end();
            return;
        }
        if (url.pathname === '/preview/accounts')
            return sendJson(response, 200, { accounts: await listAccounts(org) });
        if (url.pathname === '/preview/record')
            return sendJson(response, 200, await readRecord(org, url, prefixes));
        if (url.pathname.startsWith('/assets/')) {
            const file = fileUnder(SLDS_ASSETS, url.pathname.slice('/assets/'.length));
            if (file !== null) return sendFile(response, file, true);
        } else {
            const relative = url.pathname === '/' ? 'index.html' : url.pathname.slice(1);
            const file = fileUnder(outDir, relative);
            if (file !== null && relative === 'index.html') return sendPage(response, file, active.token);
            if (file !== null) return sendFile(response, file, false);
        }
        sendJson(response, 404, { message: `Not found: ${url.pathname}` });
    }

    const server = http.createServer((request, response) => {
        for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
        handle(request, response).catch((error: unknown) => {
            if (error instanceof RefusedRequest) {
                // Not read: a refused request's body goes nowhere, and the connection closes.
                response.setHeader('Connection', 'close');
                return sendJson(response, error.status, [
                    { errorCode: error.errorCode, message: error.message }
                ]);
            }
            const status = error instanceof HttpError ? error.status : 500;
            const message = error instanceof Error ? error.message : String(error);
            if (status === 500) log(`preview: ${request.method} ${request.url}: ${message}`);
            if (!response.headersSent) sendJson(response, status, { message });
            else response.destroy();
        });
    });
    server.keepAliveTimeout = 5_000;
    const port = await new Promise<number>((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port ?? 0, LOOPBACK, () => {
            server.off('error', reject);
            resolve((server.address() as AddressInfo).port);
        });
    });
    guard = createGuard(port);
    return {
        url: `http://${LOOPBACK}:${port}/`,
        sessionToken: guard.token,
        forwarded,
        close: () =>
            new Promise<void>((resolve) => {
                server.close(() => resolve());
                server.closeAllConnections();
            })
    };
}

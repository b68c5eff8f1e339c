/**
 * The browser side of the preview's API proxy. The page never holds the local org's token: it
 * calls `/api/<resource>` on the preview server, which forwards to
 * `<instanceUrl>/services/data/vNN.N/<resource>` with the bearer token added. Every call carries
 * the preview session's token (from the page's HTML, via `__TRUST_PREVIEW__.session`), without
 * which the server answers nothing: other pages in the browser cannot use the proxy.
 *
 * Failures reject with the shape Lightning Data Service gives components (`FetchResponse`:
 * `status`, `statusText`, `ok: false`, `body` as the org returned it), so a component's
 * `reduceErrors` reads the same fields in the preview as in an org.
 */

export interface FetchResponse {
    status: number;
    statusText: string;
    ok: false;
    headers: Record<string, string>;
    body: unknown;
}

interface PreviewConfig {
    apiBase?: string;
    session?: string | null;
}

/** The header the preview server reads the session token from (`tools/preview/guard.ts`). */
export const SESSION_HEADER = 'X-Trust-Preview-Session';

function config(): PreviewConfig | undefined {
    return (globalThis as { __TRUST_PREVIEW__?: PreviewConfig }).__TRUST_PREVIEW__;
}

/** `/api` on the page; tests point it elsewhere through the same global the page sets. */
export function apiBase(): string {
    return config()?.apiBase ?? '/api';
}

/** The session header, for every request the page makes to the preview server's data. */
export function sessionHeaders(): Record<string, string> {
    const session = config()?.session;
    return typeof session === 'string' && session !== '' ? { [SESSION_HEADER]: session } : {};
}

/** A GET of one of the preview server's own data endpoints (`/preview/...`), with the session. */
export function previewGet(path: string): Promise<Response> {
    return fetch(path, { headers: { Accept: 'application/json', ...sessionHeaders() } });
}

export function isFetchResponse(value: unknown): value is FetchResponse {
    return typeof value === 'object' && value !== null && (value as { ok?: unknown }).ok === false;
}

function networkFailure(error: unknown): FetchResponse {
    return {
        status: 0,
        statusText: 'Network error',
        ok: false,
        headers: {},
        body: { message: error instanceof Error ? error.message : String(error) }
    };
}

/** One API call; resolves with the parsed JSON body (undefined for 204), rejects with a `FetchResponse`. */
export async function request<T>(method: string, resource: string, body?: unknown): Promise<T> {
    let response: Response;
    try {
        // Every write declares JSON, a bodiless DELETE too: the server refuses writes of any
        // other type, which is what keeps cross-site forms out.
        const write = method !== 'GET' && method !== 'HEAD';
        response = await fetch(`${apiBase()}/${resource}`, {
            method,
            headers: {
                Accept: 'application/json',
                ...(write ? { 'Content-Type': 'application/json' } : {}),
                ...sessionHeaders()
            },
            body: body === undefined ? undefined : JSON.stringify(body)
        });
    } catch (error) {
        throw networkFailure(error);
    }
    const text = await response.text();
    let parsed: unknown = undefined;
    if (text !== '') {
        try {
            parsed = JSON.parse(text);
        } catch {
            parsed = { message: text };
        }
    }
    if (!response.ok) {
        const failure: FetchResponse = {
            status: response.status,
            statusText: response.statusText,
            ok: false,
            headers: {},
            body: parsed
        };
        throw failure;
    }
    return parsed as T;
}

/**
 * The browser side of the preview's API proxy. The page never holds the local org's token: it
 * calls `/api/<resource>` on the preview server, which forwards to
 * `<instanceUrl>/services/data/vNN.N/<resource>` with the bearer token added.
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
}

/** `/api` on the page; tests point it elsewhere through the same global the page sets. */
export function apiBase(): string {
    const config = (globalThis as { __TRUST_PREVIEW__?: PreviewConfig }).__TRUST_PREVIEW__;
    return config?.apiBase ?? '/api';
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
        response = await fetch(`${apiBase()}/${resource}`, {
            method,
            headers:
                body === undefined
                    ? { Accept: 'application/json' }
                    : { Accept: 'application/json', 'Content-Type': 'application/json' },
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

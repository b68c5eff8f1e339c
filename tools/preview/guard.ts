/**
 * Who may use the preview server. It holds the local org's bearer token and writes to the org
 * for the page, so every other page the browser has open is a potential caller: a cross-site
 * form or `fetch` (CSRF), a page whose DNS name is rebound to 127.0.0.1, or a page that frames
 * the preview to click through it. The server therefore answers only
 * - requests addressed to the loopback names it serves (`Host` is 127.0.0.1 or localhost with
 *   its own port: a rebound name arrives with the attacker's host name and is refused);
 * and, on the data it reads and writes for the page (`/api/*`, `/preview/accounts`,
 * `/preview/record`), only
 * - same-origin requests: no `Sec-Fetch-Site` other than `same-origin`, no `Origin` other than
 *   its own, and an `Origin` on every write (browsers send one on every non-GET fetch);
 * - requests carrying the session token that the server put in the page's HTML, which another
 *   origin cannot read (a custom header also forces a CORS preflight, which the server never
 *   grants);
 * - writes declared `Content-Type: application/json` (a cross-site form can only send form
 *   encodings or `text/plain`, and a cross-site `fetch` declaring JSON needs a preflight).
 * Every answer also forbids framing (`frame-ancestors 'none'`, `X-Frame-Options`) and
 * cross-origin embedding (`Cross-Origin-Resource-Policy`).
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type http from 'node:http';

/** The request header the page's transport sends the session token in. */
export const SESSION_HEADER = 'X-Trust-Preview-Session';
/** The `<meta name>` the server writes the token into when it serves the page. */
export const SESSION_META = 'trust-preview-session';

/** Headers on every answer of the preview server. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
    'Content-Security-Policy': "frame-ancestors 'none'",
    'X-Frame-Options': 'DENY',
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer'
};

/** A request the guard refuses: HTTP status, Salesforce-style error code, and why. */
export class RefusedRequest extends Error {
    constructor(
        readonly status: number,
        readonly errorCode: string,
        message: string
    ) {
        super(message);
    }
}

export interface RequestGuard {
    /** The page's session token (written into the HTML; tests send it). */
    readonly token: string;
    /** Every request: addressed to one of the loopback names this server serves. */
    checkHost(request: http.IncomingMessage): void;
    /** Data requests (read or write): same origin, with the session token, JSON bodies. */
    checkDataRequest(request: http.IncomingMessage): void;
}

const SAFE_METHODS = new Set(['GET', 'HEAD']);

function header(request: http.IncomingMessage, name: string): string | undefined {
    const value = request.headers[name.toLowerCase()];
    return Array.isArray(value) ? value[0] : value;
}

function sameToken(sent: string, token: string): boolean {
    const a = Buffer.from(sent);
    const b = Buffer.from(token);
    return a.length === b.length && timingSafeEqual(a, b);
}

/** A guard for a server listening on 127.0.0.1:`port`, with a fresh random session token. */
export function createGuard(
    port: number,
    token: string = randomBytes(32).toString('base64url')
): RequestGuard {
    const hosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
    const origins = new Set([...hosts].map((host) => `http://${host}`));
    return {
        token,
        checkHost(request) {
            const host = header(request, 'host')?.toLowerCase();
            if (host === undefined || !hosts.has(host))
                throw new RefusedRequest(
                    421,
                    'HOST_NOT_ALLOWED',
                    `The preview serves only ${[...hosts].join(' and ')}, not Host ${JSON.stringify(host ?? '')}`
                );
        },
        checkDataRequest(request) {
            const method = (request.method ?? 'GET').toUpperCase();
            const site = header(request, 'sec-fetch-site');
            if (site !== undefined && site !== 'same-origin')
                throw new RefusedRequest(
                    403,
                    'CROSS_SITE_REQUEST',
                    `The preview answers only its own page, not a ${site} request (Sec-Fetch-Site)`
                );
            const origin = header(request, 'origin');
            if (origin !== undefined && !origins.has(origin.toLowerCase()))
                throw new RefusedRequest(
                    403,
                    'CROSS_SITE_REQUEST',
                    `The preview answers only its own page, not a request from origin ${JSON.stringify(origin)}`
                );
            if (origin === undefined && !SAFE_METHODS.has(method))
                throw new RefusedRequest(
                    403,
                    'CROSS_SITE_REQUEST',
                    `A ${method} to the preview needs the Origin header its page sends`
                );
            const sent = header(request, SESSION_HEADER);
            if (sent === undefined || !sameToken(sent, token))
                throw new RefusedRequest(
                    403,
                    'PREVIEW_SESSION_REQUIRED',
                    `The request lacks this preview's session token (header ${SESSION_HEADER}): only the page it serves may use it; reload the page`
                );
            const type = header(request, 'content-type');
            if (
                !SAFE_METHODS.has(method) &&
                (type === undefined || !/^application\/json\s*(;|$)/i.test(type))
            )
                throw new RefusedRequest(
                    415,
                    'UNSUPPORTED_MEDIA_TYPE',
                    `A ${method} to the preview must be Content-Type: application/json, not ${JSON.stringify(type ?? '')}`
                );
        }
    };
}

/** The page's HTML with the session token in a `<meta>` the page's config script reads. */
export function withSessionToken(html: string, token: string): string {
    const meta = `<meta name="${SESSION_META}" content="${token}" />`;
    const head = /<head(\s[^>]*)?>/i.exec(html);
    if (head !== null) {
        const end = head.index + head[0].length;
        return `${html.slice(0, end)}\n        ${meta}${html.slice(end)}`;
    }
    const doctype = /^\s*<!doctype[^>]*>/i.exec(html);
    const end = doctype === null ? 0 : doctype[0].length;
    return `${html.slice(0, end)}${meta}${html.slice(end)}`;
}

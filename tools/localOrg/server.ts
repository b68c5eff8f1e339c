/**
 * The local org's HTTP front: binds to 127.0.0.1 only, serves the API versions an org of its
 * release has (any other is a 404), requires the bearer token on every
 * `/services/data/vNN.N/…` resource and on `/services/oauth2/userinfo`, counts one API call
 * per authenticated request it serves (REQUEST_LIMIT_EXCEEDED once DailyApiRequests is used
 * up), applies the fault plan, reads bodies within each resource's size limit, routes, and
 * turns errors into Salesforce's error responses.
 */
import { timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Org, Reply, RequestContext, Route } from './context';
import { ApiError, apiErrors } from './errors';
import type { FaultDecision, FaultInjector } from './faults';
import { userInfo, type Identity } from './identity';
import { exchangeToken, type JwtTrust } from './jwtBearer';
import { isSupportedVersion, versionList } from './apiVersions';
import { MAX_JSON_BYTES, readBody } from './requestBody';
import { ROUTES } from './routes';

export const LOOPBACK = '127.0.0.1';

const NO_FAULT: FaultDecision = { fault: null, locksRecord: () => false };

export interface ServerOptions {
    org: Org;
    accessToken: string;
    faults: FaultInjector | null;
    /** Counts served API calls; shared with the org's `/limits`. */
    counter: { calls: number };
    /** Where unexpected failures are reported (never with request headers or tokens). */
    log: (line: string) => void;
    /** The org and user the token belongs to (`/services/oauth2/userinfo`). */
    identity: Identity;
    /** The connected app whose JWT bearer logins `/services/oauth2/token` accepts; null for none. */
    jwtTrust: JwtTrust | null;
}

function tokenMatches(header: string | undefined, expected: Buffer): boolean {
    const match = /^(?:Bearer|OAuth)\s+(.+)$/i.exec(header ?? '');
    if (match === null) return false;
    const given = Buffer.from((match[1] as string).trim());
    return given.length === expected.length && timingSafeEqual(given, expected);
}

function send(response: http.ServerResponse, reply: Reply, extraHeaders: Record<string, string>): void {
    const headers: Record<string, string> = { ...extraHeaders, ...(reply.headers ?? {}) };
    let body: string | undefined;
    if (reply.json !== undefined) {
        body = JSON.stringify(reply.json);
        headers['Content-Type'] = 'application/json;charset=UTF-8';
    } else if (reply.text !== undefined) {
        body = reply.text;
        headers['Content-Type'] = `${reply.contentType ?? 'text/plain'};charset=UTF-8`;
    }
    if (body !== undefined) headers['Content-Length'] = String(Buffer.byteLength(body));
    response.writeHead(reply.status, headers);
    response.end(body);
}

const errorReply = (error: ApiError): Reply => ({
    status: error.status,
    json: error.body(),
    headers: error.headers
});

function decodeParam(text: string): string {
    try {
        return decodeURIComponent(text);
    } catch {
        throw new ApiError(400, 'INVALID_URL', `Malformed URL segment: ${text}`);
    }
}

export class LocalOrgServer {
    readonly http: http.Server;
    private readonly token: Buffer;
    private sequence = 0;

    constructor(private readonly options: ServerOptions) {
        this.token = Buffer.from(options.accessToken);
        this.http = http.createServer((request, response) => {
            this.handle(request, response).catch((error: unknown) => {
                options.log(
                    `local org: unexpected failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`
                );
                if (!response.headersSent)
                    send(
                        response,
                        errorReply(new ApiError(500, 'UNKNOWN_EXCEPTION', 'An unexpected error occurred.')),
                        {}
                    );
                else response.destroy();
            });
        });
        // Keep-alive sockets must not keep close() waiting; clients reconnect as needed.
        this.http.keepAliveTimeout = 5_000;
    }

    /** Listens on 127.0.0.1 (port 0 picks a free one); resolves with the port. */
    listen(port: number): Promise<number> {
        return new Promise((resolve, reject) => {
            this.http.once('error', reject);
            this.http.listen(port, LOOPBACK, () => {
                this.http.off('error', reject);
                resolve((this.http.address() as AddressInfo).port);
            });
        });
    }

    close(): Promise<void> {
        return new Promise((resolve) => {
            this.http.close(() => resolve());
            this.http.closeAllConnections();
        });
    }

    private limitHeader(): Record<string, string> {
        return {
            'Sforce-Limit-Info': `api-usage=${this.options.counter.calls}/${this.options.org.apiLimit}`
        };
    }

    /** OpenID Connect userinfo (GET or POST, as Salesforce allows); not an API call. */
    private userInfo(request: http.IncomingMessage, response: http.ServerResponse, method: string): void {
        if (method !== 'GET' && method !== 'POST')
            return send(response, errorReply(apiErrors.methodNotAllowed(method, ['GET', 'POST'])), {});
        if (!tokenMatches(request.headers.authorization, this.token))
            return send(response, errorReply(apiErrors.invalidSession()), {});
        const { port } = this.http.address() as AddressInfo;
        const instanceUrl = `http://${LOOPBACK}:${port}`;
        send(
            response,
            { status: 200, json: userInfo(this.options.identity, instanceUrl, this.options.org.store) },
            {}
        );
    }

    /**
     * The OAuth token endpoint, for the JWT bearer grant of a trusted connected app (see
     * jwtBearer.ts); needs no session, as in an org, and is not an API call.
     */
    private async tokenRequest(
        request: http.IncomingMessage,
        response: http.ServerResponse,
        method: string
    ): Promise<void> {
        if (method !== 'POST')
            return send(response, errorReply(apiErrors.methodNotAllowed(method, ['POST'])), {});
        const form = new URLSearchParams((await readBody(request, MAX_JSON_BYTES)).toString('utf8'));
        const { port } = this.http.address() as AddressInfo;
        const { identity } = this.options;
        const reply = exchangeToken(
            form,
            this.options.jwtTrust,
            {
                username: identity.username,
                instanceUrl: `http://${LOOPBACK}:${port}`,
                accessToken: this.token.toString('utf8'),
                organizationId: identity.organizationId,
                userId: identity.userId
            },
            Math.floor(this.options.org.now().getTime() / 1000)
        );
        send(response, { status: reply.status, json: reply.json }, {});
    }

    private async handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
        const url = new URL(request.url ?? '/', `http://${LOOPBACK}`);
        const method = (request.method ?? 'GET').toUpperCase();
        if (url.pathname === '/services/oauth2/userinfo') return this.userInfo(request, response, method);
        if (url.pathname === '/services/oauth2/token') return this.tokenRequest(request, response, method);
        // The version list needs no token, as in an org.
        if (/^\/services\/data\/?$/.test(url.pathname))
            return send(response, { status: 200, json: versionList() }, {});
        const match = /^\/services\/data\/v([^/]+)(\/.*)?$/.exec(url.pathname);
        if (match === null || !isSupportedVersion(match[1] as string))
            return send(response, errorReply(apiErrors.notFound()), {});
        if (!tokenMatches(request.headers.authorization, this.token))
            return send(response, errorReply(apiErrors.invalidSession()), {});
        const { org, counter, faults } = this.options;
        if (counter.calls >= org.apiLimit)
            return send(response, errorReply(apiErrors.requestLimit()), this.limitHeader());

        const version = match[1] as string;
        const path = match[2] ?? '/';
        const candidates = ROUTES.map((route) => ({ route, found: route.pattern.exec(path) })).filter(
            (c): c is { route: Route; found: RegExpExecArray } => c.found !== null
        );
        const chosen = candidates.find((c) => c.route.method === method);
        const fault = faults?.decide(++this.sequence, chosen?.route.saves === true) ?? NO_FAULT;
        if (fault.fault === 'dropBefore') {
            request.socket.destroy();
            return;
        }
        if (fault.fault === 'unavailable') return send(response, errorReply(apiErrors.unavailable()), {});
        if (fault.fault === 'concurrencyLimit')
            return send(response, errorReply(apiErrors.concurrencyLimit()), this.limitHeader());

        counter.calls++;
        let reply: Reply;
        try {
            if (chosen === undefined) {
                throw candidates.length === 0
                    ? apiErrors.notFound()
                    : apiErrors.methodNotAllowed(method, [...new Set(candidates.map((c) => c.route.method))]);
            }
            const context: RequestContext = {
                method,
                path,
                params: chosen.found.slice(1).map(decodeParam),
                query: url.searchParams,
                headers: request.headers,
                body: await readBody(request, chosen.route.maxBodyBytes ?? MAX_JSON_BYTES),
                version,
                base: `/services/data/v${version}`,
                fault
            };
            reply = await chosen.route.handler(org, context);
        } catch (error) {
            if (!(error instanceof ApiError)) throw error;
            reply = errorReply(error);
        }
        // The request was processed (and committed); only its response is lost.
        if (fault.fault === 'dropAfter') {
            request.socket.destroy();
            return;
        }
        send(response, reply, this.limitHeader());
    }
}

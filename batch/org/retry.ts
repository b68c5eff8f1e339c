/**
 * Retries with exponential backoff and jitter for every verb. jsforce retries GETs itself
 * but never POST or PATCH, and a batch run writes with both, so every call goes through here.
 *
 * REQUEST_LIMIT_EXCEEDED comes in two kinds that only the message tells apart: the daily
 * limit ("TotalRequests Limit exceeded": nothing more today, so stop cleanly and resume
 * later) and too many concurrent long-running requests ("ConcurrentPerOrgLongTxn Limit
 * exceeded", "ConcurrentRequests …": clears in seconds, so back off and retry).
 */
import { orgErrorOf } from './orgError';

/**
 * The org takes no more requests for now: its daily API limit is spent, or it kept refusing
 * concurrent requests through every retry. Stop cleanly (the checkpoint lets a later run resume).
 */
export class ApiLimitError extends Error {
    override name = 'ApiLimitError';
}

export type Failure = 'transient' | 'limit' | 'fatal';

const TRANSIENT_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'EPIPE',
    'ETIMEDOUT',
    'UND_ERR_SOCKET',
    'UND_ERR_CLOSED',
    'ERR_STREAM_PREMATURE_CLOSE'
]);
const TRANSIENT_API_CODES = new Set([
    'UNABLE_TO_LOCK_ROW',
    'SERVER_UNAVAILABLE',
    'QUERY_TIMEOUT',
    'ERROR_HTTP_500',
    'ERROR_HTTP_502',
    'ERROR_HTTP_503',
    'ERROR_HTTP_504'
]);

interface ErrorLike {
    errorCode?: unknown;
    code?: unknown;
    name?: unknown;
    message?: unknown;
    cause?: unknown;
}

/** REQUEST_LIMIT_EXCEEDED for too many concurrent requests, not for the daily limit. */
export function isConcurrencyLimit(error: unknown): boolean {
    const org = orgErrorOf(error);
    return org.code === 'REQUEST_LIMIT_EXCEEDED' && /Concurrent/i.test(org.message);
}

/** Sorts an error from jsforce or the network into retry / stop / give up. */
export function classify(error: unknown): Failure {
    const e = (error ?? {}) as ErrorLike;
    const org = orgErrorOf(error);
    const codes = [org.code, e.code, e.name, (e.cause as ErrorLike | undefined)?.code].filter(
        (c): c is string => typeof c === 'string'
    );
    // Any other wording is taken as the daily limit: stopping is safe, hammering the org is not.
    if (codes.includes('REQUEST_LIMIT_EXCEEDED')) return isConcurrencyLimit(error) ? 'transient' : 'limit';
    if (codes.some((c) => TRANSIENT_API_CODES.has(c) || TRANSIENT_CODES.has(c))) return 'transient';
    const message = typeof e.message === 'string' ? e.message : '';
    if (
        /socket hang up|fetch failed|other side closed|ECONNRESET|network|premature close|Service Unavailable/i.test(
            message
        )
    ) {
        return 'transient';
    }
    return 'fatal';
}

/**
 * The error to stop with once a transient failure outlasted every retry: a concurrency limit
 * that never cleared stops the run cleanly (resumable), like the daily limit; anything else
 * is passed on as it came.
 */
export function givenUp(what: string, error: unknown): unknown {
    if (!isConcurrencyLimit(error)) return error;
    return new ApiLimitError(
        `${what}: the org kept refusing requests, too many run at once (REQUEST_LIMIT_EXCEEDED: ${orgErrorOf(error).message})`
    );
}

export interface RetryPolicy {
    tries: number;
    baseMs: number;
    maxMs: number;
    sleep?: (ms: number) => Promise<void>;
    onRetry?: (what: string, attempt: number, error: unknown) => void;
}

export const DEFAULT_RETRY: RetryPolicy = { tries: 6, baseMs: 200, maxMs: 10_000 };

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Backoff for attempt n (1-based): base·2^(n−1), capped, with full jitter. */
export function backoffMs(attempt: number, policy: RetryPolicy, random: () => number = Math.random): number {
    const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** (attempt - 1));
    return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

export async function withRetry<T>(
    what: string,
    fn: () => Promise<T>,
    policy: RetryPolicy = DEFAULT_RETRY
): Promise<T> {
    const sleep = policy.sleep ?? defaultSleep;
    for (let attempt = 1; ; attempt++) {
        try {
            return await fn();
        } catch (error) {
            const kind = classify(error);
            if (kind === 'limit')
                throw new ApiLimitError(
                    `${what}: the org's API request limit is exhausted (REQUEST_LIMIT_EXCEEDED)`
                );
            if (kind === 'fatal') throw error;
            // A single-attempt policy leaves retrying to its caller, which needs the error as it came.
            if (attempt >= policy.tries) throw policy.tries > 1 ? givenUp(what, error) : error;
            policy.onRetry?.(what, attempt, error);
            await sleep(backoffMs(attempt, policy));
        }
    }
}

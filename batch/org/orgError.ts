/**
 * The org's error code and message, out of whatever error carried them. jsforce puts them on
 * its HttpApiError, except when a response was read as text (Bulk API CSV downloads): then the
 * code is only `ERROR_HTTP_<status>` and the org's JSON error sits in the message. Deciding
 * what an error means goes by the org's own code, so both shapes must give the same answer.
 */
export interface OrgError {
    code: string | null;
    message: string;
}

interface ErrorBody {
    errorCode?: unknown;
    message?: unknown;
}

/** `[{"message": …, "errorCode": …}]` (or one such object) as the REST and Bulk APIs send it. */
function parseErrorBody(text: string): OrgError | null {
    const trimmed = text.trim();
    if (!trimmed.startsWith('[') && !trimmed.startsWith('{')) return null;
    try {
        const parsed = JSON.parse(trimmed) as unknown;
        const first = (Array.isArray(parsed) ? parsed[0] : parsed) as ErrorBody | null | undefined;
        if (first && typeof first.errorCode === 'string')
            return {
                code: first.errorCode,
                message: typeof first.message === 'string' ? first.message : ''
            };
    } catch {
        // not the org's JSON: keep the error as it is
    }
    return null;
}

export function orgErrorOf(error: unknown): OrgError {
    const e = (error ?? {}) as ErrorBody;
    const code = typeof e.errorCode === 'string' ? e.errorCode : null;
    const message = typeof e.message === 'string' ? e.message : '';
    if (code === null || /^ERROR_HTTP_\d+$/.test(code)) {
        const inner = parseErrorBody(message);
        if (inner) return inner;
    }
    return { code, message };
}

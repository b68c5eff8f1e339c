/**
 * Errors in the shapes Salesforce sends them, so clients (jsforce, the pipeline's retry
 * logic) see exactly what a real org would return.
 *
 * - Whole-request errors: an HTTP status and a JSON array `[{ message, errorCode }]`.
 * - Per-record errors of sObject Collections and Bulk API results: `{ statusCode, message, fields }`.
 */

/** A whole request failed; the server turns it into `status` + `[{ message, errorCode }]`. */
export class ApiError extends Error {
    override name = 'ApiError';
    constructor(
        readonly status: number,
        readonly errorCode: string,
        message: string,
        /** Extra headers the client needs (e.g. `Allow` on 405). */
        readonly headers: Record<string, string> = {}
    ) {
        super(message);
    }

    body(): Array<{ message: string; errorCode: string }> {
        return [{ message: this.message, errorCode: this.errorCode }];
    }
}

/** One error of one record in a save result. */
export interface SaveError {
    statusCode: string;
    message: string;
    fields: string[];
}

export const saveError = (statusCode: string, message: string, fields: string[] = []): SaveError => ({
    statusCode,
    message,
    fields
});

const WSDL_HINT = 'Please reference your WSDL or the describe call for the appropriate names.';

/** The errors the REST API returns, with Salesforce's codes, statuses and wording. */
export const apiErrors = {
    invalidSession: () => new ApiError(401, 'INVALID_SESSION_ID', 'Session expired or invalid'),
    /** The daily limit: no more calls until the 24-hour window moves on. */
    requestLimit: () => new ApiError(403, 'REQUEST_LIMIT_EXCEEDED', 'TotalRequests Limit exceeded.'),
    /** Too many long-running requests at once: clears as soon as some finish. */
    concurrencyLimit: () =>
        new ApiError(403, 'REQUEST_LIMIT_EXCEEDED', 'ConcurrentPerOrgLongTxn Limit exceeded.'),
    unavailable: () =>
        new ApiError(503, 'SERVER_UNAVAILABLE', 'The server is temporarily unable to service your request.'),
    notFound: () => new ApiError(404, 'NOT_FOUND', 'The requested resource does not exist'),
    methodNotAllowed: (method: string, allowed: string[]) =>
        new ApiError(
            405,
            'METHOD_NOT_ALLOWED',
            `HTTP Method '${method}' not allowed. Allowed are ${allowed.join(',')}`,
            { Allow: allowed.join(', ') }
        ),
    malformedQuery: (detail: string) => new ApiError(400, 'MALFORMED_QUERY', detail),
    invalidField: (detail: string) => new ApiError(400, 'INVALID_FIELD', detail),
    noSuchColumn: (field: string, object: string) =>
        new ApiError(
            400,
            'INVALID_FIELD',
            `No such column '${field}' on entity '${object}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. ${WSDL_HINT}`
        ),
    noSuchColumnOnSobject: (field: string, object: string) =>
        new ApiError(400, 'INVALID_FIELD', `No such column '${field}' on sobject of type ${object}`),
    unknownRelationship: (relationship: string) =>
        new ApiError(
            400,
            'INVALID_FIELD',
            `Didn't understand relationship '${relationship}' in field path. If you are attempting to use a custom relationship, be sure to append the '__r' after the custom relationship name. ${WSDL_HINT}`
        ),
    unknownChildRelationship: (relationship: string) =>
        new ApiError(
            400,
            'INVALID_TYPE',
            `Didn't understand relationship '${relationship}' in FROM part of query call. If you are attempting to use a custom relationship, be sure to append the '__r' after the custom relationship name. ${WSDL_HINT}`
        ),
    unknownObject: (object: string) =>
        new ApiError(
            400,
            'INVALID_TYPE',
            `sObject type '${object}' is not supported. If you are attempting to use a custom object, be sure to append the '__c' after the entity name. ${WSDL_HINT}`
        ),
    unknownObjectInUrl: (object: string) =>
        new ApiError(
            404,
            'NOT_FOUND',
            `The requested resource does not exist: sObject type '${object}' is not supported.`
        ),
    invalidFilterValue: (field: string, expected: string) =>
        new ApiError(
            400,
            'INVALID_FIELD',
            `value of filter criterion for field '${field}' must be of type ${expected} and should not be enclosed in quotes`
        ),
    invalidOperator: (detail: string) => new ApiError(400, 'INVALID_QUERY_FILTER_OPERATOR', detail),
    invalidQueryLocator: () => new ApiError(400, 'INVALID_QUERY_LOCATOR', 'invalid query locator'),
    jsonParser: (detail: string) => new ApiError(400, 'JSON_PARSER_ERROR', detail),
    invalidRequest: (errorCode: string, detail: string) => new ApiError(400, errorCode, detail),
    tooManyRecords: () =>
        new ApiError(
            400,
            'EXCEEDED_ID_LIMIT',
            'record limit reached. cannot submit more than 200 records into this call'
        ),
    /** The connection is closed after this answer: the rest of the body is never read. */
    bodyTooLarge: (limit: number) =>
        new ApiError(
            413,
            'REQUEST_ENTITY_TOO_LARGE',
            `The request body is larger than the ${formatBytes(limit)} this resource accepts.`,
            { Connection: 'close' }
        )
};

function formatBytes(bytes: number): string {
    const mb = bytes / (1024 * 1024);
    return mb >= 1 ? `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB` : `${bytes} bytes`;
}

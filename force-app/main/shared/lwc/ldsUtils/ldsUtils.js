/**
 * Error helpers shared by Trust Ledger's components (service module, no DOM).
 *
 * Lightning Data Service, the UI API GraphQL wire and plain JavaScript report failures in
 * different shapes. The components show one list of readable messages whatever the source,
 * and decide from the error codes whether the user lacks access or a write raced another.
 */

/** UI API status codes and GraphQL messages that mean "you may not see or change this". */
const ACCESS_CODES = new Set([
    'INSUFFICIENT_ACCESS',
    'INSUFFICIENT_ACCESS_OR_READONLY',
    'INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY',
    'INVALID_FIELD_FOR_INSERT_UPDATE',
    'FIELD_INTEGRITY_EXCEPTION_ACCESS',
    'NOT_FOUND_OR_NO_ACCESS'
]);
// A GraphQL query naming an object or field the user cannot read fails validation: the
// UI API schema is built per user, so the field is "undefined" for them.
const GRAPHQL_NO_ACCESS = /FieldUndefined|Field '[^']+' in type '[^']+' is undefined|insufficient access/i;
// An object (a field of the query root `RecordQuery`) the schema lacks. For a standard object
// that usually means the org has no such object (CaseMilestone exists only with Entitlement
// Management), not that the user needs a permission; the package's own objects (`__c`) are
// always installed, so for them it still means no access.
const GRAPHQL_UNKNOWN_OBJECT = /Field '([A-Za-z0-9_]+)' in type 'RecordQuery' is undefined/;
const CUSTOM_OBJECT = /__(c|mdt|e|x)$/;

function asList(errors) {
    if (errors === undefined || errors === null) return [];
    return Array.isArray(errors) ? errors : [errors];
}

/** The body of a UI API error response, flattened into its parts. */
function bodyParts(body) {
    if (Array.isArray(body)) return body;
    const parts = [];
    if (body.message) parts.push({ message: body.message, errorCode: body.errorCode });
    for (const pageError of body.pageErrors ?? []) parts.push(pageError);
    for (const list of Object.values(body.fieldErrors ?? {})) parts.push(...list);
    if (body.output) {
        for (const error of body.output.errors ?? []) parts.push(error);
        for (const list of Object.values(body.output.fieldErrors ?? {})) parts.push(...list);
    }
    return parts;
}

/** Every error as {message, code}, whatever its source. */
function flatten(errors) {
    const flat = [];
    for (const error of asList(errors)) {
        if (error === undefined || error === null) continue;
        if (typeof error === 'string') {
            flat.push({ message: error, code: undefined });
        } else if (error.body !== undefined && error.body !== null && typeof error.body === 'object') {
            const parts = bodyParts(error.body);
            if (parts.length === 0 && error.statusText) parts.push({ message: error.statusText });
            for (const part of parts) {
                flat.push({
                    message: part.message,
                    code: part.errorCode ?? part.statusCode ?? error.body.errorCode
                });
            }
        } else if (Array.isArray(error.errors)) {
            // A GraphQL response passed whole ({data, errors}).
            flat.push(...flatten(error.errors));
        } else if (typeof error.message === 'string') {
            flat.push({ message: error.message, code: error.errorCode ?? error.statusCode });
        } else if (error.statusText) {
            flat.push({ message: error.statusText, code: undefined });
        }
    }
    return flat.filter((item) => typeof item.message === 'string' && item.message.length > 0);
}

/**
 * Readable messages of one error or a list of them: an LDS/UI API error
 * (`{body: {message} | [{message}] | {pageErrors, fieldErrors, output}}`), a GraphQL error
 * (`{message, locations, paths}`), a JavaScript `Error` or a string. Duplicates are dropped.
 * @param {*} errors
 * @returns {string[]}
 */
export function reduceErrors(errors) {
    return [...new Set(flatten(errors).map((item) => item.message))];
}

/**
 * The UI API error codes among the errors (`DUPLICATE_VALUE`, `INSUFFICIENT_ACCESS` …).
 * @param {*} errors
 * @returns {string[]}
 */
export function errorCodes(errors) {
    return [...new Set(flatten(errors).map((item) => item.code))].filter((code) => typeof code === 'string');
}

/**
 * Whether the errors say the user lacks access (object, field or record), rather than that
 * something broke: the panel then explains what to ask for instead of showing the error.
 * @param {*} errors
 * @returns {boolean}
 */
export function isAccessError(errors) {
    const flat = flatten(errors);
    return (
        flat.length > 0 &&
        flat.some(
            (item) =>
                ACCESS_CODES.has(item.code) ||
                (GRAPHQL_NO_ACCESS.test(item.message) && unknownStandardObject(item.message) === null)
        )
    );
}

function unknownStandardObject(message) {
    const match = GRAPHQL_UNKNOWN_OBJECT.exec(message);
    return match && !CUSTOM_OBJECT.test(match[1]) ? match[1] : null;
}

/**
 * Standard objects a GraphQL query names that the org's UI API schema does not have
 * (validation error "Field 'CaseMilestone' in type 'RecordQuery' is undefined"): the org
 * lacks the object, which no permission set can fix.
 * @param {*} errors
 * @returns {string[]}
 */
export function unknownObjects(errors) {
    const names = flatten(errors)
        .map((item) => unknownStandardObject(item.message))
        .filter((name) => name !== null);
    return [...new Set(names)];
}

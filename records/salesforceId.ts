/**
 * Salesforce record ids in their two forms. The API always returns the 18-character form; reports
 * and some exports write the case-sensitive 15-character form. The last three characters of the
 * 18-character form are derived from the first fifteen, so a 15-character id has exactly one
 * 18-character twin and the two can be matched without asking the org.
 */

const SUFFIX_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';
const ID15_RE = /^[0-9A-Za-z]{15}$/;

/**
 * The case-insensitivity suffix of a 15-character id: for each 5-character chunk, a 5-bit
 * mask of which characters are upper-case letters (first character = lowest bit), encoded
 * as one of `A–Z0–5`.
 */
export function salesforceIdSuffix(id15: string): string {
    let suffix = '';
    for (let chunk = 0; chunk < 3; chunk++) {
        let bits = 0;
        for (let i = 0; i < 5; i++) {
            const code = id15.charCodeAt(chunk * 5 + i);
            if (code >= 65 && code <= 90) bits |= 1 << i;
        }
        suffix += SUFFIX_CHARS.charAt(bits);
    }
    return suffix;
}

/** `true` for an 18-character id whose suffix matches its first 15 characters. */
export function isValidSalesforceId(id: string): boolean {
    if (id.length !== 18) return false;
    const id15 = id.slice(0, 15);
    return ID15_RE.test(id15) && salesforceIdSuffix(id15) === id.slice(15);
}

/**
 * The 18-character form of an id: a 15-character id gains its suffix; anything else (an
 * 18-character id, or a value that is not a Salesforce id at all) is returned unchanged.
 */
export function toId18(id: string): string {
    return id.length === 15 && ID15_RE.test(id) ? id + salesforceIdSuffix(id) : id;
}

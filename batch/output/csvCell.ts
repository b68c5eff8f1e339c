/**
 * One cell of the CSV that `score --format csv` writes for people to open in a spreadsheet.
 *
 * Account names and driver summaries come from records anyone with edit access can type, and
 * a spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` (or a tab or carriage return
 * before one) as a formula: `=HYPERLINK(…)` would be a live link, `+1+2` a sum. As OWASP's
 * "CSV Injection" page recommends, such a text cell gets a leading single quote, which makes
 * the spreadsheet show it as text, and is quoted so the quote stays part of the cell. The
 * full-width forms of the four characters are included because some spreadsheets read them
 * as the ASCII ones.
 *
 * Numbers the product computes (scores, impacts) are written as numbers, negative or not, so
 * they stay numeric; a text cell that is exactly a plain decimal number (an account named
 * "-1") is left alone too, because it can only ever be that number.
 */
const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20']);
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;
const NEEDS_QUOTES = /[",\r\n]/;

/** True when a spreadsheet could run this text as a formula. */
export function startsLikeFormula(text: string): boolean {
    return FORMULA_START.has(text.charAt(0)) && !PLAIN_NUMBER.test(text);
}

/** Quotes doubled; most texts have none, and then the text itself is kept. */
const escapeQuotes = (value: string): string => (value.includes('"') ? value.replace(/"/g, '""') : value);

export function csvCell(value: string | number | null): string {
    if (value === null) return '';
    if (typeof value === 'number') return String(value);
    if (startsLikeFormula(value)) return `"'${escapeQuotes(value)}"`;
    return NEEDS_QUOTES.test(value) ? `"${escapeQuotes(value)}"` : value;
}

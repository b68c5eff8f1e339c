/**
 * CSV as Bulk API 2.0 reads and writes it: the job's column delimiter and line ending,
 * every value quoted in results, nulls as empty cells.
 */
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { ApiError } from './errors';

export const COLUMN_DELIMITERS: Readonly<Record<string, string>> = {
    COMMA: ',',
    TAB: '\t',
    PIPE: '|',
    SEMICOLON: ';',
    CARET: '^',
    BACKQUOTE: '`'
};

export const LINE_ENDINGS: Readonly<Record<string, string>> = { LF: '\n', CRLF: '\r\n' };

export interface CsvFormat {
    columnDelimiter: string;
    lineEnding: string;
}

/** The job's `columnDelimiter` / `lineEnding` names, checked; defaults COMMA and LF. */
export function csvFormat(body: Record<string, unknown>): CsvFormat {
    const columnDelimiter = body.columnDelimiter ?? 'COMMA';
    const lineEnding = body.lineEnding ?? 'LF';
    if (typeof columnDelimiter !== 'string' || COLUMN_DELIMITERS[columnDelimiter] === undefined)
        throw new ApiError(400, 'INVALIDJOB', `Invalid column delimiter: ${String(columnDelimiter)}`);
    if (typeof lineEnding !== 'string' || LINE_ENDINGS[lineEnding] === undefined)
        throw new ApiError(400, 'INVALIDJOB', `Invalid line ending: ${String(lineEnding)}`);
    if (body.contentType !== undefined && body.contentType !== 'CSV')
        throw new ApiError(400, 'INVALIDJOB', `Invalid content type: ${String(body.contentType)}`);
    return { columnDelimiter, lineEnding };
}

/** Rows (first row the header) as CSV text; non-empty values quoted, as Salesforce writes them. */
export function writeCsv(rows: string[][], format: CsvFormat): string {
    return stringify(rows, {
        delimiter: COLUMN_DELIMITERS[format.columnDelimiter],
        record_delimiter: LINE_ENDINGS[format.lineEnding] === '\r\n' ? 'windows' : 'unix',
        quoted: true,
        quoted_empty: false
    });
}

/** Uploaded CSV as rows of cells (first row the header). */
export function readCsv(text: string, format: CsvFormat): string[][] {
    return parse(text, {
        delimiter: COLUMN_DELIMITERS[format.columnDelimiter],
        bom: true,
        skip_empty_lines: true,
        relax_column_count: true
    }) as string[][];
}

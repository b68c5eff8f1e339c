/**
 * Streams one export CSV into compact columns, checking every cell against the export
 * schema. Any problem stops the load with a CsvInputError naming file, line and column.
 */
import { createReadStream, existsSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse';
import { CsvInputError } from './errors';
import type { ColumnKind, ColumnSpec, ObjectExportSpec } from './exportSchema';
import { BooleanColumn, DayColumn, InternedColumn, NumberColumn, PackedTextColumn } from './columns';
import { CELL_PARSERS, EXPECTED, INVALID } from './values';

export type StagedColumn = DayColumn | NumberColumn | BooleanColumn | InternedColumn | PackedTextColumn;

/** Free-text columns whose values rarely repeat; everything else textual is interned. */
const UNIQUE_TEXT = new Set(['Name', 'Description__c']);

export function columnFor(spec: ColumnSpec): StagedColumn {
    switch (spec.kind) {
        case 'boolean':
            return new BooleanColumn();
        case 'number':
        case 'datetime':
            return new NumberColumn();
        case 'date':
            return new DayColumn();
        case 'id':
            return new PackedTextColumn();
        case 'text':
            return UNIQUE_TEXT.has(spec.name) ? new PackedTextColumn() : new InternedColumn();
    }
}

/** A problem with one row, raised by a row hook; the loader adds file and line. */
export class RowProblem extends Error {
    constructor(
        readonly column: string | null,
        readonly detail: string
    ) {
        super(detail);
    }
}

export interface TableLoad {
    file: string;
    present: boolean;
    rows: number;
    columns: Map<string, StagedColumn>;
}

export interface LoadTableOptions {
    folder: string;
    spec: ObjectExportSpec;
    /** Extra columns (e.g. the model's renewal contract lookup field). */
    extraColumns?: ColumnSpec[];
    /** Columns whose raw text the row hook needs (ids for linking); positions are resolved once. */
    linkColumns: string[];
    /** Called per row after its cells are stored, with the link columns' raw text in order. */
    onRow: (row: number, links: string[]) => void;
    /** Columns validated but not kept (e.g. AccountId once linked to an account ordinal). */
    dropColumns?: string[];
    /** Receives the staging columns before the first row, e.g. to index the Id column. */
    onColumns?: (columns: Map<string, StagedColumn>) => void;
    onProgress?: (rows: number) => void;
}

/** Finds each spec column in the header (API names, case-insensitive as Data Loader upper-cases them). */
function mapHeader(header: string[], columns: ColumnSpec[], file: string): Map<string, number> {
    const positions = new Map<string, number>();
    header.forEach((name, i) => positions.set(name.trim().toLowerCase(), i));
    const out = new Map<string, number>();
    const missing: string[] = [];
    for (const col of columns) {
        const at = positions.get(col.name.toLowerCase());
        if (at === undefined) {
            if (col.required) missing.push(col.name);
        } else out.set(col.name, at);
    }
    if (missing.length > 0) {
        throw new CsvInputError(
            file,
            1,
            missing.join(', '),
            `required column${missing.length > 1 ? 's' : ''} missing from the header`
        );
    }
    return out;
}

/**
 * The physical line of the n-th record (0 = header). Parsing with per-record line info costs
 * half again as much as parsing alone, so the line is looked up only when there is an error.
 */
async function lineOfRecord(full: string, record: number): Promise<number | null> {
    const parser = createReadStream(full).pipe(
        parse({ bom: true, relax_column_count: true, skip_empty_lines: true, info: true })
    );
    let n = 0;
    for await (const item of parser as AsyncIterable<{ info: { lines: number } }>) {
        if (n++ === record) {
            parser.destroy();
            return item.info.lines;
        }
    }
    return null;
}

interface PlannedColumn {
    name: string;
    at: number;
    kind: ColumnKind;
    notNull: boolean;
    push: (row: number, value: unknown) => void;
}

export async function loadTable(options: LoadTableOptions): Promise<TableLoad> {
    const { folder, spec } = options;
    const file = `${spec.apiName}.csv`;
    const full = path.join(folder, file);
    const specColumns = [...spec.columns, ...(options.extraColumns ?? [])];
    const dropped = new Set(options.dropColumns ?? []);
    const columns = new Map<string, StagedColumn>(
        specColumns.filter((c) => !dropped.has(c.name)).map((c) => [c.name, columnFor(c)])
    );
    options.onColumns?.(columns);
    if (!existsSync(full)) return { file, present: false, rows: 0, columns };

    const parser = createReadStream(full).pipe(
        parse({ bom: true, relax_column_count: false, skip_empty_lines: true })
    );
    let plan: PlannedColumn[] | null = null;
    let linkAt: number[] = [];
    let width = 0;
    let row = 0;
    const links: string[] = [];

    // Errors found while reading carry the record number; the line is filled in afterwards.
    let failure: { record: number; column: string | null; detail: string } | null = null;
    let other: unknown = null;

    await new Promise<void>((resolve) => {
        const stop = (): void => {
            parser.destroy();
            resolve();
        };
        parser.on('readable', () => {
            let cells: string[] | null;
            try {
                while ((cells = parser.read() as string[] | null) !== null) {
                    if (plan === null) {
                        const header = mapHeader(cells, specColumns, file);
                        width = cells.length;
                        plan = [];
                        for (const col of specColumns) {
                            const at = header.get(col.name);
                            if (at === undefined) continue;
                            const column = columns.get(col.name);
                            const push = column
                                ? (column.push.bind(column) as (row: number, value: unknown) => void)
                                : () => undefined;
                            plan.push({
                                name: col.name,
                                at,
                                kind: col.kind,
                                notNull: col.notNull ?? false,
                                push
                            });
                        }
                        linkAt = options.linkColumns.map((name) => header.get(name) ?? -1);
                        continue;
                    }
                    if (cells.length !== width) {
                        failure = {
                            record: row + 1,
                            column: null,
                            detail: `expected ${width} cells as in the header, found ${cells.length}`
                        };
                        return stop();
                    }
                    for (const p of plan) {
                        const text = cells[p.at] as string;
                        if (text === '' && p.notNull) {
                            failure = {
                                record: row + 1,
                                column: p.name,
                                detail: 'is empty; every row needs a value'
                            };
                            return stop();
                        }
                        const value = CELL_PARSERS[p.kind](text);
                        if (value === INVALID) {
                            failure = {
                                record: row + 1,
                                column: p.name,
                                detail: `${JSON.stringify(text)} is not ${EXPECTED[p.kind]}`
                            };
                            return stop();
                        }
                        p.push(row, value);
                    }
                    for (let i = 0; i < linkAt.length; i++)
                        links[i] = linkAt[i] === -1 ? '' : (cells[linkAt[i] as number] as string);
                    try {
                        options.onRow(row, links);
                    } catch (error) {
                        if (!(error instanceof RowProblem)) throw error;
                        failure = { record: row + 1, column: error.column, detail: error.detail };
                        return stop();
                    }
                    row++;
                    if (options.onProgress && (row & 0xffff) === 0) options.onProgress(row);
                }
            } catch (error) {
                other = error;
                stop();
            }
        });
        parser.on('error', (error: Error & { lines?: number }) => {
            other =
                error instanceof CsvInputError
                    ? error
                    : new CsvInputError(file, error.lines ?? null, null, `malformed CSV: ${error.message}`);
            stop();
        });
        parser.on('end', () => resolve());
    });
    if (other !== null) throw other;
    const found = failure as { record: number; column: string | null; detail: string } | null;
    if (found !== null)
        throw new CsvInputError(file, await lineOfRecord(full, found.record), found.column, found.detail);
    return { file, present: true, rows: row, columns };
}

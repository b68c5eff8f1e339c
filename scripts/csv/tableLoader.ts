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
import { parseBooleanCell, parseDateCell, parseDateTimeCell, parseNumberCell, type Parsed } from './values';

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

const PARSERS: Record<ColumnKind, (text: string) => Parsed<unknown>> = {
    id: (t) => ({ ok: true, value: t === '' ? null : t }),
    text: (t) => ({ ok: true, value: t === '' ? null : t }),
    boolean: parseBooleanCell,
    number: parseNumberCell,
    date: parseDateCell,
    datetime: parseDateTimeCell
};

/** Called once per row after its cells were stored; may reject the row with a reason. */
export type RowHook = (row: number, cells: string[], line: number) => void;

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
    /** Receives, per row, the raw cells of these columns (by spec name) for linking. */
    onRow: (row: number, cell: (name: string) => string, line: number) => void;
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

export async function loadTable(options: LoadTableOptions): Promise<TableLoad> {
    const { folder, spec } = options;
    const file = `${spec.apiName}.csv`;
    const full = path.join(folder, file);
    const specColumns = [...spec.columns, ...(options.extraColumns ?? [])];
    const columns = new Map<string, StagedColumn>(specColumns.map((c) => [c.name, columnFor(c)]));
    if (!existsSync(full)) return { file, present: false, rows: 0, columns };

    const parser = createReadStream(full).pipe(
        parse({ bom: true, relax_column_count: false, skip_empty_lines: true, info: true })
    );
    let header: Map<string, number> | null = null;
    let width = 0;
    let row = 0;
    const plan: { name: string; at: number; kind: ColumnKind; notNull: boolean; column: StagedColumn }[] = [];

    await new Promise<void>((resolve, reject) => {
        const fail = (error: unknown): void => {
            parser.destroy();
            reject(error);
        };
        parser.on('readable', () => {
            try {
                let item: { record: string[]; info: { lines: number } } | null;
                while (
                    (item = parser.read() as { record: string[]; info: { lines: number } } | null) !== null
                ) {
                    const cells = item.record;
                    const line = item.info.lines;
                    if (header === null) {
                        header = mapHeader(cells, specColumns, file);
                        width = cells.length;
                        for (const col of specColumns) {
                            const at = header.get(col.name);
                            const column = columns.get(col.name);
                            if (at !== undefined && column)
                                plan.push({
                                    name: col.name,
                                    at,
                                    kind: col.kind,
                                    notNull: col.notNull ?? false,
                                    column
                                });
                        }
                        continue;
                    }
                    if (cells.length !== width)
                        throw new CsvInputError(
                            file,
                            line,
                            null,
                            `expected ${width} cells as in the header, found ${cells.length}`
                        );
                    for (const p of plan) {
                        const text = cells[p.at] as string;
                        if (text === '' && p.notNull)
                            throw new CsvInputError(file, line, p.name, 'is empty; every row needs a value');
                        const parsed = PARSERS[p.kind](text);
                        if (!parsed.ok)
                            throw new CsvInputError(
                                file,
                                line,
                                p.name,
                                `${JSON.stringify(text)} is not ${parsed.expected}`
                            );
                        (p.column.push as (row: number, value: unknown) => void)(row, parsed.value);
                    }
                    const rowIndex = row;
                    options.onRow(
                        rowIndex,
                        (name) => {
                            const at = header?.get(name);
                            return at === undefined ? '' : (cells[at] as string);
                        },
                        line
                    );
                    row++;
                    if (options.onProgress && (row & 0xffff) === 0) options.onProgress(row);
                }
            } catch (error) {
                fail(error);
            }
        });
        parser.on('error', (error: Error & { lines?: number }) => {
            fail(
                error instanceof CsvInputError
                    ? error
                    : new CsvInputError(file, error.lines ?? null, null, `malformed CSV: ${error.message}`)
            );
        });
        parser.on('end', () => resolve());
    });
    return { file, present: true, rows: row, columns };
}

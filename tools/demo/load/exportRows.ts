/**
 * Reads a CSV export folder (the `--from` contract) into rows the loader can write, checking
 * every cell against the export schema before anything is sent to the org: a bad file stops
 * the load with `file:line` and the column named, and the org is left untouched.
 *
 * A demo export is loaded whole, so rows are held in memory (a scratch org's 200 MB of data
 * storage holds about 100,000 records; that many rows is a few tens of MB here).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { formatDay } from '../../../engine/dates';
import { openCsvFile } from '../../../batch/exports/csvFile';
import { CsvInputError } from '../../../batch/exports/errors';
import { EXPORT_OBJECTS, type ColumnSpec, type ExportObjectName } from '../../../batch/exports/exportSchema';
import { CELL_PARSERS, EXPECTED, INVALID } from '../../../batch/exports/values';

/** A cell as written to the org: dates `YYYY-MM-DD`, datetimes ISO 8601 UTC, null when empty. */
export type CellValue = string | number | boolean | null;

export interface ExportRow {
    /** Physical line of the record in its file (where the record ends, as csv-parse counts). */
    line: number;
    id: string;
    values: Record<string, CellValue>;
}

export interface ExportTable {
    object: ExportObjectName;
    file: string;
    present: boolean;
    rows: ExportRow[];
}

export type ExportFolder = Record<ExportObjectName, ExportTable>;

function toValue(spec: ColumnSpec, parsed: unknown): CellValue {
    if (parsed === null) return null;
    if (spec.kind === 'date') return formatDay(parsed as number);
    if (spec.kind === 'datetime') return new Date(parsed as number).toISOString();
    return parsed as CellValue;
}

async function readTable(folder: string, object: ExportObjectName): Promise<ExportTable> {
    const columns: ColumnSpec[] = EXPORT_OBJECTS[object].columns;
    const file = `${object}.csv`;
    const full = path.join(folder, file);
    const table: ExportTable = { object, file, present: existsSync(full), rows: [] };
    if (!table.present) return table;
    const parser = openCsvFile(full, file, {
        bom: true,
        relax_column_count: false,
        skip_empty_lines: true,
        info: true
    });
    // Header positions of the contract's columns; headers match in any case, as exports vary.
    let at: (number | undefined)[] | null = null;
    const seen = new Map<string, number>();
    try {
        for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
            const { record, info } = item;
            if (at === null) {
                const header = record.map((cell) => cell.trim().toLowerCase());
                at = columns.map((c) => {
                    const index = header.indexOf(c.name.toLowerCase());
                    return index < 0 ? undefined : index;
                });
                const missing = columns
                    .filter((c, i) => c.required && at?.[i] === undefined)
                    .map((c) => c.name);
                if (missing.length > 0)
                    throw new CsvInputError(
                        file,
                        1,
                        missing.join(', '),
                        `required column${missing.length > 1 ? 's' : ''} missing from the header`
                    );
                continue;
            }
            const values: Record<string, CellValue> = {};
            columns.forEach((spec, i) => {
                const index = at?.[i];
                const text = index === undefined ? '' : (record[index] ?? '');
                const parsed = CELL_PARSERS[spec.kind](text);
                if (parsed === INVALID)
                    throw new CsvInputError(
                        file,
                        info.lines,
                        spec.name,
                        `"${text}" is not ${EXPECTED[spec.kind]}`
                    );
                if (parsed === null && spec.notNull === true)
                    throw new CsvInputError(file, info.lines, spec.name, 'is empty; every row needs a value');
                values[spec.name] = toValue(spec, parsed);
            });
            const id = values.Id as string;
            const first = seen.get(id);
            if (first !== undefined)
                throw new CsvInputError(
                    file,
                    info.lines,
                    'Id',
                    `duplicate Id ${id} (first on line ${first})`
                );
            seen.set(id, info.lines);
            table.rows.push({ line: info.lines, id, values });
        }
    } catch (error) {
        parser.destroy();
        if (error instanceof CsvInputError) throw error;
        const { code, lines } = error as { code?: unknown; lines?: number };
        if (typeof code === 'string' && code.startsWith('CSV_'))
            throw new CsvInputError(file, lines ?? null, null, `malformed CSV: ${(error as Error).message}`);
        throw error;
    }
    return table;
}

/** Every file of the export contract; a missing file is an empty, absent table. */
export async function readExportFolder(folder: string): Promise<ExportFolder> {
    const names = Object.keys(EXPORT_OBJECTS) as ExportObjectName[];
    const tables = await Promise.all(names.map((object) => readTable(folder, object)));
    return Object.fromEntries(tables.map((t) => [t.object, t])) as ExportFolder;
}

/**
 * Loads a CSV export folder (`--data <folder>`, the `--from` format: one `<Object>.csv` per
 * object, API field names as headers, as Data Loader and the demo generator write them) into
 * the local org. Each file replaces its object's records; ids and relationship ids are kept
 * as in the file, so the org holds exactly the exported records. Audit fields missing from
 * the file are filled in (created now, by the local org's user).
 *
 * The whole import is one transaction: a bad cell stops it with the file, line and column
 * named, and the org is left as it was.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { openCsvFile } from '../../batch/exports/csvFile';
import { CsvInputError } from '../../batch/exports/errors';
import type { LocalField, LocalObject } from './schema';
import { q, type Store } from './store';
import { BAD_VALUE, storedFromText, type Stored } from './values';

export interface ImportSummary {
    folder: string;
    /** Rows imported per object. */
    objects: Record<string, number>;
    rows: number;
    /** CSV files that name no object of the schema. */
    skippedFiles: string[];
    /** Header columns that name no field of their object (e.g. `Account.Name`). */
    skippedColumns: Record<string, string[]>;
    ms: number;
}

export interface ImportOptions {
    now: Date;
    /** Objects made from this folder (extraObjects.ts): their tables are made anew, as their fields may have changed. */
    extraObjects?: ReadonlySet<string>;
    onProgress?: (file: string, rows: number) => void;
}

const EXPECTED: Record<LocalField['kind'], string> = {
    id: 'a record id',
    reference: 'a record id',
    text: 'text',
    number: 'a number such as 1234.5',
    boolean: 'true or false',
    date: 'a date YYYY-MM-DD',
    datetime: 'a datetime such as 2026-06-30T14:05:00.000Z'
};

/** Produces one column's value of a row from its cells. */
type ColumnSource = (cells: string[]) => Stored;

export async function importExportFolder(
    store: Store,
    folder: string,
    options: ImportOptions
): Promise<ImportSummary> {
    if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new Error(`${folder} is not a folder`);
    const started = Date.now();
    const summary: ImportSummary = {
        folder,
        objects: {},
        rows: 0,
        skippedFiles: [],
        skippedColumns: {},
        ms: 0
    };
    const files = readdirSync(folder)
        .filter((name) => name.toLowerCase().endsWith('.csv'))
        .sort();
    store.db.exec('BEGIN IMMEDIATE');
    try {
        for (const name of files) {
            const object = store.schema.object(name.slice(0, -'.csv'.length));
            if (object === undefined) {
                summary.skippedFiles.push(name);
                continue;
            }
            if (options.extraObjects?.has(object.name)) store.recreateTable(object);
            const rows = await importFile(store, object, path.join(folder, name), name, options, summary);
            summary.objects[object.name] = rows;
            summary.rows += rows;
        }
        store.db.exec('COMMIT');
    } catch (error) {
        store.db.exec('ROLLBACK');
        throw error;
    }
    summary.ms = Date.now() - started;
    return summary;
}

async function importFile(
    store: Store,
    object: LocalObject,
    file: string,
    name: string,
    options: ImportOptions,
    summary: ImportSummary
): Promise<number> {
    const now = options.now.toISOString();
    const parser = openCsvFile(file, name, { bom: true, skip_empty_lines: true, relax_column_count: false });
    let insert: ((values: Stored[]) => void) | undefined;
    let sources: ColumnSource[] = [];
    let finish = (): void => undefined;
    let rows = 0;
    // Index upkeep row by row costs more than building the indexes once after the load.
    store.dropIndexes(object);
    // Errors carry the record number; its physical line is looked up only when one happens.
    let failure: { record: number; error: unknown } | null = null;
    await new Promise<void>((resolve) => {
        const stop = (record: number, error: unknown): void => {
            failure = { record, error };
            parser.destroy();
            resolve();
        };
        parser.on('readable', () => {
            let cells: string[] | null;
            try {
                while ((cells = parser.read() as string[] | null) !== null) {
                    if (insert === undefined) {
                        const plan = planColumns(store, object, cells, now, summary);
                        sources = plan.sources;
                        finish = plan.finish;
                        store.db.exec(`DELETE FROM ${q(object.name)}`);
                        const statement = store.db.prepare(
                            `INSERT INTO ${q(object.name)} (${plan.columns.map(q).join(', ')}) VALUES (${plan.columns.map(() => '?').join(', ')})`
                        );
                        insert = (values) => statement.run(values);
                        continue;
                    }
                    const row = cells;
                    insert(sources.map((source) => source(row)));
                    rows++;
                    if (options.onProgress !== undefined && (rows & 0xffff) === 0)
                        options.onProgress(name, rows);
                }
            } catch (error) {
                stop(rows + 1, error);
            }
        });
        parser.on('error', (error) => stop(rows + 1, error));
        parser.on('end', () => resolve());
    });
    const found = failure as { record: number; error: unknown } | null;
    if (found !== null) throw await describeFailure(file, name, found.record, found.error);
    finish();
    try {
        store.createIndexes(object);
    } catch (error) {
        throw new CsvInputError(name, null, 'Id', `two rows have the same Id (${(error as Error).message})`);
    }
    return rows;
}

/** A cell problem becomes a CsvInputError naming the physical line of the record. */
async function describeFailure(file: string, name: string, record: number, error: unknown): Promise<Error> {
    if (error instanceof CellError)
        return new CsvInputError(name, await lineOfRecord(file, name, record), error.column, error.detail);
    const { code, lines } = error as { code?: unknown; lines?: number };
    if (typeof code !== 'string' || !code.startsWith('CSV_')) return error as Error;
    return new CsvInputError(name, lines ?? null, null, `malformed CSV: ${(error as Error).message}`);
}

/** The physical line where record `record` (0 = header) ends. */
async function lineOfRecord(file: string, name: string, record: number): Promise<number | null> {
    const parser = openCsvFile(file, name, { bom: true, skip_empty_lines: true, info: true });
    let n = 0;
    for await (const item of parser as AsyncIterable<{ info: { lines: number } }>) {
        if (n++ === record) {
            parser.destroy();
            return item.info.lines;
        }
    }
    return null;
}

class CellError extends Error {
    constructor(
        readonly column: string,
        readonly detail: string
    ) {
        super(detail);
    }
}

interface ColumnPlan {
    columns: string[];
    sources: ColumnSource[];
    /** Saves sequences used while generating values. */
    finish: () => void;
}

function planColumns(
    store: Store,
    object: LocalObject,
    header: string[],
    now: string,
    summary: ImportSummary
): ColumnPlan {
    const columns: string[] = [];
    const sources: ColumnSource[] = [];
    const at = new Map<string, number>();
    const skipped: string[] = [];
    header.forEach((raw, index) => {
        const field = object.field(raw.trim());
        if (field === undefined || at.has(field.name)) {
            skipped.push(raw);
            return;
        }
        at.set(field.name, index);
        columns.push(field.name);
        const read = cellSource(field, index);
        // A row without an Id gets a new one, as an insert would give it.
        sources.push(field.kind === 'id' ? (cells) => read(cells) ?? store.newId(object.name) : read);
    });
    if (skipped.length > 0) summary.skippedColumns[object.name] = skipped;

    const has = (name: string): boolean => object.field(name) !== undefined && !at.has(name);
    const fromFile = (name: string, fallback: ColumnSource): ColumnSource => {
        const index = at.get(name);
        const field = object.field(name);
        if (index === undefined || field === undefined) return fallback;
        const read = cellSource(field, index);
        return (cells) => read(cells) ?? fallback(cells);
    };
    const generated = (name: string, source: ColumnSource): void => {
        if (!has(name)) return;
        columns.push(name);
        sources.push(source);
    };
    generated('Id', () => store.newId(object.name));
    const created = fromFile('CreatedDate', () => now);
    const modified = fromFile('LastModifiedDate', created);
    generated('CreatedDate', created);
    generated('LastModifiedDate', modified);
    generated('SystemModstamp', fromFile('LastModifiedDate', created));
    generated('CreatedById', () => store.userId);
    generated('LastModifiedById', () => store.userId);
    generated('OwnerId', () => store.userId);
    let finish = (): void => undefined;
    if (object.field('Name')?.spec.type === 'AutoNumber' && has('Name')) {
        const names = store.autoNumbers(object);
        generated('Name', () => names.next());
        finish = names.save;
    }
    return { columns, sources, finish };
}

function cellSource(field: LocalField, index: number): ColumnSource {
    const kind = field.kind;
    // A checkbox is never null in an org: an empty cell is its default.
    const empty: Stored = kind === 'boolean' ? (field.spec.defaultValue === true ? 1 : 0) : null;
    return (cells) => {
        const text = cells[index] ?? '';
        if (text === '') return empty;
        const value = storedFromText(kind, text);
        if (value === BAD_VALUE)
            throw new CellError(field.name, `${JSON.stringify(cells[index])} is not ${EXPECTED[kind]}`);
        return value;
    };
}

/**
 * One account's rows of an object a custom signal reads, as engine records
 * (`{ id, accountId, values }`), read as the catalog's fields are (evidenceReader.ts). A
 * million usage rows are read back on every scoring pass, so the reading is shaped for speed:
 * each value field's column and how its kind is read are resolved once, a cell is read by a
 * switch on that kind (no closure call per cell), and `values` is filled by one store per
 * position (see `fill`).
 */
import type { CustomRecord } from '../../engine/evidence';
import type { EvidenceField, EvidenceObject } from '../../records/evidenceFields';
import { BooleanColumn, DayColumn, InternedColumn, NumberColumn, PackedTextColumn } from './columns';
import type { StagedColumn } from './tableStager';

type Value = number | string | boolean | null;

/** How a value column is read; a column the export lacks reads as empty (a checkbox: false). */
type Read = 'packed' | 'interned' | 'number' | 'day' | 'checkbox' | 'false' | 'null';

/** The same reading as the catalog's field by field reader (evidenceReader.ts `columnRead`). */
function readOf(column: StagedColumn | undefined, field: EvidenceField): Read {
    switch (field.kind) {
        case 'id':
        case 'reference':
        case 'text':
        case 'picklist':
            if (column instanceof PackedTextColumn) return 'packed';
            return column instanceof InternedColumn ? 'interned' : 'null';
        case 'boolean':
            return column instanceof BooleanColumn ? 'checkbox' : 'false';
        case 'number':
        case 'currency':
        case 'datetime':
            return column instanceof NumberColumn ? 'number' : 'null';
        case 'date':
            return column instanceof DayColumn ? 'day' : 'null';
    }
}

/** One cell; each case calls one column class, so every call site stays monomorphic. */
function cell(read: Read, column: StagedColumn | undefined, row: number): Value {
    switch (read) {
        case 'packed':
            return (column as PackedTextColumn).getId(row);
        case 'interned':
            return (column as InternedColumn).get(row);
        case 'number':
            return (column as NumberColumn).get(row);
        case 'day':
            return (column as DayColumn).get(row);
        case 'checkbox':
            // An empty checkbox cell is false, as Salesforce stores it.
            return (column as BooleanColumn).get(row) === true;
        case 'false':
            return false;
        case 'null':
            return null;
    }
}

/**
 * `values[keys[f]] = cells[f]` for every field, keys in order. A store site that sees one key
 * on one shape stays monomorphic; one store in a loop over the keys sees them all and turns
 * megamorphic, which costs about five times as much over a million rows. So the first
 * positions each have a store of their own (a custom object has a handful of value fields).
 */
function fill(values: Record<string, Value>, keys: readonly string[], cells: readonly Value[]): void {
    const n = keys.length;
    if (n > 0) values[keys[0] as string] = cells[0] as Value;
    if (n > 1) values[keys[1] as string] = cells[1] as Value;
    if (n > 2) values[keys[2] as string] = cells[2] as Value;
    if (n > 3) values[keys[3] as string] = cells[3] as Value;
    if (n > 4) values[keys[4] as string] = cells[4] as Value;
    if (n > 5) values[keys[5] as string] = cells[5] as Value;
    for (let f = 6; f < n; f++) values[keys[f] as string] = cells[f] as Value;
}

/** Reads one custom object's staged rows: the Id, then each value field by its kind. */
export class CustomRecordReader {
    readonly name: string;
    private readonly idRead: Read = 'null';
    private readonly idColumn: StagedColumn | undefined;
    /** The value fields' API names (the keys of `values`), in the table's order. */
    private readonly keys: string[] = [];
    private readonly reads: Read[] = [];
    private readonly columns: (StagedColumn | undefined)[] = [];
    /** One row's cells, reused row after row. */
    private readonly cells: Value[] = [];

    /** The owner lookup is the account being read, so it is not a value. */
    constructor(object: EvidenceObject, columns: ReadonlyMap<string, StagedColumn>) {
        this.name = object.object;
        for (const f of object.fields) {
            const column = columns.get(f.field);
            if (f.kind === 'id') {
                this.idRead = readOf(column, f);
                this.idColumn = column;
            } else if (!f.owner) {
                this.keys.push(f.property);
                this.reads.push(readOf(column, f));
                this.columns.push(column);
                this.cells.push(null);
            }
        }
    }

    /** The records of `rows`, all of the account `accountId`. */
    records(rows: Int32Array, accountId: string): CustomRecord[] {
        const { keys, reads, columns, cells, idRead, idColumn } = this;
        const n = keys.length;
        const list: CustomRecord[] = [];
        for (const row of rows) {
            for (let f = 0; f < n; f++) cells[f] = cell(reads[f] as Read, columns[f], row);
            const values: Record<string, Value> = {};
            fill(values, keys, cells);
            list.push({ id: cell(idRead, idColumn, row) as string, accountId, values });
        }
        return list;
    }
}

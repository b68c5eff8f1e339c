/**
 * The query that reads one object a model's custom signals read, for the chunked extract
 * (chunkedExtract.ts), which routes its rows into each chunk's `<Object>.csv` like the other
 * evidence. The rows are then staged by the same custom-signals staging as a CSV export's and a
 * single-chunk org's (exports/exportStore.ts), so every path reads the object one way.
 */
import type { CustomExportObject } from '../exports/exportSchema';
import type { OrgApi } from './orgApi';
import { readableColumns } from './orgSource';

export interface CustomQuery {
    soql: string;
    /** The columns read, in the export spec's order: the chunk file's header. */
    fields: string[];
    /** The account lookup the rows are routed by. */
    link: string;
}

/**
 * The spec's columns this user can read (none when the org has no such object: then the
 * staging names the signals that needed it), of rows that name an account: a row without one
 * is no account's evidence, so it is not worth its transfer.
 */
export async function customQuery(api: OrgApi, object: CustomExportObject): Promise<CustomQuery | null> {
    const name = object.spec.apiName;
    const fields = await readableColumns(api, name, object.spec.columns);
    if (fields.length === 0) return null;
    const link = object.parent;
    return { soql: `SELECT ${fields.join(', ')} FROM ${name} WHERE ${link} != null`, fields, link };
}

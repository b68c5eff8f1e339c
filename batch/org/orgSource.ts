/**
 * An org as an export source: each object of the export contract read with SOQL (REST
 * query pages, or a Bulk API 2.0 query job for large orgs) and staged like a CSV export.
 * Optional fields the org (or the user's field-level security) does not have are skipped;
 * a missing required field is an error naming the object and field.
 */
import type { ColumnSpec } from '../exports/exportSchema';
import { OrgDataError } from './errors';
import type { ExportSource } from '../exports/exportSource';
import type { TableStager } from '../exports/tableStager';
import type { OrgApi } from './orgApi';
import { readBulkQuery } from './bulk';

/** A REST record's value as the text a CSV export would hold. */
export function cellText(value: unknown): string {
    if (value === null || value === undefined) return '';
    if (typeof value === 'boolean') return value ? 'true' : 'false';
    if (typeof value === 'number') return String(value);
    if (typeof value === 'string') return value;
    return JSON.stringify(value);
}

/**
 * The spec's columns this user can read in the org (describe), in spec order; an object the
 * org does not have gives none. Throws when a required column is missing or hidden.
 */
export async function readableColumns(
    api: OrgApi,
    apiName: string,
    specColumns: ColumnSpec[]
): Promise<string[]> {
    let available: Set<string>;
    try {
        available = await api.fieldNames(apiName);
    } catch (error) {
        const code = (error as { errorCode?: string }).errorCode;
        if (code === 'NOT_FOUND' || code === 'INVALID_TYPE') return [];
        throw error;
    }
    const missing = specColumns.filter((c) => c.required && !available.has(c.name.toLowerCase()));
    if (missing.length > 0) {
        throw new OrgDataError(
            `${apiName}: required field${missing.length > 1 ? 's' : ''} ${missing.map((c) => c.name).join(', ')} not readable by this user (missing, or hidden by field-level security)`
        );
    }
    return specColumns.filter((c) => available.has(c.name.toLowerCase())).map((c) => c.name);
}

export interface OrgSourceOptions {
    bulk: boolean;
    /** Extra SOQL condition per object, e.g. to read only some accounts' evidence. */
    where?: (apiName: string) => string | null;
    onPage?: (apiName: string, rows: number) => void;
}

export class OrgSource implements ExportSource {
    constructor(
        private readonly api: OrgApi,
        private readonly options: OrgSourceOptions
    ) {}

    get description(): string {
        return this.api.instanceUrl;
    }

    label(apiName: string): string {
        return apiName;
    }

    async readTable(stager: TableStager): Promise<boolean> {
        const apiName = stager.apiName;
        const fields = await readableColumns(this.api, apiName, stager.specColumns);
        if (fields.length === 0) return false;
        const where = this.options.where?.(apiName);
        // Accounts in id order: the batch's checkpoint counts accounts in this order.
        const order = apiName === 'Account' ? ' ORDER BY Id' : '';
        const soql = `SELECT ${fields.join(', ')} FROM ${apiName}${where ? ` WHERE ${where}` : ''}${order}`;
        stager.header(fields);
        const fail = (id: string, column: string | null, detail: string): never => {
            throw new OrgDataError(
                `${apiName} ${id}: ${column !== null ? `field ${column}: ` : ''}${detail}`
            );
        };
        const cells = new Array<string>(fields.length);
        if (this.options.bulk) {
            await readBulkQuery(this.api, soql, (row) => {
                const failure = stager.row(row);
                if (failure) fail(row[0] ?? '?', failure.column, failure.detail);
            });
        } else {
            await this.api.queryAll<Record<string, unknown>>(soql, (records) => {
                for (const record of records) {
                    for (let i = 0; i < fields.length; i++) cells[i] = cellText(record[fields[i] as string]);
                    const failure = stager.row(cells);
                    if (failure) fail(cellText(record.Id), failure.column, failure.detail);
                }
                this.options.onPage?.(apiName, stager.rows);
            });
        }
        return true;
    }
}

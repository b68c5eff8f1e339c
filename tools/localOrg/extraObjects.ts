/**
 * Extra objects of an export folder: every `<Object>.csv` whose name is an API name the
 * catalog does not describe (product usage, surveys, invoices …) becomes an object of the
 * local org, so what reads such objects from an org (custom signals) is tested through the
 * same APIs as the catalog objects. Each column's type comes from its values (columnType.ts)
 * unless the object's sidecar declares it (sidecar.ts); a lookup to Account, inferred from
 * Account ids or declared, gives the object a child relationship on Account as a custom
 * lookup would.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { openCsvFile } from '../../batch/exports/csvFile';
import { CsvInputError } from '../../batch/exports/errors';
import type { FieldSpec, ObjectCatalog, ObjectSpec } from '../metadata';
import { ColumnStats, labelOf } from './columnType';
import { KNOWN_KEY_PREFIXES } from './ids';
import { SYSTEM_FIELDS } from './schema';
import { readSidecar, SIDECAR_SUFFIX, type Sidecar } from './sidecar';

/**
 * What an object's API name may be: letters, digits and single underscores, as Salesforce
 * allows, capitalised as objects are named; a lower-case name (`scores.csv`, a run's output
 * left in the folder) is some other file and is skipped, as before.
 */
const API_NAME_RE = /^[A-Z](?:[A-Za-z0-9]|_(?!_))*(?:__c)?$/;

/** A field's API name; other headers (`Account.Name`, `Notes 2`) are skipped like unknown columns. */
const FIELD_NAME_RE = /^[A-Za-z](?:[A-Za-z0-9]|_(?!_))*(?:__c)?$/;

const CSV_SUFFIX = '.csv';

/** A CSV file read for its columns' types: header and every value, one row at a time. */
async function readColumns(full: string, file: string): Promise<ColumnStats[]> {
    const parser = openCsvFile(full, file, { bom: true, skip_empty_lines: true, relax_column_count: false });
    let columns: ColumnStats[] | null = null;
    try {
        for await (const cells of parser as AsyncIterable<string[]>) {
            if (columns === null) {
                columns = cells.map((name) => new ColumnStats(name.trim()));
                continue;
            }
            for (let i = 0; i < columns.length; i++) (columns[i] as ColumnStats).add(cells[i] ?? '');
        }
    } catch (error) {
        if (error instanceof CsvInputError) throw error;
        const lines = (error as { lines?: number }).lines;
        throw new CsvInputError(file, lines ?? null, null, `malformed CSV: ${(error as Error).message}`);
    }
    return columns ?? [];
}

/** Names the object whose ids carry a key prefix: the known ones, then the files' own Ids. */
function prefixOwners(files: Map<string, ColumnStats[]>): (prefix: string) => string | undefined {
    const owners = new Map<string, string>();
    for (const [object, prefix] of Object.entries(KNOWN_KEY_PREFIXES)) owners.set(prefix, object);
    for (const [object, columns] of files) {
        const id = columns.find((c) => c.name.toLowerCase() === 'id');
        for (const prefix of id?.prefixesSeen ?? []) if (!owners.has(prefix)) owners.set(prefix, object);
    }
    return (prefix) => owners.get(prefix);
}

/** `Account__c` → `Account__r`, `AccountId` → `Account`: how SOQL names the parent. */
function relationshipName(field: string): string {
    if (/__c$/i.test(field)) return `${field.slice(0, -3)}__r`;
    if (/Id$/.test(field) && field.length > 2) return field.slice(0, -2);
    return `${field}__r`;
}

/**
 * The parent's child relationship, named as Salesforce names a new custom lookup's: the
 * object's plural (`Product_Usages__r`); a second lookup to the same parent adds its field.
 */
function childRelationshipName(object: string, field: string, parent: string, taken: Set<string>): string {
    const base = object.replace(/__c$/i, '');
    const suffix = object.endsWith('__c') ? '__r' : '';
    const plain = `${base}s${suffix}`;
    const name = taken.has(`${parent}.${plain}`.toLowerCase())
        ? `${base}s_${field.replace(/__c$/i, '').replace(/Id$/, '')}${suffix}`
        : plain;
    taken.add(`${parent}.${name}`.toLowerCase());
    return name;
}

function objectSpec(
    object: string,
    file: string,
    columns: ColumnStats[],
    sidecar: Sidecar | null,
    sidecarFile: string,
    known: (name: string) => boolean,
    ownerOf: (prefix: string) => string | undefined
): ObjectSpec {
    const fields: Record<string, FieldSpec> = {};
    const declared = sidecar?.fields ?? {};
    for (const column of columns) {
        // The platform's own fields (Id, CreatedDate …) keep its types; the import reads their cells.
        if (SYSTEM_FIELDS.has(column.name) || !FIELD_NAME_RE.test(column.name)) continue;
        if (fields[column.name] !== undefined) continue;
        const inferred = column.field(ownerOf);
        const declaredSpec = declared[column.name];
        if (declaredSpec === undefined && inferred === null)
            throw new CsvInputError(
                file,
                null,
                column.name,
                `no value to infer its type from: declare it in ${sidecarFile}, e.g. {"fields": {"${column.name}": "Text"}}`
            );
        // A declared number keeps the decimals its values have.
        const scale = inferred?.type === 'Number' ? { scale: inferred.scale ?? 0 } : {};
        fields[column.name] =
            declaredSpec === undefined
                ? (inferred as FieldSpec)
                : { ...declaredSpec, ...(declaredSpec.precision === undefined ? {} : scale) };
    }
    for (const [name, spec] of Object.entries(declared)) {
        if (SYSTEM_FIELDS.has(name) || !FIELD_NAME_RE.test(name))
            throw new CsvInputError(sidecarFile, null, name, 'not a field a sidecar can declare');
        fields[name] ??= spec;
    }
    const taken = new Set<string>();
    for (const [name, spec] of Object.entries(fields)) {
        if (spec.referenceTo === undefined) continue;
        if (!known(spec.referenceTo))
            throw new CsvInputError(
                sidecarFile,
                null,
                name,
                `"referenceTo": ${spec.referenceTo} is no object of the local org`
            );
        spec.relationshipName = relationshipName(name);
        spec.childRelationshipName = childRelationshipName(object, name, spec.referenceTo, taken);
    }
    return { label: sidecar?.label ?? labelOf(object), fields };
}

/**
 * The extra objects of an export folder, with their fields; `catalog` is what the local org
 * already serves (files naming its objects are imported as they always were).
 */
export async function extraObjectsOf(folder: string, catalog: ObjectCatalog): Promise<ObjectCatalog> {
    if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new Error(`${folder} is not a folder`);
    const names = readdirSync(folder);
    const inCatalog = new Set(Object.keys(catalog).map((o) => o.toLowerCase()));
    const extra = names
        .filter((name) => name.toLowerCase().endsWith(CSV_SUFFIX))
        .map((name) => ({ file: name, object: name.slice(0, -CSV_SUFFIX.length) }))
        .filter(({ object }) => API_NAME_RE.test(object) && !inCatalog.has(object.toLowerCase()))
        .sort((a, b) => a.object.localeCompare(b.object));
    const extraNames = new Set(extra.map((e) => e.object.toLowerCase()));
    for (const name of names.filter((n) => n.endsWith(SIDECAR_SUFFIX)).sort()) {
        const object = name.slice(0, -SIDECAR_SUFFIX.length).toLowerCase();
        if (inCatalog.has(object))
            throw new CsvInputError(
                name,
                null,
                null,
                'describes an object of the catalog, whose fields come from its metadata'
            );
        if (!extraNames.has(object))
            throw new CsvInputError(
                name,
                null,
                null,
                `no ${name.slice(0, -SIDECAR_SUFFIX.length)}.csv beside it`
            );
    }
    const files = new Map<string, ColumnStats[]>();
    for (const { file, object } of extra) files.set(object, await readColumns(path.join(folder, file), file));
    const ownerOf = prefixOwners(files);
    const known = (name: string): boolean =>
        inCatalog.has(name.toLowerCase()) || extraNames.has(name.toLowerCase());
    const out: ObjectCatalog = {};
    for (const { file, object } of extra) {
        const sidecarFile = `${object}${SIDECAR_SUFFIX}`;
        const sidecarPath = path.join(folder, sidecarFile);
        const sidecar = existsSync(sidecarPath) ? readSidecar(sidecarPath, sidecarFile) : null;
        out[object] = objectSpec(object, file, files.get(object) ?? [], sidecar, sidecarFile, known, ownerOf);
    }
    return out;
}

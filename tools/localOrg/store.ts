/**
 * The local org's records in SQLite: one table per object, named and columned by API names,
 * created (and extended when the metadata gains fields) from the schema at open. Every table
 * has an `_rid` integer key that gives rows a stable order for query cursors.
 *
 * Column types follow the value kinds (see values.ts). Text compares case-insensitively, as
 * SOQL does, except ids and case-sensitive unique fields (Trust_Score__c.Key__c).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { assignKeyPrefixes, makeId } from './ids';
import type { LocalField, LocalObject, OrgSchema } from './schema';

export type Db = Database.Database;
export type Statement = Database.Statement;

/** Where the database lives; `:memory:` keeps nothing after close. */
export const MEMORY = ':memory:';
export const DATABASE_FILE = 'org.sqlite';

export const ROW_ID = '_rid';

/** Double-quoted SQL identifier (API names never contain quotes, but be exact anyway). */
export const q = (name: string): string => `"${name.replace(/"/g, '""')}"`;

function columnType(field: LocalField): string {
    switch (field.kind) {
        case 'id':
            return 'TEXT NOT NULL';
        case 'reference':
        case 'date':
        case 'datetime':
            return 'TEXT';
        case 'number':
            return 'REAL';
        case 'boolean':
            return `INTEGER NOT NULL DEFAULT ${field.spec.defaultValue === true ? 1 : 0}`;
        case 'text':
            return field.spec.unique && field.spec.caseSensitive === true ? 'TEXT' : 'TEXT COLLATE NOCASE';
    }
}

interface IndexSpec {
    name: string;
    field: LocalField;
    unique: boolean;
}

/**
 * Ids and unique fields get unique indexes; parent references (child subqueries, joins),
 * external ids (upserts) and SystemModstamp (`--only-changed-since`) get plain ones.
 */
function indexesOf(object: LocalObject): IndexSpec[] {
    const specs: IndexSpec[] = [];
    for (const field of object.fields) {
        const audit = ['CreatedById', 'LastModifiedById', 'OwnerId'].includes(field.name);
        const unique = field.kind === 'id' || field.spec.unique;
        if (
            unique ||
            (field.kind === 'reference' && !audit) ||
            field.spec.externalId ||
            field.name === 'SystemModstamp'
        )
            specs.push({ name: `ix_${object.name}_${field.name}`, field, unique });
    }
    return specs;
}

const createIndex = (object: LocalObject, index: IndexSpec): string =>
    `CREATE ${index.unique ? 'UNIQUE ' : ''}INDEX IF NOT EXISTS ${q(index.name)} ON ${q(object.name)}(${q(index.field.name)})`;

function formatAutoNumber(object: LocalObject, n: number): string {
    const format = object.autoNumberFormat ?? '{0}';
    return format.replace(/\{(0+)\}/, (_match, zeros: string) => String(n).padStart(zeros.length, '0'));
}

export interface StoreOptions {
    schema: OrgSchema;
    /** Folder of the database file, or `:memory:`. */
    dataDir: string;
}

/** Name of the user the local org acts as (owner and creator of what the API writes). */
export const LOCAL_USER_NAME = 'Local Org Integration';

export class Store {
    readonly db: Db;
    readonly schema: OrgSchema;
    readonly file: string;
    readonly keyPrefixes: Record<string, string>;
    readonly userId: string;
    private readonly statements = new Map<string, Statement>();
    private readonly objectByPrefix = new Map<string, LocalObject>();

    constructor(options: StoreOptions) {
        this.schema = options.schema;
        if (options.dataDir === MEMORY) {
            this.file = MEMORY;
        } else {
            mkdirSync(options.dataDir, { recursive: true });
            this.file = path.join(options.dataDir, DATABASE_FILE);
        }
        this.db = new Database(this.file);
        this.db.pragma('journal_mode = WAL');
        // Durable enough for a development org, and several times faster on bulk writes.
        this.db.pragma('synchronous = NORMAL');
        this.db.pragma('cache_size = -65536');
        this.db.pragma('temp_store = MEMORY');
        this.db
            .exec(`CREATE TABLE IF NOT EXISTS _meta_prefix (object TEXT PRIMARY KEY, prefix TEXT NOT NULL UNIQUE);
            CREATE TABLE IF NOT EXISTS _meta_sequence (object TEXT NOT NULL, kind TEXT NOT NULL, next INTEGER NOT NULL,
                PRIMARY KEY (object, kind));`);
        this.createTables();
        this.keyPrefixes = this.loadKeyPrefixes();
        for (const object of this.schema.objects) {
            const prefix = this.keyPrefixes[object.name];
            if (prefix !== undefined) this.objectByPrefix.set(prefix, object);
        }
        this.userId = this.ensureLocalUser();
    }

    private createTables(): void {
        this.db.transaction(() => {
            for (const object of this.schema.objects) {
                const table = q(object.name);
                const existing = this.db.prepare(`PRAGMA table_info(${table})`).all() as Array<{
                    name: string;
                }>;
                if (existing.length === 0) {
                    this.createTable(object);
                } else {
                    // Metadata gained a field since the database was made: add its column.
                    const have = new Set(existing.map((c) => c.name.toLowerCase()));
                    for (const field of object.fields) {
                        if (!have.has(field.name.toLowerCase()))
                            this.db.exec(
                                `ALTER TABLE ${table} ADD COLUMN ${q(field.name)} ${columnType(field)}`
                            );
                    }
                }
                this.createIndexes(object);
            }
        })();
    }

    private createTable(object: LocalObject): void {
        const columns = object.fields.map((f) => `${q(f.name)} ${columnType(f)}`);
        this.db.exec(
            `CREATE TABLE ${q(object.name)} (${q(ROW_ID)} INTEGER PRIMARY KEY, ${columns.join(', ')})`
        );
    }

    /**
     * Makes the object's table anew, empty, with its indexes: an extra object's fields come
     * from each import, and a column whose type changed must not keep the old one's.
     */
    recreateTable(object: LocalObject): void {
        this.db.exec(`DROP TABLE IF EXISTS ${q(object.name)}`);
        this.createTable(object);
        this.createIndexes(object);
    }

    private loadKeyPrefixes(): Record<string, string> {
        const rows = this.db.prepare('SELECT object, prefix FROM _meta_prefix').all() as Array<{
            object: string;
            prefix: string;
        }>;
        const assigned = Object.fromEntries(rows.map((r) => [r.object, r.prefix]));
        const prefixes = assignKeyPrefixes(
            this.schema.objects.map((o) => o.name),
            assigned
        );
        const insert = this.db.prepare('INSERT OR IGNORE INTO _meta_prefix (object, prefix) VALUES (?, ?)');
        this.db.transaction(() => {
            for (const [object, prefix] of Object.entries(prefixes)) insert.run(object, prefix);
        })();
        return prefixes;
    }

    private ensureLocalUser(): string {
        const id = makeId(this.keyPrefix('User'), 1);
        const now = new Date().toISOString();
        this.db
            .prepare(
                `INSERT INTO ${q('User')} (Id, Name, CreatedDate, LastModifiedDate, SystemModstamp, CreatedById, LastModifiedById)
                 SELECT ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM ${q('User')} WHERE Id = ?)`
            )
            .run(id, LOCAL_USER_NAME, now, now, now, id, id, id);
        return id;
    }

    /** Creates the object's indexes that are missing. */
    createIndexes(object: LocalObject): void {
        for (const index of indexesOf(object)) this.db.exec(createIndex(object, index));
    }

    /**
     * Drops the object's indexes except the Id index (new ids are checked against it), so a
     * large load does not update them row by row; `createIndexes` rebuilds them.
     */
    dropIndexes(object: LocalObject): void {
        for (const index of indexesOf(object))
            if (index.field.kind !== 'id') this.db.exec(`DROP INDEX IF EXISTS ${q(index.name)}`);
    }

    keyPrefix(object: string): string {
        const prefix = this.keyPrefixes[object];
        if (prefix === undefined) throw new Error(`no key prefix for ${object}`);
        return prefix;
    }

    /** The object whose ids start with this id's prefix. */
    objectOfId(id: string): LocalObject | undefined {
        return this.objectByPrefix.get(id.slice(0, 3));
    }

    /** A prepared statement, compiled once per distinct SQL text. */
    prepare(sql: string): Statement {
        let statement = this.statements.get(sql);
        if (statement === undefined) {
            statement = this.db.prepare(sql);
            this.statements.set(sql, statement);
        }
        return statement;
    }

    private nextSequence(object: string, kind: 'id' | 'autonumber'): number {
        const row = this.prepare('SELECT next FROM _meta_sequence WHERE object = ? AND kind = ?').get(
            object,
            kind
        ) as { next: number } | undefined;
        const value = row?.next ?? 1;
        this.prepare(
            'INSERT INTO _meta_sequence (object, kind, next) VALUES (?, ?, ?) ON CONFLICT (object, kind) DO UPDATE SET next = excluded.next'
        ).run(object, kind, value + 1);
        return value;
    }

    /** A fresh id for a new record, never one an imported record already has. */
    newId(object: string): string {
        const exists = this.prepare(`SELECT 1 FROM ${q(object)} WHERE Id = ?`);
        for (let attempt = 0; attempt < 1_000_000; attempt++) {
            const id = makeId(this.keyPrefix(object), this.nextSequence(object, 'id'));
            if (exists.get(id) === undefined) return id;
        }
        throw new Error(`no free id for ${object}`);
    }

    /** The next auto-number name, e.g. `TS-0000042` for `TS-{0000000}`. */
    newAutoNumber(object: LocalObject): string {
        return formatAutoNumber(object, this.nextSequence(object.name, 'autonumber'));
    }

    /**
     * Auto-number names for many new records (an import): the sequence is read once and
     * written back by `save()`, inside the caller's transaction.
     */
    autoNumbers(object: LocalObject): { next(): string; save(): void } {
        const first = this.nextSequence(object.name, 'autonumber');
        let n = first;
        return {
            next: () => formatAutoNumber(object, n++),
            save: () => {
                this.prepare('UPDATE _meta_sequence SET next = ? WHERE object = ? AND kind = ?').run(
                    n,
                    object.name,
                    'autonumber'
                );
            }
        };
    }

    close(): void {
        this.statements.clear();
        if (this.db.open) this.db.close();
    }
}

/**
 * The extra objects a store was last imported with, kept in the store so that a start
 * without `--data` serves them again: the schema is made before the store opens, so they are
 * read from the database file first (this start holds the store's lock).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { ObjectCatalog } from '../metadata';
import { DATABASE_FILE, MEMORY, type Store } from './store';

const TABLE = '_meta_extra_objects';

/** The extra objects saved in the store of `dataDir`; none for a new or in-memory store. */
export function storedExtraObjects(dataDir: string): ObjectCatalog {
    const file = path.join(dataDir, DATABASE_FILE);
    if (dataDir === MEMORY || !existsSync(file)) return {};
    const db = new Database(file, { fileMustExist: true });
    try {
        const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(TABLE);
        if (table === undefined) return {};
        const row = db.prepare(`SELECT catalog FROM ${TABLE} WHERE id = 1`).get() as
            { catalog: string } | undefined;
        return row === undefined ? {} : (JSON.parse(row.catalog) as ObjectCatalog);
    } finally {
        db.close();
    }
}

/** Saves the extra objects of the import just made, in the caller's transaction. */
export function saveExtraObjects(store: Store, catalog: ObjectCatalog): void {
    store.db.exec(
        `CREATE TABLE IF NOT EXISTS ${TABLE} (id INTEGER PRIMARY KEY CHECK (id = 1), catalog TEXT NOT NULL)`
    );
    store.db
        .prepare(
            `INSERT INTO ${TABLE} (id, catalog) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET catalog = excluded.catalog`
        )
        .run(JSON.stringify(catalog));
}

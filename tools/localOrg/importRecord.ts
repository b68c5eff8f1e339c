/**
 * What a store was last imported from, kept in the store itself: the export folder, a
 * fingerprint of its CSV files and when. A start with the same, unchanged folder serves the
 * stored records as they are (with everything written to them since) instead of importing
 * again, which would replace the records of every object the folder has a file for.
 */
import { createHash } from 'node:crypto';
import { readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { SIDECAR_SUFFIX } from './sidecar';
import type { Store } from './store';

export interface ImportRecord {
    /** Real path of the export folder. */
    folder: string;
    fingerprint: string;
    /** ISO time of the import. */
    importedAt: string;
    /** Rows per object the import loaded. */
    objects: Record<string, number>;
}

const TABLE = '_meta_import';

function ensureTable(store: Store): void {
    store.db.exec(
        `CREATE TABLE IF NOT EXISTS ${TABLE} (id INTEGER PRIMARY KEY CHECK (id = 1), folder TEXT NOT NULL,
            fingerprint TEXT NOT NULL, imported_at TEXT NOT NULL, objects TEXT NOT NULL)`
    );
}

/**
 * Name, size, modification time (ns) and inode of every CSV file and sidecar: what tools such
 * as make and git rely on to see a changed file, without reading gigabytes of export.
 */
export function folderFingerprint(folder: string): string {
    const hash = createHash('sha256');
    const names = readdirSync(folder)
        .filter((name) => name.toLowerCase().endsWith('.csv') || name.endsWith(SIDECAR_SUFFIX))
        .sort();
    for (const name of names) {
        const stats = statSync(path.join(folder, name), { bigint: true });
        hash.update(`${name}\0${stats.size}\0${stats.mtimeNs}\0${stats.ino}\n`);
    }
    return hash.digest('hex');
}

export function lastImport(store: Store): ImportRecord | null {
    ensureTable(store);
    const row = store.db
        .prepare(`SELECT folder, fingerprint, imported_at, objects FROM ${TABLE} WHERE id = 1`)
        .get() as { folder: string; fingerprint: string; imported_at: string; objects: string } | undefined;
    if (row === undefined) return null;
    return {
        folder: row.folder,
        fingerprint: row.fingerprint,
        importedAt: row.imported_at,
        objects: JSON.parse(row.objects) as Record<string, number>
    };
}

export function saveImport(store: Store, record: ImportRecord): void {
    ensureTable(store);
    store.db
        .prepare(
            `INSERT INTO ${TABLE} (id, folder, fingerprint, imported_at, objects) VALUES (1, ?, ?, ?, ?)
             ON CONFLICT (id) DO UPDATE SET folder = excluded.folder, fingerprint = excluded.fingerprint,
             imported_at = excluded.imported_at, objects = excluded.objects`
        )
        .run(record.folder, record.fingerprint, record.importedAt, JSON.stringify(record.objects));
}

/** Whether `folder` is the one the store was last imported from, with the same files. */
export function unchangedSince(record: ImportRecord | null, folder: string, fingerprint: string): boolean {
    return record !== null && record.folder === realpathSync(folder) && record.fingerprint === fingerprint;
}

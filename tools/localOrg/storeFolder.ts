/**
 * Where a local org keeps its SQLite store. Each export folder given to `--data` gets a store
 * of its own under `.localorg/stores/`, so starting with another folder serves that folder's
 * records, never a mix of both orgs; restarting with the first folder finds its records (and
 * what was written to them) again. Without `--data` the store is `.localorg/` itself.
 */
import { createHash } from 'node:crypto';
import { realpathSync } from 'node:fs';
import path from 'node:path';

export const DEFAULT_DATA_DIR = '.localorg';
export const STORES_DIR = 'stores';

/**
 * `<base>/stores/<folder name>-<hash of its real path>`: readable in a listing, and two
 * folders of the same name (two `export/` folders) still get different stores.
 */
export function storeFolderFor(
    dataFolder: string,
    base: string = path.join(process.cwd(), DEFAULT_DATA_DIR)
): string {
    const real = realpathSync(dataFolder);
    const name =
        path
            .basename(real)
            .replace(/[^A-Za-z0-9._-]+/g, '_')
            .slice(0, 40) || 'root';
    const hash = createHash('sha256').update(real).digest('hex').slice(0, 10);
    return path.join(base, STORES_DIR, `${name}-${hash}`);
}

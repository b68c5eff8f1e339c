import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** Files under `dir` (recursively) whose name ends with `suffix`, sorted for stable output. */
export function listFiles(dir: string, suffix: string): string[] {
    if (!existsSync(dir)) return [];
    const found: string[] = [];
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) found.push(...listFiles(full, suffix));
        else if (entry.name.endsWith(suffix)) found.push(full);
    }
    return found.sort();
}

/** `Foo.listView-meta.xml` → `Foo`. */
export function baseName(file: string, suffix: string): string {
    return path.basename(file).slice(0, -suffix.length);
}

/** Object folder a child file belongs to: `objects/<Object>/<kind>/<file>`. */
export function owningObject(file: string): string {
    return path.basename(path.dirname(path.dirname(file)));
}

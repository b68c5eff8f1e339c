/** The package's LWC bundles, named as the platform names them. */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** `c/<folder>` for every LWC bundle in the package, as the platform names them. */
export function componentAliases(
    componentsDirs: string | readonly string[]
): Array<{ name: string; path: string }> {
    const dirs = typeof componentsDirs === 'string' ? [componentsDirs] : componentsDirs;
    return dirs.flatMap((dir) => aliasesIn(dir));
}

function aliasesIn(componentsDir: string): Array<{ name: string; path: string }> {
    if (!existsSync(componentsDir)) return [];
    return readdirSync(componentsDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .flatMap((entry) => {
            const base = path.join(componentsDir, entry.name, entry.name);
            const file = ['.js', '.ts', '.html'].map((ext) => base + ext).find((f) => existsSync(f));
            return file === undefined ? [] : [{ name: `c/${entry.name}`, path: file }];
        });
}

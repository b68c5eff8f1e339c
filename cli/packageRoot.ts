/**
 * The folder that holds the package's `package.json`, `config/` and `data/`: the repository
 * when the CLI runs from its TypeScript sources, the installed package when it runs compiled
 * (the JavaScript then sits one level deeper, under `dist/`). Found by walking up from this
 * file, so neither layout needs to know the other.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

function findPackageRoot(from: string): string {
    for (let dir = from; ; dir = path.dirname(dir)) {
        if (existsSync(path.join(dir, 'package.json'))) return dir;
        if (path.dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
    }
}

// From __filename: a CommonJS module that an ES module imports through tsx gets no usable __dirname.
export const PACKAGE_ROOT = findPackageRoot(path.dirname(__filename));

import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { PACKAGE_ROOT } from '../../cli/packageRoot';

/** Repository root (or the installed package's, whose local org reads the object metadata). */
export const REPO_ROOT = PACKAGE_ROOT;

/** The SFDX package directory (sfdx-project.json's only packageDirectory). */
export const FORCE_APP_DIR = path.join(REPO_ROOT, 'force-app');

/** Where the metadata lives in standard SFDX source format. */
export function defaultDir(forceAppDir: string = FORCE_APP_DIR): string {
    return path.join(forceAppDir, 'main', 'default');
}

export const OBJECTS_DIR = path.join(defaultDir(), 'objects');

/**
 * The package's `lwc` folders: the components are grouped by feature
 * (`force-app/main/panel/lwc`, `force-app/main/setup/lwc`, `force-app/main/shared/lwc`), and
 * the platform, source-deploy-retrieve and sfdx-lwc-jest find every `lwc` folder of the package
 * directory, whatever its depth. See docs/architecture.md.
 */
export function componentRoots(forceAppDir: string = FORCE_APP_DIR): string[] {
    const roots: string[] = [];
    const walk = (dir: string): void => {
        for (const entry of readdirSync(dir, { withFileTypes: true })) {
            if (!entry.isDirectory() || entry.name === '__tests__' || entry.name === 'node_modules') continue;
            const full = path.join(dir, entry.name);
            if (entry.name === 'lwc') roots.push(full);
            else walk(full);
        }
    };
    walk(forceAppDir);
    return roots.sort();
}

/** The folder of the component `c/<name>`, in whichever feature group it lives. */
export function componentDir(name: string, forceAppDir: string = FORCE_APP_DIR): string {
    for (const root of componentRoots(forceAppDir)) {
        const dir = path.join(root, name);
        if (existsSync(dir)) return dir;
    }
    throw new Error(`no component c/${name} under ${forceAppDir}`);
}

/** Repository-relative, slash-separated path: what problems and messages name. */
export function repoRelative(file: string): string {
    return path.relative(REPO_ROOT, file).split(path.sep).join('/');
}

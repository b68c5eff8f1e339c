import path from 'node:path';
import { PACKAGE_ROOT } from '../packageRoot';

/** Repository root (or the installed package's, whose local org reads the object metadata). */
export const REPO_ROOT = PACKAGE_ROOT;

/** The SFDX package directory (sfdx-project.json's only packageDirectory). */
export const FORCE_APP_DIR = path.join(REPO_ROOT, 'force-app');

/** Where the metadata lives in standard SFDX source format. */
export function defaultDir(forceAppDir: string = FORCE_APP_DIR): string {
    return path.join(forceAppDir, 'main', 'default');
}

export const OBJECTS_DIR = path.join(defaultDir(), 'objects');

/** Repository-relative, slash-separated path: what problems and messages name. */
export function repoRelative(file: string): string {
    return path.relative(REPO_ROOT, file).split(path.sep).join('/');
}

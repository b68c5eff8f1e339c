import path from 'node:path';

/** Repository root: this folder is `scripts/metadata`, two levels below it. */
export const REPO_ROOT = path.resolve(__dirname, '..', '..');

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

/**
 * Folders for copies of org data (the chunked extract holds every account's evidence as CSV):
 * readable by the owner only, and removed by the next run when the run that made them died
 * without cleaning up (a kill, a power cut).
 */
import { chmodSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { processAlive } from './processAlive';

/** Owner-only permissions: rwx for folders, rw for files. */
export const PRIVATE_FOLDER_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/** Creates `folder` (and missing parents) owner-only; an existing one is made owner-only too. */
export function makePrivateFolder(folder: string): void {
    mkdirSync(folder, { recursive: true, mode: PRIVATE_FOLDER_MODE });
    // mkdir leaves an existing folder's mode alone.
    chmodSync(folder, PRIVATE_FOLDER_MODE);
}

/** The folder name of a run's own data, e.g. `extract-4242`. */
export function perProcessName(prefix: string, pid: number = process.pid): string {
    return `${prefix}-${pid}`;
}

/**
 * Removes `<prefix>-<pid>` folders under `parent` whose process is no longer running; folders
 * of running processes (another run in progress) are kept. Returns what was removed.
 */
export function removeStaleFolders(parent: string, prefix: string): string[] {
    let names: string[];
    try {
        names = readdirSync(parent);
    } catch {
        return [];
    }
    const pattern = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-(\\d+)$`);
    const removed: string[] = [];
    for (const name of names) {
        const match = pattern.exec(name);
        if (match === null) continue;
        const pid = Number(match[1]);
        if (pid === process.pid || processAlive(pid)) continue;
        const folder = path.join(parent, name);
        rmSync(folder, { recursive: true, force: true });
        removed.push(folder);
    }
    return removed;
}

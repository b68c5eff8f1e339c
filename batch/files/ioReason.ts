/**
 * A file-system failure in words a user can act on. Node's own messages
 * (`ENOENT: no such file or directory, open '…/.out.json.123.partial'`) name internal
 * temporary paths and syscalls; callers name the user's path and add this reason.
 */
import path from 'node:path';

const REASONS: Record<string, (file: string) => string> = {
    ENOENT: (file) => `the folder ${path.dirname(file)} does not exist`,
    ENOTDIR: (file) => `a part of ${path.dirname(file)} is not a folder`,
    EISDIR: () => 'it is a folder, not a file',
    EACCES: () => 'permission denied',
    EPERM: () => 'permission denied',
    EROFS: () => 'the file system is read-only',
    ENOSPC: () => 'the disk is full',
    EDQUOT: () => 'the disk quota is used up',
    EFBIG: () => 'the file would be larger than this system allows',
    EMFILE: () => 'too many files are open',
    EIO: () => 'an input/output error from the disk'
};

/** The errno code of a Node file-system error, if it has one. */
export function ioCode(error: unknown): string | undefined {
    const code = (error as NodeJS.ErrnoException | null)?.code;
    return typeof code === 'string' ? code : undefined;
}

/** Why `file` could not be read or written, e.g. "the disk is full (ENOSPC)". */
export function ioReason(file: string, error: unknown): string {
    const code = ioCode(error);
    const reason = code === undefined ? undefined : REASONS[code];
    if (reason !== undefined && code !== undefined) return `${reason(file)} (${code})`;
    return error instanceof Error ? error.message : String(error);
}

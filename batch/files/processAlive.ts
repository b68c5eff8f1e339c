/**
 * Whether a process id on this machine belongs to a running process. Signal 0 checks
 * existence without sending anything; EPERM means it exists but belongs to another user.
 */
export function processAlive(pid: number): boolean {
    if (!Number.isSafeInteger(pid) || pid <= 0) return false;
    try {
        process.kill(pid, 0);
        return true;
    } catch (error) {
        return (error as NodeJS.ErrnoException).code === 'EPERM';
    }
}

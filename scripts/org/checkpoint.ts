/**
 * Where a batch run has got to, so a run stopped by a crash or the API limit resumes
 * instead of starting over. Writes are idempotent upserts, so resuming a little early is
 * harmless; the checkpoint only saves API calls and time.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';

export interface CheckpointState {
    asOf: string;
    modelKey: string;
    accounts: number;
    /** First and last account id (Id order): the same org and data, not just the same host. */
    fingerprint: string;
    /** Accounts (in Id order) whose receipts and Account fields are written. */
    written: number;
}

export class Checkpoint {
    private readonly file: string;

    constructor(folder: string, instanceUrl: string, asOf: string) {
        // The host names the org (its My Domain); a port can change between runs of a local org.
        let host = instanceUrl;
        try {
            host = new URL(instanceUrl).hostname;
        } catch {
            // keep the text as given
        }
        const org = createHash('sha256').update(host).digest('hex').slice(0, 12);
        this.file = path.join(folder, `score-${org}-${asOf}.json`);
    }

    /** Accounts already written by an earlier run of the same job, or 0. */
    resumeFrom(expected: Omit<CheckpointState, 'written'>): number {
        if (!existsSync(this.file)) return 0;
        try {
            const state = JSON.parse(readFileSync(this.file, 'utf8')) as CheckpointState;
            const same =
                state.asOf === expected.asOf &&
                state.modelKey === expected.modelKey &&
                state.accounts === expected.accounts;
            return same ? Math.min(state.written, expected.accounts) : 0;
        } catch {
            return 0;
        }
    }

    save(state: CheckpointState): void {
        mkdirSync(path.dirname(this.file), { recursive: true });
        const temp = `${this.file}.tmp`;
        writeFileSync(temp, JSON.stringify(state));
        renameSync(temp, this.file);
    }

    clear(): void {
        rmSync(this.file, { force: true });
    }
}

/**
 * Where a batch run has got to, so a run stopped by a crash or the API limit resumes
 * instead of starting over. Writes are idempotent upserts, so resuming a little early is
 * harmless; resuming late is not (accounts would be left out for good), so the run saves
 * only what the org is known to hold, and a checkpoint is trusted only when every stored
 * value has its type and describes this very job.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createHash, randomUUID } from 'node:crypto';

export interface CheckpointState {
    asOf: string;
    modelKey: string;
    accounts: number;
    /** First and last account id (Id order): the same org and data, not just the same host. */
    fingerprint: string;
    /** Accounts (in Id order) whose receipts and Account fields are written. */
    written: number;
}

/**
 * Why a checkpoint found on disk was not used: not JSON, not a checkpoint's shape, another
 * job of the same org and day (model or account count changed), or other data on the same
 * host (the first or last account differs).
 */
export type CheckpointIssue = 'unreadable' | 'malformed' | 'otherJob' | 'otherData';

export interface Resume {
    /** Accounts already written by an earlier run of the same job, or 0. */
    written: number;
    /** Set when a checkpoint was found and left aside. */
    ignored: CheckpointIssue | null;
}

const isCount = (value: unknown): value is number =>
    typeof value === 'number' && Number.isInteger(value) && value >= 0;

/** The stored state when every field has its type and `written` is within `accounts`. */
function parseState(text: string): CheckpointState | 'unreadable' | 'malformed' {
    let value: unknown;
    try {
        value = JSON.parse(text);
    } catch {
        return 'unreadable';
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'malformed';
    const s = value as Record<string, unknown>;
    if (
        typeof s.asOf !== 'string' ||
        typeof s.modelKey !== 'string' ||
        typeof s.fingerprint !== 'string' ||
        !isCount(s.accounts) ||
        !isCount(s.written) ||
        s.written > s.accounts
    )
        return 'malformed';
    return {
        asOf: s.asOf,
        modelKey: s.modelKey,
        accounts: s.accounts,
        fingerprint: s.fingerprint,
        written: s.written
    };
}

export class Checkpoint {
    readonly file: string;
    /** The lock file of the same org and day (see runLock.ts). */
    readonly lockFile: string;

    constructor(folder: string, instanceUrl: string, asOf: string) {
        // The host names the org (its My Domain); a port can change between runs of a local org.
        let host = instanceUrl;
        try {
            host = new URL(instanceUrl).hostname;
        } catch {
            // keep the text as given
        }
        const org = createHash('sha256').update(host).digest('hex').slice(0, 12);
        const base = path.join(folder, `score-${org}-${asOf}`);
        this.file = `${base}.json`;
        this.lockFile = `${base}.lock`;
    }

    /** How far an earlier run of the same job got; a checkpoint that does not fit is ignored. */
    resumeFrom(expected: Omit<CheckpointState, 'written'>): Resume {
        if (!existsSync(this.file)) return { written: 0, ignored: null };
        let text: string;
        try {
            text = readFileSync(this.file, 'utf8');
        } catch {
            return { written: 0, ignored: 'unreadable' };
        }
        const state = parseState(text);
        if (typeof state === 'string') return { written: 0, ignored: state };
        if (
            state.asOf !== expected.asOf ||
            state.modelKey !== expected.modelKey ||
            state.accounts !== expected.accounts
        )
            return { written: 0, ignored: 'otherJob' };
        if (state.fingerprint !== expected.fingerprint) return { written: 0, ignored: 'otherData' };
        return { written: state.written, ignored: null };
    }

    /** Replaces the checkpoint in one step; the temp name is unique to this save. */
    save(state: CheckpointState): void {
        mkdirSync(path.dirname(this.file), { recursive: true });
        const temp = `${this.file}.${process.pid}.${randomUUID()}.tmp`;
        try {
            writeFileSync(temp, JSON.stringify(state));
            renameSync(temp, this.file);
        } catch (error) {
            rmSync(temp, { force: true });
            throw error;
        }
    }

    clear(): void {
        rmSync(this.file, { force: true });
    }
}

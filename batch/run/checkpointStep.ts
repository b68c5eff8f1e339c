/**
 * The checkpoint of one run: where an earlier run of the same job stopped, and how far this
 * one has got. It moves only as far as the org holds the writes (REST: once a batch is
 * written; Bulk: once the ingest jobs covering those rows completed), never to what is
 * merely queued, so a resume can start a little early but never late.
 */
import { Checkpoint, type CheckpointIssue, type CheckpointState } from '../org/checkpoint';

export type CheckpointJob = Omit<CheckpointState, 'written'>;

/** Which run a checkpoint belongs to: the model record and version, and full or changed-only. */
export function checkpointModelKey(
    recordId: string | null,
    version: number,
    onlyChangedSince: string | null
): string {
    return `${recordId ?? 'default'}:${version}:${onlyChangedSince ?? 'full'}`;
}

export class CheckpointStep {
    /** Accounts already written by an earlier run of the same job. */
    readonly resumedFrom: number;
    /** A checkpoint was found and not used, and why (the run starts from the first account). */
    readonly ignored: { issue: CheckpointIssue; file: string } | null;
    private saved: number;

    /** A dry run neither resumes nor saves: it writes nothing a checkpoint could describe. */
    constructor(
        private readonly checkpoint: Checkpoint,
        private readonly job: CheckpointJob,
        private readonly dryRun: boolean
    ) {
        const resume = dryRun ? { written: 0, ignored: null } : checkpoint.resumeFrom(job);
        this.resumedFrom = resume.written;
        this.saved = resume.written;
        this.ignored = resume.ignored ? { issue: resume.ignored, file: checkpoint.file } : null;
        // A checkpoint left aside is removed, so a later resume can only find this run's own.
        if (this.ignored) checkpoint.clear();
    }

    /** Records that the org holds every account before `durable`; never moves back. */
    advance(durable: number): void {
        if (this.dryRun) return;
        const written = Math.max(this.resumedFrom, durable);
        if (written > this.saved) {
            this.checkpoint.save({ ...this.job, written });
            this.saved = written;
        }
    }

    /** The job is done: nothing left to resume. */
    clear(): void {
        if (!this.dryRun) this.checkpoint.clear();
    }
}

/**
 * An optional evidence file of the demo org: one object a custom signal reads
 * (docs/custom-signals.md), written next to the export contract's files when its
 * `demo-data` flag is on. Each file draws from its own random stream per account, so turning
 * one on changes no other file.
 */
import type { Archetype, Segment } from './archetypes';
import type { IdFactory } from './salesforceId';

/** What an evidence file may know of an account: its id and its hidden behaviour. */
export interface EvidenceAccount {
    id: string;
    archetype: Archetype;
    segment: Segment;
}

export interface EvidenceFile {
    /** API name of the object; the file is `<object>.csv`. */
    object: string;
    header: readonly string[];
    /** The account's rows as CSV lines, oldest first. */
    lines(
        account: EvidenceAccount,
        index: number,
        seed: number,
        referenceDay: number,
        ids: IdFactory
    ): string[];
}

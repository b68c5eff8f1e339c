/** What the engine returns for one account: the score receipt (docs/architecture.md JSON shape). */
import type { PillarId, SignalId } from './catalog';
import type { Rollup } from './rollup';

export interface EvidenceItem {
    /** The record behind this piece of evidence; null for an org baseline or starting point. */
    recordId: string | null;
    /** API name of the record's object, or `Baseline`. */
    object: string;
    summary: string;
    /** Points this item adds to (or takes from) the overall score. */
    impact: number;
}

export interface SignalResult {
    /** The pillar the model puts this signal in, so a stored receipt groups it as it was scored. */
    pillar: PillarId;
    score: number | null;
    confidence: number;
    /** One line a rep can read, e.g. "3 renewals: 2 on time, 1 closed 45 days late". */
    summary: string;
    evidence: EvidenceItem[];
}

/**
 * A signal's key in a result: a catalog signal's id, or the id of one of the model's custom
 * signals (`string & {}` keeps the catalog ids visible to the compiler and to readers).
 */
export type ScoredSignalId = SignalId | (string & Record<never, never>);

export interface Driver {
    signal: ScoredSignalId;
    pillar: PillarId;
    /** Points this signal moves the score away from a neutral 50; the impacts sum to score − 50. */
    impact: number;
    summary: string;
    /** Records behind the largest evidence items pulling in the same direction. */
    recordIds: string[];
}

/** A band a person set over the computed one (a `Trust_Override__c` in force). */
export interface OverrideResult {
    /** The band reported as the account's `band`. */
    band: string;
    reason: string | null;
    /** yyyy-mm-dd, the last day it is in force. */
    expiresOn: string;
    recordId: string;
    /** The band the score earned (null when provisional or unscored); the score itself is unchanged. */
    computedBand: string | null;
}

export interface TrustResult {
    accountId: string;
    accountName: string | null;
    score: number | null;
    /** Null without a score, and for a provisional one. */
    band: string | null;
    confidence: number;
    /**
     * The score rests on less evidence than the model's `minConfidence`: it is shown, but it
     * earns no band. False for every other account, including one without a score.
     */
    provisional: boolean;
    pillars: Record<PillarId, number | null>;
    /** Every catalog signal, then each custom signal of the model (engine/signals/custom.ts). */
    signals: Record<SignalId, SignalResult> & Record<string, SignalResult>;
    drivers: Driver[];
    /**
     * The path to the next band (engine/nextBand), on an account with a band below the top one
     * only: absent in the top band, for a provisional score, for an account without one, and
     * when scored with `nextBand: false`.
     */
    nextBand?: NextBand;
    /** On an account with accounts below it (Account.ParentId): their roll-up (engine/rollup.ts). */
    rollup?: Rollup;
    /** Present only while an override is in force; `band` is then the override's band. */
    override?: OverrideResult;
    /** The model that scored the account (models per segment, engine/modelSet.ts); set by a run. */
    model?: ModelRef;
}

/** A model version as results name it. */
export interface ModelRef {
    name: string;
    version: number;
}

/** What an account's own team can change in its records to move it up (engine/nextBand). */
export type NextBandAction =
    | 'deliverOverduePromises'
    | 'deliverOpenPromises'
    | 'resolveEscalations'
    | 'resolveOpenCases'
    | 'completeReferences';

export interface NextBandStep {
    action: NextBandAction;
    /** The records the action changes, most valuable first. */
    recordIds: string[];
    /** Points the step adds to the score, applied after the steps before it. */
    points: number;
}

/** The path to the band above the account's: present only where such a band exists. */
export interface NextBand {
    band: string;
    steps: NextBandStep[];
    /** Whether the steps, all applied, earn `band`; false when nothing the account can change now does. */
    reaches: boolean;
}

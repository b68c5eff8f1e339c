/** What the engine returns for one account: the score receipt (docs/architecture.md JSON shape). */
import type { PillarId, SignalId } from './catalog';

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

export interface Driver {
    signal: SignalId;
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
    signals: Record<SignalId, SignalResult>;
    drivers: Driver[];
    /** Present only while an override is in force; `band` is then the override's band. */
    override?: OverrideResult;
}

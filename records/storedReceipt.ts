/**
 * Stored `Trust_Score__c` receipts as the panel and the setup page read them over UI API
 * GraphQL: the numbers from their fields and the "why" from the `Drivers__c` JSON the batch
 * and the panel both write (see receipt.ts).
 */
import {
    PILLAR_FIELDS,
    PILLAR_IDS,
    SIGNAL_FIELDS,
    SIGNAL_IDS,
    isPillarId,
    isSignalId,
    type PillarId,
    type SignalId
} from '../engine/catalog';
import type { Driver, EvidenceItem, NextBand, NextBandStep } from '../engine/result';
import type { Rollup } from '../engine/rollup';
import { NodeReader, nodesOf, type GraphqlConnection, type GraphqlNode } from './graphqlValues';
import { parseStoredRollup } from './rollupView';

/** One signal as kept in `Drivers__c`: its strongest evidence and how many items there were. */
export interface StoredSignal {
    /** The pillar the signal was in when scored; null on receipts written before it was stored. */
    pillar: PillarId | null;
    score: number | null;
    confidence: number;
    summary: string;
    evidence: EvidenceItem[];
    evidenceCount: number;
}

export interface StoredReceipt {
    id: string;
    key: string | null;
    /** yyyy-mm-dd */
    asOf: string | null;
    score: number | null;
    band: string | null;
    /**
     * The band the evidence earned (Computed_Band__c), which differs from `band` when an override
     * was in force as the receipt was stored; `band` on receipts read without the field.
     */
    computedBand: string | null;
    confidence: number | null;
    /** Scored on too little evidence for a band (Provisional__c; on older receipts: a score without a band). */
    provisional: boolean;
    pillars: Record<PillarId, number | null>;
    /** Catalog signals from their fields; the model's custom signals from `Drivers__c`. */
    signalScores: Record<SignalId, number | null> & Record<string, number | null>;
    previousScore: number | null;
    change: number | null;
    /** ISO datetime */
    scoredAt: string | null;
    source: string | null;
    modelId: string | null;
    modelName: string | null;
    modelVersion: number | null;
    /** Drivers and per-signal detail from `Drivers__c`; empty when the JSON is missing or unreadable. */
    drivers: Driver[];
    /** By signal id: the catalog's and, on receipts of a model with them, its custom signals. */
    signals: Partial<Record<SignalId, StoredSignal>> & Partial<Record<string, StoredSignal>>;
    /** Distinct records the score rests on, as written with the receipt; null on older receipts. */
    records: number | null;
    /** Why `drivers`/`signals` are empty although the receipt has a score, or null. */
    detailProblem: string | null;
    /** The path to the next band kept with the receipt; null without one (top band, older receipts). */
    nextBand: NextBand | null;
    /** The roll-up of the accounts below, on receipts the batch wrote for a parent; else null. */
    rollup: Rollup | null;
}

/** The stored path to the next band, when `Drivers__c` holds a well-formed one. */
function parseNextBand(raw: unknown): NextBand | null {
    if (typeof raw !== 'object' || raw === null) return null;
    const { band, steps, reaches } = raw as Partial<Record<keyof NextBand, unknown>>;
    if (typeof band !== 'string' || !Array.isArray(steps)) return null;
    const wellFormed = (s: Partial<Record<keyof NextBandStep, unknown>>): boolean =>
        typeof s === 'object' &&
        s !== null &&
        typeof s.action === 'string' &&
        typeof s.points === 'number' &&
        Array.isArray(s.recordIds) &&
        s.recordIds.every((id) => typeof id === 'string');
    return { band, steps: (steps as NextBandStep[]).filter(wellFormed), reaches: reaches === true };
}

function parseDetail(
    text: string | null,
    id: string
): {
    drivers: Driver[];
    signals: StoredReceipt['signals'];
    records: number | null;
    problem: string | null;
    nextBand?: NextBand | null;
    rollup?: Rollup | null;
} {
    if (text === null || text.trim() === '')
        return { drivers: [], signals: {}, records: null, problem: null };
    let json: unknown;
    try {
        json = JSON.parse(text);
    } catch {
        return {
            drivers: [],
            signals: {},
            records: null,
            problem: `Trust_Score__c ${id}: Drivers__c is not valid JSON`
        };
    }
    if (typeof json !== 'object' || json === null) {
        return {
            drivers: [],
            signals: {},
            records: null,
            problem: `Trust_Score__c ${id}: Drivers__c is not a JSON object`
        };
    }
    const raw = json as {
        drivers?: unknown;
        signals?: unknown;
        records?: unknown;
        nextBand?: unknown;
        rollup?: unknown;
    };
    const drivers = Array.isArray(raw.drivers)
        ? (raw.drivers as Driver[]).filter(
              (d) =>
                  typeof d === 'object' &&
                  d !== null &&
                  typeof d.signal === 'string' &&
                  typeof d.impact === 'number'
          )
        : [];
    const signals: StoredReceipt['signals'] = {};
    if (typeof raw.signals === 'object' && raw.signals !== null) {
        const all = raw.signals as Record<string, Partial<StoredSignal> | undefined>;
        // The catalog first, then any custom signal the receipt kept, in the order it kept them.
        const ids = [...SIGNAL_IDS, ...Object.keys(all).filter((k) => !isSignalId(k))];
        for (const s of ids) {
            const v = all[s];
            if (!v || typeof v !== 'object') continue;
            const evidence = Array.isArray(v.evidence) ? v.evidence : [];
            signals[s] = {
                pillar: typeof v.pillar === 'string' && isPillarId(v.pillar) ? v.pillar : null,
                score: typeof v.score === 'number' ? v.score : null,
                confidence: typeof v.confidence === 'number' ? v.confidence : 0,
                summary: typeof v.summary === 'string' ? v.summary : '',
                evidence,
                evidenceCount: typeof v.evidenceCount === 'number' ? v.evidenceCount : evidence.length
            };
        }
    }
    const records =
        typeof raw.records === 'number' && Number.isInteger(raw.records) && raw.records >= 0
            ? raw.records
            : null;
    return {
        drivers,
        signals,
        records,
        problem: null,
        nextBand: parseNextBand(raw.nextBand),
        rollup: parseStoredRollup(raw.rollup)
    };
}

export function storedReceiptFromNode(node: GraphqlNode): StoredReceipt {
    const r = new NodeReader('Trust_Score__c', node);
    const pillars = {} as Record<PillarId, number | null>;
    for (const p of PILLAR_IDS) pillars[p] = r.num(PILLAR_FIELDS[p]);
    const signalScores = {} as StoredReceipt['signalScores'];
    for (const s of SIGNAL_IDS) signalScores[s] = r.num(SIGNAL_FIELDS[s]);
    const model = r.parent('Model__r');
    const detail = parseDetail(r.text('Drivers__c'), r.id);
    // Custom signals have no field: their score is the one kept in Drivers__c.
    for (const [s, stored] of Object.entries(detail.signals))
        if (!isSignalId(s) && stored) signalScores[s] = stored.score;
    const score = r.num('Score__c');
    const band = r.text('Band__c');
    return {
        id: r.id,
        key: r.text('Key__c'),
        asOf: r.text('As_Of__c'),
        score,
        band,
        // Null is a value here (a provisional score under an override); only an absent field falls back.
        computedBand: 'Computed_Band__c' in node ? r.text('Computed_Band__c') : band,
        confidence: r.num('Confidence__c'),
        provisional: r.bool('Provisional__c') || (score !== null && band === null),
        pillars,
        signalScores,
        previousScore: r.num('Previous_Score__c'),
        change: r.num('Score_Change__c'),
        scoredAt: r.text('Scored_At__c'),
        source: r.text('Source__c'),
        modelId: r.id_('Model__c'),
        modelName: model ? model.text('Name') : null,
        modelVersion: model ? model.num('Version__c') : null,
        drivers: detail.drivers,
        signals: detail.signals,
        records: detail.records,
        detailProblem: detail.problem,
        nextBand: detail.nextBand ?? null,
        rollup: detail.rollup ?? null
    };
}

/** Receipts of a `Trust_Score__c` connection, in the order the query returned them. */
export function storedReceipts(connection: GraphqlConnection | null | undefined): StoredReceipt[] {
    return nodesOf(connection).map(storedReceiptFromNode);
}

/**
 * What a receipt rests on, for "based on 37 records; no reference data yet": the distinct
 * records behind it (written with the receipt; older receipts fall back to the evidence
 * items counted per signal, which counts a record once per signal it feeds), and the
 * signals that had none.
 */
export function receiptCoverage(receipt: StoredReceipt): {
    records: number;
    signalsWithoutEvidence: SignalId[];
} {
    let items = 0;
    const without: SignalId[] = [];
    for (const s of SIGNAL_IDS) {
        const detail = receipt.signals[s];
        if (detail) items += detail.evidenceCount;
        if (receipt.signalScores[s] === null) without.push(s);
    }
    return { records: receipt.records ?? items, signalsWithoutEvidence: without };
}

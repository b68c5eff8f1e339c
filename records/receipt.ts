/**
 * A TrustResult as the records Salesforce stores: a `Trust_Score__c` receipt (upserted by
 * `Key__c` = `<AccountId>:<yyyy-mm-dd>`, so re-running a day updates, never duplicates) and
 * the four trust fields on Account.
 */
import { PILLAR_FIELDS, PILLAR_IDS, SIGNAL_FIELDS, SIGNAL_IDS } from '../engine/catalog';
import type { TrustResult } from '../engine/result';

/** Long Text Area limit of `Drivers__c`. */
export const DRIVERS_MAX_CHARS = 131_072;
/**
 * Evidence items per signal kept in the stored receipt (the strongest first; the count of
 * all is kept too). Enough to show "why" with links, small enough that a million receipts
 * stay a few Bulk API uploads.
 */
const EVIDENCE_PER_SIGNAL = 5;

/**
 * What the Account's band field holds while the latest score is provisional: a picklist value
 * of its own, so band reports and list views never count a thin score as a verdict.
 */
export const NOT_ENOUGH_EVIDENCE_BAND = 'Not enough evidence';

export function receiptKey(accountId: string, asOf: string): string {
    return `${accountId}:${asOf}`;
}

/** Distinct records behind a result (baselines and starting points are not records). */
export function evidenceRecordCount(result: TrustResult): number {
    const ids = new Set<string>();
    for (const signal of Object.values(result.signals))
        for (const e of signal.evidence) if (e.recordId) ids.add(e.recordId);
    return ids.size;
}

/**
 * The receipt's JSON: drivers, each signal's score, confidence, summary and its strongest
 * evidence with record ids, and the path to the next band where the result has one (the
 * panel shows it from the stored receipt). Trimmed to fit the field, evidence first.
 */
export function driversJson(
    result: TrustResult,
    context: { asOf: string; model: { name: string; version: number } }
): string {
    const records = evidenceRecordCount(result);
    for (let per = EVIDENCE_PER_SIGNAL; per >= 0; per = per > 2 ? Math.floor(per / 2) : per - 1) {
        const signals: Record<string, unknown> = {};
        // Every signal of the result, custom ones too: a custom signal has no field of its own,
        // so this JSON is where its score is kept for the what-if to re-weight.
        for (const [s, signal] of Object.entries(result.signals)) {
            signals[s] = {
                pillar: signal.pillar,
                score: signal.score,
                confidence: signal.confidence,
                summary: signal.summary,
                evidence: signal.evidence.slice(0, per),
                evidenceCount: signal.evidence.length
            };
        }
        const text = JSON.stringify({
            asOf: context.asOf,
            model: context.model,
            records,
            drivers: result.drivers,
            signals,
            nextBand: result.nextBand,
            // Present only while one is in force, so receipts without one keep their old JSON.
            ...(result.override ? { override: result.override } : {}),
            // On a parent only, so other receipts keep their old JSON; the panel shows it.
            ...(result.rollup ? { rollup: result.rollup } : {})
        });
        if (text.length <= DRIVERS_MAX_CHARS) return text;
    }
    return JSON.stringify({
        asOf: context.asOf,
        model: context.model,
        records,
        drivers: result.drivers.slice(0, 9),
        nextBand: result.nextBand
    });
}

export interface ReceiptContext {
    asOf: string;
    model: { name: string; version: number; recordId: string | null };
    scoredAt: string;
    source: 'Batch' | 'Panel';
}

export function receiptRecord(
    result: TrustResult,
    previous: number | null,
    ctx: ReceiptContext
): Record<string, unknown> {
    const record: Record<string, unknown> = {
        Key__c: receiptKey(result.accountId, ctx.asOf),
        Account__c: result.accountId,
        As_Of__c: ctx.asOf,
        Score__c: result.score,
        Band__c: result.band,
        // Both bands, so a report can tell a band set by hand from the one the evidence earned.
        Computed_Band__c: result.override ? result.override.computedBand : result.band,
        Confidence__c: result.confidence,
        Provisional__c: result.provisional,
        Previous_Score__c: previous,
        Score_Change__c:
            result.score !== null && previous !== null
                ? Math.round((result.score - previous) * 10) / 10
                : null,
        Drivers__c: driversJson(result, { asOf: ctx.asOf, model: ctx.model }),
        Scored_At__c: ctx.scoredAt,
        Source__c: ctx.source,
        Model__c: ctx.model.recordId
    };
    for (const p of PILLAR_IDS) record[PILLAR_FIELDS[p]] = result.pillars[p];
    for (const s of SIGNAL_IDS) record[SIGNAL_FIELDS[s]] = result.signals[s].score;
    return record;
}

export function accountTrustFields(
    result: TrustResult,
    previous: number | null,
    asOf: string
): Record<string, unknown> {
    return {
        Id: result.accountId,
        Current_Trust_Score__c: result.score,
        // An override in force is a verdict even on thin evidence.
        Current_Trust_Band__c:
            result.provisional && !result.override ? NOT_ENOUGH_EVIDENCE_BAND : result.band,
        Trust_Score_Change__c:
            result.score !== null && previous !== null
                ? Math.round((result.score - previous) * 10) / 10
                : null,
        Trust_Scored_On__c: asOf
    };
}

/**
 * The roll-up fields of an Account (engine/rollup.ts), written by the batch only: it knows the
 * whole hierarchy, so it also clears a roll-up whose children are gone. The panel scores one
 * account and must leave them as the batch wrote them, so they are not in accountTrustFields.
 */
export function accountRollupFields(result: Pick<TrustResult, 'rollup'>): Record<string, unknown> {
    return {
        Trust_Rollup_Score__c: result.rollup?.score ?? null,
        Trust_Rollup_Band__c: result.rollup?.band ?? null
    };
}

/**
 * A receipt's fields for updating today's existing record: the master-detail parent and
 * the external id never change once created (and the platform refuses reparenting).
 */
export function receiptUpdateFields(record: Record<string, unknown>, id: string): Record<string, unknown> {
    const fields: Record<string, unknown> = { Id: id };
    for (const [name, value] of Object.entries(record)) {
        if (name !== 'Account__c' && name !== 'Key__c') fields[name] = value;
    }
    return fields;
}

/**
 * The score each account had before this run's day, so a receipt shows the change. Re-runs
 * of the same day must compute the same value, so a receipt already stored for the day
 * keeps its `Previous_Score__c`; otherwise it is the Account's current score, if older.
 */
import type { ExportStore } from '../exports/exportStore';
import type { OrgApi } from './orgApi';
import { parseDay } from '../../engine/dates';

export interface PreviousScores {
    /** Score before the as-of day, or null. */
    previous(ordinal: number): number | null;
    /** False when the Account already holds a score of a later day (a backfill must not overwrite it). */
    mayUpdateAccount(ordinal: number): boolean;
}

/** Only accounts in this Id range (a chunk), or all. */
export interface IdRange {
    lo: string;
    hi: string;
}

const within = (field: string, range: IdRange | null): string =>
    range ? ` AND ${field} >= '${range.lo}' AND ${field} <= '${range.hi}'` : '';

export async function readPreviousScores(
    api: OrgApi,
    store: ExportStore,
    asOf: string,
    range: IdRange | null = null
): Promise<PreviousScores> {
    const asOfDay = parseDay(asOf) as number;
    const current = new Float64Array(store.accounts).fill(Number.NaN);
    const scoredOn = new Int32Array(store.accounts).fill(-1);
    const receiptPrevious = new Float64Array(store.accounts).fill(Number.NaN);
    const hasReceipt = new Uint8Array(store.accounts);
    await api.queryAll<{
        Id: string;
        Current_Trust_Score__c: number | null;
        Trust_Scored_On__c: string | null;
    }>(
        `SELECT Id, Current_Trust_Score__c, Trust_Scored_On__c FROM Account WHERE Trust_Scored_On__c != null${within('Id', range)}`,
        (records) => {
            for (const r of records) {
                const ordinal = store.findAccount(r.Id);
                if (ordinal < 0) continue;
                current[ordinal] = r.Current_Trust_Score__c ?? Number.NaN;
                scoredOn[ordinal] = r.Trust_Scored_On__c ? (parseDay(r.Trust_Scored_On__c) ?? -1) : -1;
            }
        }
    );
    await api.queryAll<{ Account__c: string; Previous_Score__c: number | null }>(
        `SELECT Account__c, Previous_Score__c FROM Trust_Score__c WHERE As_Of__c = ${asOf}${within('Account__c', range)}`,
        (records) => {
            for (const r of records) {
                const ordinal = store.findAccount(r.Account__c);
                if (ordinal < 0) continue;
                hasReceipt[ordinal] = 1;
                receiptPrevious[ordinal] = r.Previous_Score__c ?? Number.NaN;
            }
        }
    );
    const orNull = (v: number): number | null => (Number.isNaN(v) ? null : v);
    return {
        previous(ordinal) {
            if (hasReceipt[ordinal] === 1) return orNull(receiptPrevious[ordinal] as number);
            const on = scoredOn[ordinal] as number;
            return on >= 0 && on < asOfDay ? orNull(current[ordinal] as number) : null;
        },
        mayUpdateAccount(ordinal) {
            return (scoredOn[ordinal] as number) <= asOfDay;
        }
    };
}

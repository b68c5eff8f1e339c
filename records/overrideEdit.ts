/**
 * Setting and ending a trust override from the panel: what a new one must hold, and the
 * `Trust_Override__c` fields each write sends. The limits are the engine's (engine/override.ts),
 * so an override the panel accepts is one the batch and the panel then hold to be in force.
 */
import { formatDay, parseDay } from '../engine/dates';
import type { Day } from '../engine/evidence';
import { overrideMaxDays, type TrustModel } from '../engine/model';
import { isModelBand, lastExpiryDay } from '../engine/override';

/** What a person enters: a band name, why, and the last day it is in force (yyyy-mm-dd). */
export interface OverrideDraft {
    band: string;
    reason: string;
    expiresOn: string;
}

/** The draft's field a problem belongs to. */
export type OverrideDraftField = 'band' | 'reason' | 'expiresOn';

/** One reason a draft cannot be saved; each surface words it by `code`. */
export interface OverrideProblem {
    field: OverrideDraftField;
    code:
        | 'bandRequired'
        | 'bandUnknown'
        | 'reasonRequired'
        | 'expiresRequired'
        | 'expiresPast'
        | 'expiresTooLate';
    /** `expiresPast`: the first day allowed; `expiresTooLate`: the model's limit and the last day (yyyy-mm-dd). */
    params: { firstDay?: string; maxDays?: number; lastDay?: string };
}

/**
 * The days a new override may expire on. `today` is the user's day; `setOn` is the day the
 * engine counts from, the UTC day the record is created on (engine/override.ts reads the
 * created date's UTC day). The two differ by a day around midnight UTC: the first allowed day
 * is the later of them (an override ending before either would never be in force) and the
 * limit counts from the earlier (so the engine never finds it longer than the model allows).
 */
export function expiryWindow(model: TrustModel, today: Day, setOn: Day): { first: string; last: string } {
    return {
        first: formatDay(Math.max(today, setOn)),
        last: formatDay(lastExpiryDay(model, Math.min(today, setOn)))
    };
}

/** Why the draft cannot be saved, field by field in form order; empty when it can. */
export function checkOverrideDraft(
    draft: OverrideDraft,
    model: TrustModel,
    today: Day,
    setOn: Day
): OverrideProblem[] {
    const problems: OverrideProblem[] = [];
    const band = draft.band.trim();
    if (band === '') problems.push({ field: 'band', code: 'bandRequired', params: {} });
    else if (!isModelBand(model, band)) problems.push({ field: 'band', code: 'bandUnknown', params: {} });
    if (draft.reason.trim() === '') problems.push({ field: 'reason', code: 'reasonRequired', params: {} });
    const expiresOn = draft.expiresOn.trim() === '' ? null : parseDay(draft.expiresOn.trim());
    const window = expiryWindow(model, today, setOn);
    if (expiresOn === null) problems.push({ field: 'expiresOn', code: 'expiresRequired', params: {} });
    else if (formatDay(expiresOn) < window.first)
        problems.push({ field: 'expiresOn', code: 'expiresPast', params: { firstDay: window.first } });
    else if (formatDay(expiresOn) > window.last)
        problems.push({
            field: 'expiresOn',
            code: 'expiresTooLate',
            params: { maxDays: overrideMaxDays(model), lastDay: window.last }
        });
    return problems;
}

/** The fields of a new `Trust_Override__c` (a checked draft) for `createRecord`. */
export function newOverrideFields(accountId: string, draft: OverrideDraft): Record<string, unknown> {
    return {
        Account__c: accountId,
        Band__c: draft.band.trim(),
        Reason__c: draft.reason.trim(),
        Expires_On__c: draft.expiresOn.trim()
    };
}

/**
 * The day an ended override expires: yesterday. It is in force through its expiry day and not
 * before its creation day, so yesterday is the latest expiry that leaves it out of force today,
 * and it keeps the days it really was in force on record (an override set today and ended today
 * expires before it was set, so it was never in force). The org's validation rule
 * Expires_On_Not_In_The_Past allows a changed expiry of yesterday for this.
 */
export const overrideEndDay = (today: Day): Day => today - 1;

/** The `updateRecord` fields that end the override `recordId` on `today`. */
export function endOverrideFields(recordId: string, today: Day): Record<string, unknown> {
    return { Id: recordId, Expires_On__c: formatDay(overrideEndDay(today)) };
}

/**
 * Governed overrides: a person who knows the account better sets its band, with a reason,
 * for a limited time. The score and the computed band stay as the evidence gives them; only
 * the band reported changes, and the result says both, so nothing is hidden.
 *
 * An override is in force from the day it was created through its expiry day. Of those in
 * force, the latest created wins. One is never in force when it names a band the model does
 * not have (a renamed band, a typo in an export), or lasts longer than the model allows
 * (`overrides.maxDays`): the org refuses such records at entry, and an export or an older
 * record is held to the same rule here rather than trusted.
 */
import { dayOfInstant, formatDay } from './dates';
import type { Day, OverrideRecord } from './evidence';
import { overrideMaxDays, type TrustModel } from './model';
import type { OverrideResult, TrustResult } from './result';

/** The last expiry day the model allows an override set on `setOn` (the UTC day of its creation). */
export const lastExpiryDay = (model: TrustModel, setOn: Day): Day => setOn + overrideMaxDays(model);

/** True when `band` names a band of the model: an override of any other is never in force. */
export const isModelBand = (model: TrustModel, band: string): boolean =>
    model.bands.some((b) => b.name === band);

/** True when the record is a valid override of this model in force on `asOf`. */
export function isInForce(record: OverrideRecord, model: TrustModel, asOf: Day): boolean {
    if (record.createdDate === null || record.expiresOn === null || record.band === null) return false;
    const setOn = dayOfInstant(record.createdDate);
    if (setOn > asOf || record.expiresOn < asOf) return false;
    if (record.expiresOn > lastExpiryDay(model, setOn)) return false;
    return isModelBand(model, record.band);
}

/** The override in force on `asOf`, if any: the latest created, the larger id on a tie. */
export function overrideInForce(
    records: readonly OverrideRecord[],
    model: TrustModel,
    asOf: Day
): OverrideRecord | null {
    let latest: OverrideRecord | null = null;
    for (const r of records) {
        if (!isInForce(r, model, asOf)) continue;
        const later =
            latest === null ||
            (r.createdDate as number) > (latest.createdDate as number) ||
            (r.createdDate === latest.createdDate && r.id > latest.id);
        if (later) latest = r;
    }
    return latest;
}

/** The result with the override in force applied: its band reported, the computed one kept. */
export function withOverride(
    result: TrustResult,
    records: readonly OverrideRecord[],
    model: TrustModel,
    asOf: Day
): TrustResult {
    const record = overrideInForce(records, model, asOf);
    if (record === null) return result;
    const override: OverrideResult = {
        band: record.band as string,
        reason: record.reason,
        expiresOn: formatDay(record.expiresOn as Day),
        recordId: record.id,
        computedBand: result.band
    };
    return { ...result, band: override.band, override };
}

/**
 * Creates records so that a retry never duplicates them. A create call whose answer is lost
 * (a dropped connection, a gateway timeout) may or may not have been saved by the org; before
 * sending it again, the records this load created since it started (SystemModstamp, minus a
 * margin for clock skew) are read back and matched field by field against the ones still
 * pending. Matches are taken as created; only the rest are sent again.
 *
 * Matching compares exactly the fields written, so an org automation that rewrites one of
 * them on insert defeats it: that record would be created a second time.
 */
import { parseInstant } from '../../../engine/dates';
import type { OrgApi, SaveResult } from '../../../batch/org/orgApi';
import { ApiLimitError, backoffMs, classify, DEFAULT_RETRY, givenUp } from '../../../batch/org/retry';

/** How far before the load's start (by this machine's clock) records are read back. */
export const CLOCK_MARGIN_MS = 10 * 60_000;

const DATETIME_RE = /^\d{4}-\d{2}-\d{2}T/;

/** A value as text that is equal for what was sent and what the org returns. */
function canonical(value: unknown): string {
    if (value === null || value === undefined) return '';
    if (typeof value === 'string' && DATETIME_RE.test(value)) return String(parseInstant(value) ?? value);
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    return String(value);
}

const signature = (record: Record<string, unknown>, fields: string[]): string =>
    JSON.stringify(fields.map((f) => canonical(record[f])));

/**
 * Which pending records the org already holds, as index → id. `taken` are ids that belong to
 * other records (created earlier in this load); they are never matched again.
 */
export async function findCreated(
    api: OrgApi,
    object: string,
    pending: Map<number, Record<string, unknown>>,
    since: string,
    taken: Set<string>
): Promise<Map<number, string>> {
    const fields = [...new Set([...pending.values()].flatMap((r) => Object.keys(r)))].sort();
    const candidates = new Map<string, string[]>();
    await api.queryAll<Record<string, unknown> & { Id: string }>(
        `SELECT Id, ${fields.join(', ')} FROM ${object} WHERE SystemModstamp >= ${since} ORDER BY Id`,
        (page) => {
            for (const row of page) {
                if (taken.has(row.Id)) continue;
                const key = signature(row, fields);
                candidates.set(key, [...(candidates.get(key) ?? []), row.Id]);
            }
        }
    );
    const found = new Map<number, string>();
    for (const [index, record] of pending) {
        const id = candidates.get(signature(record, fields))?.shift();
        if (id !== undefined) found.set(index, id);
    }
    return found;
}

export interface SafeCreateOptions {
    /** ISO datetime: when the load started, less the clock margin. */
    since: string;
    /** Ids already created by this load (the id map's), never taken for another record. */
    taken: () => Set<string>;
    sleep?: (ms: number) => Promise<void>;
}

/** One collection create (≤ 200 records), retried without duplicates; one result per record. */
export async function createSafely(
    api: OrgApi,
    object: string,
    records: Record<string, unknown>[],
    options: SafeCreateOptions
): Promise<SaveResult[]> {
    const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
    const results: (SaveResult | undefined)[] = records.map(() => undefined);
    let pending = records.map((_r, i) => i);
    for (let attempt = 1; ; attempt++) {
        try {
            const answer = await api.createOnce(
                object,
                pending.map((i) => records[i] as Record<string, unknown>)
            );
            pending.forEach((index, k) => (results[index] = answer[k]));
            return results.map((r) => r ?? { success: false, errors: [] });
        } catch (error) {
            if (error instanceof ApiLimitError || classify(error) !== 'transient') throw error;
            if (attempt >= DEFAULT_RETRY.tries) throw givenUp(`POST ${object} records`, error);
            api.retries++;
            const taken = options.taken();
            for (const r of results) if (r?.id !== undefined) taken.add(r.id);
            const found = await findCreated(
                api,
                object,
                new Map(pending.map((i) => [i, records[i] as Record<string, unknown>])),
                options.since,
                taken
            );
            for (const [index, id] of found) results[index] = { id, success: true, errors: [] };
            pending = pending.filter((i) => results[i] === undefined);
            if (pending.length === 0) return results.map((r) => r ?? { success: false, errors: [] });
            await sleep(backoffMs(attempt, DEFAULT_RETRY));
        }
    }
}

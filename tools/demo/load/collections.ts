/**
 * Writes load items through sObject Collections, 200 records a call (the most a call takes),
 * with `allOrNone: false` so one bad record does not hold back the others. Whole calls are
 * retried by OrgApi (POST and PATCH included); records that hit a row lock are sent again on
 * their own, like the scorer's writer does; any other failure is reported with the record's
 * `file:line`.
 */
import type { SaveResult } from '../../../batch/org/orgApi';
import { backoffMs, DEFAULT_RETRY } from '../../../batch/org/retry';
import type { LoadItem } from './plan';

export const COLLECTION_SIZE = 200;
const LOCK_RETRIES = 5;

export interface LoadFailure {
    object: string;
    file: string;
    line: number;
    error: string;
}

export interface Written {
    item: LoadItem;
    id: string;
}

const describeErrors = (result: SaveResult): string =>
    result.errors
        .map((e) => `${e.statusCode}: ${e.message}${e.fields?.length ? ` (${e.fields.join(', ')})` : ''}`)
        .join('; ');

export const failureOf = (item: LoadItem, error: string): LoadFailure => ({
    object: item.object,
    file: item.file,
    line: item.line,
    error
});

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sends items in calls of 200; `afterCall` sees each call's successes before the next call
 * is made (the loader saves its id map there).
 */
export async function saveAll(
    items: { item: LoadItem; record: Record<string, unknown> }[],
    call: (records: Record<string, unknown>[]) => Promise<SaveResult[]>,
    afterCall: (written: Written[], failures: LoadFailure[]) => void,
    sleep: (ms: number) => Promise<void> = defaultSleep
): Promise<void> {
    for (let start = 0; start < items.length; start += COLLECTION_SIZE) {
        let pending = items.slice(start, start + COLLECTION_SIZE);
        for (let attempt = 1; pending.length > 0; attempt++) {
            const results = await call(pending.map((p) => p.record));
            const written: Written[] = [];
            const failures: LoadFailure[] = [];
            const locked: typeof pending = [];
            pending.forEach((p, i) => {
                const result = results[i];
                if (result?.success === true && result.id !== undefined)
                    written.push({ item: p.item, id: result.id });
                else if (
                    result?.errors.some((e) => e.statusCode === 'UNABLE_TO_LOCK_ROW') &&
                    attempt < LOCK_RETRIES
                )
                    locked.push(p);
                else failures.push(failureOf(p.item, result ? describeErrors(result) : 'no result returned'));
            });
            afterCall(written, failures);
            pending = locked;
            if (pending.length > 0) await sleep(backoffMs(attempt, DEFAULT_RETRY));
        }
    }
}

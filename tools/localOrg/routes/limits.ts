/**
 * `GET /limits`. DailyApiRequests counts every authenticated request the local org served,
 * this one included, so a run's API economy can be read from it as from a real org.
 */
import { json, type Org, type Route } from '../context';

const fixed = (max: number) => ({ Max: max, Remaining: max });

function limits(org: Org) {
    const used = org.apiCalls();
    return json(200, {
        DailyApiRequests: { Max: org.apiLimit, Remaining: Math.max(0, org.apiLimit - used) },
        DailyBulkApiBatches: fixed(15_000),
        DailyBulkV2QueryFileStorageMB: fixed(976_562),
        DailyBulkV2QueryJobs: fixed(10_000),
        DataStorageMB: fixed(5_120),
        FileStorageMB: fixed(20_480)
    });
}

export const limitsRoutes: Route[] = [{ method: 'GET', pattern: /^\/limits\/?$/, handler: limits }];

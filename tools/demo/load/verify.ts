/**
 * Checks the id map against the org before a re-run trusts it: a mapped record must still
 * exist and hang from the mapped parent (an Account must still bear the exported name).
 * Records deleted since, or a map left by another org on the same host (a reset scratch org,
 * a fresh local org), fail the check and are created again. One query per 200 mapped records;
 * a contract found still in Draft is queued for activation.
 */
import type { OrgApi } from '../../../batch/org/orgApi';
import type { IdMap } from './idMap';
import { LOAD_ORDER, PARENT_FIELD, type LoadItem, type LoadPlan } from './plan';

export const QUERY_IDS = 200;

export interface Verified {
    /** Mapped records found in the org, per object. */
    found: Record<string, number>;
    /** Mapped records no longer in the org (they are created again). */
    stale: number;
    /** Contracts in the org that still need activating. */
    toActivate: LoadItem[];
}

type Row = Record<string, unknown> & { Id: string };

export async function verifyIdMap(api: OrgApi, plan: LoadPlan, map: IdMap): Promise<Verified> {
    const verified: Verified = { found: {}, stale: 0, toActivate: [] };
    for (const object of LOAD_ORDER) {
        const mapped = plan.items[object].filter((item) => map.get(object, item.sourceId) !== undefined);
        verified.found[object] = 0;
        const parentField = PARENT_FIELD[object];
        const fields = ['Id', parentField ?? 'Name', ...(object === 'Contract' ? ['StatusCode'] : [])];
        for (let i = 0; i < mapped.length; i += QUERY_IDS) {
            const chunk = mapped.slice(i, i + QUERY_IDS);
            const ids = chunk.map((item) => `'${map.get(object, item.sourceId) as string}'`).join(',');
            const rows = new Map<string, Row>();
            await api.queryAll<Row>(
                `SELECT ${fields.join(', ')} FROM ${object} WHERE Id IN (${ids})`,
                (page) => {
                    for (const row of page) rows.set(row.Id, row);
                }
            );
            for (const item of chunk) {
                const row = rows.get(map.get(object, item.sourceId) as string);
                const parent = parentField === null ? undefined : item.refs[parentField];
                const expected =
                    parentField === null
                        ? item.fields.Name
                        : parent === undefined
                          ? null
                          : (map.get(parent.object, parent.sourceId) ?? '(not loaded)');
                if (row === undefined || (row[parentField ?? 'Name'] ?? null) !== expected) {
                    map.delete(object, item.sourceId);
                    verified.stale++;
                    continue;
                }
                verified.found[object] = (verified.found[object] ?? 0) + 1;
                // Draft or in approval; an activated contract past its end may read Expired, which is fine.
                if (item.activate && /^(Draft|InApproval)$/.test(String(row.StatusCode)))
                    verified.toActivate.push(item);
            }
        }
    }
    return verified;
}

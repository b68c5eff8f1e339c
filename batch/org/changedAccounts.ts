/**
 * `--only-changed-since`: the accounts whose evidence changed after a moment, found from
 * `SystemModstamp` on the account and on every object that carries its evidence.
 */
import type { ExportStore } from '../exports/exportStore';
import type { OrgApi } from './orgApi';

/**
 * The objects that carry evidence. Not Account itself: a batch run writes the trust fields on
 * every Account it scores, which bumps its SystemModstamp, and the Account's own fields are
 * not evidence anyway.
 */
const EVIDENCE_LINKS: [object: string, accountField: string][] = [
    ['Opportunity', 'AccountId'],
    ['Case', 'AccountId'],
    ['Contract', 'AccountId'],
    ['Trust_Commitment__c', 'Account__c'],
    ['Customer_Reference__c', 'Account__c']
];

/** Account ordinals (in the store) with evidence modified after `since` (ISO datetime). */
export async function changedAccounts(
    api: OrgApi,
    store: ExportStore,
    since: string,
    range: { lo: string; hi: string } | null = null
): Promise<Uint8Array> {
    const changed = new Uint8Array(store.accounts);
    for (const [object, field] of EVIDENCE_LINKS) {
        await api.queryAll<Record<string, string | null>>(
            `SELECT ${field} FROM ${object} WHERE SystemModstamp > ${since}${range ? ` AND ${field} >= '${range.lo}' AND ${field} <= '${range.hi}'` : ''}`,
            (records) => {
                for (const r of records) {
                    const id = r[field];
                    const ordinal = id ? store.findAccount(id) : -1;
                    if (ordinal >= 0) changed[ordinal] = 1;
                }
            }
        );
    }
    return changed;
}

/**
 * One account and the accounts below it (Account.ParentId) in an org, for a read that needs a
 * parent's evidence and its subtree's but not the whole org's (`explain` on a parent).
 */
import { customExportObjects } from '../exports/exportSchema';
import type { TableSettings } from '../../records/evidenceFields';
import type { OrgApi } from './orgApi';

/**
 * SOQL conditions that read the evidence of these accounts only. The Ids go into the query as
 * they are: they come from the org, or were checked as Salesforce Ids by the caller.
 */
export function accountsWhere(
    accountIds: readonly string[],
    /** What the model reads: its custom signals' objects are narrowed by their account lookup too. */
    settings?: TableSettings
): (apiName: string) => string | null {
    const ids = `(${accountIds.map((id) => `'${id}'`).join(', ')})`;
    const where: Record<string, string> = {
        Account: `Id IN ${ids}`,
        Opportunity: `AccountId IN ${ids}`,
        OpportunityHistory: `Opportunity.AccountId IN ${ids}`,
        Case: `AccountId IN ${ids}`,
        CaseMilestone: `Case.AccountId IN ${ids}`,
        Contract: `AccountId IN ${ids}`,
        Trust_Commitment__c: `Account__c IN ${ids}`,
        Customer_Reference__c: `Account__c IN ${ids}`,
        Trust_Override__c: `Account__c IN ${ids}`
    };
    for (const custom of settings ? customExportObjects(settings) : [])
        where[custom.spec.apiName] = `${custom.parent} IN ${ids}`;
    return (apiName) => where[apiName] ?? null;
}

/** Past this many accounts in a subtree, a narrow read's SOQL would be too long: the whole org is read. */
const NARROW_READ_ACCOUNTS = 2000;

/**
 * The account and every account below it (Account.ParentId), from the org's hierarchy links
 * alone, or null when they are too many to name in a query.
 */
export async function subtreeOf(api: Pick<OrgApi, 'queryAll'>, accountId: string): Promise<string[] | null> {
    // Keyed by the case-sensitive 15-character Id, so an account named by either length is found.
    const key = (id: string): string => id.slice(0, 15);
    const children = new Map<string, string[]>();
    await api.queryAll<{ Id: string; ParentId: string }>(
        'SELECT Id, ParentId FROM Account WHERE ParentId != null',
        (records) => {
            for (const r of records) {
                const list = children.get(key(r.ParentId));
                if (list) list.push(r.Id);
                else children.set(key(r.ParentId), [r.Id]);
            }
        }
    );
    // A ParentId cycle is refused by the roll-up step; here the walk only must not loop.
    const subtree = new Set([accountId]);
    const queue = [accountId];
    while (queue.length > 0) {
        for (const child of children.get(key(queue.pop() as string)) ?? []) {
            if (subtree.has(child)) continue;
            subtree.add(child);
            queue.push(child);
        }
    }
    return subtree.size > NARROW_READ_ACCOUNTS ? null : [...subtree];
}

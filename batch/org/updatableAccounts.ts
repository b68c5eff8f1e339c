/**
 * Which of some accounts the run may write Account fields on: those the org holds (and the
 * run's user can see) whose latest score is not of a later day than the run's, the rule the
 * scored accounts follow too (previousScores.ts), so a backfill of an older day never
 * overwrites what a later run wrote.
 */
import { parseDay } from '../../engine/dates';
import type { OrgApi } from './orgApi';

/** Ids per query: keeps the SOQL far below its length limit. */
const IDS_PER_QUERY = 200;

/** Only a well-formed Id goes into the query; anything else cannot name an account anyway. */
const SALESFORCE_ID = /^[A-Za-z0-9]{18}$/;

/** The accounts among `accountIds` (18-character Ids) the run may update, in the order given. */
export async function updatableAccounts(
    api: Pick<OrgApi, 'queryAll'>,
    accountIds: readonly string[],
    asOf: string
): Promise<string[]> {
    const asOfDay = parseDay(asOf) as number;
    const may = new Set<string>();
    const wellFormed = accountIds.filter((id) => SALESFORCE_ID.test(id));
    for (let i = 0; i < wellFormed.length; i += IDS_PER_QUERY) {
        const ids = wellFormed
            .slice(i, i + IDS_PER_QUERY)
            .map((id) => `'${id}'`)
            .join(', ');
        await api.queryAll<{ Id: string; Trust_Scored_On__c: string | null }>(
            `SELECT Id, Trust_Scored_On__c FROM Account WHERE Id IN (${ids})`,
            (records) => {
                for (const r of records) {
                    const on = r.Trust_Scored_On__c ? parseDay(r.Trust_Scored_On__c) : null;
                    if (on === null || on <= asOfDay) may.add(r.Id);
                }
            }
        );
    }
    return accountIds.filter((id) => may.has(id));
}

/**
 * `--only-changed-since` rescores only the accounts whose evidence changed, but a changed
 * child changes the roll-up of every account above it, which may not have changed at all.
 * This sink notes the ancestors of each rescored account; once every account went through,
 * the receipt sink writes the fresh roll-up (Trust_Rollup_Score__c, Trust_Rollup_Band__c) on
 * those the run did not rescore itself. The roll-ups are the run's own (rollupStep.ts), which
 * scores every account in a hierarchy, changed or not, so they are what a full run would write.
 *
 * The ancestors are found again from the rescored accounts on every run, a resumed one too
 * (its sinks see every account, written or not), and the write is an update by Id: a crash
 * before it is made good by the run that resumes.
 */
import { accountRollupFields } from '../../records/receipt';
import type { OrgApi } from '../org/orgApi';
import { updatableAccounts } from '../org/updatableAccounts';
import type { WriteItem } from '../org/writers';
import type { RunRollups } from './rollupStep';
import type { ScoredAccount, ScoreSink } from './scoreStep';

export class AncestorRollups implements ScoreSink {
    /** Accounts this run scored: their own Account fields carry their roll-up already. */
    private readonly scored = new Set<string>();
    private readonly above = new Set<string>();
    /** Ancestors whose roll-up was written (in a dry run: would be). */
    refreshed = 0;

    constructor(private readonly rollups: RunRollups) {}

    async add({ result }: ScoredAccount): Promise<void> {
        this.scored.add(result.accountId);
        for (const id of this.rollups.ancestorsOf(result.accountId)) this.above.add(id);
    }

    async finish(): Promise<void> {}

    /**
     * The Account updates of the ancestors not scored by this run that the org holds and that
     * hold no score of a later day; in Id order.
     */
    async items(api: Pick<OrgApi, 'queryAll'>, asOf: string): Promise<WriteItem[]> {
        const pending = [...this.above].filter((id) => !this.scored.has(id)).sort();
        if (pending.length === 0) return [];
        const items: WriteItem[] = [];
        for (const accountId of await updatableAccounts(api, pending, asOf)) {
            const rollup = this.rollups.get(accountId);
            items.push({
                accountId,
                receipt: null,
                account: { Id: accountId, ...accountRollupFields({ rollup }) }
            });
        }
        this.refreshed = items.length;
        return items;
    }
}

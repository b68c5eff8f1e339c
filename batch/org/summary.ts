/** The run summary a person reads: what was scored, bands, movers, failures, API economy. */
import { messages } from '../../cli/messages';
import type { CheckpointIssue } from './checkpoint';
import { inertText } from '../output/terminalText';
import type { OrgRunSummary } from '../run/summary';

const n = (v: number): string => v.toLocaleString('en-US');

const IGNORED_BECAUSE: Record<CheckpointIssue, string> = {
    unreadable: 'it is not readable JSON',
    malformed: 'it does not hold a checkpoint of this tool (a field is missing or has the wrong type)',
    otherJob:
        'it belongs to another run of this org and day (the model or the number of accounts changed since)',
    otherData: 'it was written for other data on this host (the first or last account differs)'
};

/** Names, ids, band names and the org's error texts are record text: each is made inert. */
export function formatSummary(
    s: OrgRunSummary,
    context: { instanceUrl: string; asOf: string; dryRun: boolean }
): string {
    const t = inertText;
    const lines: string[] = [];
    const model = s.model.fellBackToDefault
        ? `the default model (no active Trust_Model__c in the org; create one from the setup page to tune it)`
        : `${t(s.model.name)} v${s.model.version} (${t(String(s.model.recordId))})`;
    lines.push(
        `Scored ${n(s.accountsScored)} of ${n(s.accountsInOrg)} accounts of ${t(context.instanceUrl)} as of ${context.asOf} with ${model}.`
    );
    lines.push(
        `Read ${n(s.rows)} records; baselines ${s.baselinesSource}: median won cycle ${s.baselines.medianWonCycleDays} days, win rate ${Math.round(s.baselines.winRatePrior * 100)}%.`
    );
    if (s.closedBeforeCreated) lines.push(messages.closedBeforeCreated(s.closedBeforeCreated));
    if (s.bulkChosen)
        lines.push(
            `Used Bulk API 2.0: with ${n(s.accountsInOrg)} accounts, REST paging would cost far more API calls.`
        );
    if (s.checkpointIgnored)
        lines.push(
            `Ignored the checkpoint ${s.checkpointIgnored.file}: ${IGNORED_BECAUSE[s.checkpointIgnored.issue]}; started from the first account.`
        );
    if (s.resumedFrom > 0)
        lines.push(
            `Resumed an interrupted run: the first ${n(s.resumedFrom)} accounts were already written.`
        );
    const bands = Object.entries(s.bands)
        .map(([band, count]) => `${t(band)}: ${n(count)}`)
        .join('  ');
    lines.push(`Bands — ${bands || 'none'}`);
    if (s.movers.length > 0) {
        lines.push('Biggest movers since their last score:');
        for (const m of s.movers) {
            const change = m.score - m.previous;
            lines.push(
                `  ${change >= 0 ? '+' : '−'}${Math.abs(change).toFixed(1).padStart(5)}  ${t(m.accountName ?? m.accountId)} (${t(m.accountId)}): ${m.previous.toFixed(1)} → ${m.score.toFixed(1)}`
            );
        }
    }
    if (context.dryRun) lines.push('Dry run: nothing was written to the org.');
    else
        lines.push(
            `Wrote receipts (Trust_Score__c, upsert by Key__c) and Account trust fields${s.bulkJobs > 0 ? ` in ${s.bulkJobs} Bulk API jobs` : ''}.`
        );
    if (s.rollupsRefreshed)
        lines.push(
            `Refreshed the roll-up of ${n(s.rollupsRefreshed)} parent account${s.rollupsRefreshed === 1 ? '' : 's'} above the rescored ones.`
        );
    if (s.alerts) lines.push(...alertLines(s.alerts, context.dryRun));
    if (s.failures.length > 0) {
        lines.push(
            `${n(s.failures.length)} record${s.failures.length === 1 ? '' : 's'} could not be written (the rest were):`
        );
        for (const f of s.failures.slice(0, 10))
            lines.push(`  ${t(f.object)} for account ${t(f.accountId)}: ${t(f.error)}`);
        if (s.failures.length > 10) lines.push(`  … and ${n(s.failures.length - 10)} more`);
    }
    const used = s.limitsBefore && s.limitsAfter ? s.limitsBefore.remaining - s.limitsAfter.remaining : null;
    const limitText = s.limitsAfter
        ? `; ${n(s.limitsAfter.remaining)} of ${n(s.limitsAfter.max)} daily API requests left`
        : '';
    lines.push(
        `API calls: ${n(s.apiCalls)} made (${n(s.retries)} retried)${used !== null ? `, ${n(used)} counted by the org` : ''}${limitText}.`
    );
    if (s.stoppedByLimit)
        lines.push(
            `Stopped early: ${t(s.stoppedByLimit)}. Progress is saved; run the same command again to resume.`
        );
    return lines.join('\n');
}

/** The trust alerts of the run (a dry run: those it would create and close), each account named inertly. */
function alertLines(alerts: NonNullable<OrgRunSummary['alerts']>, dryRun: boolean): string[] {
    const t = inertText;
    const { created, closed } = alerts;
    const plural = (count: number): string => `${n(count)} trust alert${count === 1 ? '' : 's'}`;
    const lines = [
        dryRun
            ? `Would create ${plural(created.length)} (Task) and close ${n(closed)} whose band recovered.`
            : `Created ${plural(created.length)} (Task) and closed ${n(closed)} whose band recovered.`
    ];
    for (const a of created.slice(0, 10))
        lines.push(`  ${t(a.accountName ?? a.accountId)} (${t(a.accountId)}): ${t(a.subject)}`);
    if (created.length > 10) lines.push(`  … and ${n(created.length - 10)} more`);
    return lines;
}

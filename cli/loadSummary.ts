/** What `demo-data load` did, for people (text) and for scripts (`--json`). */
import { LOAD_ORDER, type LoadSummary } from '../tools/demo/load';
import { inertText } from '../batch/output/terminalText';
import { loadMessages as m } from './messages';

/** The audit fields have their own paragraph; the rest of what was left out is listed. */
const AUDIT = new Set(['CreatedDate', 'ClosedDate']);

export function formatLoadSummary(s: LoadSummary): string {
    const lines: string[] = [m.loaded(s.folder, s.instanceUrl)];
    for (const object of LOAD_ORDER) {
        const t = s.objects[object];
        lines.push(m.objectLine(object, t, object === 'Contract' ? s.activated : null));
    }
    lines.push(s.auditFields ? m.auditKept : m.auditMissing);
    if (s.notLoadable.OpportunityHistory + s.notLoadable.CaseMilestone > 0)
        lines.push(m.notLoadable(s.notLoadable.OpportunityHistory, s.notLoadable.CaseMilestone));
    if (s.contactsDropped > 0) lines.push(m.contactsDropped(s.contactsDropped));
    const leftOut = Object.entries(s.fieldsLeftOut).flatMap(([object, fields]) =>
        fields.filter((f) => !AUDIT.has(f)).map((f) => `${object}.${f}`)
    );
    if (leftOut.length > 0) lines.push(m.leftOut(leftOut));
    if (s.notes.length > 0) {
        lines.push(m.notes(s.notes.length));
        for (const note of s.notes.slice(0, 10)) lines.push(`  ${inertText(note)}`);
        if (s.notes.length > 10) lines.push(m.more(s.notes.length - 10));
    }
    if (s.stale > 0) lines.push(m.stale(s.stale));
    if (s.failures.length > 0) {
        lines.push(m.failures(s.failures.length));
        for (const f of s.failures.slice(0, 10))
            lines.push(`  ${inertText(f.file)}:${f.line}: ${f.object}: ${inertText(f.error)}`);
        if (s.failures.length > 10) lines.push(m.more(s.failures.length - 10));
    }
    lines.push(m.idMap(s.idMapFile));
    const records = LOAD_ORDER.reduce((sum, o) => sum + s.objects[o].created, 0);
    lines.push(m.economy(s.apiCalls, s.retries, records, s.ms));
    if (s.stoppedByLimit) lines.push(m.stopped(inertText(s.stoppedByLimit)));
    return lines.join('\n');
}

/** One JSON object: the summary as is, with totals a script would otherwise add up. */
export function loadSummaryJson(s: LoadSummary): string {
    const created = LOAD_ORDER.reduce((sum, o) => sum + s.objects[o].created, 0);
    const failed = LOAD_ORDER.reduce((sum, o) => sum + s.objects[o].failed, 0);
    return JSON.stringify({ ...s, totals: { created, failed } });
}

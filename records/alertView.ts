/**
 * The open trust alert the Trust panel shows: among an account's open Tasks whose subject
 * begins with the active model's alert prefix (the panel's alert query), the newest one whose
 * subject reads as a drop of this model's bands (records/alertSubject.ts, the batch's rule).
 */
import { alertSettings, type TrustModel } from '../engine/model';
import { readAlertSubject } from './alertSubject';
import { NodeReader, nodesOf, type GraphqlConnection } from './graphqlValues';

export interface AlertView {
    /** The Task's id. */
    recordId: string;
    /** The band the account fell from, and the band it fell to (null when the subject does not say). */
    from: string;
    to: string | null;
    /** yyyy-mm-dd: the first low day, and the Task's due date; null when unknown. */
    since: string | null;
    dueOn: string | null;
}

/**
 * The alert to show from the query's Task connection (newest first), or null. A node that
 * cannot be read as an alert of this model (another text LIKE matched regardless of case,
 * bands since renamed) is passed over rather than shown wrongly.
 */
export function openAlertView(
    connection: GraphqlConnection | null | undefined,
    model: TrustModel
): AlertView | null {
    const settings = alertSettings(model);
    for (const node of nodesOf(connection)) {
        const task = new NodeReader('Task', node);
        const subject = task.text('Subject');
        const parts = subject === null ? null : readAlertSubject(settings, model.bands, subject);
        if (parts === null) continue;
        return { recordId: task.id, ...parts, dueOn: task.text('ActivityDate') };
    }
    return null;
}

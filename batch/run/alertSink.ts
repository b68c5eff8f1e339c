/**
 * The alert step of an org run: collects each scored account and, when the receipt sink is
 * about to write a batch, decides its accounts' alerts (run/alertRule.ts) and writes them
 * first. The checkpoint moves only after the receipts of a batch are written, so it never
 * passes an account whose alert is not in the org; a resumed run decides the same accounts
 * again, finds the alerts by their subjects and creates none twice. A dry run decides and
 * reports, and writes nothing.
 */
import { alertSettings, type AlertSettings, type TrustModel } from '../../engine/model';
import type { Driver } from '../../engine/result';
import { AlertStore, type AlertState } from '../org/alertStore';
import type { OrgApi } from '../org/orgApi';
import type { WriteFailure } from '../org/writers';
import { alertSubjectPrefix } from '../../records/alertSubject';
import { decideAlerts, type Drop } from './alertRule';
import { alertTask, closedAlert } from './alertTask';
import type { ScoredAccount, ScoreSink } from './scoreStep';

/** An alert created (or, in a dry run, that would be). */
export interface PlannedAlert {
    accountId: string;
    accountName: string | null;
    subject: string;
    drop: Drop;
}

/** An open alert closed (or, in a dry run, that would be) because the account's band recovered. */
export interface ClosedAlert {
    accountId: string;
    accountName: string | null;
    /** The Task's Id and subject. */
    taskId: string;
    subject: string;
    /** The band the account recovered to. */
    band: string;
}

/** A sink whose writes must be in the org before the receipts of the same batch. */
export interface BatchCompanion {
    flush(): Promise<WriteFailure[]>;
}

interface Pending {
    accountId: string;
    accountName: string | null;
    band: string | null;
    drivers: readonly Driver[];
}

export interface AlertSinkOptions {
    store: Pick<AlertStore, 'read' | 'create' | 'close'>;
    model: TrustModel;
    settings: AlertSettings;
    asOf: string;
    /** Accounts before this position were decided by the run that wrote them. */
    resumedFrom: number;
    dryRun: boolean;
}

export class AlertSink implements ScoreSink, BatchCompanion {
    readonly created: PlannedAlert[] = [];
    /** Open alerts closed because the band recovered. */
    readonly closedAlerts: ClosedAlert[] = [];
    /** How many of them. */
    get closed(): number {
        return this.closedAlerts.length;
    }
    private pending: Pending[] = [];

    constructor(private readonly options: AlertSinkOptions) {}

    async add({ result, position }: ScoredAccount): Promise<void> {
        if (position < this.options.resumedFrom) return;
        this.pending.push({
            accountId: result.accountId,
            accountName: result.accountName,
            band: result.band,
            drivers: result.drivers
        });
    }

    /** The receipt sink flushes this one before each batch, the last included. */
    async finish(): Promise<void> {}

    async flush(): Promise<WriteFailure[]> {
        const batch = this.pending;
        this.pending = [];
        if (batch.length === 0) return [];
        const { store, settings, model, asOf, dryRun } = this.options;
        const states = await store.read(batch.map((p) => p.accountId));
        const creates: Record<string, unknown>[] = [];
        const planned: PlannedAlert[] = [];
        const closes: { accountId: string; record: Record<string, unknown> }[] = [];
        const closing: ClosedAlert[] = [];
        for (const account of batch) {
            const state: AlertState = states.get(account.accountId) ?? {
                ownerId: null,
                before: [],
                alerts: []
            };
            const today = { day: asOf, band: account.band };
            for (const action of decideAlerts(settings, model.bands, today, state.before, state.alerts)) {
                if (action.kind === 'close') {
                    const record = closedAlert(action.alert.id, action.alert.description, action.band, asOf);
                    closes.push({ accountId: account.accountId, record });
                    const { id: taskId, subject } = action.alert;
                    closing.push({ ...accountOf(account), taskId, subject, band: action.band });
                    continue;
                }
                const { accountId, accountName } = account;
                planned.push({ accountId, accountName, subject: action.subject, drop: action.drop });
                const alert = { accountId, ownerId: state.ownerId, ...action, drivers: account.drivers };
                creates.push(alertTask(alert, settings, asOf));
            }
        }
        this.created.push(...planned);
        this.closedAlerts.push(...closing);
        if (dryRun) return [];
        return [...(await store.create(creates)), ...(await store.close(closes))];
    }
}

const accountOf = ({ accountId, accountName }: Pending): Pick<ClosedAlert, 'accountId' | 'accountName'> => ({
    accountId,
    accountName
});

/** The alert step of an org run, or null when the model's alerts are off. */
export function alertStep(
    run: { api: OrgApi; asOf: { text: string }; dryRun: boolean },
    model: TrustModel,
    resumedFrom: number
): AlertSink | null {
    const settings = alertSettings(model);
    if (!settings.enabled) return null;
    const asOf = run.asOf.text;
    const store = new AlertStore(run.api, asOf, alertSubjectPrefix(settings), settings.sustainRuns);
    return new AlertSink({ store, model, settings, asOf, resumedFrom, dryRun: run.dryRun });
}

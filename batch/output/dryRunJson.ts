/**
 * What a dry run against an org would have done, as the score JSON's top-level `dryRun` field
 * (after `accounts`, whose shape it leaves alone): the trust alerts it would create and the
 * open ones it would close. The text summary says the same in words.
 */

/** An alert the run would create: the account, the Task's subject and the drop it reports. */
export interface WouldCreateAlert {
    accountId: string;
    accountName: string | null;
    subject: string;
    /** The settled band the account fell from, its band today, the first run below. */
    from: string;
    to: string;
    since: string;
}

/** An open alert the run would close: the account, the Task, and the band it recovered to. */
export interface WouldCloseAlert {
    accountId: string;
    accountName: string | null;
    taskId: string;
    subject: string;
    band: string;
}

export interface DryRunJson {
    /** Null when the model's alerts are off: the run would neither create nor close any. */
    alerts: { create: WouldCreateAlert[]; close: WouldCloseAlert[] } | null;
}

/** What the run's alert step decided (run/alertSink.ts), in the JSON's shape. */
export interface DecidedAlerts {
    created: readonly {
        accountId: string;
        accountName: string | null;
        subject: string;
        drop: { from: string; to: string; since: string };
    }[];
    closedAlerts: readonly WouldCloseAlert[];
}

export function dryRunJson(alerts: DecidedAlerts | undefined): DryRunJson {
    if (!alerts) return { alerts: null };
    return {
        alerts: {
            create: alerts.created.map(({ accountId, accountName, subject, drop }) => ({
                accountId,
                accountName,
                subject,
                from: drop.from,
                to: drop.to,
                since: drop.since
            })),
            close: alerts.closedAlerts.map(({ accountId, accountName, taskId, subject, band }) => ({
                accountId,
                accountName,
                taskId,
                subject,
                band
            }))
        }
    };
}

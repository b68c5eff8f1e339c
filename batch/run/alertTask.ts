/**
 * The Task records of trust alerts: a new alert for the account's owner, and the update that
 * closes one when the band recovered. Values only: the writer sends them.
 */
import { formatDay, parseDay } from '../../engine/dates';
import type { AlertSettings } from '../../engine/model';
import type { Driver } from '../../engine/result';
import type { Drop } from './alertRule';

/** Negative drivers named in the description, worst first. */
export const ALERT_DRIVERS = 3;

/** Task.Status of a new alert, and of one closed on recovery (a new org's standard values). */
export const OPEN_STATUS = 'Not Started';
export const CLOSED_STATUS = 'Completed';

const points = (impact: number): string => `${impact < 0 ? '−' : '+'}${Math.abs(impact).toFixed(1)}`;

/** Why the band fell: the drivers pulling the score down the most. */
export function alertDescription(drop: Drop, drivers: readonly Driver[]): string {
    const negative = drivers
        .filter((d) => d.impact < 0)
        .sort((a, b) => a.impact - b.impact)
        .slice(0, ALERT_DRIVERS);
    const lines = [
        `The trust band of this account fell from ${drop.from} to ${drop.to} and has stayed below ${drop.from} since ${drop.since}.`
    ];
    if (negative.length > 0) {
        lines.push('', 'What pulls the score down most:');
        for (const d of negative) lines.push(`- ${d.summary} (${points(d.impact)} points)`);
    }
    return lines.join('\n');
}

export interface NewAlert {
    accountId: string;
    ownerId: string | null;
    subject: string;
    drop: Drop;
    drivers: readonly Driver[];
}

/** The Task of a new alert, due `dueInDays` after the run's day. */
export function alertTask(alert: NewAlert, settings: AlertSettings, asOf: string): Record<string, unknown> {
    const day = parseDay(asOf);
    if (day === null) throw new Error(`not a day: ${asOf}`);
    return {
        WhatId: alert.accountId,
        ...(alert.ownerId === null ? {} : { OwnerId: alert.ownerId }),
        Subject: alert.subject,
        Description: alertDescription(alert.drop, alert.drivers),
        ActivityDate: formatDay(day + settings.dueInDays),
        Priority: settings.priority,
        Status: OPEN_STATUS
    };
}

/** Closes an open alert, saying why below what it said. */
export function closedAlert(
    taskId: string,
    description: string | null,
    band: string,
    asOf: string
): Record<string, unknown> {
    const note = `Closed on ${asOf}: the trust band recovered to ${band}.`;
    return {
        Id: taskId,
        Status: CLOSED_STATUS,
        Description: description ? `${description}\n\n${note}` : note
    };
}

/**
 * When a band drop deserves a Task, and when an open one is over: pure decisions over an
 * account's band today and the bands of its earlier batch runs (its Batch receipts).
 *
 * "Sustained": the band is below the account's last settled band in each of the last
 * `sustainRuns` batch runs, today's included. The settled band is the band of the run just
 * before those: a one-run dip that comes back never fills the window, and once the low band
 * has held for a whole window it is itself the settled band, so a run with the band still low
 * finds no new drop. A run without a band (no score, or provisional) breaks the streak.
 *
 * The Task's subject names the drop (both bands and the first low day), so the same drop
 * always gets the same subject: re-running a day or resuming a crashed run finds it and
 * creates nothing. While an alert of the account is open no other is created; once the band is
 * back at or above the band the alert dropped from, the alert is closed ("recovered"), and a
 * later drop is a new one.
 */
import type { AlertSettings, Band } from '../../engine/model';
import { alertSubject, readAlertSubject, type AlertDrop } from '../../records/alertSubject';

/** One batch run of an account: its as-of day (yyyy-mm-dd) and the band it got. */
export interface BandRun {
    day: string;
    band: string | null;
}

/** A sustained drop; its subject is written and read in records/alertSubject.ts. */
export type Drop = AlertDrop;

/** A trust alert Task already in the org for the account. */
export interface ExistingAlert {
    id: string;
    subject: string;
    closed: boolean;
    /** Kept when the alert is closed, with a note below it. */
    description: string | null;
}

export type AlertAction =
    { kind: 'create'; drop: Drop; subject: string } | { kind: 'close'; alert: ExistingAlert; band: string };

const rankOf = (bands: readonly Band[], name: string | null): number =>
    name === null ? -1 : bands.findIndex((b) => b.name === name);

/**
 * The drop that has lasted `sustainRuns` runs today, or null. `before` holds the account's
 * earlier batch runs, newest first; bands no longer in the model count as no band.
 */
export function sustainedDrop(
    bands: readonly Band[],
    today: BandRun,
    before: readonly BandRun[],
    sustainRuns: number
): Drop | null {
    const window = [today, ...before.slice(0, sustainRuns - 1)];
    const settled = before[sustainRuns - 1];
    if (window.length < sustainRuns || settled === undefined || today.band === null) return null;
    const settledRank = rankOf(bands, settled.band);
    if (settledRank < 0) return null;
    const allLower = window.every((run) => {
        const rank = rankOf(bands, run.band);
        return rank >= 0 && rank < settledRank;
    });
    const first = window[window.length - 1];
    if (!allLower || settled.band === null || first === undefined) return null;
    return { from: settled.band, to: today.band, since: first.day };
}

/** What to do for one account today, given its Batch runs before today and its alerts. */
export function decideAlerts(
    settings: AlertSettings,
    bands: readonly Band[],
    today: BandRun,
    before: readonly BandRun[],
    alerts: readonly ExistingAlert[]
): AlertAction[] {
    const actions: AlertAction[] = [];
    const todayRank = rankOf(bands, today.band);
    let stillOpen = 0;
    for (const alert of alerts) {
        if (alert.closed) continue;
        const from = readAlertSubject(settings, bands, alert.subject)?.from ?? null;
        const recovered = from !== null && todayRank >= 0 && todayRank >= rankOf(bands, from);
        if (recovered && today.band !== null) actions.push({ kind: 'close', alert, band: today.band });
        else stillOpen++;
    }
    const drop = sustainedDrop(bands, today, before, settings.sustainRuns);
    if (drop === null || stillOpen > 0) return actions;
    const subject = alertSubject(settings, drop);
    if (!alerts.some((a) => a.subject === subject)) actions.push({ kind: 'create', drop, subject });
    return actions;
}

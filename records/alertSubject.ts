/**
 * The subject of a trust alert Task, the one place that writes and reads it: the batch names
 * each drop by it (so re-running a day finds the Task it already made) and the panel finds the
 * open alert by its prefix and reads the bands back from it.
 *
 * "Trust drop: Steady → Fragile (since 2026-06-30)": the model's `alerts.subject`, the band the
 * account fell from, the band it fell to, and the first low day.
 */
import type { AlertSettings, Band } from '../engine/model';

/** A sustained band drop: the settled band, the band now, and the first run below the settled one. */
export interface AlertDrop {
    /** The settled band the account fell from. */
    from: string;
    /** Its band today. */
    to: string;
    /** The first run of the window below `from` (yyyy-mm-dd). */
    since: string;
}

/** What a subject says; `to` and `since` are null when its end is not in the written form. */
export interface AlertSubjectParts {
    /** A band of the model. */
    from: string;
    to: string | null;
    since: string | null;
}

const ARROW = ' → ';

/** What every trust alert subject of this model begins with (the open-alert queries' prefix). */
export const alertSubjectPrefix = (settings: AlertSettings): string => `${settings.subject}: `;

/** The subject of a drop's Task: "Trust drop: Steady → Fragile (since 2026-06-30)". */
export function alertSubject(settings: AlertSettings, drop: AlertDrop): string {
    return `${alertSubjectPrefix(settings)}${drop.from}${ARROW}${drop.to} (since ${drop.since})`;
}

/**
 * A LIKE pattern (SOQL, and the UI API GraphQL `like` that runs it) for the subjects that begin
 * with the model's prefix: its `%`, `_` and backslashes taken literally. LIKE ignores case, so
 * a match is read again with {@link readAlertSubject}.
 */
export function alertSubjectLike(settings: AlertSettings): string {
    return `${alertSubjectPrefix(settings).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

const TAIL = /^(.+) \(since (\d{4}-\d{2}-\d{2})\)$/;

/**
 * What a subject of this model says, or null for another text or an alert of bands since
 * renamed. The band dropped from is the model band the subject starts with (the longest,
 * should one band's name begin another's).
 */
export function readAlertSubject(
    settings: AlertSettings,
    bands: readonly Band[],
    subject: string
): AlertSubjectParts | null {
    const prefix = alertSubjectPrefix(settings);
    let from: string | null = null;
    for (const band of bands) {
        const start = `${prefix}${band.name}${ARROW}`;
        if (subject.startsWith(start) && (from === null || band.name.length > from.length)) from = band.name;
    }
    if (from === null) return null;
    const tail = TAIL.exec(subject.slice(`${prefix}${from}${ARROW}`.length));
    return { from, to: tail?.[1] ?? null, since: tail?.[2] ?? null };
}

/**
 * Meetings and calls for the demo org (`demo-data --meetings`): the standard `Event.csv`, the
 * evidence of the meetings-held recipe (docs/custom-signals.md). Well-run accounts meet their
 * customer more often, bigger customers more than small ones, and an eroding account's
 * meetings thin out; calls (which the recipe leaves out) come at every level.
 */
import { formatDay } from '../../engine/dates';
import type { Archetype, Segment } from './archetypes';
import type { EvidenceFile } from './evidenceFile';
import { mixSeed, Random } from './random';
import { levelAt, type Trend } from './trend';

export const EVENT_OBJECT = 'Event';
/**
 * The standard fields an export of Event holds: the account (AccountId, which Salesforce derives
 * from WhatId, and WhatId itself, which an import sets), the day, the start and length, the kind.
 */
export const EVENT_HEADER = [
    'Id',
    'AccountId',
    'WhatId',
    'ActivityDate',
    'ActivityDateTime',
    'DurationInMinutes',
    'Type',
    'Subject'
] as const;

/** Events come from the last two years, month by month. */
export const MEETING_MONTHS = 24;
const MONTH_DAYS = 30;
/** Keeps meeting streams apart from the account's own. */
const MEETING_STREAM = 0x6d656574;

/** Meetings a year at the start and the end of the two years. */
const MEETINGS_PER_YEAR: Record<Archetype, Trend> = {
    exemplary: [9, 10],
    healthy: [7, 7],
    steady: [4, 4],
    young: [9, 8],
    neglected: [1.5, 1],
    troubled: [5, 4],
    eroding: [7, 1.5],
    churned: [2, 0.5],
    // Sales meets a prospect too.
    prospect: [3, 4]
};

const SEGMENT_FACTOR: Record<Segment, number> = { SMB: 0.6, MidMarket: 1, Enterprise: 1.5 };
const CALLS_PER_YEAR = 3;
const SUBJECTS = ['Quarterly review', 'Roadmap session', 'Onboarding check-in', 'Executive sponsor sync'];

const meetingLines: EvidenceFile['lines'] = (account, index, seed, referenceDay, ids) => {
    const random = new Random(mixSeed(seed ^ MEETING_STREAM, index));
    const trend = MEETINGS_PER_YEAR[account.archetype];
    const factor = SEGMENT_FACTOR[account.segment];
    const start = referenceDay - MEETING_MONTHS * MONTH_DAYS;
    const lines: string[] = [];
    for (let month = 0; month < MEETING_MONTHS; month++) {
        const perYear = levelAt(trend, month / (MEETING_MONTHS - 1)) * factor;
        const meetings = random.poisson((perYear * MONTH_DAYS) / 365);
        const calls = random.poisson((CALLS_PER_YEAR * MONTH_DAYS) / 365);
        const days: { day: number; meeting: boolean }[] = [];
        for (let i = 0; i < meetings; i++) days.push({ day: random.int(0, MONTH_DAYS - 1), meeting: true });
        for (let i = 0; i < calls; i++) days.push({ day: random.int(0, MONTH_DAYS - 1), meeting: false });
        days.sort((a, b) => a.day - b.day);
        for (const { day: offset, meeting } of days) {
            const day = start + month * MONTH_DAYS + offset;
            // Business hours, on the hour (UTC); meetings last longer than calls.
            const hour = random.int(8, 16);
            const minutes = meeting ? 30 * random.int(1, 4) : 15 * random.int(1, 2);
            const subject = meeting
                ? (SUBJECTS[random.int(0, SUBJECTS.length - 1)] ?? 'Meeting')
                : 'Check-in call';
            const dayText = formatDay(day);
            const at = `${dayText}T${String(hour).padStart(2, '0')}:00:00.000Z`;
            const type = meeting ? 'Meeting' : 'Call';
            lines.push(
                `${ids.next(EVENT_OBJECT)},${account.id},${account.id},${dayText},${at},${minutes},${type},${subject}`
            );
        }
    }
    return lines;
};

export const MEETINGS: EvidenceFile = { object: EVENT_OBJECT, header: EVENT_HEADER, lines: meetingLines };

/**
 * Invoices for the demo org (`demo-data --invoices`): an `Invoice__c.csv` of monthly invoices
 * over the last year, the evidence of the overdue-invoices recipe (docs/custom-signals.md).
 * Good customers pay on time with the odd slip; troubled and eroding ones pay late more often
 * and by more. An invoice still unpaid on the reference date has no `Paid_On__c` and counts
 * its days overdue up to that day.
 */
import { formatDay } from '../../engine/dates';
import type { Archetype, Segment } from './archetypes';
import type { EvidenceFile } from './evidenceFile';
import { mixSeed, Random } from './random';
import { clamp, levelAt, type Trend } from './trend';

export const INVOICE_OBJECT = 'Invoice__c';
export const INVOICE_HEADER = [
    'Id',
    'Account__c',
    'Due_On__c',
    'Paid_On__c',
    'Days_Overdue__c',
    'Amount__c'
] as const;

/** One invoice a month over the last year; the newest fell due a few days before the reference date. */
export const INVOICE_MONTHS = 12;
const MONTH_DAYS = 30;
/** Keeps invoice streams apart from the account's own. */
const INVOICE_STREAM = 0x696e766f;

interface PayingHabit {
    /** Chance that an invoice is paid late, at the start and the end of the year. */
    late: Trend;
    /** Median days late when it is. */
    days: Trend;
}

const HABITS: Record<Archetype, PayingHabit | null> = {
    exemplary: { late: [0.04, 0.03], days: [3, 3] },
    healthy: { late: [0.08, 0.08], days: [6, 6] },
    steady: { late: [0.15, 0.15], days: [10, 10] },
    young: { late: [0.12, 0.12], days: [8, 8] },
    neglected: { late: [0.25, 0.3], days: [18, 22] },
    troubled: { late: [0.35, 0.4], days: [25, 30] },
    eroding: { late: [0.08, 0.5], days: [5, 40] },
    churned: { late: [0.45, 0.55], days: [35, 45] },
    // Nothing bought yet, nothing billed.
    prospect: null
};

/** Median monthly amount by segment. */
const AMOUNT: Record<Segment, number> = { SMB: 900, MidMarket: 7_500, Enterprise: 60_000 };

const invoiceLines: EvidenceFile['lines'] = (account, index, seed, referenceDay, ids) => {
    const habit = HABITS[account.archetype];
    if (habit === null) return [];
    const random = new Random(mixSeed(seed ^ INVOICE_STREAM, index));
    const amount = Math.round(AMOUNT[account.segment] * random.logNormal(1, 0.5) * 100) / 100;
    const lastDue = referenceDay - random.int(1, MONTH_DAYS);
    const lines: string[] = [];
    for (let month = 0; month < INVOICE_MONTHS; month++) {
        const due = lastDue - MONTH_DAYS * (INVOICE_MONTHS - 1 - month);
        const progress = month / (INVOICE_MONTHS - 1);
        const late = random.chance(levelAt(habit.late, progress));
        const days = late ? Math.max(1, Math.round(random.logNormal(levelAt(habit.days, progress), 0.6))) : 0;
        const paid = due + days;
        // Paid by the reference date, or still open and overdue up to it.
        const paidOn = paid <= referenceDay ? formatDay(paid) : '';
        const overdue = clamp(paid <= referenceDay ? days : referenceDay - due, 0, Infinity);
        lines.push(
            `${ids.next(INVOICE_OBJECT)},${account.id},${formatDay(due)},${paidOn},${overdue},${amount}`
        );
    }
    return lines;
};

export const INVOICES: EvidenceFile = { object: INVOICE_OBJECT, header: INVOICE_HEADER, lines: invoiceLines };

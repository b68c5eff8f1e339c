/** Builders for hand-written evidence in tests: readable dates, sensible defaults. */
import { parseDay, parseInstant } from '../../engine/dates';
import {
    emptyEvidence,
    type AccountEvidence,
    type CaseMilestoneRecord,
    type CaseRecord,
    type CommitmentRecord,
    type ContractRecord,
    type OpportunityHistoryRecord,
    type OpportunityRecord,
    type ReferenceRecord
} from '../../engine/evidence';

export const ACCOUNT_ID = '001000000000001AAA';

export function day(text: string): number {
    const d = parseDay(text);
    if (d === null) throw new Error(`bad test date ${text}`);
    return d;
}

export function instant(text: string): number {
    const i = parseInstant(text.length === 10 ? `${text}T09:00:00Z` : text);
    if (i === null) throw new Error(`bad test datetime ${text}`);
    return i;
}

let counter = 0;
const nextId = (prefix: string): string => `${prefix}${String(++counter).padStart(15, '0')}`;

type DateInput<T> = Omit<Partial<T>, 'createdDate' | 'closeDate' | 'closedDate'> & {
    created?: string;
    close?: string;
    /** Closed datetime; null for a case still open. */
    closed?: string | null;
};

export function opportunity(input: DateInput<OpportunityRecord> = {}): OpportunityRecord {
    const { created, close, ...rest } = input;
    return {
        id: nextId('006'),
        accountId: ACCOUNT_ID,
        type: 'New Customer',
        stageName: 'Closed Won',
        isClosed: true,
        isWon: true,
        amount: 50_000,
        createdDate: created ? instant(created) : instant('2025-01-01'),
        closeDate: close ? day(close) : day('2025-03-01'),
        contractId: null,
        renewedContractId: null,
        ...rest
    };
}

export function history(opportunityId: string, close: string, created: string): OpportunityHistoryRecord {
    return {
        id: nextId('008'),
        opportunityId,
        stageName: 'Prospecting',
        closeDate: day(close),
        createdDate: instant(created)
    };
}

export function supportCase(input: DateInput<CaseRecord> = {}): CaseRecord {
    const { created, closed, ...rest } = input;
    return {
        id: nextId('500'),
        accountId: ACCOUNT_ID,
        isClosed: true,
        isEscalated: false,
        priority: 'Medium',
        status: 'Closed',
        type: 'Question',
        reason: null,
        origin: 'Email',
        createdDate: instant(created ?? '2026-01-10'),
        closedDate: closed === undefined ? instant('2026-01-11') : closed === null ? null : instant(closed),
        ...rest
    };
}

export function milestone(caseId: string, violated: boolean): CaseMilestoneRecord {
    return {
        id: nextId('55n'),
        caseId,
        isViolated: violated,
        isCompleted: !violated,
        targetDate: null,
        completionDate: null
    };
}

export function contract(end: string, start?: string): ContractRecord {
    return {
        id: nextId('800'),
        accountId: ACCOUNT_ID,
        startDate: start ? day(start) : null,
        endDate: day(end),
        status: 'Activated'
    };
}

export function commitment(
    input: Partial<Omit<CommitmentRecord, 'dueOn' | 'deliveredOn'>> & { due: string; delivered?: string }
): CommitmentRecord {
    const { due, delivered, ...rest } = input;
    return {
        id: nextId('a0A'),
        accountId: ACCOUNT_ID,
        opportunityId: null,
        madeByTeam: 'Sales',
        promisedOn: null,
        dueOn: day(due),
        deliveredOn: delivered ? day(delivered) : null,
        status: 'Open',
        description: null,
        ...rest
    };
}

export function reference(
    input: Partial<Omit<ReferenceRecord, 'requestedOn'>> & { requested?: string } = {}
): ReferenceRecord {
    const { requested, ...rest } = input;
    return {
        id: nextId('a0B'),
        accountId: ACCOUNT_ID,
        contactId: null,
        requestedOn: day(requested ?? '2026-01-01'),
        type: 'Reference Call',
        status: 'Completed',
        rating: 4,
        ...rest
    };
}

export function account(parts: Partial<Omit<AccountEvidence, 'account'>> = {}): AccountEvidence {
    return { ...emptyEvidence({ id: ACCOUNT_ID, name: 'Test Account' }), ...parts };
}

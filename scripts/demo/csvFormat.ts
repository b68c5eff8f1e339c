/**
 * Turns demo records into CSV lines in the exact column order of the export contract
 * (scripts/csv/exportSchema.ts). The column lists below are checked against the contract
 * at start-up, so the contract cannot change without this file failing loudly.
 */
import type { ExportObjectName } from '../csv/exportSchema';
import { EXPORT_OBJECT_NAMES, EXPORT_OBJECTS } from '../csv/exportSchema';
import type { DateFormatter } from './calendar';
import type {
    DemoAccount,
    DemoCase,
    DemoCaseMilestone,
    DemoCommitment,
    DemoContract,
    DemoOpportunity,
    DemoOpportunityHistory,
    DemoReference
} from './records';

export const FORMATTED_COLUMNS: Record<ExportObjectName, readonly string[]> = {
    Account: ['Id', 'Name'],
    Opportunity: [
        'Id',
        'AccountId',
        'Type',
        'IsClosed',
        'IsWon',
        'CloseDate',
        'CreatedDate',
        'StageName',
        'Amount',
        'ContractId'
    ],
    OpportunityHistory: ['Id', 'OpportunityId', 'CloseDate', 'CreatedDate', 'StageName'],
    Case: [
        'Id',
        'AccountId',
        'CreatedDate',
        'IsClosed',
        'IsEscalated',
        'Priority',
        'ClosedDate',
        'Status',
        'Type',
        'Reason',
        'Origin'
    ],
    CaseMilestone: ['Id', 'CaseId', 'IsViolated', 'IsCompleted', 'TargetDate', 'CompletionDate'],
    Contract: ['Id', 'AccountId', 'EndDate', 'StartDate', 'Status'],
    Trust_Commitment__c: [
        'Id',
        'Account__c',
        'Status__c',
        'Due_On__c',
        'Promised_On__c',
        'Delivered_On__c',
        'Made_By_Team__c',
        'Opportunity__c',
        'Description__c'
    ],
    Customer_Reference__c: [
        'Id',
        'Account__c',
        'Status__c',
        'Requested_On__c',
        'Type__c',
        'Rating__c',
        'Contact__c'
    ]
};

/** The header of each file: every column of the contract, required and optional, in order. */
export function exportHeader(object: ExportObjectName): string[] {
    return EXPORT_OBJECTS[object].columns.map((column) => column.name);
}

/** Throws if the formatters below no longer write the contract's columns in its order. */
export function assertFormatsMatchContract(): void {
    for (const object of EXPORT_OBJECT_NAMES) {
        const expected = exportHeader(object).join(',');
        const actual = FORMATTED_COLUMNS[object].join(',');
        if (expected !== actual) {
            throw new Error(
                `demo-data writes ${object} as [${actual}] but the export contract is [${expected}]`
            );
        }
    }
}

const NEEDS_QUOTES = /[",\r\n]/;
const QUOTE = /"/g;

/** RFC 4180: quote a field holding a comma, quote or line break, doubling inner quotes. */
export function csvField(value: string | null): string {
    if (value === null) return '';
    return NEEDS_QUOTES.test(value) ? `"${value.replace(QUOTE, '""')}"` : value;
}

const bool = (value: boolean): string => (value ? 'true' : 'false');
const id = (value: string | null): string => value ?? '';
const num = (value: number | null): string => (value === null ? '' : String(value));

/** Formats records of every object; one instance per export (it holds the date formatter). */
export class RecordFormatter {
    /** Set per account: whether its datetimes are written in the `+0000` form. */
    offsetDatetimes = false;

    constructor(private readonly dates: DateFormatter) {}

    private day(value: number | null): string {
        return value === null ? '' : this.dates.day(value);
    }

    private instant(value: number | null): string {
        return value === null ? '' : this.dates.instant(value, this.offsetDatetimes);
    }

    account(r: DemoAccount): string {
        return `${r.id},${csvField(r.name)}`;
    }

    opportunity(r: DemoOpportunity): string {
        return [
            r.id,
            r.accountId,
            csvField(r.type),
            bool(r.isClosed),
            bool(r.isWon),
            this.day(r.closeDay),
            this.instant(r.createdMs),
            csvField(r.stageName),
            num(r.amount),
            id(r.contractId)
        ].join(',');
    }

    opportunityHistory(r: DemoOpportunityHistory): string {
        return [
            r.id,
            r.opportunityId,
            this.day(r.closeDay),
            this.instant(r.createdMs),
            csvField(r.stageName)
        ].join(',');
    }

    case(r: DemoCase): string {
        return [
            r.id,
            r.accountId,
            this.instant(r.createdMs),
            bool(r.isClosed),
            bool(r.isEscalated),
            csvField(r.priority),
            this.instant(r.closedMs),
            csvField(r.status),
            csvField(r.type),
            csvField(r.reason),
            csvField(r.origin)
        ].join(',');
    }

    caseMilestone(r: DemoCaseMilestone): string {
        return [
            r.id,
            r.caseId,
            bool(r.isViolated),
            bool(r.isCompleted),
            this.instant(r.targetMs),
            this.instant(r.completionMs)
        ].join(',');
    }

    contract(r: DemoContract): string {
        return [r.id, r.accountId, this.day(r.endDay), this.day(r.startDay), csvField(r.status)].join(',');
    }

    commitment(r: DemoCommitment): string {
        return [
            r.id,
            r.accountId,
            csvField(r.status),
            this.day(r.dueDay),
            this.day(r.promisedDay),
            this.day(r.deliveredDay),
            csvField(r.team),
            id(r.opportunityId),
            csvField(r.description)
        ].join(',');
    }

    reference(r: DemoReference): string {
        return [
            r.id,
            r.accountId,
            csvField(r.status),
            this.day(r.requestedDay),
            csvField(r.type),
            num(r.rating),
            id(r.contactId)
        ].join(',');
    }
}

/**
 * Turns demo records into CSV lines in the column order of the export contract. Each
 * formatter names its cells by field, typed by the evidence field table
 * (records/evidenceFields.ts), so a field added to the table does not compile until the demo
 * writes it.
 */
import type { EvidenceFieldName } from '../../records/evidenceFields';
import type { ExportObjectName } from '../../batch/exports/exportSchema';
import { EXPORT_OBJECTS } from '../../batch/exports/exportSchema';
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

/** The header of each file: every column of the contract, required and optional, in order. */
export function exportHeader(object: ExportObjectName): string[] {
    return EXPORT_OBJECTS[object].columns.map((column) => column.name);
}

/** One record's cells by field: every field of the table for its object, no other (checked by tsc). */
type Cells<N extends ExportObjectName> = Record<EvidenceFieldName<N>, string>;

const HEADERS = Object.fromEntries(
    Object.keys(EXPORT_OBJECTS).map((object) => [object, exportHeader(object as ExportObjectName)])
) as Record<ExportObjectName, string[]>;

const inOrder = new Set<ExportObjectName>();

/**
 * A CSV line of one object's cells. The cells are written in the order the formatter names
 * them (joining values is much cheaper than looking each field up), so the first line of each
 * object checks that order against the contract's.
 */
function line<N extends ExportObjectName>(object: N, cells: Cells<N>): string {
    if (!inOrder.has(object)) {
        const expected = HEADERS[object].join(',');
        const actual = Object.keys(cells).join(',');
        if (actual !== expected)
            throw new Error(
                `demo-data writes ${object} as [${actual}] but the export contract is [${expected}]`
            );
        inOrder.add(object);
    }
    return Object.values(cells).join(',');
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
        return line('Account', { Id: r.id, Name: csvField(r.name), ParentId: id(r.parentId) });
    }

    opportunity(r: DemoOpportunity): string {
        return line('Opportunity', {
            Id: r.id,
            AccountId: r.accountId,
            Type: csvField(r.type),
            IsClosed: bool(r.isClosed),
            IsWon: bool(r.isWon),
            CloseDate: this.day(r.closeDay),
            CreatedDate: this.instant(r.createdMs),
            StageName: csvField(r.stageName),
            Amount: num(r.amount),
            ContractId: id(r.contractId)
        });
    }

    opportunityHistory(r: DemoOpportunityHistory): string {
        return line('OpportunityHistory', {
            Id: r.id,
            OpportunityId: r.opportunityId,
            CloseDate: this.day(r.closeDay),
            CreatedDate: this.instant(r.createdMs),
            StageName: csvField(r.stageName)
        });
    }

    case(r: DemoCase): string {
        return line('Case', {
            Id: r.id,
            AccountId: r.accountId,
            CreatedDate: this.instant(r.createdMs),
            IsClosed: bool(r.isClosed),
            IsEscalated: bool(r.isEscalated),
            Priority: csvField(r.priority),
            ClosedDate: this.instant(r.closedMs),
            Status: csvField(r.status),
            Type: csvField(r.type),
            Reason: csvField(r.reason),
            Origin: csvField(r.origin)
        });
    }

    caseMilestone(r: DemoCaseMilestone): string {
        return line('CaseMilestone', {
            Id: r.id,
            CaseId: r.caseId,
            IsViolated: bool(r.isViolated),
            IsCompleted: bool(r.isCompleted),
            TargetDate: this.instant(r.targetMs),
            CompletionDate: this.instant(r.completionMs)
        });
    }

    contract(r: DemoContract): string {
        return line('Contract', {
            Id: r.id,
            AccountId: r.accountId,
            EndDate: this.day(r.endDay),
            StartDate: this.day(r.startDay),
            Status: csvField(r.status)
        });
    }

    commitment(r: DemoCommitment): string {
        return line('Trust_Commitment__c', {
            Id: r.id,
            Account__c: r.accountId,
            Status__c: csvField(r.status),
            Due_On__c: this.day(r.dueDay),
            Promised_On__c: this.day(r.promisedDay),
            Delivered_On__c: this.day(r.deliveredDay),
            Made_By_Team__c: csvField(r.team),
            Opportunity__c: id(r.opportunityId),
            Description__c: csvField(r.description)
        });
    }

    reference(r: DemoReference): string {
        return line('Customer_Reference__c', {
            Id: r.id,
            Account__c: r.accountId,
            Status__c: csvField(r.status),
            Requested_On__c: this.day(r.requestedDay),
            Type__c: csvField(r.type),
            Rating__c: num(r.rating),
            Contact__c: id(r.contactId)
        });
    }
}

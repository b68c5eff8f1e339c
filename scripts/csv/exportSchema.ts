/**
 * The CSV export contract of `--from <folder>`: one file per object, named by API name,
 * with API field names as headers (as Data Loader and `sf data export bulk` write them).
 * `required` columns must be present in the header; `optional` ones are read when present.
 * A missing file means no evidence of that kind.
 */

export type ColumnKind = 'id' | 'text' | 'boolean' | 'number' | 'date' | 'datetime';

export interface ColumnSpec {
    name: string;
    kind: ColumnKind;
    required: boolean;
    /** A value must be present on every row (not just the column in the header). */
    notNull?: boolean;
}

export interface ObjectExportSpec {
    /** API name of the object; the file is `<apiName>.csv`. */
    apiName: string;
    columns: ColumnSpec[];
}

const col = (name: string, kind: ColumnKind, required = false, notNull = false): ColumnSpec => ({
    name,
    kind,
    required,
    notNull
});

export const EXPORT_OBJECTS = {
    Account: {
        apiName: 'Account',
        columns: [col('Id', 'id', true, true), col('Name', 'text', true)]
    },
    Opportunity: {
        apiName: 'Opportunity',
        columns: [
            col('Id', 'id', true, true),
            col('AccountId', 'id', true),
            // Optional: an empty Type already means new business, so an export without the column is all new business.
            col('Type', 'text'),
            col('IsClosed', 'boolean', true),
            col('IsWon', 'boolean', true),
            col('CloseDate', 'date', true),
            col('CreatedDate', 'datetime', true, true),
            col('StageName', 'text'),
            col('Amount', 'number'),
            col('ContractId', 'id')
        ]
    },
    OpportunityHistory: {
        apiName: 'OpportunityHistory',
        columns: [
            col('Id', 'id', true, true),
            col('OpportunityId', 'id', true, true),
            col('CloseDate', 'date', true),
            col('CreatedDate', 'datetime', true, true),
            col('StageName', 'text')
        ]
    },
    Case: {
        apiName: 'Case',
        columns: [
            col('Id', 'id', true, true),
            col('AccountId', 'id', true),
            col('CreatedDate', 'datetime', true, true),
            col('IsClosed', 'boolean', true),
            col('IsEscalated', 'boolean', true),
            col('Priority', 'text', true),
            col('ClosedDate', 'datetime'),
            col('Status', 'text'),
            col('Type', 'text'),
            col('Reason', 'text'),
            col('Origin', 'text')
        ]
    },
    CaseMilestone: {
        apiName: 'CaseMilestone',
        columns: [
            col('Id', 'id', true, true),
            col('CaseId', 'id', true, true),
            col('IsViolated', 'boolean', true),
            col('IsCompleted', 'boolean', true),
            col('TargetDate', 'datetime'),
            col('CompletionDate', 'datetime')
        ]
    },
    Contract: {
        apiName: 'Contract',
        columns: [
            col('Id', 'id', true, true),
            col('AccountId', 'id', true),
            col('EndDate', 'date', true),
            col('StartDate', 'date'),
            col('Status', 'text')
        ]
    },
    Trust_Commitment__c: {
        apiName: 'Trust_Commitment__c',
        columns: [
            col('Id', 'id', true, true),
            col('Account__c', 'id', true),
            col('Status__c', 'text', true),
            col('Due_On__c', 'date', true),
            col('Promised_On__c', 'date'),
            col('Delivered_On__c', 'date'),
            col('Made_By_Team__c', 'text'),
            col('Opportunity__c', 'id'),
            col('Description__c', 'text')
        ]
    },
    Customer_Reference__c: {
        apiName: 'Customer_Reference__c',
        columns: [
            col('Id', 'id', true, true),
            col('Account__c', 'id', true),
            col('Status__c', 'text', true),
            col('Requested_On__c', 'date', true),
            col('Type__c', 'text'),
            col('Rating__c', 'number'),
            col('Contact__c', 'id')
        ]
    }
} satisfies Record<string, ObjectExportSpec>;

export type ExportObjectName = keyof typeof EXPORT_OBJECTS;

export const EXPORT_OBJECT_NAMES = Object.keys(EXPORT_OBJECTS) as ExportObjectName[];

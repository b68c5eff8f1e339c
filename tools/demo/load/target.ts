/**
 * What this user may create in the org, read from describe (one call per object): the fields
 * written are those describe marks `createable`, so a user without access to an optional field
 * loads without it, and fields only an audit-field permission opens (CreatedDate, Case
 * ClosedDate) are written exactly when the user has "Set Audit Fields upon Record Creation".
 */
import { OrgDataError } from '../../../batch/org/errors';
import type { OrgApi } from '../../../batch/org/orgApi';
import { LOAD_ORDER, type LoadObject } from './plan';

interface DescribeField {
    name: string;
    createable: boolean;
}

export interface LoadTarget {
    /** Createable field names (API case) per object. */
    createable: Record<LoadObject, Set<string>>;
    /** CreatedDate is createable on every object that has it in the export. */
    auditFields: boolean;
}

/** Fields without which a record cannot be created: refused up front rather than record by record. */
const ESSENTIAL: Record<LoadObject, string[]> = {
    Account: ['Name'],
    Contract: ['AccountId', 'Status'],
    Opportunity: ['Name', 'StageName', 'CloseDate'],
    Case: ['Status'],
    Trust_Commitment__c: ['Account__c', 'Status__c', 'Due_On__c'],
    Customer_Reference__c: ['Account__c', 'Status__c', 'Requested_On__c']
};

export async function describeTarget(api: OrgApi): Promise<LoadTarget> {
    const createable = {} as Record<LoadObject, Set<string>>;
    for (const object of LOAD_ORDER) {
        const describe = await api.get<{ createable?: boolean; fields: DescribeField[] }>(
            `/services/data/v${api.version}/sobjects/${object}/describe`
        );
        const fields = new Set(describe.fields.filter((f) => f.createable).map((f) => f.name));
        const missing = ESSENTIAL[object].filter((name) => !fields.has(name));
        if (describe.createable === false || missing.length > 0)
            throw new OrgDataError(
                `this user cannot create ${object} records${missing.length > 0 ? ` with ${missing.join(', ')}` : ''} (check the object and field permissions; the Trust Ledger objects need the Trust_Ledger_Admin permission set)`
            );
        createable[object] = fields;
    }
    return {
        createable,
        auditFields: createable.Opportunity.has('CreatedDate') && createable.Case.has('CreatedDate')
    };
}

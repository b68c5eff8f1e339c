/**
 * Picklist values for the UI API: custom picklists from the package metadata; standard
 * picklists, whose values are per org and therefore not in the catalog, get the values a new
 * Salesforce org ships with, plus the values the org's own records use: a real org can only
 * hold a value in a standard picklist after an admin added it (an Opportunity Type
 * `Renewal`, a Case Type `Billing`), so those are the org's additions.
 */
import type { LocalField, LocalObject } from '../schema';

export interface PicklistValue {
    label: string;
    value: string;
}

export interface Picklist {
    values: PicklistValue[];
    defaultValue: PicklistValue | null;
}

const STAGES = [
    'Prospecting',
    'Qualification',
    'Needs Analysis',
    'Value Proposition',
    'Id. Decision Makers',
    'Perception Analysis',
    'Proposal/Price Quote',
    'Negotiation/Review',
    'Closed Won',
    'Closed Lost'
];

/** Values of a new org's standard picklists by `Object.Field`, with the default where one is set. */
const STANDARD: Record<string, { values: string[]; defaultValue?: string }> = {
    'Opportunity.Type': {
        values: [
            'New Customer',
            'Existing Customer - Upgrade',
            'Existing Customer - Replacement',
            'Existing Customer - Downgrade'
        ]
    },
    'Opportunity.StageName': { values: STAGES },
    'OpportunityHistory.StageName': { values: STAGES },
    'Case.Type': { values: ['Mechanical', 'Electrical', 'Electronic', 'Structural', 'Other'] },
    'Case.Reason': {
        values: [
            'Installation',
            'Equipment Complexity',
            'Performance',
            'Breakdown',
            'Equipment Design',
            'Feedback',
            'Other'
        ]
    },
    'Case.Status': { values: ['New', 'Working', 'Escalated', 'Closed'], defaultValue: 'New' },
    'Case.Priority': { values: ['High', 'Medium', 'Low'], defaultValue: 'Medium' },
    'Case.Origin': { values: ['Phone', 'Email', 'Web'] },
    'Contract.Status': { values: ['Draft', 'In Approval Process', 'Activated'], defaultValue: 'Draft' },
    // The segment editor offers these for models per segment (Industry = Technology …).
    'Account.Industry': {
        values: [
            'Agriculture',
            'Apparel',
            'Banking',
            'Biotechnology',
            'Chemicals',
            'Communications',
            'Construction',
            'Consulting',
            'Education',
            'Electronics',
            'Energy',
            'Engineering',
            'Entertainment',
            'Environmental',
            'Finance',
            'Food & Beverage',
            'Government',
            'Healthcare',
            'Hospitality',
            'Insurance',
            'Machinery',
            'Manufacturing',
            'Media',
            'Not For Profit',
            'Other',
            'Recreation',
            'Retail',
            'Shipping',
            'Technology',
            'Telecommunications',
            'Transportation',
            'Utilities'
        ]
    }
};

/** Labels that differ from the API name (Contract.StatusCode's system values). */
const LABELS: Record<string, string> = { InApproval: 'In Approval' };

const entry = (value: string): PicklistValue => ({ label: LABELS[value] ?? value, value });

/** The field's picklist, or `undefined` when it is not a picklist. */
export function picklistOf(
    object: LocalObject,
    field: LocalField,
    usedValues: (object: LocalObject, field: LocalField) => string[] = () => []
): Picklist | undefined {
    if (field.spec.type !== 'Picklist') return undefined;
    const standard = STANDARD[`${object.name}.${field.name}`];
    let values = field.spec.picklistValues ?? standard?.values ?? [];
    if (field.spec.picklistValues === undefined) {
        const known = new Set(values);
        values = [...values, ...usedValues(object, field).filter((v) => !known.has(v))];
    }
    const fallback = typeof field.spec.defaultValue === 'string' ? field.spec.defaultValue : undefined;
    const defaultName = fallback ?? standard?.defaultValue;
    return {
        values: values.map(entry),
        defaultValue: defaultName === undefined ? null : entry(defaultName)
    };
}

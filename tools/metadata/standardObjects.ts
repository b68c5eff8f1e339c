/**
 * The standard objects and fields Trust Ledger reads, described in the same shape as the
 * custom objects (`readObjectMetadata`), so consistency checks and the local org treat both
 * alike. Types, lengths and relationship names follow the Salesforce object reference;
 * picklist values of standard picklists differ per org, so only fixed system value sets
 * (Contract.StatusCode) list them.
 */
import type { FieldSpec, FieldType, ObjectCatalog } from './types';

const field = (label: string, type: FieldType, extra: Partial<FieldSpec> = {}): FieldSpec => ({
    label,
    type,
    required: false,
    unique: false,
    externalId: false,
    ...extra
});

const id = (objectLabel: string): FieldSpec => field(`${objectLabel} ID`, 'Id');
const checkbox = (label: string): FieldSpec => field(label, 'Checkbox', { defaultValue: false });
const picklist = (label: string, extra: Partial<FieldSpec> = {}): FieldSpec =>
    field(label, 'Picklist', { restrictedPicklist: false, ...extra });
const currency = (label: string): FieldSpec => field(label, 'Currency', { precision: 18, scale: 2 });
const lookup = (
    label: string,
    referenceTo: string,
    relationshipName: string,
    childRelationshipName?: string,
    extra: Partial<FieldSpec> = {}
): FieldSpec =>
    field(label, 'Lookup', {
        referenceTo,
        relationshipName,
        ...(childRelationshipName === undefined ? {} : { childRelationshipName }),
        ...extra
    });
/**
 * Task and Event share the activity fields the batch's alerts use. WhatId is polymorphic in
 * Salesforce; Trust Ledger relates activities to accounts only, so it is described as a lookup
 * to Account (child relationships `Tasks`, `Events`, as on a real Account).
 */
const activityFields = (objectLabel: string, children: string): Record<string, FieldSpec> => ({
    Id: id(objectLabel),
    WhatId: lookup('Related To ID', 'Account', 'What', children),
    OwnerId: lookup('Assigned To ID', 'User', 'Owner'),
    Subject: field('Subject', 'Text', { length: 255 }),
    Description: field('Description', 'LongTextArea', { length: 32_000 }),
    CreatedDate: field('Created Date', 'DateTime')
});
const createdDate = (): FieldSpec => field('Created Date', 'DateTime');
const systemModstamp = (): FieldSpec => field('System Modstamp', 'DateTime');

export const STANDARD_OBJECTS: ObjectCatalog = {
    Account: {
        label: 'Account',
        fields: {
            Id: id('Account'),
            Name: field('Account Name', 'Text', { length: 255, required: true }),
            ParentId: lookup('Parent Account ID', 'Account', 'Parent', 'ChildAccounts'),
            // A field models per segment are commonly split by (a segment may name any Account field).
            Industry: picklist('Industry'),
            OwnerId: lookup('Owner ID', 'User', 'Owner'),
            SystemModstamp: systemModstamp()
        }
    },
    Opportunity: {
        label: 'Opportunity',
        fields: {
            Id: id('Opportunity'),
            AccountId: lookup('Account ID', 'Account', 'Account', 'Opportunities'),
            Type: picklist('Opportunity Type'),
            StageName: picklist('Stage', { required: true }),
            IsClosed: checkbox('Closed'),
            IsWon: checkbox('Won'),
            Amount: currency('Amount'),
            CreatedDate: createdDate(),
            CloseDate: field('Close Date', 'Date', { required: true }),
            ContractId: lookup('Contract ID', 'Contract', 'Contract'),
            SystemModstamp: systemModstamp()
        }
    },
    OpportunityHistory: {
        label: 'Opportunity History',
        fields: {
            Id: id('Opportunity History'),
            OpportunityId: lookup('Opportunity ID', 'Opportunity', 'Opportunity', 'OpportunityHistories'),
            StageName: picklist('Stage'),
            CloseDate: field('Close Date', 'Date'),
            Amount: currency('Amount'),
            Probability: field('Probability (%)', 'Percent', { precision: 3, scale: 0 }),
            CreatedDate: createdDate()
        }
    },
    Case: {
        label: 'Case',
        fields: {
            Id: id('Case'),
            AccountId: lookup('Account ID', 'Account', 'Account', 'Cases'),
            IsClosed: checkbox('Closed'),
            IsEscalated: checkbox('Escalated'),
            Priority: picklist('Priority'),
            Status: picklist('Status'),
            Type: picklist('Case Type'),
            Reason: picklist('Case Reason'),
            Origin: picklist('Case Origin'),
            CreatedDate: createdDate(),
            ClosedDate: field('Closed Date', 'DateTime'),
            SystemModstamp: systemModstamp()
        }
    },
    CaseMilestone: {
        label: 'Case Milestone',
        fields: {
            Id: id('Case Milestone'),
            CaseId: lookup('Case ID', 'Case', 'Case', 'CaseMilestones', { required: true }),
            IsViolated: checkbox('Violation'),
            IsCompleted: checkbox('Completed'),
            TargetDate: field('Target Date', 'DateTime'),
            CompletionDate: field('Completion Date', 'DateTime')
        }
    },
    Contract: {
        label: 'Contract',
        fields: {
            Id: id('Contract'),
            AccountId: lookup('Account ID', 'Account', 'Account', 'Contracts', { required: true }),
            StartDate: field('Contract Start Date', 'Date'),
            EndDate: field('Contract End Date', 'Date'),
            ContractTerm: field('Contract Term (months)', 'Number', { precision: 4, scale: 0 }),
            Status: picklist('Status', { required: true }),
            StatusCode: picklist('Status Category', {
                picklistValues: ['Draft', 'InApproval', 'Activated', 'Terminated', 'Expired'],
                restrictedPicklist: true
            })
        }
    },
    Contact: {
        label: 'Contact',
        fields: {
            Id: id('Contact'),
            Name: field('Full Name', 'Text', { length: 121 }),
            AccountId: lookup('Account ID', 'Account', 'Account', 'Contacts')
        }
    },
    Task: {
        label: 'Task',
        fields: {
            ...activityFields('Activity', 'Tasks'),
            ActivityDate: field('Due Date Only', 'Date'),
            Priority: picklist('Priority', { required: true }),
            Status: picklist('Status', { required: true }),
            IsClosed: checkbox('Closed')
        }
    },
    Event: {
        label: 'Event',
        fields: {
            ...activityFields('Activity', 'Events'),
            // Read by custom signals that count meetings (docs/custom-signals.md): the account the
            // platform derives from WhatId or WhoId, the day and the kind of event.
            AccountId: lookup('Account ID', 'Account', 'Account'),
            ActivityDate: field('Due Date Only', 'Date'),
            Type: picklist('Type'),
            ActivityDateTime: field('Due Date Time', 'DateTime'),
            DurationInMinutes: field('Duration', 'Number', { precision: 8, scale: 0 })
        }
    },
    User: {
        label: 'User',
        fields: {
            Id: id('User'),
            Name: field('Full Name', 'Text', { length: 121 })
        }
    }
};

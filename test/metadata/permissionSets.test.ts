import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXPORT_OBJECT_NAMES, EXPORT_OBJECTS } from '../../batch/exports/exportSchema';
import type { ObjectPermissionDef, PermissionSetDef } from '../../tools/metadata/package';
import { loadPackageMetadata } from '../../tools/metadata/package';
import { findField } from '../../tools/metadata/schema';

const model = loadPackageMetadata();

function permissionSet(name: string): PermissionSetDef {
    const set = model.permissionSets.find((candidate) => candidate.name === name);
    if (set === undefined) throw new Error(`no permission set ${name}`);
    return set;
}

const user = permissionSet('Trust_Ledger_User');
const admin = permissionSet('Trust_Ledger_Admin');
const integration = permissionSet('Trust_Ledger_Integration');

type Access = 'read' | 'create' | 'edit' | 'delete' | 'viewAll' | 'modifyAll';

function access(set: PermissionSetDef, object: string): Access[] {
    const p: ObjectPermissionDef | undefined = set.objectPermissions.find(
        (candidate) => candidate.object === object
    );
    if (p === undefined) return [];
    const granted: [Access, boolean][] = [
        ['read', p.allowRead],
        ['create', p.allowCreate],
        ['edit', p.allowEdit],
        ['delete', p.allowDelete],
        ['viewAll', p.viewAllRecords],
        ['modifyAll', p.modifyAllRecords]
    ];
    return granted.filter(([, on]) => on).map(([name]) => name);
}

function fieldAccess(set: PermissionSetDef, field: string): 'none' | 'read' | 'edit' {
    const p = set.fieldPermissions.find((candidate) => candidate.field === field);
    if (p === undefined || !p.readable) return 'none';
    return p.editable ? 'edit' : 'read';
}

const ACCOUNT_TRUST_FIELDS = [
    'Account.Current_Trust_Score__c',
    'Account.Current_Trust_Band__c',
    'Account.Trust_Score_Change__c',
    'Account.Trust_Scored_On__c'
];

/** The roll-up to the parent account: only the batch writes it (it alone sees the whole hierarchy). */
const ACCOUNT_ROLLUP_FIELDS = ['Account.Trust_Rollup_Score__c', 'Account.Trust_Rollup_Band__c'];

/**
 * Every field the batch reads: the evidence of the export contract (an optional field hidden by
 * field-level security is silently skipped, so a missing grant degrades scores without an
 * error) plus what batch/org/modelStore.ts and batch/org/previousScores.ts query.
 */
const BATCH_READS: [string, string][] = [
    ...EXPORT_OBJECT_NAMES.flatMap((name) =>
        EXPORT_OBJECTS[name].columns.map((column): [string, string] => [name, column.name])
    ),
    ...['Name', 'Version__c', 'Definition__c', 'Baselines__c', 'Active__c'].map((field): [string, string] => [
        'Trust_Model__c',
        field
    ]),
    ['Trust_Score__c', 'Account__c'],
    ['Trust_Score__c', 'Previous_Score__c'],
    ['Trust_Score__c', 'As_Of__c'],
    ['Account', 'Current_Trust_Score__c'],
    ['Account', 'Trust_Scored_On__c']
];

/**
 * Standard fields the batch reads that have no field-level security a permission set could
 * grant (the platform shows them with the record, or the profile has to), with the reason.
 */
const NOT_GRANTABLE: Record<string, string> = {
    'Opportunity.IsClosed': 'derived from the stage',
    'Opportunity.IsWon': 'derived from the stage',
    'Opportunity.CreatedDate': 'system audit field',
    'OpportunityHistory.OpportunityId': 'history rows have no field-level security',
    'OpportunityHistory.CloseDate': 'history rows have no field-level security',
    'OpportunityHistory.CreatedDate': 'history rows have no field-level security',
    'OpportunityHistory.StageName': 'history rows have no field-level security',
    'Case.CreatedDate': 'system audit field',
    'Trust_Override__c.CreatedDate': 'system audit field',
    'Case.IsClosed': 'derived from the status',
    'Case.ClosedDate': 'set by the platform when the case closes',
    'Case.Status': 'always on the case',
    'CaseMilestone.IsViolated': 'milestones have no field-level security',
    'CaseMilestone.IsCompleted': 'milestones have no field-level security',
    'CaseMilestone.TargetDate': 'milestones have no field-level security',
    'CaseMilestone.CompletionDate': 'milestones have no field-level security',
    'Contract.StartDate': "left to the integration user's profile (docs/deploy-to-org.md)",
    'Contract.EndDate': "left to the integration user's profile (docs/deploy-to-org.md)"
};

describe('permission sets (least privilege per persona)', () => {
    it('never grants delete or modify all: history is never deleted by Trust Ledger users', () => {
        for (const set of model.permissionSets) {
            for (const permission of set.objectPermissions) {
                expect({
                    set: set.name,
                    object: permission.object,
                    delete: permission.allowDelete,
                    modifyAll: permission.modifyAllRecords
                }).toEqual({
                    set: set.name,
                    object: permission.object,
                    delete: false,
                    modifyAll: false
                });
            }
        }
    });

    describe('Trust_Ledger_User', () => {
        it('reads models, manages commitments and references, stores receipts from the panel', () => {
            expect(access(user, 'Trust_Model__c')).toEqual(['read']);
            expect(access(user, 'Trust_Score__c')).toEqual(['read', 'create', 'edit']);
            expect(access(user, 'Trust_Commitment__c')).toEqual(['read', 'create', 'edit']);
            expect(access(user, 'Customer_Reference__c')).toEqual(['read', 'create', 'edit']);
        });

        it('may update the trust fields on Account (a recalculation from the panel does) and touches no standard object', () => {
            for (const field of ACCOUNT_TRUST_FIELDS) expect(fieldAccess(user, field)).toBe('edit');
            for (const field of ACCOUNT_ROLLUP_FIELDS) expect(fieldAccess(user, field)).toBe('read');
            expect(
                user.objectPermissions.map((p) => p.object).filter((object) => !object.endsWith('__c'))
            ).toEqual([]);
        });

        it('reads models (the panel scores with the active definition) and cannot change them', () => {
            for (const field of ['Active__c', 'Baselines__c', 'Definition__c', 'Notes__c', 'Priority__c'])
                expect([field, fieldAccess(user, `Trust_Model__c.${field}`)]).toEqual([field, 'read']);
            expect(user.customPermissions).toEqual([]);
        });

        it('sees the app, the commitment and reference tabs, and the setup page (read-only for reps)', () => {
            expect(user.applications).toEqual(['Trust_Ledger']);
            expect(user.tabs).toEqual(
                expect.arrayContaining(['Trust_Commitment__c', 'Customer_Reference__c', 'Trust_Ledger_Setup'])
            );
        });

        it("says in the setup tab's description who sees it", () => {
            const tab = readFileSync(
                join(__dirname, '../../force-app/main/default/tabs/Trust_Ledger_Setup.tab-meta.xml'),
                'utf8'
            );
            const description = /<description\s*>([^<]*)<\/description>/.exec(tab)?.[1] ?? '';
            for (const set of [user, admin]) {
                expect(set.tabs).toContain('Trust_Ledger_Setup');
                expect(description).toContain(set.name.replace(/_/g, ' '));
            }
            expect(description).toMatch(/read-only/);
        });
    });

    describe('Trust_Ledger_Admin', () => {
        it("includes all of the user's access, so it can be assigned alone", () => {
            for (const permission of user.objectPermissions) {
                expect(access(admin, permission.object)).toEqual(
                    expect.arrayContaining(access(user, permission.object))
                );
            }
            for (const permission of user.fieldPermissions) {
                expect([permission.field, fieldAccess(admin, permission.field)]).not.toEqual([
                    permission.field,
                    'none'
                ]);
                if (permission.editable)
                    expect([permission.field, fieldAccess(admin, permission.field)]).toEqual([
                        permission.field,
                        'edit'
                    ]);
            }
            expect(admin.tabs).toEqual(expect.arrayContaining(user.tabs));
        });

        it('adds creating and editing model versions and the Manage Trust Model permission', () => {
            expect(access(admin, 'Trust_Model__c')).toEqual(['read', 'create', 'edit']);
            expect(fieldAccess(admin, 'Trust_Model__c.Active__c')).toBe('edit');
            expect(admin.customPermissions).toEqual(['Manage_Trust_Model', 'Override_Trust_Band']);
            expect(admin.tabs).toContain('Trust_Ledger_Setup');
        });
    });

    describe('Trust_Ledger_Integration', () => {
        it('reads the evidence across the org', () => {
            for (const object of ['Account', 'Opportunity', 'Case', 'Contract']) {
                expect(access(integration, object)).toEqual(expect.arrayContaining(['read', 'viewAll']));
            }
            expect(access(integration, 'Trust_Commitment__c')).toEqual(['read']);
            expect(access(integration, 'Customer_Reference__c')).toEqual(['read']);
        });

        it('writes receipts and the trust fields on Account, and nothing else on Account', () => {
            expect(access(integration, 'Trust_Score__c')).toEqual(['read', 'create', 'edit']);
            expect(access(integration, 'Account')).toEqual(['read', 'edit', 'viewAll']);
            for (const field of [...ACCOUNT_TRUST_FIELDS, ...ACCOUNT_ROLLUP_FIELDS])
                expect(fieldAccess(integration, field)).toBe('edit');
            const editable = integration.fieldPermissions.filter((p) => p.editable).map((p) => p.field);
            expect(editable.filter((field) => field.startsWith('Account.'))).toEqual(
                [...ACCOUNT_TRUST_FIELDS, ...ACCOUNT_ROLLUP_FIELDS].sort()
            );
        });

        it('only updates baselines on models; it cannot create or reconfigure them', () => {
            expect(access(integration, 'Trust_Model__c')).toEqual(['read', 'edit']);
            expect(fieldAccess(integration, 'Trust_Model__c.Baselines__c')).toBe('edit');
            for (const field of ['Active__c', 'Definition__c', 'Notes__c'])
                expect([field, fieldAccess(integration, `Trust_Model__c.${field}`)]).toEqual([field, 'read']);
            // Name and Version__c are required, so no field permission can protect them: the
            // validation rule Only_Model_Managers_Change_Versions does (receiptIntegrity.test.ts).
            expect(integration.customPermissions).not.toContain('Manage_Trust_Model');
        });

        it('alone may write Batch receipts (the custom permission the receipt rules check)', () => {
            expect(integration.customPermissions).toEqual(['Write_Batch_Receipts']);
            for (const set of [user, admin])
                expect(set.customPermissions).not.toContain('Write_Batch_Receipts');
        });

        it('reads the optional evidence fields that are behind field-level security', () => {
            for (const field of [
                'Opportunity.Amount',
                'Opportunity.Type',
                'Case.IsEscalated',
                'Case.Priority',
                'Case.Type',
                'Case.Reason',
                'Case.Origin'
            ]) {
                expect(fieldAccess(integration, field)).toBe('read');
            }
        });

        it('reads every field the batch queries, unless no permission set can grant it', () => {
            const unreadable = BATCH_READS.filter(([object, field]) => {
                const ref = findField(model.schema, object, field);
                if (ref === undefined)
                    throw new Error(`the batch reads ${object}.${field}, which the schema lacks`);
                // Always visible to whoever reads the record; a field permission on them fails the deploy.
                if (ref.spec.type === 'Id' || ref.spec.required || ref.spec.type === 'MasterDetail')
                    return false;
                if (NOT_GRANTABLE[`${object}.${field}`] !== undefined) return false;
                return fieldAccess(integration, `${object}.${field}`) === 'none';
            });
            expect(unreadable.map(([object, field]) => `${object}.${field}`)).toEqual([]);
        });

        it('lists only fields the batch reads among those a permission set cannot grant', () => {
            const read = new Set(BATCH_READS.map(([object, field]) => `${object}.${field}`));
            expect(Object.keys(NOT_GRANTABLE).filter((field) => !read.has(field))).toEqual([]);
        });

        it('creates and closes trust alert Tasks through Edit Tasks, and gets no other system permission', () => {
            // Task has no object permissions in a permission set: Edit Tasks creates and edits
            // them, and the accounts' own access (view all) lets the batch read their activities.
            expect(integration.userPermissions.sort()).toEqual(['ApiEnabled', 'EditTask']);
            expect(access(integration, 'Task')).toEqual([]);
            for (const set of [user, admin]) expect(set.userPermissions).not.toContain('EditTask');
        });

        it('has no app or tab: it is an API user', () => {
            expect(integration.applications).toEqual([]);
            expect(integration.tabs).toEqual([]);
        });
    });
});

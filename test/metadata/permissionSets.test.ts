import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ObjectPermissionDef, PermissionSetDef } from '../../scripts/metadata/model';
import { loadMetadataModel } from '../../scripts/metadata/model';

const model = loadMetadataModel();

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
            expect(
                user.objectPermissions.map((p) => p.object).filter((object) => !object.endsWith('__c'))
            ).toEqual([]);
        });

        it('cannot change models', () => {
            expect(fieldAccess(user, 'Trust_Model__c.Active__c')).toBe('read');
            expect(fieldAccess(user, 'Trust_Model__c.Baselines__c')).toBe('read');
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
            expect(admin.customPermissions).toEqual(['Manage_Trust_Model']);
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
            for (const field of ACCOUNT_TRUST_FIELDS) expect(fieldAccess(integration, field)).toBe('edit');
            const editable = integration.fieldPermissions.filter((p) => p.editable).map((p) => p.field);
            expect(editable.filter((field) => field.startsWith('Account.'))).toEqual(
                [...ACCOUNT_TRUST_FIELDS].sort()
            );
        });

        it('only updates baselines on models; it cannot create or reconfigure them', () => {
            expect(access(integration, 'Trust_Model__c')).toEqual(['read', 'edit']);
            expect(fieldAccess(integration, 'Trust_Model__c.Baselines__c')).toBe('edit');
            expect(fieldAccess(integration, 'Trust_Model__c.Active__c')).toBe('read');
            expect(integration.customPermissions).toEqual([]);
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

        it('has no app or tab: it is an API user', () => {
            expect(integration.applications).toEqual([]);
            expect(integration.tabs).toEqual([]);
        });
    });
});

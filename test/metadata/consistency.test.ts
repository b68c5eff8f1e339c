import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkConsistency, formatProblem } from '../../tools/metadata/consistency';
import type { Problem } from '../../tools/metadata/consistency';
import type { PackageMetadata } from '../../tools/metadata/package';
import { loadPackageMetadata } from '../../tools/metadata/package';
import { FORCE_APP_DIR } from '../../tools/metadata/paths';

const DEFAULT = 'force-app/main/default';
const USER_SET = `${DEFAULT}/permissionsets/Trust_Ledger_User.permissionset-meta.xml`;
const BAND_REPORT = `${DEFAULT}/reports/Trust_Ledger_Reports/Accounts_by_Trust_Band.report-meta.xml`;

const pkg = loadPackageMetadata();

/** A deep copy to break on purpose; the loaded package metadata stays intact for the other cases. */
function broken(change: (copy: PackageMetadata) => void): Problem[] {
    const copy = structuredClone(pkg);
    change(copy);
    return checkConsistency(copy);
}

function only<T>(items: T[], predicate: (item: T) => boolean, what: string): T {
    const item = items.find(predicate);
    if (item === undefined) throw new Error(`test setup: no ${what}`);
    return item;
}

describe('metadata consistency', () => {
    it('finds no problem in the package as shipped', () => {
        expect(checkConsistency(pkg).map(formatProblem)).toEqual([]);
    });

    it('reads every kind of metadata it checks', () => {
        expect(pkg.permissionSets.map((set) => set.name)).toEqual([
            'Trust_Ledger_Admin',
            'Trust_Ledger_Integration',
            'Trust_Ledger_User'
        ]);
        expect(pkg.reports).toHaveLength(7);
        expect(pkg.reportTypes).toHaveLength(6);
        expect(pkg.dashboards[0]?.components).toHaveLength(5);
        expect(pkg.listViews.length).toBeGreaterThan(10);
        expect(pkg.layouts).toHaveLength(4);
        expect(pkg.labels.length).toBeGreaterThan(50);
        expect(pkg.exportObjects.map((object) => object.apiName)).toContain('Trust_Commitment__c');
    });

    describe('names the file and the field when one thing is broken', () => {
        it('a permission set grants a field its object no longer has', () => {
            const problems = broken((copy) => {
                delete copy.schema.Trust_Score__c?.fields.Confidence__c;
            });
            expect(problems).toContainEqual({
                file: USER_SET,
                message: 'field permission on unknown field Trust_Score__c.Confidence__c'
            });
        });

        it('a permission set grants an object that does not exist', () => {
            const problems = broken((copy) => {
                only(
                    copy.permissionSets,
                    (set) => set.name === 'Trust_Ledger_User',
                    'user set'
                ).objectPermissions.push({
                    object: 'Trust_Promise__c',
                    allowRead: true,
                    allowCreate: false,
                    allowEdit: false,
                    allowDelete: false,
                    viewAllRecords: false,
                    modifyAllRecords: false
                });
            });
            expect(problems).toContainEqual({
                file: USER_SET,
                message: 'object permission on unknown object Trust_Promise__c'
            });
        });

        it('a permission set grants field permissions on required and master-detail fields', () => {
            const problems = broken((copy) => {
                only(
                    copy.permissionSets,
                    (set) => set.name === 'Trust_Ledger_User',
                    'user set'
                ).fieldPermissions.push(
                    { field: 'Trust_Score__c.As_Of__c', readable: true, editable: false },
                    { field: 'Trust_Score__c.Account__c', readable: true, editable: false }
                );
            });
            expect(problems).toEqual(
                expect.arrayContaining([
                    { file: USER_SET, message: 'field permission on required field Trust_Score__c.As_Of__c' },
                    {
                        file: USER_SET,
                        message: 'field permission on master-detail field Trust_Score__c.Account__c'
                    }
                ])
            );
        });

        it('a permission set grants edit without read', () => {
            const problems = broken((copy) => {
                const set = only(
                    copy.permissionSets,
                    (candidate) => candidate.name === 'Trust_Ledger_User',
                    'user set'
                );
                const modelPermission = only(
                    set.objectPermissions,
                    (p) => p.object === 'Trust_Model__c',
                    'model permission'
                );
                modelPermission.allowRead = false;
                modelPermission.allowEdit = true;
            });
            expect(problems).toContainEqual({
                file: USER_SET,
                message: 'Trust_Model__c: create, edit or view all without read'
            });
        });

        it('a report uses a column its report type does not offer', () => {
            const problems = broken((copy) => {
                only(copy.reports, (report) => report.file === BAND_REPORT, 'band report').fieldRefs.push({
                    column: 'Account$Industry',
                    usage: 'column'
                });
            });
            expect(problems).toContainEqual({
                file: BAND_REPORT,
                message: 'column Account$Industry is not a column of report type Accounts_with_Trust_Fields'
            });
        });

        it('a report filters a picklist on a value it does not have', () => {
            const problems = broken((copy) => {
                const report = only(
                    copy.reports,
                    (candidate) => candidate.fullName.endsWith('At_Risk_Accounts_by_Owner'),
                    'report'
                );
                const filter = only(report.fieldRefs, (ref) => ref.usage === 'filter', 'filter');
                filter.value = 'At-Risk';
            });
            expect(problems.map(formatProblem)).toContain(
                `${DEFAULT}/reports/Trust_Ledger_Reports/At_Risk_Accounts_by_Owner.report-meta.xml: filter value "At-Risk" is not a value of Account$Current_Trust_Band__c`
            );
        });

        it('a report type offers a field the object does not have', () => {
            const problems = broken((copy) => {
                only(
                    copy.reportTypes,
                    (type) => type.name === 'Accounts_with_Trust_Scores',
                    'report type'
                ).columns.push({
                    table: 'Account.Trust_Scores__r',
                    field: 'Grade__c'
                });
            });
            expect(problems).toContainEqual({
                file: `${DEFAULT}/reportTypes/Accounts_with_Trust_Scores.reportType-meta.xml`,
                message: 'unknown field Trust_Score__c.Grade__c (table Account.Trust_Scores__r)'
            });
        });

        it('a validation rule reads a field through a relationship the object does not have', () => {
            const rule = `${DEFAULT}/objects/Trust_Score__c/validationRules/Panel_Receipt_Uses_Active_Model.validationRule-meta.xml`;
            const problems = broken((copy) => {
                const found = only(copy.validationRules, (candidate) => candidate.file === rule, 'rule');
                found.formula = found.formula.replace('Model__r.Active__c', 'Model__r.Current__c');
            });
            expect(problems).toContainEqual({
                file: rule,
                message: 'unknown field Trust_Score__c.Model__r.Current__c'
            });
        });

        it('a validation rule checks a custom permission the package does not have', () => {
            const rule = `${DEFAULT}/objects/Trust_Score__c/validationRules/Batch_Source_Only_From_Batch.validationRule-meta.xml`;
            const problems = broken((copy) => {
                copy.customPermissions = copy.customPermissions.filter(
                    (name) => name !== 'Write_Batch_Receipts'
                );
            });
            expect(problems).toContainEqual({
                file: rule,
                message: 'unknown custom permission Write_Batch_Receipts'
            });
        });

        it('a dashboard component uses a report that does not exist', () => {
            const problems = broken((copy) => {
                const dashboard = copy.dashboards[0];
                const component = dashboard?.components[0];
                if (component) component.report = 'Trust_Ledger_Reports/Accounts_by_Band';
            });
            expect(problems).toContainEqual({
                file: `${DEFAULT}/dashboards/Trust_Ledger_Dashboards/Trust_Ledger_Overview.dashboard-meta.xml`,
                message:
                    'component "Accounts by Trust Band" uses unknown report Trust_Ledger_Reports/Accounts_by_Band'
            });
        });

        it('a list view shows a column the object does not have', () => {
            const problems = broken((copy) => {
                only(
                    copy.listViews,
                    (view) => view.object === 'Trust_Commitment__c' && view.name === 'Overdue_Commitments',
                    'view'
                ).columns.push('Owner__c');
            });
            expect(problems).toContainEqual({
                file: `${DEFAULT}/objects/Trust_Commitment__c/listViews/Overdue_Commitments.listView-meta.xml`,
                message: 'unknown column Owner__c on Trust_Commitment__c'
            });
        });

        it('a list view shows the owner of an object that has none (master-detail child)', () => {
            const problems = broken((copy) => {
                only(
                    copy.listViews,
                    (view) => view.object === 'Trust_Score__c' && view.name === 'All',
                    'view'
                ).columns.push('OWNER.ALIAS');
            });
            expect(problems).toContainEqual({
                file: `${DEFAULT}/objects/Trust_Score__c/listViews/All.listView-meta.xml`,
                message: 'unknown column OWNER.ALIAS on Trust_Score__c'
            });
        });

        it('a component references a custom label that does not exist', () => {
            const problems = broken((copy) => {
                copy.labelReferences.push({
                    file: `${DEFAULT}/lwc/trustPanel/trustPanel.js`,
                    label: 'TL_Panel_Titel'
                });
            });
            expect(problems).toContainEqual({
                file: `${DEFAULT}/lwc/trustPanel/trustPanel.js`,
                message: 'unknown custom label TL_Panel_Titel'
            });
        });

        it('a component imports a field the package does not define', () => {
            const problems = broken((copy) => {
                const file = `${DEFAULT}/lwc/trustPanel/trustPanel.js`;
                copy.schemaReferences.push(
                    { file, object: 'Trust_Score__c', path: ['Score__c'] },
                    { file, object: 'Trust_Score__c', path: ['Model__r', 'Version__c'] },
                    { file, object: 'Account', path: ['Industry'] },
                    { file, object: 'Trust_Score__c', path: ['Grade__c'] },
                    { file, object: 'Trust_Score__c', path: ['Model__r', 'Revision__c'] },
                    { file, object: 'Trust_Promise__c', path: [] }
                );
            });
            expect(problems.filter((problem) => problem.file.endsWith('trustPanel.js'))).toEqual([
                {
                    file: `${DEFAULT}/lwc/trustPanel/trustPanel.js`,
                    message:
                        'unknown field Trust_Model__c.Revision__c in schema import Trust_Score__c.Model__r.Revision__c'
                },
                {
                    file: `${DEFAULT}/lwc/trustPanel/trustPanel.js`,
                    message: 'unknown field Trust_Score__c.Grade__c in schema import Trust_Score__c.Grade__c'
                },
                {
                    file: `${DEFAULT}/lwc/trustPanel/trustPanel.js`,
                    message: 'unknown object in schema import Trust_Promise__c'
                }
            ]);
        });

        it('the CSV export contract names a field with the wrong type', () => {
            const problems = broken((copy) => {
                const commitments = only(
                    copy.exportObjects,
                    (object) => object.apiName === 'Trust_Commitment__c',
                    'export'
                );
                commitments.columns.push(
                    { name: 'Status__c', kind: 'boolean' },
                    { name: 'Kept__c', kind: 'boolean' }
                );
            });
            expect(problems).toEqual(
                expect.arrayContaining([
                    {
                        file: 'records/evidenceFields.ts',
                        message: 'Trust_Commitment__c.Status__c is Picklist, not readable as a boolean column'
                    },
                    {
                        file: 'records/evidenceFields.ts',
                        message: 'unknown field Trust_Commitment__c.Kept__c'
                    }
                ])
            );
        });

        it('the evidence field table names a lookup to the wrong object', () => {
            const problems = broken((copy) => {
                const commitments = only(
                    copy.exportObjects,
                    (object) => object.apiName === 'Trust_Commitment__c',
                    'export'
                );
                commitments.columns.push({ name: 'Opportunity__c', kind: 'reference', to: 'Contract' });
            });
            expect(problems).toEqual([
                {
                    file: 'records/evidenceFields.ts',
                    message: 'Trust_Commitment__c.Opportunity__c points to Opportunity, not Contract'
                }
            ]);
        });

        it('a layout leaves out a required field', () => {
            const problems = broken((copy) => {
                const layout = only(
                    copy.layouts,
                    (candidate) => candidate.object === 'Customer_Reference__c',
                    'layout'
                );
                layout.items = layout.items.filter((item) => item.field !== 'Requested_On__c');
            });
            expect(problems).toContainEqual({
                file: `${DEFAULT}/layouts/Customer_Reference__c-Customer Reference Layout.layout-meta.xml`,
                message: 'required field Customer_Reference__c.Requested_On__c is missing'
            });
        });

        it('a validation rule mentions a field that does not exist', () => {
            const problems = broken((copy) => {
                const rule = only(
                    copy.validationRules,
                    (candidate) => candidate.name === 'Kept_Requires_Delivered_On',
                    'rule'
                );
                rule.formula = rule.formula.replace('Delivered_On__c', 'Delivered_Date__c');
            });
            expect(problems).toContainEqual({
                file: `${DEFAULT}/objects/Trust_Commitment__c/validationRules/Kept_Requires_Delivered_On.validationRule-meta.xml`,
                message: 'unknown field Trust_Commitment__c.Delivered_Date__c'
            });
        });

        it('the app lists a tab that does not exist', () => {
            const problems = broken((copy) => {
                copy.applications[0]?.tabs.push('Trust_Score__c');
            });
            expect(problems).toContainEqual({
                file: `${DEFAULT}/applications/Trust_Ledger.app-meta.xml`,
                message: 'unknown tab Trust_Score__c'
            });
        });
    });

    describe('reading from disk', () => {
        let copyDir = '';

        beforeAll(() => {
            copyDir = mkdtempSync(path.join(tmpdir(), 'trust-ledger-force-app-'));
            cpSync(FORCE_APP_DIR, copyDir, { recursive: true });
        });

        afterAll(() => {
            if (copyDir !== '') rmSync(copyDir, { recursive: true, force: true });
        });

        it('names the edited file when a permission set on disk grants an unknown field', () => {
            const file = path.join(
                copyDir,
                'main',
                'default',
                'permissionsets',
                'Trust_Ledger_Integration.permissionset-meta.xml'
            );
            const original = readFileSync(file, 'utf8');
            const extra =
                '    <fieldPermissions>\n        <editable>false</editable>\n        <field>Account.Trust_Grade__c</field>\n        <readable>true</readable>\n    </fieldPermissions>\n';
            writeFileSync(file, original.replace('    <fieldPermissions>', `${extra}    <fieldPermissions>`));
            const problems = checkConsistency(loadPackageMetadata(copyDir)).map((problem) => problem.message);
            expect(problems).toEqual(['field permission on unknown field Account.Trust_Grade__c']);
        });
    });
});

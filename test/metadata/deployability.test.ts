import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ComponentSet } from '@salesforce/source-deploy-retrieve';
import { loadPackageMetadata } from '../../tools/metadata/package';
import { REPO_ROOT } from '../../tools/metadata/paths';

/** Members per metadata type that a deploy of `force-app` in `projectDir` would send. */
function deployedTypes(projectDir: string): Map<string, number> {
    const counts = new Map<string, number>();
    for (const component of ComponentSet.fromSource(
        path.join(projectDir, 'force-app')
    ).getSourceComponents()) {
        counts.set(component.type.name, (counts.get(component.type.name) ?? 0) + 1);
    }
    return counts;
}

const DASHBOARD_OPT_OUT = /^# (force-app\/main\/default\/dashboards\/)$/m;

describe('deploying the package into a real org', () => {
    it('gives reports and dashboards folders of their own names', () => {
        const model = loadPackageMetadata();
        expect(model.reportFolders).toEqual(['Trust_Ledger_Reports']);
        expect(model.dashboardFolders).toEqual(['Trust_Ledger_Dashboards']);
        expect(model.reportFolders.filter((name) => model.dashboardFolders.includes(name))).toEqual([]);
    });

    it('documents why the dashboard may have to stay out, and how', () => {
        const guide = readFileSync(path.join(REPO_ROOT, 'docs', 'deploy-to-org.md'), 'utf8');
        expect(guide).toMatch(/dynamic dashboard/i);
        expect(guide).toContain('force-app/main/default/dashboards/');
        expect(readFileSync(path.join(REPO_ROOT, '.forceignore'), 'utf8')).toMatch(DASHBOARD_OPT_OUT);
    });

    it('says in the README what each permission set guarantees', () => {
        const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
        const section = /### What the permission sets guarantee\n([\s\S]*?)\n## /.exec(readme)?.[1] ?? '';
        for (const name of loadPackageMetadata().permissionSets.map((set) => set.name))
            expect(section).toContain(`\`${name}\``);
        for (const permission of ['Write_Batch_Receipts', 'Manage_Trust_Model'])
            expect(section).toContain(permission);
    });

    describe('with the .forceignore line that leaves the dashboard out', () => {
        let projectDir = '';
        beforeAll(() => {
            projectDir = mkdtempSync(path.join(tmpdir(), 'trust-ledger-no-dashboard-'));
            cpSync(path.join(REPO_ROOT, 'force-app'), path.join(projectDir, 'force-app'), {
                recursive: true
            });
            cpSync(path.join(REPO_ROOT, 'sfdx-project.json'), path.join(projectDir, 'sfdx-project.json'));
            const ignore = readFileSync(path.join(REPO_ROOT, '.forceignore'), 'utf8');
            writeFileSync(path.join(projectDir, '.forceignore'), ignore.replace(DASHBOARD_OPT_OUT, '$1'));
        });
        afterAll(() => {
            if (projectDir !== '') rmSync(projectDir, { recursive: true, force: true });
        });

        it('deploys everything but the dashboard and its folder', () => {
            const all = deployedTypes(REPO_ROOT);
            const without = deployedTypes(projectDir);
            expect([all.get('Dashboard'), all.get('DashboardFolder'), all.get('Report')]).toEqual([1, 1, 7]);
            all.delete('Dashboard');
            all.delete('DashboardFolder');
            expect(without).toEqual(all);
        });
    });
});

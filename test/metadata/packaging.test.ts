/**
 * The unlocked package definition: sfdx-project.json as the Salesforce CLI reads and validates
 * it (through @salesforce/core), one package over force-app, numbered for `NEXT` builds and
 * free of ancestors, and the packaging guide in step with it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SfProject } from '@salesforce/core';
import { REPO } from '../support/cli';

interface PackageDir {
    path: string;
    package?: string;
    versionNumber?: string;
    versionName?: string;
    versionDescription?: string;
    ancestorId?: string;
    ancestorVersion?: string;
    default?: boolean;
}

describe('the unlocked package', () => {
    const raw = JSON.parse(readFileSync(path.join(REPO, 'sfdx-project.json'), 'utf8')) as {
        packageDirectories: PackageDir[];
        namespace: string;
        packageAliases?: Record<string, string>;
    };

    it("passes the Salesforce CLI's own schema check of sfdx-project.json", async () => {
        const project = await SfProject.resolve(REPO);
        // The CLI reports a file that breaks its schema as a process warning, not an error.
        const warn = jest.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
        try {
            await project.getSfProjectJson().schemaValidate();
            expect(warn.mock.calls.map((call) => String(call[0]))).toEqual([]);
        } finally {
            warn.mockRestore();
        }
        const dirs = project.getPackageDirectories();
        expect(dirs.map((d) => d.path)).toContain('force-app');
    });

    it('defines one package over force-app, without a namespace or ancestors', () => {
        const packaged = raw.packageDirectories.filter((d) => d.package !== undefined);
        expect(packaged).toHaveLength(1);
        const dir = packaged[0] as PackageDir;
        expect(dir).toMatchObject({ path: 'force-app', package: 'Trust Ledger', default: true });
        expect(dir.versionNumber).toMatch(/^\d+\.\d+\.\d+\.(NEXT|\d+)$/);
        expect(dir.versionName).toBeTruthy();
        expect(dir.versionDescription).toBeTruthy();
        expect(dir.ancestorId).toBeUndefined();
        expect(dir.ancestorVersion).toBeUndefined();
        expect(raw.namespace).toBe('');
        expect(raw.packageAliases).toBeDefined();
    });

    it('is what the packaging guide creates, versions and installs', () => {
        const guide = readFileSync(path.join(REPO, 'docs', 'packaging.md'), 'utf8');
        const dir = raw.packageDirectories.find((d) => d.package) as PackageDir;
        expect(guide).toContain(
            `sf package create --name "${dir.package}" --package-type Unlocked --path ${dir.path}`
        );
        expect(guide).toContain('--no-namespace');
        const [major, minor, patch] = (dir.versionNumber as string).split('.');
        expect(guide).toContain(`"${dir.package}@${major}.${minor}.${patch}-1"`);
        expect(guide).toMatch(/installPackage\.apexp\?p0=04t/);
    });
});

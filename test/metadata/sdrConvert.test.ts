import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ComponentSet, MetadataConverter } from '@salesforce/source-deploy-retrieve';
import { loadPackageMetadata } from '../../tools/metadata/package';
import { FORCE_APP_DIR } from '../../tools/metadata/paths';
import { elements, parseXml, text, texts } from '../../tools/metadata/xml';

/**
 * Members the converted package.xml must list per metadata type. Update it when adding
 * metadata: a surprise here means a component was added, renamed or lost in conversion.
 */
const EXPECTED_MEMBER_COUNTS: Record<string, number> = {
    CompactLayout: 5,
    CustomApplication: 1,
    CustomField: 62,
    CustomLabels: 1,
    CustomObject: 5,
    CustomPermission: 3,
    CustomTab: 3,
    // The folder ('Trust_Ledger_Dashboards/') is a member too.
    Dashboard: 2,
    FlexiPage: 2,
    Layout: 4,
    ListView: 14,
    PermissionSet: 3,
    Report: 8,
    ReportType: 6,
    ValidationRule: 14
};

/** Types other parts of the project add (components, their resources); anything else is unexpected. */
const OTHER_ALLOWED_TYPES = new Set(['LightningComponentBundle', 'StaticResource']);

describe('force-app converts offline with source-deploy-retrieve', () => {
    let outputDir = '';
    let members = new Map<string, string[]>();
    let convertedFiles: string[] = [];

    beforeAll(async () => {
        // Converting is the slow part of the suite: do it once for every assertion below.
        outputDir = mkdtempSync(path.join(tmpdir(), 'trust-ledger-mdapi-'));
        const components = ComponentSet.fromSource(FORCE_APP_DIR);
        const result = await new MetadataConverter().convert(components, 'metadata', {
            type: 'directory',
            outputDirectory: outputDir,
            genUniqueDir: false
        });
        convertedFiles = (result.converted ?? []).flatMap((component) =>
            component.xml ? [component.xml] : []
        );
        const manifest = parseXml(readFileSync(path.join(outputDir, 'package.xml'), 'utf8'), 'package.xml');
        members = new Map(
            elements(manifest.element, 'types').map((type) => [
                text(type, 'name') ?? '',
                texts(type, 'members')
            ])
        );
    });

    afterAll(() => {
        if (outputDir !== '') rmSync(outputDir, { recursive: true, force: true });
    });

    it('writes a package.xml for API version 62.0', () => {
        const manifest = readFileSync(path.join(outputDir, 'package.xml'), 'utf8');
        expect(manifest).toContain('<version>62.0</version>');
        expect(convertedFiles.length).toBeGreaterThan(0);
    });

    it.each(Object.entries(EXPECTED_MEMBER_COUNTS))('lists %s components (%i)', (type, count) => {
        expect(members.get(type)?.length ?? 0).toBe(count);
    });

    it('lists every custom label of the labels file', () => {
        const labels = loadPackageMetadata()
            .labels.map((label) => label.name)
            .sort();
        expect([...(members.get('CustomLabel') ?? [])].sort()).toEqual(labels);
    });

    it('contains no metadata type beyond the expected ones (no Apex)', () => {
        const unexpected = [...members.keys()].filter(
            (type) =>
                !(type in EXPECTED_MEMBER_COUNTS) && type !== 'CustomLabel' && !OTHER_ALLOWED_TYPES.has(type)
        );
        expect(unexpected).toEqual([]);
    });

    it('merges the decomposed object source into one .object file per object', () => {
        const objects = readFileSync(path.join(outputDir, 'objects', 'Trust_Score__c.object'), 'utf8');
        expect(objects).toContain('<fullName>Key__c</fullName>');
        expect(objects).toContain('<fullName>Falling_Trust</fullName>');
        expect(members.get('CustomField')).toEqual(
            expect.arrayContaining(['Account.Current_Trust_Score__c'])
        );
    });

    it('keeps reports and dashboards in folders of their own names', () => {
        expect(members.get('Report')).toEqual(
            expect.arrayContaining(['Trust_Ledger_Reports/', 'Trust_Ledger_Reports/Accounts_by_Trust_Band'])
        );
        expect(members.get('Dashboard')).toEqual([
            'Trust_Ledger_Dashboards/',
            'Trust_Ledger_Dashboards/Trust_Ledger_Overview'
        ]);
    });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
    ENUMERATIONS,
    formatSchemaProblem,
    parseOrderedXml,
    SCHEMA_API_VERSION,
    SCHEMA_TYPES,
    validateMetadataXml
} from '../../tools/metadata/apiSchema';
import { listFiles } from '../../tools/metadata/package/files';
import { defaultDir, FORCE_APP_DIR, REPO_ROOT, repoRelative } from '../../tools/metadata/paths';

const metaFiles = listFiles(FORCE_APP_DIR, '-meta.xml')
    .filter((file) => !file.split(path.sep).includes('__tests__'))
    .map((file) => [repoRelative(file), file] as const);

const read = (relative: string): string => readFileSync(path.join(defaultDir(), relative), 'utf8');
const DASHBOARD = 'dashboards/Trust_Ledger_Dashboards/Trust_Ledger_Overview.dashboard-meta.xml';
const ADMIN_SET = 'permissionsets/Trust_Ledger_Admin.permissionset-meta.xml';

const messages = (source: string, file = 'file.xml'): string[] =>
    validateMetadataXml(source, file).map(formatSchemaProblem);

/** Replaces the text of the first `<description>` of a file. */
function withDescription(source: string, description: string): string {
    return source.replace(
        /<description\s*>[^<]*<\/description>/,
        `<description>${description}</description>`
    );
}

describe(`Metadata API ${SCHEMA_API_VERSION} schema`, () => {
    it("is the schema of the package's sourceApiVersion", () => {
        const project = JSON.parse(readFileSync(path.join(REPO_ROOT, 'sfdx-project.json'), 'utf8')) as {
            sourceApiVersion: string;
        };
        expect(SCHEMA_API_VERSION).toBe(project.sourceApiVersion);
    });

    it('describes every type its elements refer to, or leaves it to the check to name', () => {
        // A dangling base type would silently drop the inherited elements.
        for (const [name, type] of Object.entries(SCHEMA_TYPES)) {
            if (type.base !== undefined)
                expect([name, SCHEMA_TYPES[type.base] !== undefined]).toEqual([name, true]);
        }
        expect(ENUMERATIONS.DashboardComponentType).toContain('Donut');
    });

    it('finds the package files', () => {
        expect(metaFiles.length).toBeGreaterThan(100);
    });

    it.each(metaFiles)('%s follows the schema and the length limits', (name, file) => {
        expect(messages(readFileSync(file, 'utf8'), name)).toEqual([]);
    });
});

describe('the schema check fails what an org refuses', () => {
    it('an element that exists only from API 63.0 (sortLegendValues on a dashboard component)', () => {
        const source = read(DASHBOARD).replace(
            '<showValues>true</showValues>',
            '<showValues>true</showValues>\n                <sortLegendValues>false</sortLegendValues>'
        );
        const line = source.split('\n').findIndex((text) => text.includes('sortLegendValues')) + 1;
        expect(messages(source, 'Overview.dashboard-meta.xml')).toEqual([
            `Overview.dashboard-meta.xml:${line}:17: <sortLegendValues> is not an element of DashboardComponent in Metadata API 62.0`
        ]);
    });

    it('a permission set description of 256 characters (255 pass)', () => {
        const source = read(ADMIN_SET);
        expect(messages(withDescription(source, 'x'.repeat(255)))).toEqual([]);
        expect(messages(withDescription(source, 'x'.repeat(256)))).toEqual([
            expect.stringMatching(
                /^file\.xml:\d+:5: <description> of PermissionSet is 256 characters; at most 255 are allowed/
            )
        ]);
    });

    it('counts an entity as the character it stands for', () => {
        const source = read(ADMIN_SET);
        expect(messages(withDescription(source, `${'x'.repeat(251)}&lt;&gt;&amp;&quot;`))).toEqual([]);
        expect(messages(withDescription(source, `${'x'.repeat(252)}&lt;&gt;&amp;&quot;`))).toHaveLength(1);
    });

    it('an element out of the schema order', () => {
        const source = read(ADMIN_SET).replace(
            '<hasActivationRequired>false</hasActivationRequired>',
            '<hasActivationRequired>false</hasActivationRequired>\n    <description>late</description>'
        );
        expect(messages(source)).toEqual(
            expect.arrayContaining([
                expect.stringMatching(/<description> may appear only once in PermissionSet/)
            ])
        );
        const moved = read(ADMIN_SET)
            .replace(/\s*<label>[^<]*<\/label>/, '')
            .replace(
                '<applicationVisibilities>',
                '<label>Trust Ledger Admin</label>\n    <applicationVisibilities>'
            );
        expect(messages(moved)).toEqual([
            expect.stringMatching(/<applicationVisibilities> must come before <label> in PermissionSet/)
        ]);
    });

    it('a missing required element, a bad enumeration value and a bad boolean', () => {
        const source = read(DASHBOARD)
            .replace('<componentType>Donut</componentType>', '<componentType>Pie3D</componentType>')
            .replace('<isGridLayout>true</isGridLayout>', '<isGridLayout>yes</isGridLayout>')
            .replace(/\s*<titleSize>[^<]*<\/titleSize>/, '');
        expect(messages(source)).toEqual([
            expect.stringMatching(/<componentType> "Pie3D" is not one of DashboardComponentType: /),
            expect.stringMatching(/<isGridLayout> "yes" is not true or false/),
            expect.stringMatching(/^file\.xml:2:1: Dashboard requires <titleSize>/)
        ]);
    });

    it('a metadata type the table does not describe yet', () => {
        expect(messages('<?xml version="1.0"?>\n<Flow xmlns="x"><label>F</label></Flow>\n')).toEqual([
            expect.stringMatching(
                /^file\.xml:2:1: <Flow> is not a metadata type of the API 62\.0 schema table/
            )
        ]);
    });

    it('a file that is not well-formed, at the element left open', () => {
        expect(messages('<?xml version="1.0"?>\n<PermissionSet>\n    <label>x</label>\n')).toEqual([
            'file.xml:2:1: <PermissionSet> is never closed'
        ]);
    });
});

describe('ordered XML reader', () => {
    it('keeps the order, positions and decoded text of elements', () => {
        const root = parseOrderedXml(
            '<?xml version="1.0"?>\n<A xmlns="n">\n  <b>1 &lt; 2</b><!-- note -->\n  <c\n  >x</c>\n  <b/>\n</A>\n'
        );
        expect(root.children.map((child) => [child.name, child.line, child.column, child.text])).toEqual([
            ['b', 3, 3, '1 < 2'],
            ['c', 4, 3, 'x'],
            ['b', 6, 3, '']
        ]);
    });
});

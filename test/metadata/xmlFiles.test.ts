import path from 'node:path';
import { listFiles } from '../../tools/metadata/package/files';
import { FORCE_APP_DIR, repoRelative } from '../../tools/metadata/paths';
import { METADATA_NAMESPACE, parseXml, readXml, XmlFormatError } from '../../tools/metadata/xml';

/** Root element the Metadata API expects for each source-format suffix (`Foo.<suffix>-meta.xml`). */
const ROOT_BY_SUFFIX: Record<string, string> = {
    app: 'CustomApplication',
    compactLayout: 'CompactLayout',
    customPermission: 'CustomPermission',
    dashboard: 'Dashboard',
    dashboardFolder: 'DashboardFolder',
    field: 'CustomField',
    flexipage: 'FlexiPage',
    js: 'LightningComponentBundle',
    labels: 'CustomLabels',
    layout: 'Layout',
    listView: 'ListView',
    object: 'CustomObject',
    permissionset: 'PermissionSet',
    report: 'Report',
    reportFolder: 'ReportFolder',
    reportType: 'ReportType',
    resource: 'StaticResource',
    tab: 'CustomTab',
    validationRule: 'ValidationRule'
};

function suffixOf(file: string): string {
    const name = path.basename(file).slice(0, -'-meta.xml'.length);
    return name.slice(name.lastIndexOf('.') + 1);
}

const metaFiles = listFiles(FORCE_APP_DIR, '-meta.xml').map((file) => [repoRelative(file), file] as const);

describe('force-app metadata XML', () => {
    it('finds the package files', () => {
        expect(metaFiles.length).toBeGreaterThan(50);
    });

    it.each(metaFiles)(
        '%s is well-formed, with the root element of its suffix in the metadata namespace',
        (_name, file) => {
            const document = readXml(file);
            const expectedRoot = ROOT_BY_SUFFIX[suffixOf(file)];
            expect({ suffix: suffixOf(file), root: document.root }).toEqual({
                suffix: suffixOf(file),
                root: expectedRoot
            });
            expect(document.namespace).toBe(METADATA_NAMESPACE);
        }
    );

    it('reports a malformed file with its name and line', () => {
        const broken =
            '<?xml version="1.0"?>\n<CustomField xmlns="x">\n    <label>Score</labl>\n</CustomField>\n';
        expect(() => parseXml(broken, 'Score__c.field-meta.xml')).toThrow(XmlFormatError);
        expect(() => parseXml(broken, 'Score__c.field-meta.xml')).toThrow(
            /Score__c\.field-meta\.xml: line 3/
        );
    });
});

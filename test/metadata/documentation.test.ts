import path from 'node:path';
import { listFiles } from '../../tools/metadata/package/files';
import { defaultDir, repoRelative } from '../../tools/metadata/paths';
import { elements, readXml, text } from '../../tools/metadata/xml';

/** Metadata API limits on the texts admins and users read. */
const MAX_DESCRIPTION = 1000;
const MAX_HELP_TEXT = 510;
const MAX_LABEL = 40;

const root = defaultDir();
const files = (dir: string, suffix: string): [string, string][] =>
    listFiles(path.join(root, dir), suffix).map((file) => [repoRelative(file), file]);

describe('descriptions and help text', () => {
    it.each(files('objects', '.object-meta.xml'))('%s has a description', (_name, file) => {
        const description = text(readXml(file).element, 'description') ?? '';
        expect(description.length).toBeGreaterThan(40);
        expect(description.length).toBeLessThanOrEqual(MAX_DESCRIPTION);
    });

    it.each(files('objects', '.field-meta.xml'))(
        '%s has a description, help text and a short label',
        (_name, file) => {
            const field = readXml(file).element;
            const description = text(field, 'description') ?? '';
            const help = text(field, 'inlineHelpText') ?? '';
            expect(description.length).toBeGreaterThan(20);
            expect(description.length).toBeLessThanOrEqual(MAX_DESCRIPTION);
            expect(help.length).toBeGreaterThan(10);
            expect(help.length).toBeLessThanOrEqual(MAX_HELP_TEXT);
            expect((text(field, 'label') ?? '').length).toBeLessThanOrEqual(MAX_LABEL);
        }
    );

    it.each([
        ...files('permissionsets', '.permissionset-meta.xml'),
        ...files('reportTypes', '.reportType-meta.xml'),
        ...files('customPermissions', '.customPermission-meta.xml'),
        ...files('reports', '.report-meta.xml'),
        ...files('applications', '.app-meta.xml')
    ])('%s has a description', (_name, file) => {
        expect((text(readXml(file).element, 'description') ?? '').length).toBeGreaterThan(20);
    });

    it('describes every custom label for translators', () => {
        const labels = elements(
            readXml(path.join(root, 'labels', 'CustomLabels.labels-meta.xml')).element,
            'labels'
        );
        for (const label of labels) {
            expect([text(label, 'fullName'), (text(label, 'shortDescription') ?? '').length > 0]).toEqual([
                text(label, 'fullName'),
                true
            ]);
        }
    });
});

describe('commitment history', () => {
    it('tracks status and dates of commitments', () => {
        const objectDir = path.join(root, 'objects', 'Trust_Commitment__c');
        expect(
            text(
                readXml(path.join(objectDir, 'Trust_Commitment__c.object-meta.xml')).element,
                'enableHistory'
            )
        ).toBe('true');
        const tracked = listFiles(path.join(objectDir, 'fields'), '.field-meta.xml')
            .map((file) => readXml(file).element)
            .filter((field) => text(field, 'trackHistory') === 'true')
            .map((field) => text(field, 'fullName'));
        expect(tracked.sort()).toEqual(['Delivered_On__c', 'Due_On__c', 'Status__c']);
    });
});

/** The preview build's scoped modules, the proxy's allow-list and the command line. */
import path from 'node:path';
import { parsePreviewArgs, PreviewUsageError } from '../main';
import { proxiedResource } from '../server';
import { readLabelValues, scopedModuleSource, ScopedModuleError } from '../salesforceModules';
import { componentAliases } from '../components';
import { COMPONENTS_DIR, LABELS_DIR } from '../paths';

const labels = readLabelValues(path.join(LABELS_DIR, 'CustomLabels.labels-meta.xml'));

describe('@salesforce scoped modules in the preview build', () => {
    it('gives a custom label its value from the package and fails the build on an unknown one', () => {
        expect(scopedModuleSource('@salesforce/label/c.TL_Panel_Title', labels)).toBe(
            `export default ${JSON.stringify(labels.get('TL_Panel_Title'))};`
        );
        expect(() => scopedModuleSource('@salesforce/label/c.TL_No_Such_Label', labels)).toThrow(
            ScopedModuleError
        );
    });

    it('gives schema imports the platform’s object and field ids', () => {
        expect(scopedModuleSource('@salesforce/schema/Trust_Commitment__c.Due_On__c', labels)).toBe(
            'export default {"objectApiName":"Trust_Commitment__c","fieldApiName":"Due_On__c"};'
        );
        expect(scopedModuleSource('@salesforce/schema/Account', labels)).toBe(
            'export default {"objectApiName":"Account"};'
        );
    });

    it('reads custom permissions from the persona toggle, refuses Apex, and leaves other modules alone', () => {
        expect(scopedModuleSource('@salesforce/customPermission/Manage_Trust_Model', labels)).toContain(
            'persona'
        );
        expect(() => scopedModuleSource('@salesforce/apex/Foo.bar', labels)).toThrow(/no Apex/);
        expect(scopedModuleSource('@salesforce/label/LightningCombobox.required', labels)).toBeNull();
    });

    it('names the package components c/<folder>', () => {
        expect(componentAliases(COMPONENTS_DIR).map((alias) => alias.name)).toContain('c/trustEngine');
    });
});

describe('the preview proxy', () => {
    it.each([
        ['POST', 'graphql', true],
        ['GET', 'graphql', false],
        ['POST', 'ui-api/records', true],
        ['PATCH', 'ui-api/records/001Kd00000xIcg1IAC', true],
        ['GET', 'ui-api/object-info/Trust_Commitment__c', true],
        ['GET', 'ui-api/object-info/Case/picklist-values/012000000000000AAA/Type', true],
        ['GET', 'query', false],
        ['GET', 'sobjects/Account', false],
        ['DELETE', 'ui-api/object-info/Case', false]
    ])('%s %s forwarded: %s', (method, resource, allowed) => {
        expect(proxiedResource(method, resource)).toBe(allowed);
    });
});

describe('npm run preview arguments', () => {
    it('reads port, data folder and switches', () => {
        expect(parsePreviewArgs(['--port', '8080', '--no-build', '--dev'])).toEqual({
            port: 8080,
            build: false,
            mode: 'development'
        });
        expect(parsePreviewArgs(['--data', 'tmp/x']).dataDir).toBe(path.resolve('tmp/x'));
    });

    it('refuses a bad port or an unknown option', () => {
        expect(() => parsePreviewArgs(['--port', 'abc'])).toThrow(PreviewUsageError);
        expect(() => parsePreviewArgs(['--port'])).toThrow(PreviewUsageError);
        expect(() => parsePreviewArgs(['--open'])).toThrow(/Unknown option '--open'/);
    });
});

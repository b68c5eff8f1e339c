import { createElement } from 'lwc';
import TrustObjectPicklists from 'c/trustObjectPicklists';
import { getPicklistValuesByRecordType } from 'lightning/uiObjectInfoApi';

const { flushPromises } = require('../../trustSetup/__tests__/utils/setupTestUtils');

// The local org's answer for Product_Usage__c (see trustSetup/__tests__/customSignalChoices.test.js).
const USAGE_PICKLISTS = require('../../trustSetup/__tests__/data/getPicklistValuesByRecordTypeProductUsage.json');

describe('c-trust-object-picklists', () => {
    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    });

    it('reads the named object’s master record type values and hands each answer up', async () => {
        const element = createElement('c-trust-object-picklists', { is: TrustObjectPicklists });
        element.objectApiName = 'Product_Usage__c';
        const answers = [];
        element.addEventListener('picklists', (event) => answers.push(event.detail));
        document.body.appendChild(element);
        await flushPromises();
        // Nothing is handed up before an answer arrives.
        expect(answers).toEqual([]);
        // The sfdx-lwc-jest wire adapters are driven by calling their test API (emit/error) directly.
        // eslint-disable-next-line @lwc/lwc/no-unexpected-wire-adapter-usages
        getPicklistValuesByRecordType.emit(
            USAGE_PICKLISTS,
            (config) =>
                config.objectApiName === 'Product_Usage__c' && config.recordTypeId === '012000000000000AAA'
        );
        // eslint-disable-next-line @lwc/lwc/no-unexpected-wire-adapter-usages
        getPicklistValuesByRecordType.error({ message: 'No access' }, 403, 'Forbidden');
        expect(answers).toHaveLength(2);
        expect(answers[0]).toEqual({ object: 'Product_Usage__c', data: USAGE_PICKLISTS, error: undefined });
        expect(answers[1]).toMatchObject({ object: 'Product_Usage__c', data: undefined });
        expect(answers[1].error.status).toBe(403);
        expect(element.shadowRoot.childNodes).toHaveLength(0);
    });
});

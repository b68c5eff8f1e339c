import { createRecord, updateRecord } from 'lightning/uiRecordApi';
import { defaultModel, modelVersions } from 'c/trustEngine';
import { saveNewVersion } from '../saveVersion';

// The versions as the page holds them: read from the GraphQL payload by the bundle's own reader.
const MODEL_VERSIONS = require('./data/modelVersions.json');
const VERSIONS = modelVersions(MODEL_VERSIONS.uiapi.query.Trust_Model__c);
const BASELINES_2 = MODEL_VERSIONS.uiapi.query.Trust_Model__c.edges[0].node.Baselines__c.value;

// The shape `createRecord` rejects with when a unique field already holds the value (UI API
// record error, per field in `output.fieldErrors`, errorCode DUPLICATE_VALUE).
const DUPLICATE = {
    body: {
        message: 'duplicate value found: Version__c duplicates value on record with id: a0C000000000003AAA',
        output: {
            errors: [],
            fieldErrors: {
                Version__c: [
                    { errorCode: 'DUPLICATE_VALUE', field: 'Version__c', message: 'duplicate value found' }
                ]
            }
        }
    }
};

describe('c-trust-setup saveVersion', () => {
    afterEach(() => jest.clearAllMocks());

    it('saves through lightning/uiRecordApi with the active version’s baselines, then deactivates it', async () => {
        createRecord.mockResolvedValue({ id: 'a0C000000000003AAA', fields: {} });
        updateRecord.mockResolvedValue({});
        const readVersions = jest.fn();
        const result = await saveNewVersion(readVersions, {
            model: defaultModel(),
            versions: VERSIONS,
            notes: 'Why'
        });
        expect(result).toEqual({ outcome: 'saved', version: 3, recordId: 'a0C000000000003AAA' });
        expect(createRecord).toHaveBeenCalledTimes(1);
        const [input] = createRecord.mock.calls[0];
        expect(input.apiName).toBe('Trust_Model__c');
        expect(input.fields).toMatchObject({
            Version__c: 3,
            Active__c: true,
            Notes__c: 'Why',
            Baselines__c: BASELINES_2
        });
        expect(updateRecord.mock.calls).toEqual([
            [{ fields: { Id: 'a0C000000000002AAA', Active__c: false } }]
        ]);
        expect(createRecord.mock.invocationCallOrder[0]).toBeLessThan(
            updateRecord.mock.invocationCallOrder[0]
        );
        expect(readVersions).not.toHaveBeenCalled();
    });

    it('reads the versions through the page when another admin took the number', async () => {
        createRecord.mockRejectedValueOnce(DUPLICATE).mockResolvedValueOnce({ id: 'a0C000000000004AAA' });
        updateRecord.mockResolvedValue({});
        const other = { ...VERSIONS[0], recordId: 'a0C000000000003AAA', version: 3 };
        const readVersions = jest.fn(() => Promise.resolve([other, ...VERSIONS]));
        const result = await saveNewVersion(readVersions, { model: defaultModel(), versions: VERSIONS });
        expect(result).toEqual({ outcome: 'saved', version: 4, recordId: 'a0C000000000004AAA' });
        expect(createRecord.mock.calls.map(([input]) => input.fields.Version__c)).toEqual([3, 4]);
        expect(readVersions).toHaveBeenCalledTimes(1);
        expect(updateRecord.mock.calls.map(([input]) => input.fields.Id)).toEqual([
            'a0C000000000003AAA',
            'a0C000000000002AAA'
        ]);
    });

    it('reports what the UI API refused, and changes nothing else', async () => {
        const error = { body: { message: 'Insufficient access rights on Trust_Model__c' } };
        createRecord.mockRejectedValue(error);
        const result = await saveNewVersion(jest.fn(), { model: defaultModel(), versions: VERSIONS });
        expect(result).toEqual({ outcome: 'failed', version: 3, error });
        expect(updateRecord).not.toHaveBeenCalled();
    });
});

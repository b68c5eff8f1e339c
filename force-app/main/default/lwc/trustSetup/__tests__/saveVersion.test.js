import { defaultModel } from 'c/trustEngine';
import { isDuplicateValue, saveNewVersion } from '../saveVersion';

const version = (n, active, id = `a0C00000000000${n}AAA`) => ({ recordId: id, version: n, active });

function api({ create = () => Promise.resolve({ id: 'new' }), update = () => Promise.resolve({}) } = {}) {
    return { createRecord: jest.fn(create), updateRecord: jest.fn(update) };
}

describe('saveNewVersion', () => {
    it('creates the new version before deactivating every version that was active', async () => {
        const calls = api();
        const result = await saveNewVersion(calls, {
            model: defaultModel(),
            versions: [version(3, true), version(2, true), version(1, false)],
            notes: 'Why',
            baselinesText: '{"accounts":1}'
        });
        expect(result).toEqual({ outcome: 'saved', version: 4 });
        expect(calls.createRecord.mock.calls[0][0].fields).toMatchObject({
            Version__c: 4,
            Active__c: true,
            Notes__c: 'Why'
        });
        expect(calls.updateRecord.mock.calls.map(([input]) => input.fields)).toEqual([
            { Id: 'a0C000000000003AAA', Active__c: false },
            { Id: 'a0C000000000002AAA', Active__c: false }
        ]);
        expect(calls.createRecord.mock.invocationCallOrder[0]).toBeLessThan(
            calls.updateRecord.mock.invocationCallOrder[0]
        );
    });

    it('changes nothing else when the create fails', async () => {
        const error = { body: { message: 'Required fields are missing: [Definition__c]' } };
        const calls = api({ create: () => Promise.reject(error) });
        const result = await saveNewVersion(calls, {
            model: defaultModel(),
            versions: [version(1, true)],
            notes: ''
        });
        expect(result).toEqual({ outcome: 'failed', version: 2, error });
        expect(calls.updateRecord).not.toHaveBeenCalled();
    });

    it('names every version it could not deactivate, and still tries the others', async () => {
        const locked = { body: { message: 'UNABLE_TO_LOCK_ROW' } };
        const calls = api({
            update: ({ fields }) => {
                if (fields.Id === 'a0C000000000003AAA') return Promise.reject(locked);
                return Promise.resolve({});
            }
        });
        const result = await saveNewVersion(calls, {
            model: defaultModel(),
            versions: [version(3, true), version(2, true)],
            notes: ''
        });
        expect(result).toEqual({ outcome: 'partial', version: 4, stillActive: [3], errors: [locked] });
        expect(calls.updateRecord).toHaveBeenCalledTimes(2);
    });

    it('never reuses a number it was told is taken', async () => {
        const calls = api();
        const result = await saveNewVersion(calls, {
            model: defaultModel(),
            versions: [version(2, true)],
            atLeast: 5
        });
        expect(result.version).toBe(5);
    });

    // The shape `createRecord` rejects with when a unique field already holds the value (UI API
    // record error: `output.errors` and `output.fieldErrors`, errorCode DUPLICATE_VALUE).
    const duplicate = {
        body: {
            message:
                'duplicate value found: Version__c duplicates value on record with id: a0C000000000003AAA',
            output: {
                errors: [],
                fieldErrors: {
                    Version__c: [
                        {
                            errorCode: 'DUPLICATE_VALUE',
                            field: 'Version__c',
                            message: 'duplicate value found'
                        }
                    ]
                }
            }
        }
    };

    it('recognises a duplicate number however the UI API reports it', () => {
        expect(isDuplicateValue(duplicate)).toBe(true);
        expect(isDuplicateValue({ body: { output: { errors: [{ errorCode: 'DUPLICATE_VALUE' }] } } })).toBe(
            true
        );
        expect(isDuplicateValue({ body: [{ errorCode: 'DUPLICATE_VALUE', message: 'dup' }] })).toBe(true);
        expect(isDuplicateValue({ body: { message: 'UNABLE_TO_LOCK_ROW' } })).toBe(false);
        expect(isDuplicateValue(undefined)).toBe(false);
    });

    it('when another admin took the number, reads the versions again and saves with the next one', async () => {
        let creates = 0;
        const calls = api({
            create: () => (creates++ === 0 ? Promise.reject(duplicate) : Promise.resolve({ id: 'new' }))
        });
        // The other admin's version 3 was saved (and activated) after this page loaded.
        calls.readVersions = jest.fn(() =>
            Promise.resolve([version(3, true, 'a0C0000000000OTHER'), version(2, true), version(1, false)])
        );
        const result = await saveNewVersion(calls, {
            model: defaultModel(),
            versions: [version(2, true), version(1, false)],
            notes: ''
        });
        expect(result).toEqual({ outcome: 'saved', version: 4 });
        expect(calls.createRecord.mock.calls.map(([input]) => input.fields.Version__c)).toEqual([3, 4]);
        expect(JSON.parse(calls.createRecord.mock.calls[1][0].fields.Definition__c).version).toBe(4);
        expect(calls.readVersions).toHaveBeenCalledTimes(1);
        // The later save wins: every version active when it was made is deactivated.
        expect(calls.updateRecord.mock.calls.map(([input]) => input.fields.Id)).toEqual([
            'a0C0000000000OTHER',
            'a0C000000000002AAA'
        ]);
    });

    it('retries only once, and never for other errors', async () => {
        const calls = api({ create: () => Promise.reject(duplicate) });
        calls.readVersions = jest.fn(() => Promise.resolve([version(3, true), version(2, false)]));
        const result = await saveNewVersion(calls, { model: defaultModel(), versions: [version(2, true)] });
        expect(result).toEqual({ outcome: 'failed', version: 4, error: duplicate });
        expect(calls.createRecord).toHaveBeenCalledTimes(2);
        expect(calls.updateRecord).not.toHaveBeenCalled();

        const locked = { body: { message: 'UNABLE_TO_LOCK_ROW' } };
        const other = api({ create: () => Promise.reject(locked) });
        other.readVersions = jest.fn();
        expect(await saveNewVersion(other, { model: defaultModel(), versions: [] })).toEqual({
            outcome: 'failed',
            version: 1,
            error: locked
        });
        expect(other.readVersions).not.toHaveBeenCalled();
    });
});

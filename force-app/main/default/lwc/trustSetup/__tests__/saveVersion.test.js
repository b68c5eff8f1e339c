import { defaultModel } from 'c/trustEngine';
import { saveNewVersion } from '../saveVersion';

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
});

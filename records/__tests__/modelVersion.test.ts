/**
 * The one save sequence of a new model version, driven through a recording fake of the
 * three calls both adapters (jsforce for `model push`, uiRecordApi for the setup page) make.
 */
import { defaultModel, validateModel } from '../../engine/model';
import {
    carriedBaselines,
    isDuplicateValue,
    newVersionFields,
    nextVersionNumber,
    modelSlot,
    saveModelVersion,
    storedModelSlot,
    type ModelVersionApi,
    type VersionRow
} from '../modelVersion';

const BASELINES = JSON.stringify({ medianWonCycleDays: 41, winRatePrior: 0.3, accounts: 60 });
const row = (
    version: number,
    active: boolean,
    baselinesText: string | null = null,
    id = `a0C${version}`
) => ({
    recordId: id,
    version,
    active,
    baselinesText
});

interface Fake extends ModelVersionApi {
    creates: Record<string, unknown>[];
    updates: Record<string, unknown>[];
    reads: number;
    log: string[];
}

function fakeApi({
    create = () => Promise.resolve({ id: 'new' }),
    update = () => Promise.resolve({}),
    versions = () => [] as VersionRow[]
}: {
    create?: (fields: Record<string, unknown>) => Promise<{ id: string }>;
    update?: (fields: { Id: string }) => Promise<unknown>;
    versions?: () => VersionRow[];
} = {}): Fake {
    const fake: Fake = {
        creates: [],
        updates: [],
        reads: 0,
        log: [],
        createRecord({ apiName, fields }) {
            fake.log.push(`create ${apiName}`);
            fake.creates.push(fields);
            return create(fields);
        },
        updateRecord({ fields }) {
            fake.log.push(`update ${fields.Id}`);
            fake.updates.push(fields);
            return update(fields);
        },
        readVersions() {
            fake.reads++;
            return Promise.resolve(versions());
        }
    };
    return fake;
}

// The shape `createRecord` rejects with when a unique field already holds the value (UI API
// record error: `output.errors` and `output.fieldErrors`, errorCode DUPLICATE_VALUE).
const uiDuplicate = {
    body: {
        message: 'duplicate value found: Version__c duplicates value on record with id: a0C3',
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
// jsforce puts the REST API's errorCode on the error it throws.
const jsforceDuplicate = Object.assign(new Error('duplicate value found: Version__c'), {
    errorCode: 'DUPLICATE_VALUE'
});

describe('saving a model version', () => {
    it('creates the new version active, with the active version’s baselines, before deactivating the old', async () => {
        const api = fakeApi();
        const result = await saveModelVersion(api, {
            model: defaultModel(),
            versions: [row(3, true, BASELINES), row(2, true, '{"accounts":1}'), row(1, false)],
            notes: '  Why  '
        });
        expect(result).toEqual({ outcome: 'saved', version: 4, recordId: 'new' });
        expect(api.creates[0]).toMatchObject({
            Version__c: 4,
            Active__c: true,
            Notes__c: 'Why',
            Baselines__c: BASELINES
        });
        expect(api.log).toEqual(['create Trust_Model__c', 'update a0C3', 'update a0C2']);
        expect(api.updates).toEqual([
            { Id: 'a0C3', Active__c: false },
            { Id: 'a0C2', Active__c: false }
        ]);
    });

    it('reads the versions itself when the caller has none (the CLI)', async () => {
        const api = fakeApi({ versions: () => [row(2, true, BASELINES), row(1, false)] });
        const result = await saveModelVersion(api, {
            model: defaultModel(),
            notes: 'Pushed from model.json'
        });
        expect(result).toEqual({ outcome: 'saved', version: 3, recordId: 'new' });
        expect(api.reads).toBe(1);
        expect(api.creates[0]?.Baselines__c).toBe(BASELINES);
        expect(api.updates).toEqual([{ Id: 'a0C2', Active__c: false }]);
    });

    it('changes nothing else when the create fails', async () => {
        const error = { body: { message: 'Required fields are missing: [Definition__c]' } };
        const api = fakeApi({ create: () => Promise.reject(error) });
        const result = await saveModelVersion(api, { model: defaultModel(), versions: [row(1, true)] });
        expect(result).toEqual({ outcome: 'failed', version: 2, error });
        expect(api.updates).toEqual([]);
        expect(api.reads).toBe(0);
    });

    it('fails without writing when the versions cannot be read', async () => {
        const error = new Error('INVALID_SESSION_ID');
        const api = fakeApi();
        api.readVersions = () => Promise.reject(error);
        const result = await saveModelVersion(api, { model: defaultModel() });
        expect(result).toMatchObject({ outcome: 'failed', error });
        expect(api.creates).toEqual([]);
    });

    it('names every version it could not deactivate, and still tries the others', async () => {
        const locked = { body: { message: 'UNABLE_TO_LOCK_ROW' } };
        const api = fakeApi({
            update: ({ Id }) => (Id === 'a0C3' ? Promise.reject(locked) : Promise.resolve({}))
        });
        const result = await saveModelVersion(api, {
            model: defaultModel(),
            versions: [row(3, true), row(2, true)]
        });
        expect(result).toEqual({
            outcome: 'partial',
            version: 4,
            recordId: 'new',
            stillActive: [3],
            errors: [locked]
        });
        expect(api.updates).toHaveLength(2);
    });

    it('never reuses a number it was told is taken', async () => {
        const result = await saveModelVersion(fakeApi(), {
            model: defaultModel(),
            versions: [row(2, true)],
            atLeast: 5
        });
        expect(result.version).toBe(5);
    });

    it.each([
        ['the UI API', uiDuplicate],
        ['jsforce', jsforceDuplicate]
    ])(
        'when another save took the number (%s), reads the versions again and saves with the next one',
        async (_, duplicate) => {
            let creates = 0;
            // The other save's version 3 was made (and activated, with the batch's baselines) meanwhile.
            const api = fakeApi({
                create: () => (creates++ === 0 ? Promise.reject(duplicate) : Promise.resolve({ id: 'new' })),
                versions: () => [row(3, true, BASELINES, 'OTHER'), row(2, true), row(1, false)]
            });
            const result = await saveModelVersion(api, {
                model: defaultModel(),
                versions: [row(2, true), row(1, false)]
            });
            expect(result).toEqual({ outcome: 'saved', version: 4, recordId: 'new' });
            expect(api.creates.map((f) => f.Version__c)).toEqual([3, 4]);
            expect(JSON.parse(String(api.creates[1]?.Definition__c)).version).toBe(4);
            expect(api.creates[1]?.Baselines__c).toBe(BASELINES);
            expect(api.reads).toBe(1);
            // The later save wins: every version active when it was made is deactivated.
            expect(api.updates.map((f) => f.Id)).toEqual(['OTHER', 'a0C2']);
        }
    );

    it('retries only once, and never for other errors', async () => {
        const api = fakeApi({
            create: () => Promise.reject(uiDuplicate),
            versions: () => [row(3, true), row(2, false)]
        });
        const result = await saveModelVersion(api, { model: defaultModel(), versions: [row(2, true)] });
        expect(result).toEqual({ outcome: 'failed', version: 4, error: uiDuplicate });
        expect(api.creates).toHaveLength(2);
        expect(api.updates).toEqual([]);

        const locked = { body: { message: 'UNABLE_TO_LOCK_ROW' } };
        const other = fakeApi({ create: () => Promise.reject(locked) });
        expect(await saveModelVersion(other, { model: defaultModel(), versions: [] })).toEqual({
            outcome: 'failed',
            version: 1,
            error: locked
        });
        expect(other.reads).toBe(0);
    });

    it('never deactivates the version it has just created', async () => {
        // A re-read may already list the new record (the create committed before the answer).
        const api = fakeApi({ create: () => Promise.resolve({ id: 'a0C5' }) });
        await saveModelVersion(api, { model: defaultModel(), versions: [row(5, true), row(4, true)] });
        expect(api.updates).toEqual([{ Id: 'a0C4', Active__c: false }]);
    });
});

describe('models per segment', () => {
    const enterprise = {
        ...defaultModel(),
        name: 'Enterprise',
        segment: { field: 'Tier__c', values: ['Gold'] }
    };
    const slotted = (version: number, slot: string, baselines: string | null = null) => ({
        ...row(version, true, baselines),
        slot
    });

    it("replaces only the active versions of the same segment's model, with their baselines", async () => {
        const api = fakeApi();
        await saveModelVersion(api, {
            model: enterprise,
            versions: [
                slotted(4, 'default', '{"accounts":9}'),
                slotted(3, 'segment:Enterprise', BASELINES),
                slotted(2, 'segment:Smb')
            ],
            priority: 1
        });
        expect(api.creates[0]).toMatchObject({ Version__c: 5, Priority__c: 1, Baselines__c: BASELINES });
        expect(api.updates).toEqual([{ Id: 'a0C3', Active__c: false }]);
    });

    it('a default model replaces the active default and leaves the segments in force', async () => {
        const api = fakeApi();
        await saveModelVersion(api, {
            model: defaultModel(),
            versions: [slotted(3, 'segment:Enterprise'), slotted(2, 'default'), row(1, true)]
        });
        expect(api.creates[0]).not.toHaveProperty('Priority__c');
        // Version 1 says nothing of its model (a reader that does not tell): replaced, as before segments.
        expect(api.updates).toEqual([
            { Id: 'a0C2', Active__c: false },
            { Id: 'a0C1', Active__c: false }
        ]);
    });

    it("names a stored version's model from its Name and definition", () => {
        expect(modelSlot(enterprise)).toBe('segment:Enterprise');
        expect(modelSlot(defaultModel())).toBe('default');
        expect(storedModelSlot('Enterprise', JSON.stringify(enterprise))).toBe('segment:Enterprise');
        expect(storedModelSlot('Default', JSON.stringify(defaultModel()))).toBe('default');
        expect(storedModelSlot('Broken', '{not json')).toBe('default');
        expect(storedModelSlot('Empty', null)).toBe('default');
    });
});

describe('a new version’s fields', () => {
    it('numbers a new version one above every version, active or not', () => {
        expect(nextVersionNumber([])).toBe(1);
        expect(nextVersionNumber(undefined)).toBe(1);
        expect(nextVersionNumber([row(3, false), row(2, true)])).toBe(4);
    });

    it('takes over the baselines of the highest active version only, and only readable ones', () => {
        expect(
            carriedBaselines([row(3, false, '{"accounts":3}'), row(2, true, BASELINES), row(1, true, '{}')])
        ).toBe(BASELINES);
        expect(carriedBaselines([row(2, true, 'not json'), row(1, true, BASELINES)])).toBeNull();
        expect(carriedBaselines([row(2, true, '   ')])).toBeNull();
        expect(carriedBaselines([row(1, false, BASELINES)])).toBeNull();
        expect(carriedBaselines([])).toBeNull();
    });

    it('stores the definition with the record version, trimmed notes and the baselines', () => {
        const fields = newVersionFields(defaultModel(), {
            version: 7,
            notes: '  Promises matter more  ',
            baselinesText: BASELINES
        });
        expect(fields).toEqual({
            Name: 'Default',
            Version__c: 7,
            Definition__c: JSON.stringify({ ...defaultModel(), version: 7 }, null, 2),
            Notes__c: 'Promises matter more',
            Active__c: true,
            Baselines__c: BASELINES
        });
        expect(validateModel(JSON.parse(String(fields.Definition__c))).ok).toBe(true);
        expect(newVersionFields(defaultModel(), { version: 1, notes: ' ' })).toMatchObject({
            Notes__c: null
        });
        expect(newVersionFields(defaultModel(), { version: 1 })).not.toHaveProperty('Baselines__c');
        expect(
            newVersionFields({ ...defaultModel(), name: 'x'.repeat(90) }, { version: 1 }).Name
        ).toHaveLength(80);
    });

    it('recognises a duplicate number however the API reports it', () => {
        expect(isDuplicateValue(uiDuplicate)).toBe(true);
        expect(isDuplicateValue(jsforceDuplicate)).toBe(true);
        expect(isDuplicateValue({ body: { output: { errors: [{ errorCode: 'DUPLICATE_VALUE' }] } } })).toBe(
            true
        );
        expect(isDuplicateValue({ body: [{ errorCode: 'DUPLICATE_VALUE', message: 'dup' }] })).toBe(true);
        expect(isDuplicateValue({ body: { message: 'UNABLE_TO_LOCK_ROW' } })).toBe(false);
        expect(isDuplicateValue({ errorCode: 'UNABLE_TO_LOCK_ROW' })).toBe(false);
        expect(isDuplicateValue(undefined)).toBe(false);
        expect(isDuplicateValue('DUPLICATE_VALUE')).toBe(false);
    });
});

import { DEFAULT_BASELINES } from '../../engine/baselines';
import { defaultModel, type TrustModel } from '../../engine/model';
import { accountModelVersion, modelsInForce, segmentReading, versionInForce } from '../modelsInForce';

const base = defaultModel();
const segmentModel = (name: string, field: string, values: string[]): TrustModel => ({
    ...base,
    name,
    segment: { field, values }
});
const baselines = (medianWonCycleDays: number) =>
    JSON.stringify({ ...DEFAULT_BASELINES, medianWonCycleDays, computedAsOf: '2026-06-30' });

interface NodeOptions {
    priority?: number;
    stored?: string;
    definition?: string;
}
const node = (id: string, model: TrustModel, version: number, options: NodeOptions = {}) => ({
    Id: id,
    Name: { value: model.name },
    Version__c: { value: version },
    Priority__c: { value: options.priority ?? null },
    Definition__c: { value: options.definition ?? JSON.stringify({ ...model, version }) },
    Baselines__c: { value: options.stored ?? null }
});
const connection = (...nodes: ReturnType<typeof node>[]) => ({ edges: nodes.map((n) => ({ node: n })) });

const ENTERPRISE = segmentModel('Enterprise', 'Tier__c', ['Enterprise']);
const BANKS = segmentModel('Banks', 'Industry', ['Banking']);
const SEGMENTED = connection(
    node('default', base, 4, { stored: baselines(40) }),
    node('banks', BANKS, 2, { priority: 2 }),
    node('enterprise', ENTERPRISE, 3, { priority: 1, stored: baselines(90) })
);

describe('the models in force for one account', () => {
    it('orders the versions by priority and names the Account fields their segments read', () => {
        const inForce = modelsInForce(SEGMENTED);
        expect(inForce.problem).toBeNull();
        expect(inForce.versions.map((v) => v.recordId)).toEqual(['enterprise', 'banks', 'default']);
        expect(inForce.segmentFields).toEqual(['Tier__c', 'Industry']);
    });

    it('scores an account in a segment with its model and the baselines stored on it', () => {
        const chosen = accountModelVersion(modelsInForce(SEGMENTED), {
            Tier__c: 'enterprise',
            Industry: 'Banking'
        });
        expect(chosen?.recordId).toBe('enterprise');
        expect(chosen?.baselines.medianWonCycleDays).toBe(90);
    });

    it("gives a segment model without stored baselines the default model's, as the batch does", () => {
        const chosen = accountModelVersion(modelsInForce(SEGMENTED), { Tier__c: 'SMB', Industry: 'Banking' });
        expect(chosen?.recordId).toBe('banks');
        expect(chosen?.hasStoredBaselines).toBe(false);
        expect(chosen?.baselines.medianWonCycleDays).toBe(40);
    });

    it('scores an account in no segment, or whose segment fields are empty, with the default model', () => {
        const inForce = modelsInForce(SEGMENTED);
        expect(accountModelVersion(inForce, { Tier__c: 'SMB', Industry: 'Retail' })?.recordId).toBe(
            'default'
        );
        expect(accountModelVersion(inForce, { Tier__c: null, Industry: null })?.recordId).toBe('default');
    });

    it('scores with the one active version, or the built-in default, in an org without segments', () => {
        const one = modelsInForce(connection(node('only', base, 7, { stored: baselines(33) })));
        expect(one.segmentFields).toEqual([]);
        expect(accountModelVersion(one, {})?.baselines.medianWonCycleDays).toBe(33);
        const none = modelsInForce({ edges: [] });
        expect(accountModelVersion(none, {})).toMatchObject({ recordId: null, name: base.name });
    });

    it('refuses every account when a version in force does not validate', () => {
        const inForce = modelsInForce(
            connection(node('default', base, 1), node('broken', BANKS, 2, { priority: 1, definition: '{' }))
        );
        expect(inForce.problem).toMatchObject({ kind: 'invalidVersion', version: { recordId: 'broken' } });
        expect(accountModelVersion(inForce, { Industry: 'Retail' })).toBeNull();
    });

    it('refuses every account when the versions do not make a set', () => {
        // Only segment models are active: no model scores the accounts outside them.
        const inForce = modelsInForce(connection(node('banks', BANKS, 1, { priority: 1 })));
        expect(inForce.problem).toMatchObject({ kind: 'set', issues: [{ code: 'noDefault' }] });
        expect(inForce.segmentFields).toEqual([]);
        expect(accountModelVersion(inForce, { Industry: 'Banking' })).toBeNull();
    });

    it('finds the version a stored receipt names only while it is in force', () => {
        const inForce = modelsInForce(SEGMENTED);
        expect(versionInForce(inForce, 'banks')?.name).toBe('Banks');
        expect(versionInForce(inForce, 'retired')).toBeNull();
        expect(versionInForce(inForce, null)).toBeNull();
    });
});

describe('segment values of a UI API record', () => {
    it('reads each field as text and names the fields the record left out', () => {
        const record = {
            fields: { Industry: { value: 'Banking' }, Employees__c: { value: 250 }, Tier__c: { value: null } }
        };
        expect(segmentReading(record, ['Industry', 'Employees__c', 'Tier__c', 'Secret__c'])).toEqual({
            values: { Industry: 'Banking', Employees__c: '250', Tier__c: null, Secret__c: null },
            unread: ['Secret__c']
        });
        expect(segmentReading(undefined, ['Industry'])).toEqual({
            values: { Industry: null },
            unread: ['Industry']
        });
    });
});

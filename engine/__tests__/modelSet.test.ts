import { defaultModel, type TrustModel } from '../model';
import {
    chooseModel,
    missingSegmentFields,
    segmentFields,
    singleModelSet,
    validateModelSet,
    type ModelSet
} from '../modelSet';

function model(name: string, segment?: TrustModel['segment']): TrustModel {
    const m = { ...defaultModel(), name };
    if (segment) m.segment = segment;
    return m;
}

const banks = model('Banks', { field: 'Industry', values: ['Banking'] });
const finance = model('Finance', { field: 'Industry', values: ['Insurance', 'banking'] });
const enterprise = model('Enterprise', { field: 'Tier__c', values: ['Enterprise'] });
const fallback = model('Default');

function setOf(...models: TrustModel[]): ModelSet {
    const result = validateModelSet(models);
    if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('; '));
    return result.set;
}

const account = (values: Record<string, string | null>) => ({ id: '001A', name: 'A', segmentValues: values });

describe('validateModelSet', () => {
    it('takes one model without a segment as the default, wherever it is in the order', () => {
        const result = validateModelSet([banks, fallback, enterprise]);
        expect(result.ok && result.set.fallback).toBe(fallback);
        expect(result.ok && result.warnings).toEqual([]);
    });

    it('refuses two defaults, naming both', () => {
        const result = validateModelSet([fallback, banks, model('Other')], ['a.json', 'b.json', 'c.json']);
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.issues).toEqual([
            expect.objectContaining({
                path: 'c.json',
                code: 'defaultTwice',
                params: { first: 'a.json', second: 'c.json' }
            })
        ]);
        expect(result.issues[0]?.message).toMatch(/a\.json and c\.json both have no segment/);
    });

    it('refuses a set where every model has a segment', () => {
        const result = validateModelSet([banks, enterprise]);
        expect(!result.ok && result.issues.map((i) => i.code)).toEqual(['noDefault']);
    });

    it('refuses models that read different renewal contract lookups', () => {
        const cpq = model('Cpq', { field: 'Tier__c', values: ['x'] });
        cpq.mappings = { ...cpq.mappings, renewalContractField: 'SBQQ__RenewedContract__c' };
        const result = validateModelSet([cpq, fallback]);
        expect(!result.ok && result.issues.map((i) => i.code)).toEqual(['contractFieldDiffers']);
    });

    it('allows overlapping segments and warns which values the earlier model takes', () => {
        const result = validateModelSet([banks, finance, enterprise, fallback]);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.warnings).toEqual([
            expect.objectContaining({
                code: 'segmentOverlap',
                params: { field: 'Industry', values: 'banking', first: 'Banks v1', second: 'Finance v1' }
            })
        ]);
    });
});

describe('chooseModel', () => {
    const set = setOf(banks, finance, enterprise, fallback);

    it('gives the first model in order whose segment matches', () => {
        expect(chooseModel(set, account({ Industry: 'Banking', Tier__c: 'Enterprise' }))).toBe(banks);
        expect(chooseModel(set, account({ Industry: 'Insurance', Tier__c: 'Enterprise' }))).toBe(finance);
        expect(chooseModel(set, account({ Industry: 'Retail', Tier__c: 'Enterprise' }))).toBe(enterprise);
    });

    it('gives the default to an account no segment matches, or without values', () => {
        expect(chooseModel(set, account({ Industry: 'Retail', Tier__c: null }))).toBe(fallback);
        expect(chooseModel(set, { id: '001A', name: 'A' })).toBe(fallback);
    });

    it('a set of one scores every account with its model', () => {
        expect(chooseModel(singleModelSet(fallback), account({ Industry: 'Banking' }))).toBe(fallback);
    });
});

describe('segment fields', () => {
    const set = setOf(banks, finance, enterprise, fallback);

    it('names each field once, in priority order', () => {
        expect(segmentFields(set)).toEqual(['Industry', 'Tier__c']);
        expect(segmentFields(singleModelSet(fallback))).toEqual([]);
    });

    it('reports the fields the Account does not have', () => {
        const issues = missingSegmentFields(set, (field) => field === 'Industry');
        expect(issues.map((i) => [i.code, i.params])).toEqual([
            ['segmentFieldNotOnAccount', { field: 'Tier__c' }]
        ]);
    });
});

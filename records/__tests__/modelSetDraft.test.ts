import { defaultModel, type TrustModel } from '../../engine/model';
import { activeModelVersions } from '../modelRecord';
import { checkDraftInSet, newSegmentModel, segmentFieldIssues } from '../modelSetDraft';

const base = defaultModel();
const segmentModel = (name: string, values: string[], field = 'Industry'): TrustModel => ({
    ...base,
    name,
    segment: { field, values }
});
const node = (id: string, model: TrustModel, version: number, priority?: number) => ({
    Id: id,
    Name: { value: model.name },
    Version__c: { value: version },
    Active__c: { value: true },
    ...(priority === undefined ? {} : { Priority__c: { value: priority } }),
    Definition__c: { value: JSON.stringify({ ...model, version }) }
});
const tech = segmentModel('Technology accounts', ['Technology']);
const retail = segmentModel('Retail accounts', ['Retail']);
const inForce = activeModelVersions({
    edges: [node('d2', base, 2), node('t4', tech, 4, 1), node('r3', retail, 3, 2)].map((n) => ({ node: n }))
});
const names = (check: ReturnType<typeof checkDraftInSet>) =>
    check.members.map((m) => `${m.model.name}${m.isDraft ? ' (draft)' : ''}`);

describe('a draft among the models in force', () => {
    it('takes the place of the model it edits, in priority order', () => {
        const draft = { ...retail, lossAversion: 3 };
        const check = checkDraftInSet({ inForce, editedSlot: 'segment:Retail accounts', draft, priority: 0 });
        expect(names(check)).toEqual(['Retail accounts (draft)', 'Technology accounts', base.name]);
        expect(check.validation.ok).toBe(true);
        expect(check.slotProblem).toBeNull();
    });

    it('puts a new segment model after the numbered ones when it has no priority', () => {
        const draft = newSegmentModel(base, 'Banking', { field: 'Industry', values: ['Banking'] });
        const check = checkDraftInSet({ inForce, editedSlot: null, draft, priority: null });
        expect(names(check)).toEqual([
            'Technology accounts',
            'Retail accounts',
            'Banking (draft)',
            base.name
        ]);
    });

    it('refuses a segment on the default model: no model would score the other accounts', () => {
        const draft = { ...base, segment: { field: 'Industry', values: ['Energy'] } };
        const check = checkDraftInSet({ inForce, editedSlot: 'default', draft, priority: null });
        expect(check.validation.ok).toBe(false);
        if (check.validation.ok) return;
        expect(check.validation.issues.map((i) => i.code)).toEqual(['noDefault']);
    });

    it('refuses a segment model made a second default, naming both', () => {
        const draft: TrustModel = { ...retail };
        delete draft.segment;
        const check = checkDraftInSet({ inForce, editedSlot: 'segment:Retail accounts', draft, priority: 2 });
        if (check.validation.ok) throw new Error('expected two defaults');
        expect(check.validation.issues).toEqual([
            expect.objectContaining({
                code: 'defaultTwice',
                params: { first: 'Retail accounts', second: `${base.name} v2` }
            })
        ]);
    });

    it('warns of overlapping segments, naming the model that comes first, and allows them', () => {
        const draft = newSegmentModel(base, 'Tech and retail', {
            field: 'Industry',
            values: ['technology', 'Retail']
        });
        const check = checkDraftInSet({ inForce, editedSlot: null, draft, priority: 5 });
        if (!check.validation.ok) throw new Error('overlaps are allowed');
        expect(check.validation.warnings.map((w) => [w.code, w.params.values, w.params.first])).toEqual([
            ['segmentOverlap', 'technology', 'Technology accounts v4'],
            ['segmentOverlap', 'Retail', 'Retail accounts v3']
        ]);
    });

    it("says when a new segment model would take another model's place", () => {
        const draft = newSegmentModel(base, 'Retail accounts', { field: 'Industry', values: ['Energy'] });
        const check = checkDraftInSet({ inForce, editedSlot: null, draft, priority: 3 });
        expect(check.slotProblem).toEqual({ code: 'slotTaken', name: 'Retail accounts' });
        // The set is the one the save would make: the other model replaced.
        expect(names(check)).toEqual(['Technology accounts', 'Retail accounts (draft)', base.name]);
    });

    it('says when a segment model is renamed away from its versions', () => {
        const draft = { ...retail, name: 'Shops' };
        const check = checkDraftInSet({ inForce, editedSlot: 'segment:Retail accounts', draft, priority: 2 });
        expect(check.slotProblem).toEqual({ code: 'renamed', name: 'Retail accounts' });
    });

    it('lets the default be renamed: it stays the default', () => {
        const draft = { ...base, name: 'Everyone else' };
        const check = checkDraftInSet({ inForce, editedSlot: 'default', draft, priority: null });
        expect(check.slotProblem).toBeNull();
        expect(check.validation.ok).toBe(true);
    });
});

describe('a new segment model', () => {
    it("copies the base's settings under its own name and segment, without sharing them", () => {
        const model = newSegmentModel(base, 'Banking', { field: 'Industry', values: ['Banking'] });
        expect(model).toEqual({
            ...base,
            name: 'Banking',
            segment: { field: 'Industry', values: ['Banking'] }
        });
        model.pillars.fairness = 99;
        expect(base.pillars.fairness).not.toBe(99);
    });
});

describe('segment field issues', () => {
    it('name a segment field Account does not have, once the fields are known', () => {
        const draft = segmentModel('Tiers', ['Gold'], 'Tier__c');
        expect(segmentFieldIssues(draft, null)).toEqual([]);
        expect(segmentFieldIssues(draft, new Set(['Industry', 'Tier__c']))).toEqual([]);
        expect(segmentFieldIssues(draft, new Set(['Industry']))).toEqual([
            expect.objectContaining({ code: 'segmentFieldNotOnAccount', params: { field: 'Tier__c' } })
        ]);
        expect(segmentFieldIssues(base, new Set())).toEqual([]);
    });
});

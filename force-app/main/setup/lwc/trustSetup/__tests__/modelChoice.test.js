// The setup page's choice of model among the models in force, without the DOM: ModelVersion
// rows as `activeModelVersions` gives them (only the keys these functions read).
import { defaultModel } from 'c/trustEngine';
import {
    checkSet,
    previewOf,
    setAllowsSave,
    setNotes,
    setProblemLines,
    slotHistory,
    versionOfSlot
} from '../modelChoice';

jest.mock('c/trustSetupLabels', () => require('./utils/setupTestUtils').realLabelsModule());

const base = defaultModel();
const tech = { ...base, name: 'Tech', segment: { field: 'Industry', values: ['Technology'] } };
const row = (model, version, slot, priority = null, active = true) => ({
    recordId: `r${version}`,
    name: model.name,
    version,
    active,
    priority,
    slot,
    model
});
const IN_FORCE = [row(tech, 4, 'segment:Tech', 1), row(base, 2, 'default')];

describe('choosing a model among the models in force', () => {
    it('finds a slot’s version in force and its own history', () => {
        expect(versionOfSlot(IN_FORCE, 'segment:Tech').version).toBe(4);
        expect(versionOfSlot(IN_FORCE, 'segment:Retail')).toBeUndefined();
        const versions = [
            ...IN_FORCE,
            row(tech, 3, 'segment:Tech', 1, false),
            row(base, 1, 'default', null, false)
        ];
        expect(slotHistory(versions, 'segment:Tech').map((v) => v.version)).toEqual([4, 3]);
        expect(slotHistory(versions, null)).toEqual([]);
    });

    it('previews a segment draft on its accounts, and the only model on all of them', () => {
        const draft = { ...tech, lossAversion: 3 };
        const setCheck = checkSet({
            inForce: IN_FORCE,
            editedSlot: 'segment:Tech',
            draft,
            priority: 1,
            accountFields: null
        });
        const { model, scope } = previewOf(setCheck, draft);
        expect(model).toBe(draft);
        expect(scope.fields).toEqual(['Industry']);
        expect(scope.segment).toEqual(tech.segment);
        expect(scope.set.models[0]).toBe(draft);

        const alone = checkSet({
            inForce: [IN_FORCE[1]],
            editedSlot: 'default',
            draft: base,
            priority: null,
            accountFields: null
        });
        expect(previewOf(alone, base)).toEqual({ model: base, scope: null });
        expect(previewOf(null, null)).toEqual({ model: null, scope: null });
    });

    it('refuses, in words, a set without a default and a segment field Account lacks', () => {
        const draft = { ...base, segment: { field: 'Region__c', values: ['EMEA'] } };
        const setCheck = checkSet({
            inForce: IN_FORCE,
            editedSlot: 'default',
            draft,
            priority: null,
            accountFields: new Set(['Industry'])
        });
        expect(setAllowsSave(setCheck)).toBe(false);
        expect(setProblemLines(setCheck).map((line) => line.text)).toEqual([
            expect.stringContaining('Region__c'),
            expect.stringMatching(/segment/i)
        ]);
        expect(previewOf(setCheck, draft)).toEqual({ model: null, scope: null });
    });

    it('lists the problems of the set as saved, and the overlaps with the draft in place', () => {
        // Only segment models in force (saved from elsewhere): no model scores the other accounts.
        expect(setNotes([IN_FORCE[0]], null).problems.map((i) => i.code)).toEqual(['noDefault']);
        const draft = { ...base, name: 'Both', segment: { field: 'Industry', values: ['technology'] } };
        const setCheck = checkSet({
            inForce: IN_FORCE,
            editedSlot: null,
            draft,
            priority: 2,
            accountFields: null
        });
        expect(setNotes(IN_FORCE, setCheck)).toEqual({
            problems: [],
            warnings: [expect.objectContaining({ code: 'segmentOverlap' })]
        });
    });
});

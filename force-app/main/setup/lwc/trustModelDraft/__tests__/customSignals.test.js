// The draft's custom signals: their share of the score, adding, editing and removing one, and
// the validator's messages by setting, as the setup page's custom signals part shows them.
import { defaultModel, validateModel } from 'c/trustEngine';
import {
    addCustomSignal,
    checkDraft,
    customSignalErrors,
    editCustomSignal,
    removeCustomSignal,
    updateDraft,
    weightShares
} from 'c/trustModelDraft';

jest.mock('c/trustSetupLabels', () =>
    require('../../trustSetup/__tests__/utils/setupTestUtils').realLabelsModule()
);

/** The documented product-usage signal (docs/custom-signals.md), without a filter. */
const USAGE = Object.freeze(require('../../trustSetup/__tests__/data/customSignalProductUsage.json'));

const withCustom = (...signals) => ({ ...defaultModel(), customSignals: signals });

describe('c-trust-model-draft: custom signals', () => {
    describe('weightShares', () => {
        it('counts a custom signal in its pillar like a catalog signal', () => {
            const shares = weightShares(withCustom(USAGE));
            // Capability: case health 1 + usage 3; the pillars stay 1 : 1 : 1 : 2.
            expect(shares.customSignals).toHaveLength(1);
            expect(shares.customSignals[0]).toBeCloseTo(0.2 * (3 / 4), 10);
            expect(shares.signals.caseHealth).toBeCloseTo(0.2 * (1 / 4), 10);
            const total =
                Object.values(shares.signals).reduce((a, b) => a + b, 0) +
                shares.customSignals.reduce((a, b) => a + b, 0);
            expect(total).toBeCloseTo(1, 10);
        });

        it('keeps a pillar alive on a custom signal alone, and drops it when switched off', () => {
            let draft = updateDraft(withCustom(USAGE), 'signals.caseHealth.enabled', false);
            expect(weightShares(draft).pillars.capability).toBeCloseTo(0.2, 10);
            expect(weightShares(draft).customSignals[0]).toBeCloseTo(0.2, 10);
            draft = updateDraft(draft, 'customSignals[0].enabled', false);
            expect(weightShares(draft).pillars.capability).toBe(0);
            expect(weightShares(draft).customSignals[0]).toBe(0);
        });

        it('shows no share while a custom weight is not a number, and none for an unknown pillar', () => {
            expect(weightShares(withCustom({ ...USAGE, weight: null })).customSignals).toEqual([null]);
            expect(weightShares(withCustom({ ...USAGE, weight: null })).signals.winRate).toBeNull();
            const shares = weightShares(withCustom({ ...USAGE, pillar: 'nope' }));
            expect(shares.customSignals).toEqual([null]);
            expect(shares.signals.caseHealth).toBeCloseTo(0.2, 10);
        });

        it('gives an empty list for a model without custom signals', () => {
            expect(weightShares(defaultModel()).customSignals).toEqual([]);
        });
    });

    describe('adding, editing and removing', () => {
        it('adds a switched-on signal with a free id that the validator asks to finish', () => {
            const model = defaultModel();
            const draft = addCustomSignal(model);
            expect(model.customSignals).toBeUndefined();
            expect(draft.customSignals).toEqual([
                {
                    id: 'customSignal1',
                    label: '',
                    pillar: 'capability',
                    weight: 1,
                    enabled: true,
                    aggregate: 'average',
                    scale: { bad: 0, good: 100 }
                }
            ]);
            const next = addCustomSignal(updateDraft(draft, 'customSignals[0].id', 'customSignal2'));
            expect(next.customSignals.map((s) => s.id)).toEqual(['customSignal2', 'customSignal3']);
            const errors = customSignalErrors(checkDraft(draft).errors, 0);
            expect(errors).toEqual({
                label: 'Enter a value.',
                object: 'Enter a value.',
                accountField: 'Enter a value.',
                dateField: 'Enter a value.',
                valueField: 'Choose the number field to combine. Only a count needs none.'
            });
        });

        it('removes one, and the list with the last one (a model without custom signals)', () => {
            const draft = withCustom(USAGE, { ...USAGE, id: 'seats', label: 'Seats' });
            expect(removeCustomSignal(draft, 0).customSignals.map((s) => s.id)).toEqual(['seats']);
            const none = removeCustomSignal(removeCustomSignal(draft, 0), 0);
            expect('customSignals' in none).toBe(false);
            expect(validateModel(none).ok).toBe(true);
        });

        it('edits a setting by its path, as the part sends it', () => {
            const draft = updateDraft(withCustom(USAGE), 'customSignals[0].scale.good', 50);
            expect(draft.customSignals[0].scale).toEqual({ bad: 0, good: 50 });
            expect(USAGE.scale.good).toBe(100);
        });

        it('drops the old object’s fields when the object changes, and the value field for a count', () => {
            const moved = editCustomSignal(
                { ...USAGE, filter: { Type__c: ['Seats'] } },
                'object',
                'Event',
                'AccountId'
            );
            expect(moved).toEqual({
                id: 'productUsage',
                label: 'Product usage',
                pillar: 'capability',
                weight: 3,
                enabled: true,
                object: 'Event',
                accountField: 'AccountId',
                aggregate: 'average',
                scale: { bad: 0, good: 100 }
            });
            expect(editCustomSignal(USAGE, 'object', 'Product_Usage__c', 'Other__c')).toEqual(USAGE);
            const count = editCustomSignal(USAGE, 'aggregate', 'count');
            expect(count.aggregate).toBe('count');
            expect('valueField' in count).toBe(false);
            expect(validateModel(withCustom(count)).ok).toBe(true);
        });
    });

    describe('customSignalErrors: the validator’s messages by setting', () => {
        it.each([
            [
                'an id a catalog signal has',
                { id: 'winRate' },
                'id',
                'Another signal or a column of the scores already uses this id. Choose a different one.'
            ],
            ['an unknown pillar', { pillar: 'trust' }, 'pillar', 'Choose one of the four pillars.'],
            [
                'bad = good',
                { scale: { bad: 5, good: 5 } },
                'scale',
                'The value that scores 0 and the value that scores 100 must differ.'
            ],
            ['a blank scale end', { scale: { bad: null, good: 100 } }, 'scale.bad', 'Enter a value.'],
            [
                'a field that is not an API name',
                { dateField: 'Week date' },
                'dateField',
                'Enter an API name, such as Active_Users__c.'
            ],
            [
                'a blank filter value',
                { filter: { Type__c: ['Seats', ''] } },
                'filter.Type__c',
                'Enter a value.'
            ]
        ])('%s', (what, change, setting, message) => {
            const errors = checkDraft(withCustom({ ...USAGE, ...change })).errors;
            expect(customSignalErrors(errors, 0)).toEqual({ [setting]: message });
            expect(customSignalErrors(errors, 1)).toEqual({});
        });

        it('names the signal and the setting in the summary above Save', () => {
            const draft = withCustom(
                { ...USAGE, dateField: undefined, scale: { bad: 1, good: 1 }, filter: { Type__c: [''] } },
                { ...USAGE, id: 'nps', label: '', pillar: 'trust' }
            );
            expect(checkDraft(draft).summary.map((line) => line.text)).toEqual([
                'Date field of Product usage: Enter a value.',
                'Scale of Product usage: The value that scores 0 and the value that scores 100 must differ.',
                'Allowed values of Type__c of Product usage: Enter a value.',
                'Label of Custom signal 2: Enter a value.',
                'Pillar of Custom signal 2: Choose one of the four pillars.'
            ]);
        });

        it('says which of two signals repeats an id', () => {
            const errors = checkDraft(withCustom(USAGE, { ...USAGE, label: 'Again' })).errors;
            expect(customSignalErrors(errors, 0)).toEqual({});
            expect(customSignalErrors(errors, 1)).toEqual({
                id: 'Another signal or a column of the scores already uses this id. Choose a different one.'
            });
        });
    });
});

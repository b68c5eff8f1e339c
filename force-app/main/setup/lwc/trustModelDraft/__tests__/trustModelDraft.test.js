import { defaultModel } from 'c/trustEngine';
import {
    addBand,
    checkDraft,
    contractLookupFields,
    listOptions,
    modelToJson,
    parseModelFile,
    removeBand,
    sameDefinition,
    updateDraft,
    weightShares
} from 'c/trustModelDraft';

jest.mock('c/trustSetupLabels', () =>
    require('../../trustSetup/__tests__/utils/setupTestUtils').realLabelsModule()
);

const edit = (path, value, model = defaultModel()) => updateDraft(model, path, value);

describe('c-trust-model-draft', () => {
    describe('updateDraft', () => {
        it('changes one setting and leaves the original untouched', () => {
            const model = defaultModel();
            const draft = updateDraft(model, 'signals.winRate.weight', 5);
            expect(draft.signals.winRate.weight).toBe(5);
            expect(model.signals.winRate.weight).toBe(2);
            expect(draft.signals.dealVelocity).toBe(model.signals.dealVelocity);
        });

        it('edits list items by index and priorities with spaces', () => {
            let draft = edit('bands[1].min', 45);
            expect(draft.bands[1]).toEqual({ name: 'Fragile', min: 45 });
            draft = updateDraft(draft, 'mappings.resolutionTargetHours.P1 - Urgent', 4);
            expect(draft.mappings.resolutionTargetHours['P1 - Urgent']).toBe(4);
            draft = updateDraft(draft, 'mappings.resolutionTargetHours.Low', undefined);
            expect(Object.keys(draft.mappings.resolutionTargetHours)).not.toContain('Low');
        });

        it('adds a band 10 points above the last and removes one', () => {
            const added = addBand(defaultModel());
            expect(added.bands[4]).toEqual({ name: '', min: 90 });
            expect(removeBand(added, 4).bands).toHaveLength(4);
        });
    });

    describe('weightShares', () => {
        it('gives the shares docs/scoring.md works out for the default model', () => {
            const { signals, pillars } = weightShares(defaultModel());
            // Pillars 1 : 1 : 1 : 2 (fairness, where renewals are, counts double).
            expect(signals.promiseKeeping).toBeCloseTo((1 / 5) * (3 / 5), 10);
            expect(signals.referenceQuality).toBeCloseTo((2 / 5) * (2 / 8), 10);
            expect(signals.renewalTimeliness).toBeCloseTo((2 / 5) * (5 / 8), 10);
            expect(signals.caseHealth).toBeCloseTo(0.2, 10);
            expect(pillars.fairness).toBeCloseTo(0.4, 10);
            const total = Object.values(signals).reduce((a, b) => a + b, 0);
            expect(total).toBeCloseTo(1, 10);
        });

        it('renormalises when a signal is switched off or a pillar loses every signal', () => {
            let draft = edit('signals.caseHealth.enabled', false);
            let shares = weightShares(draft);
            expect(shares.signals.caseHealth).toBe(0);
            expect(shares.pillars.capability).toBe(0);
            expect(shares.pillars.fairness).toBeCloseTo(2 / 4, 10);
            expect(shares.signals.promiseKeeping).toBeCloseTo((1 / 4) * (3 / 5), 10);
            draft = updateDraft(draft, 'pillars.fairness', 4);
            shares = weightShares(draft);
            expect(shares.pillars.fairness).toBeCloseTo(4 / 6, 10);
        });

        it('shows nothing while a weight is not a number', () => {
            const shares = weightShares(edit('signals.winRate.weight', null));
            expect(shares.signals.winRate).toBeNull();
            expect(shares.pillars.understanding).toBeNull();
        });
    });

    describe('checkDraft: every message an admin can see', () => {
        const cases = [
            [
                'signals.winRate.weight',
                -1,
                'signals.winRate.weight',
                'Weight of Win rate',
                "Weights can't be negative."
            ],
            ['pillars.fairness', -2, 'pillars.fairness', 'Weight of Fairness', "Weights can't be negative."],
            [
                'signals.winRate.weight',
                null,
                'signals.winRate.weight',
                'Weight of Win rate',
                'Enter a value.'
            ],
            ['halfLifeDays', null, 'halfLifeDays', 'Half-life (days)', 'Enter a value.'],
            ['halfLifeDays', Number.NaN, 'halfLifeDays', 'Half-life (days)', 'Enter a number.'],
            ['halfLifeDays', 0, 'halfLifeDays', 'Half-life (days)', 'Enter 7 or more.'],
            ['halfLifeDays', 1e-300, 'halfLifeDays', 'Half-life (days)', 'Enter 7 or more.'],
            ['halfLifeDays', 1e6, 'halfLifeDays', 'Half-life (days)', 'Enter 36500 or less.'],
            ['lookBackDays', -5, 'lookBackDays', 'Look-back (days)', 'Enter 1 or more.'],
            ['lookBackDays', 1e308, 'lookBackDays', 'Look-back (days)', 'Enter 3650 or less.'],
            [
                'signals.winRate.weight',
                1e308,
                'signals.winRate.weight',
                'Weight of Win rate',
                'Enter 1000 or less.'
            ],
            [
                'signals.winRate.weight',
                1e-300,
                'signals.winRate.weight',
                'Weight of Win rate',
                'Enter 0 to leave it out, or 0.001 or more.'
            ],
            ['pillars.fairness', 1e308, 'pillars.fairness', 'Weight of Fairness', 'Enter 1000 or less.'],
            ['lossAversion', 0.5, 'lossAversion', 'Weight of bad news', 'Enter 1 or more.'],
            ['lossAversion', 11, 'lossAversion', 'Weight of bad news', 'Enter 10 or less.'],
            ['version', 1.5, 'version', 'Version', 'Enter a whole number.'],
            ['name', '', 'name', 'Model name', 'Enter a value.'],
            ['bands[2].name', '', 'bands[2].name', 'Name of band 3', 'Enter a value.'],
            ['bands[2].name', 'Fragile', 'bands[2].name', 'Name of band 3', 'Band names must be different.'],
            [
                'bands[2].min',
                30,
                'bands[2].min',
                'Score where band 3 starts',
                'Each band must start above the band before it.'
            ],
            ['bands[3].min', 101, 'bands[3].min', 'Score where band 4 starts', 'Enter 100 or less.'],
            [
                'bands[0].min',
                5,
                'bands[0].min',
                'Score where band 1 starts',
                'The first band must start at 0, so every score has a band.'
            ],
            ['bands', [], 'bands', 'Bands', 'Keep at least one band.'],
            [
                'mappings.upgradeOpportunityTypes',
                ['Renewal'],
                'mappings.upgradeOpportunityTypes',
                'Opportunity types that are upgrades',
                'Renewal is already a renewal type. A type can mean only one thing.'
            ],
            [
                'mappings.downgradeOpportunityTypes',
                ['Upsell'],
                'mappings.downgradeOpportunityTypes',
                'Opportunity types that are downgrades',
                'Upsell is already an upgrade type. A type can mean only one thing.'
            ],
            [
                'mappings.disputeCaseTypes',
                ['Billing', ''],
                'mappings.disputeCaseTypes',
                'Case types that are disputes',
                'Enter a value.'
            ],
            [
                'mappings.renewalContractField',
                'Renewed Contract',
                'mappings.renewalContractField',
                'Opportunity field that points to the renewed contract',
                'Choose an Opportunity field API name, such as SBQQ__RenewedContract__c, or none.'
            ],
            [
                'mappings.resolutionTargetHours.High',
                0,
                'mappings.resolutionTargetHours.High',
                'High (hours)',
                'Enter 0.1 or more.'
            ],
            [
                'mappings.defaultResolutionTargetHours',
                null,
                'mappings.defaultResolutionTargetHours',
                'Other priorities (hours)',
                'Enter a value.'
            ],
            [
                'signals.sentiment',
                { enabled: true, pillar: 'fairness', weight: 1 },
                'signals.sentiment',
                'sentiment',
                'Unknown signal: sentiment.'
            ],
            ['halfLife', 30, 'halfLife', 'halfLife', 'Unknown setting: halfLife.']
        ];

        it.each(cases)('%s = %p → %s: "%s: %s"', (path, value, key, field, message) => {
            const check = checkDraft(edit(path, value));
            expect(check.ok).toBe(false);
            expect(check.errors[key]).toBe(message);
            expect(check.summary.map((line) => line.text)).toContain(`${field}: ${message}`);
        });

        it('says when no evidence could ever count', () => {
            let draft = defaultModel();
            for (const id of Object.keys(draft.signals))
                draft = updateDraft(draft, `signals.${id}.weight`, 0);
            const check = checkDraft(draft);
            expect(check.errors.signals).toBe('At least one weight must be above zero.');
            expect(check.summary[0].text).toBe('Signal weights: At least one weight must be above zero.');
        });

        it('words a setting of the wrong form from its code, not the engine English', () => {
            const check = checkDraft(edit('signals.winRate', 'on'));
            expect(check.errors['signals.winRate']).toBe(
                "This setting isn't in the form a model needs. Reset to the default model or import a file from model pull."
            );
        });

        it('lists every problem at once and accepts the default model', () => {
            let draft = edit('halfLifeDays', 0);
            draft = updateDraft(draft, 'signals.winRate.weight', -1);
            expect(checkDraft(draft).summary).toHaveLength(2);
            const ok = checkDraft(defaultModel());
            expect(ok.ok).toBe(true);
            expect(ok.model).toEqual(defaultModel());
        });
    });

    describe('model files', () => {
        it('writes the format of trust-ledger model pull and reads it back', () => {
            const text = modelToJson(defaultModel());
            expect(text).toBe(`${JSON.stringify(defaultModel(), null, 2)}\n`);
            expect(parseModelFile(text)).toEqual({ ok: true, model: defaultModel(), summary: [] });
        });

        it('refuses a file that is not JSON, saying why', () => {
            const result = parseModelFile('{ "name": "Mine", ');
            expect(result.ok).toBe(false);
            expect(result.summary[0].text).toMatch(/^The file isn't valid JSON: /);
        });

        it('refuses an invalid model with every problem named', () => {
            const bad = { ...defaultModel(), halfLifeDays: -1, lossAversion: 20 };
            const result = parseModelFile(JSON.stringify(bad));
            expect(result.ok).toBe(false);
            expect(result.summary.map((l) => l.text)).toEqual([
                'Half-life (days): Enter 7 or more.',
                'Weight of bad news: Enter 10 or less.'
            ]);
        });
    });

    describe('new versions', () => {
        it('compares definitions without their version numbers', () => {
            expect(sameDefinition(defaultModel(), { ...defaultModel(), version: 9 })).toBe(true);
            expect(sameDefinition(defaultModel(), edit('lossAversion', 3))).toBe(false);
        });
    });

    describe('org choices', () => {
        it('keeps values the model uses that the org picklist lacks, marked', () => {
            const options = listOptions([{ label: 'Renewal', value: 'Renewal' }], ['Renewal', 'Upsell']);
            expect(options).toEqual([
                { label: 'Renewal', value: 'Renewal' },
                { label: 'Upsell (not in this org)', value: 'Upsell' }
            ]);
        });

        it('offers only Opportunity fields that look up a Contract', () => {
            const info = require('../../trustSetup/__tests__/data/getObjectInfoOpportunity.json');
            expect(contractLookupFields(info).map((f) => f.value)).toEqual([
                'ContractId',
                'SBQQ__RenewedContract__c'
            ]);
        });
    });
});

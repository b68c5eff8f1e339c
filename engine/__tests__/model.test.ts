import defaultModelJson from '../../config/default-model.json';
import { bandFor, defaultModel, parseModelJson, validateModel, InvalidModelError } from '../model';

/** Breaks a copy of the default model at a dotted path (`bands.2.min`); undefined deletes. */
type Edit = [path: string, value: unknown];

function edited(edits: Edit[]): unknown {
    const raw: unknown = structuredClone(defaultModelJson);
    for (const [path, value] of edits) {
        const keys = path.split('.');
        const last = keys.pop() as string;
        let node = raw as Record<string, unknown>;
        for (const key of keys) node = node[key] as Record<string, unknown>;
        if (value === undefined) Reflect.deleteProperty(node, last);
        else node[last] = value;
    }
    return raw;
}

function issuesAfter(...edits: Edit[]): string[] {
    const result = validateModel(edited(edits));
    return result.ok ? [] : result.issues.map((i) => `${i.path}: ${i.message}`);
}

const SIGNALS = Object.keys(defaultModelJson.signals);
const PILLARS = Object.keys(defaultModelJson.pillars);

describe('model validation', () => {
    it('accepts the shipped default model', () => {
        const model = defaultModel();
        expect(model.name).toBe('Default');
        expect(Object.keys(model.signals)).toHaveLength(9);
    });

    const cases: [string, Edit[], RegExp][] = [
        [
            'an unknown signal',
            [['signals.happiness', { enabled: true, pillar: 'fairness', weight: 1 }]],
            /^signals\.happiness: unknown signal "happiness"/
        ],
        [
            'a negative weight',
            [['signals.winRate.weight', -1]],
            /^signals\.winRate\.weight: must be at least 0 \(got -1\)/
        ],
        [
            'a non-finite weight',
            [['signals.winRate.weight', Infinity]],
            /^signals\.winRate\.weight: must be a finite number/
        ],
        [
            'a text weight',
            [['signals.winRate.weight', '2']],
            /^signals\.winRate\.weight: must be a finite number \(got "2"\)/
        ],
        [
            'an unknown pillar',
            [['signals.winRate.pillar', 'loyalty']],
            /^signals\.winRate\.pillar: must be one of understanding, reliability, capability, fairness/
        ],
        ['a missing signal', [['signals.disputes', undefined]], /^signals\.disputes: is missing/],
        [
            'all weights zero',
            SIGNALS.map((s): Edit => [`signals.${s}.weight`, 0]),
            /^signals: all weights are zero/
        ],
        [
            'all pillar weights zero',
            PILLARS.map((p): Edit => [`pillars.${p}`, 0]),
            /^signals: all weights are zero/
        ],
        [
            'every signal switched off',
            SIGNALS.map((s): Edit => [`signals.${s}.enabled`, false]),
            /^signals: all weights are zero \(or every signal is switched off\)/
        ],
        [
            'thresholds out of order',
            [['bands.2.min', 30]],
            /^bands\[2\]\.min: thresholds must rise from band to band: 30 is not above 40/
        ],
        ['a first band above 0', [['bands.0.min', 10]], /^bands\[0\]\.min: the first band must start at 0/],
        ['a threshold above 100', [['bands.3.min', 120]], /^bands\[3\]\.min: must be at most 100/],
        [
            'two bands with one name',
            [['bands.1.name', 'At Risk']],
            /^bands\[1\]\.name: "At Risk" is used by two bands/
        ],
        ['a zero half-life', [['halfLifeDays', 0]], /^halfLifeDays: must be greater than 0 \(got 0\)/],
        ['a negative half-life', [['halfLifeDays', -30]], /^halfLifeDays: must be greater than 0/],
        ['a loss aversion below 1', [['lossAversion', 0.5]], /^lossAversion: must be at least 1/],
        ['a version that is not whole', [['version', 1.5]], /^version: must be a whole number/],
        [
            'a type both renewal and upgrade',
            [['mappings.upgradeOpportunityTypes', ['Renewal']]],
            /^mappings\.upgradeOpportunityTypes: "Renewal" is also a renewal type/
        ],
        [
            'a bad lookup field name',
            [['mappings.renewalContractField', 'Renewed Contract']],
            /^mappings\.renewalContractField: must be an Opportunity field API name/
        ],
        [
            'a zero resolution target',
            [['mappings.resolutionTargetHours.High', 0]],
            /^mappings\.resolutionTargetHours\.High: must be greater than 0/
        ],
        ['an unknown top-level setting', [['halfLife', 10]], /^halfLife: unknown setting "halfLife"/]
    ];

    it.each(cases)('rejects %s with a message naming the setting', (_name, edits, expected) => {
        const issues = issuesAfter(...edits);
        expect(issues.some((i) => expected.test(i))).toBe(true);
    });

    it('reports every problem at once, not just the first', () => {
        const issues = issuesAfter(['halfLifeDays', 0], ['signals.winRate.weight', -2]);
        expect(issues).toHaveLength(2);
    });

    it('reports JSON syntax errors with the source file named', () => {
        expect(() => parseModelJson('{"name": ', 'my-model.json')).toThrow(InvalidModelError);
        expect(() => parseModelJson('{"name": ', 'my-model.json')).toThrow(
            /Invalid trust model in my-model\.json:\n {2}- \(json\):/
        );
    });

    it('maps scores to bands at the thresholds', () => {
        const model = defaultModel();
        expect([0, 39.9, 40, 59.9, 60, 80, 100].map((s) => bandFor(model, s))).toEqual([
            'At Risk',
            'At Risk',
            'Fragile',
            'Fragile',
            'Steady',
            'Trusted',
            'Trusted'
        ]);
        expect(bandFor(model, null)).toBeNull();
    });
});

/**
 * Every validation issue carries a code and the params its wording needs, so the components
 * word it from Custom Labels and the CLI keeps its English message, and no one parses text.
 */
import defaultModelJson from '../../config/default-model.json';
import {
    InvalidModelError,
    MODEL_ISSUE_CODES,
    parseModelJson,
    validateModel,
    type ModelIssue
} from '../model';

type Edit = [path: string, value: unknown];

/** The issues of a copy of the default model with settings changed at dotted paths. */
function issuesAfter(...edits: Edit[]): ModelIssue[] {
    const raw: unknown = structuredClone(defaultModelJson);
    for (const [path, value] of edits) {
        const keys = path.split('.');
        const last = keys.pop() as string;
        let node = raw as Record<string, unknown>;
        for (const key of keys) node = node[key] as Record<string, unknown>;
        if (value === undefined) Reflect.deleteProperty(node, last);
        else node[last] = value;
    }
    const result = validateModel(raw);
    return result.ok ? [] : result.issues;
}

const SIGNALS = Object.keys(defaultModelJson.signals);

const cases: [string, Edit[], Pick<ModelIssue, 'path' | 'code' | 'params'>][] = [
    [
        'a missing number',
        [['halfLifeDays', undefined]],
        { path: 'halfLifeDays', code: 'required', params: { got: 'nothing' } }
    ],
    [
        'an empty number',
        [['halfLifeDays', '']],
        { path: 'halfLifeDays', code: 'required', params: { got: '""' } }
    ],
    [
        'a text number',
        [['halfLifeDays', 'soon']],
        { path: 'halfLifeDays', code: 'notNumber', params: { got: '"soon"' } }
    ],
    [
        'a fractional version',
        [['version', 1.5]],
        { path: 'version', code: 'wholeNumber', params: { value: 1.5 } }
    ],
    [
        'a short half-life',
        [['halfLifeDays', 0]],
        { path: 'halfLifeDays', code: 'atLeast', params: { min: 7, value: 0 } }
    ],
    [
        'a long look-back',
        [['lookBackDays', 5000]],
        { path: 'lookBackDays', code: 'atMost', params: { max: 3650, value: 5000 } }
    ],
    [
        'a weight too small to count',
        [['signals.winRate.weight', 1e-9]],
        { path: 'signals.winRate.weight', code: 'zeroOrAtLeast', params: { min: 0.001, value: 1e-9 } }
    ],
    ['a blank name', [['name', '   ']], { path: 'name', code: 'required', params: { got: '"   "' } }],
    ['a number as name', [['name', 7]], { path: 'name', code: 'notText', params: { got: '7' } }],
    [
        'a list that is not one',
        [['mappings.disputeCaseTypes', 'Billing']],
        { path: 'mappings.disputeCaseTypes', code: 'notList', params: { got: '"Billing"' } }
    ],
    [
        'an empty list item',
        [['mappings.disputeCaseTypes', ['Billing', '']]],
        { path: 'mappings.disputeCaseTypes[1]', code: 'required', params: { got: '""' } }
    ],
    [
        'a number in a list',
        [['mappings.disputeCaseTypes', [3]]],
        { path: 'mappings.disputeCaseTypes[0]', code: 'notText', params: { got: '3' } }
    ],
    [
        'signals as a list',
        [['signals', []]],
        { path: 'signals', code: 'notObject', params: { got: 'a list' } }
    ],
    [
        'a signal switched by text',
        [['signals.winRate.enabled', 'yes']],
        { path: 'signals.winRate.enabled', code: 'notBoolean', params: { got: '"yes"' } }
    ],
    [
        'an unknown pillar',
        [['signals.winRate.pillar', 'loyalty']],
        {
            path: 'signals.winRate.pillar',
            code: 'notPillar',
            params: { got: '"loyalty"', allowed: 'understanding, reliability, capability, fairness' }
        }
    ],
    [
        'an unknown signal',
        [['signals.happiness', { enabled: true, pillar: 'fairness', weight: 1 }]],
        {
            path: 'signals.happiness',
            code: 'unknownKey',
            params: { key: 'happiness', kind: 'signal', allowed: SIGNALS.join(', ') }
        }
    ],
    [
        'a missing signal',
        [['signals.disputes', undefined]],
        { path: 'signals.disputes', code: 'signalMissing', params: { signal: 'disputes' } }
    ],
    ['no bands', [['bands', []]], { path: 'bands', code: 'bandsEmpty', params: { got: 'a list' } }],
    [
        'two bands with one name',
        [['bands.1.name', 'At Risk']],
        { path: 'bands[1].name', code: 'bandNameDuplicate', params: { name: 'At Risk' } }
    ],
    [
        'a first band above 0',
        [['bands.0.min', 10]],
        { path: 'bands[0].min', code: 'firstBandZero', params: { min: 10 } }
    ],
    [
        'thresholds out of order',
        [['bands.2.min', 30]],
        {
            path: 'bands[2].min',
            code: 'bandOrder',
            params: { min: 30, previousMin: 40, previousName: 'Fragile' }
        }
    ],
    [
        'a bad lookup field name',
        [['mappings.renewalContractField', 'Renewed Contract']],
        { path: 'mappings.renewalContractField', code: 'fieldName', params: { got: '"Renewed Contract"' } }
    ],
    [
        'a type both renewal and upgrade',
        [['mappings.upgradeOpportunityTypes', ['Renewal']]],
        { path: 'mappings.upgradeOpportunityTypes', code: 'alsoRenewal', params: { type: 'Renewal' } }
    ],
    [
        'a type both upgrade and downgrade',
        [['mappings.downgradeOpportunityTypes', ['Upsell']]],
        { path: 'mappings.downgradeOpportunityTypes', code: 'alsoUpgrade', params: { type: 'Upsell' } }
    ],
    [
        'every signal switched off',
        SIGNALS.map((s): Edit => [`signals.${s}.enabled`, false]),
        { path: 'signals', code: 'weightsAllZero', params: {} }
    ]
];

describe('model issue codes', () => {
    it.each(cases)('codes %s with the params its wording needs', (_name, edits, expected) => {
        expect(issuesAfter(...edits)).toContainEqual({ ...expected, message: expect.any(String) });
    });

    it('keeps the English message the CLI prints', () => {
        expect(issuesAfter(['halfLifeDays', 0])).toEqual([
            {
                path: 'halfLifeDays',
                code: 'atLeast',
                params: { min: 7, value: 0 },
                message: 'must be at least 7 (got 0)'
            }
        ]);
    });

    it('codes a definition that is no model or no JSON', () => {
        expect(validateModel([])).toEqual({
            ok: false,
            issues: [
                { path: '(model)', code: 'notObject', params: { got: 'a list' }, message: expect.any(String) }
            ]
        });
        let thrown: unknown;
        try {
            parseModelJson('{"name": ');
        } catch (error) {
            thrown = error;
        }
        expect(thrown).toBeInstanceOf(InvalidModelError);
        expect((thrown as InvalidModelError).issues).toEqual([
            {
                path: '(json)',
                code: 'notJson',
                params: { detail: expect.any(String) },
                message: expect.any(String)
            }
        ]);
    });

    it('lists every code it uses, and uses every code it lists', () => {
        const used = new Set(cases.map(([, , expected]) => expected.code));
        // notJson: above; definitionEmpty: the model record adapter (records/__tests__/modelRecord.test.ts);
        // above: the checker's exclusive minimum, which no setting uses today.
        for (const code of ['notJson', 'definitionEmpty', 'above'] as const) used.add(code);
        expect([...used].sort()).toEqual([...MODEL_ISSUE_CODES].sort());
    });
});

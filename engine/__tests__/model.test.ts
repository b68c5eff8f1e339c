import defaultModelJson from '../../config/default-model.json';
import {
    alertSettings,
    bandFor,
    defaultModel,
    parseModelJson,
    validateModel,
    InvalidModelError,
    MODEL_ISSUE_CODES,
    MODEL_LIMITS,
    type ModelIssue
} from '../model';

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
        ['a zero half-life', [['halfLifeDays', 0]], /^halfLifeDays: must be at least 7 \(got 0\)/],
        ['a negative half-life', [['halfLifeDays', -30]], /^halfLifeDays: must be at least 7/],
        [
            'a half-life that would zero all evidence',
            [['halfLifeDays', 1e-300]],
            /^halfLifeDays: must be at least 7 \(got 1e-300\)/
        ],
        ['a half-life beyond 100 years', [['halfLifeDays', 1e6]], /^halfLifeDays: must be at most 36500/],
        ['a zero look-back', [['lookBackDays', 0]], /^lookBackDays: must be at least 1 \(got 0\)/],
        ['a look-back beyond 10 years', [['lookBackDays', 1e308]], /^lookBackDays: must be at most 3650/],
        ['a loss aversion above 10', [['lossAversion', 1e308]], /^lossAversion: must be at most 10/],
        [
            'a signal weight that overflows a sum',
            [['signals.winRate.weight', 1e308]],
            /^signals\.winRate\.weight: must be at most 1000 \(got 1e\+308\)/
        ],
        [
            'a pillar weight that overflows a sum',
            [['pillars.fairness', 1e308]],
            /^pillars\.fairness: must be at most 1000 \(got 1e\+308\)/
        ],
        [
            'a weight too small to count',
            [['signals.winRate.weight', 1e-300]],
            /^signals\.winRate\.weight: must be 0 or at least 0\.001 \(got 1e-300\)/
        ],
        [
            'a pillar weight too small to count',
            [['pillars.capability', 5e-324]],
            /^pillars\.capability: must be 0 or at least 0\.001/
        ],
        ['a version beyond Version__c', [['version', 1e7]], /^version: must be at most 999999/],
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
            /^mappings\.resolutionTargetHours\.High: must be at least 0\.1/
        ],
        [
            'a resolution target beyond 10 years',
            [['mappings.defaultResolutionTargetHours', 1e308]],
            /^mappings\.defaultResolutionTargetHours: must be at most 87600/
        ],
        ['an unknown top-level setting', [['halfLife', 10]], /^halfLife: unknown setting "halfLife"/]
    ];

    it.each(cases)('rejects %s with a message naming the setting', (_name, edits, expected) => {
        const issues = issuesAfter(...edits);
        expect(issues.some((i) => expected.test(i))).toBe(true);
    });

    it('refuses the all-1e308 model, which gave NaN pillars and no scores', () => {
        const issues = issuesAfter(
            ...SIGNALS.map((s): Edit => [`signals.${s}.weight`, 1e308]),
            ...PILLARS.map((p): Edit => [`pillars.${p}`, 1e308])
        );
        expect(issues).toHaveLength(SIGNALS.length + PILLARS.length);
        for (const issue of issues) expect(issue).toMatch(/must be at most 1000 \(got 1e\+308\)/);
    });

    it('accepts every limit itself, so the documented ranges are inclusive', () => {
        const low = issuesAfter(
            ['signals.winRate.weight', MODEL_LIMITS.weight.minPositive],
            ['pillars.fairness', MODEL_LIMITS.weight.minPositive],
            ['halfLifeDays', MODEL_LIMITS.halfLifeDays.min],
            ['lookBackDays', MODEL_LIMITS.lookBackDays.min],
            ['lossAversion', MODEL_LIMITS.lossAversion.min],
            ['mappings.defaultResolutionTargetHours', MODEL_LIMITS.resolutionTargetHours.min],
            ['version', MODEL_LIMITS.version.min]
        );
        const high = issuesAfter(
            ['signals.winRate.weight', MODEL_LIMITS.weight.max],
            ['pillars.fairness', MODEL_LIMITS.weight.max],
            ['halfLifeDays', MODEL_LIMITS.halfLifeDays.max],
            ['lookBackDays', MODEL_LIMITS.lookBackDays.max],
            ['lossAversion', MODEL_LIMITS.lossAversion.max],
            ['mappings.defaultResolutionTargetHours', MODEL_LIMITS.resolutionTargetHours.max],
            ['version', MODEL_LIMITS.version.max]
        );
        expect([low, high]).toEqual([[], []]);
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

/**
 * Every validation issue carries a code and the params its wording needs, so the components
 * word it from Custom Labels and the CLI keeps its English message, and no one parses text.
 */
const CUSTOM_SIGNAL_CODES = [
    'signalIdTaken',
    'signalIdFormat',
    'apiName',
    'notAggregate',
    'scaleFlat',
    'valueFieldNeeded'
] as const;

function codedIssuesAfter(...edits: Edit[]): ModelIssue[] {
    const result = validateModel(edited(edits));
    return result.ok ? [] : result.issues;
}

const codeCases: [string, Edit[], Pick<ModelIssue, 'path' | 'code' | 'params'>][] = [
    [
        'an alert subject too long for a Task',
        [['alerts', { subject: 'x'.repeat(101) }]],
        { path: 'alerts.subject', code: 'textTooLong', params: { max: 100, length: 101 } }
    ],
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
    ],
    [
        'a segment on no Account field name',
        [['segment', { field: 'Tier (custom)', values: ['Gold'] }]],
        { path: 'segment.field', code: 'accountFieldName', params: { got: '"Tier (custom)"' } }
    ],
    [
        'a segment without values',
        [['segment', { field: 'Industry', values: [] }]],
        { path: 'segment.values', code: 'segmentValuesEmpty', params: { got: 'a list' } }
    ]
];

describe('segment setting', () => {
    it('keeps a well-formed segment on the model, and a model without one has none', () => {
        const result = validateModel(edited([['segment', { field: 'Industry', values: ['Banking'] }]]));
        expect(result.ok && result.model.segment).toEqual({ field: 'Industry', values: ['Banking'] });
        expect(defaultModel().segment).toBeUndefined();
    });
});

describe('alert settings', () => {
    it('leaves a model without them with alerts off and the defaults', () => {
        const model = defaultModel();
        expect(model.alerts).toBeUndefined();
        expect(alertSettings(model)).toEqual({
            enabled: false,
            sustainRuns: 2,
            subject: 'Trust drop',
            dueInDays: 7,
            priority: 'High'
        });
    });

    it('fills the keys left out with their defaults', () => {
        const result = validateModel(edited([['alerts', { enabled: true, sustainRuns: 3 }]]));
        expect(result.ok && result.model.alerts).toEqual({
            enabled: true,
            sustainRuns: 3,
            subject: 'Trust drop',
            dueInDays: 7,
            priority: 'High'
        });
    });

    it.each<[string, unknown, string]>([
        ['no object', true, 'alerts: must be an object (got true)'],
        ['an unknown key', { ping: 1 }, 'alerts.ping: unknown setting "ping"'],
        ['enabled not a boolean', { enabled: 'yes' }, 'alerts.enabled: must be true or false'],
        ['zero runs', { sustainRuns: 0 }, 'alerts.sustainRuns: must be at least 1 (got 0)'],
        ['fractional runs', { sustainRuns: 1.5 }, 'alerts.sustainRuns: must be a whole number'],
        ['a year and more', { dueInDays: 366 }, 'alerts.dueInDays: must be at most 365 (got 366)'],
        ['a blank subject', { subject: ' ' }, 'alerts.subject: must be a non-empty text'],
        ['a long priority', { priority: 'p'.repeat(41) }, 'alerts.priority: must be at most 40 characters']
    ])('refuses %s', (_name, alerts, message) => {
        const issues = issuesAfter(['alerts', alerts]);
        expect(issues.some((i) => i.startsWith(message))).toBe(true);
    });
});

describe('model issue codes', () => {
    it.each(codeCases)('codes %s with the params its wording needs', (_name, edits, expected) => {
        expect(codedIssuesAfter(...edits)).toContainEqual({ ...expected, message: expect.any(String) });
    });

    it('keeps the English message the CLI prints', () => {
        expect(codedIssuesAfter(['halfLifeDays', 0])).toEqual([
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
        const used = new Set(codeCases.map(([, , expected]) => expected.code));
        // notJson: above; definitionEmpty: the model record adapter (records/__tests__/modelRecord.test.ts);
        // above: the checker's exclusive minimum, which no setting uses today.
        for (const code of ['notJson', 'definitionEmpty', 'above'] as const) used.add(code);
        // The custom signals' codes: engine/signals/__tests__/customSetting.test.ts.
        for (const code of CUSTOM_SIGNAL_CODES) used.add(code);
        // The codes of models scoring together: engine/__tests__/modelSet.test.ts.
        for (const code of [
            'noDefault',
            'defaultTwice',
            'contractFieldDiffers',
            'segmentOverlap',
            'segmentFieldNotOnAccount'
        ] as const)
            used.add(code);
        expect([...used].sort()).toEqual([...MODEL_ISSUE_CODES].sort());
    });
});

// The module's own labels with their real English values, as a rep or an admin reads them.
const { mockLabels } = require('../../../../../test/lwcTestUtils');

mockLabels();
const {
    validateModel,
    defaultModel,
    modelVersionFromNode,
    MODEL_ISSUE_CODES,
    MODEL_LIMITS
} = require('c/trustEngine');
const {
    ISSUE_WORDING,
    MODEL_MESSAGE_LABELS,
    modelFieldKey,
    modelFieldName,
    modelIssueLine,
    modelIssueText,
    modelIssuesSummary,
    modelMessages
} = require('c/trustModelMessages');

/** The issues the engine's validator really reports for a model with these settings changed. */
function issuesOf(changes) {
    const result = validateModel({ ...defaultModel(), ...changes });
    expect(result.ok).toBe(false);
    return result.issues;
}

describe('c-trust-model-messages', () => {
    it('words a validator issue from Custom Labels, never in the engine English', () => {
        const [issue] = issuesOf({ halfLifeDays: 0 });
        expect(issue.message).toMatch(/^must be at least 7 \(got 0\)/);
        expect(modelIssueText(issue)).toBe('Enter 7 or more.');
        expect(modelIssueLine(issue)).toBe('Half-life (days): Enter 7 or more.');
    });

    it('sums up every issue of a model in one line, in the validator order', () => {
        const issues = issuesOf({ halfLifeDays: -1, lossAversion: 20 });
        const summary = modelIssuesSummary(issues);
        expect(summary).toBe('Half-life (days): Enter 7 or more. Weight of bad news: Enter 10 or less.');
        expect(summary).not.toMatch(/halfLifeDays|must be/);
        expect(modelIssuesSummary([])).toBe('');
        expect(modelIssuesSummary(undefined)).toBe('');
    });

    it('words every documented limit of the validator, never the fallback "isn\'t valid"', () => {
        const limits = MODEL_LIMITS;
        const weights = (value) => ({
            signals: Object.fromEntries(
                Object.entries(defaultModel().signals).map(([id, s]) => [id, { ...s, weight: value }])
            ),
            pillars: { understanding: value, reliability: value, capability: value, fairness: value }
        });
        const cases = [
            [weights(1e308), `Enter ${limits.weight.max} or less.`],
            [weights(1e-300), `Enter 0 to leave it out, or ${limits.weight.minPositive} or more.`],
            [{ halfLifeDays: 1e-300 }, `Enter ${limits.halfLifeDays.min} or more.`],
            [{ halfLifeDays: 1e9 }, `Enter ${limits.halfLifeDays.max} or less.`],
            [{ lookBackDays: 0.5 }, `Enter ${limits.lookBackDays.min} or more.`],
            [{ lookBackDays: 1e308 }, `Enter ${limits.lookBackDays.max} or less.`],
            [{ version: 1e7 }, `Enter ${limits.version.max} or less.`]
        ];
        for (const [changes, text] of cases) {
            const issues = issuesOf(changes);
            for (const issue of issues) expect(modelIssueText(issue)).toBe(text);
        }
    });

    it('words the model record adapter issues about an unreadable definition', () => {
        const stored = (definition) =>
            modelVersionFromNode({ Id: 'a0C000000000001AAA', Definition__c: { value: definition } }).issues;
        const [empty] = stored('');
        const [notJson] = stored('{');
        expect(modelIssueLine(empty)).toBe('The saved model has no definition.');
        expect(modelIssuesSummary([notJson])).toBe(
            `The saved model isn't valid JSON: ${notJson.params.detail}`
        );
    });

    it('has a Custom Label wording for every code the validator can report', () => {
        const params = {
            min: 1,
            max: 2,
            value: 3,
            type: 'Upsell',
            detail: 'Unexpected end',
            key: 'x',
            kind: 'signal',
            field: 'Industry',
            values: 'Banking',
            first: 'enterprise.json',
            second: 'default.json'
        };
        for (const code of MODEL_ISSUE_CODES) {
            expect([code, Object.prototype.hasOwnProperty.call(ISSUE_WORDING, code)]).toEqual([code, true]);
            const text = modelIssueText({ path: 'halfLifeDays', code, params, message: 'must be something' });
            // A real label, filled: not the label's name, no placeholder left, no engine English.
            expect(text).not.toMatch(/c\.TL_|\{\d\}|must be something|The model isn't valid/);
            expect(text.length).toBeGreaterThan(0);
        }
        expect(Object.keys(ISSUE_WORDING).sort()).toEqual([...MODEL_ISSUE_CODES].sort());
    });

    it('words an issue by its code, whatever its English message says', () => {
        const issue = {
            path: 'lossAversion',
            code: 'atMost',
            params: { max: 10, value: 20 },
            message: 'anything'
        };
        expect(modelIssueLine(issue)).toBe('Weight of bad news: Enter 10 or less.');
        const [wrongForm] = issuesOf({
            mappings: { ...defaultModel().mappings, resolutionTargetHours: 'fast' }
        });
        expect(modelIssueText(wrongForm)).toBe(
            "This setting isn't in the form a model needs. Reset to the default model or import a file from model pull."
        );
    });

    it('keeps a message it does not recognise, whole', () => {
        const issue = { path: 'signals.winRate', message: 'must be an object (got "on")' };
        expect(modelIssueText(issue)).toBe(
            'The model isn\'t valid: signals.winRate: must be an object (got "on")'
        );
    });

    it('names fields the way the form labels them', () => {
        expect(modelFieldName('signals.disputes.pillar')).toBe('Pillar of Disputes');
        expect(modelFieldName('signals.disputes.enabled')).toBe('Disputes switched on');
        expect(modelFieldName('mappings.closedCaseStatuses[0]')).toBe('Case statuses that mean closed');
        expect(modelFieldName('mappings.resolutionTargetHours.P1 - Urgent')).toBe('P1 - Urgent (hours)');
        expect(modelFieldName('segment.field')).toBe('Account field');
        expect(modelFieldName('segment.values[1]')).toBe('Values');
        expect(modelFieldKey('mappings.disputeCaseTypes[2]')).toBe('mappings.disputeCaseTypes');
        expect(modelFieldKey('bands[1].min')).toBe('bands[1].min');
    });

    describe('over another label set', () => {
        // Each label "translated" to its own key, so a result shows which labels built it.
        const keyed = () => Object.fromEntries(Object.keys(MODEL_MESSAGE_LABELS).map((key) => [key, key]));

        it('words with the labels it is given, in their order', () => {
            const labels = {
                ...keyed(),
                Setup_Weight_For: 'Gewicht von {0}',
                Validation_Summary_Item: '{1} ({0})'
            };
            const words = modelMessages(labels);
            const issue = { path: 'signals.winRate.weight', code: 'atLeast', params: { min: 0 } };
            expect(words.modelIssueLine(issue)).toBe(
                'Validation_Weight_Negative (Gewicht von Signal_Win_Rate)'
            );
            expect(words.modelIssuesSummary([issue, issue])).toBe(
                'Validation_Weight_Negative (Gewicht von Signal_Win_Rate) '.repeat(2).trim()
            );
            // The module's own exports keep their labels.
            expect(modelIssueLine(issue)).toBe("Weight of Win rate: Weights can't be negative.");
        });

        it('names every setting and words every code from its own labels, none missing', () => {
            // A label without placeholders drops its arguments, so each result is one key.
            const words = modelMessages(keyed());
            const model = defaultModel();
            const paths = [
                ...['signals', 'pillars', 'bands', 'mappings', 'bands[0].name', 'bands[1].min'],
                ...[
                    'halfLifeDays',
                    'lookBackDays',
                    'lossAversion',
                    'minConfidence',
                    'name',
                    'description',
                    'version'
                ],
                'mappings.resolutionTargetHours.P1 - Urgent',
                ...Object.keys(model.mappings).map((key) => `mappings.${key}`),
                ...Object.keys(model.pillars).map((id) => `pillars.${id}`),
                ...Object.keys(model.signals).flatMap((id) => [
                    `signals.${id}`,
                    ...['weight', 'pillar', 'enabled'].map((part) => `signals.${id}.${part}`)
                ])
            ];
            const keys = new Set(Object.keys(MODEL_MESSAGE_LABELS));
            for (const path of paths) {
                expect([path, keys.has(words.modelFieldName(path))]).toEqual([path, true]);
            }
            for (const code of MODEL_ISSUE_CODES) {
                const text = words.modelIssueText({ path: 'halfLifeDays', code, params: { kind: 'signal' } });
                expect([code, keys.has(text)]).toEqual([code, true]);
            }
        });
    });
});

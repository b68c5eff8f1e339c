// The setup page's vocabulary re-uses the model messages' labels and helpers: one import of each
// label, one copy of each helper, and the same words on the page as on the Trust panel.
const { readFileSync } = require('fs');
const path = require('path');
const { mockLabels } = require('../../../../../test/lwcTestUtils');

mockLabels();
const setup = require('c/trustSetupLabels');
const messages = require('c/trustModelMessages');
const { validateModel, defaultModel } = require('c/trustEngine');

describe('c-trust-setup-labels', () => {
    it('holds every model message label with the same value, imported only once', () => {
        const source = readFileSync(path.join(__dirname, '..', 'trustSetupLabels.js'), 'utf8');
        for (const [key, value] of Object.entries(messages.MODEL_MESSAGE_LABELS)) {
            expect([key, setup.LABELS[key]]).toEqual([key, value]);
            expect([key, source.includes(`c.TL_${key}'`)]).toEqual([key, false]);
        }
    });

    it('re-exports the one formatLabel rather than a copy', () => {
        expect(setup.formatLabel).toBe(messages.formatLabel);
    });

    it('words model issues and names as the model messages do', () => {
        const { issues } = validateModel({ ...defaultModel(), halfLifeDays: 0, lossAversion: 20 });
        expect(setup.modelIssuesSummary(issues)).toBe(messages.modelIssuesSummary(issues));
        expect(setup.modelIssueLine(issues[0])).toBe('Half-life (days): Enter 7 or more.');
        expect(setup.modelIssueText(issues[1])).toBe(messages.modelIssueText(issues[1]));
        expect(setup.modelFieldName('signals.winRate.weight')).toBe('Weight of Win rate');
        expect(setup.signalLabel('caseHealth')).toBe('Case health');
        expect(setup.pillarLabel('fairness')).toBe('Fairness');
        expect(setup.pillarQuestion('fairness')).toBe('Will you be fair and accountable?');
    });

    it('names a custom signal’s settings by its place in the list', () => {
        expect(setup.modelFieldName('customSignals[0]')).toBe('Custom signal 1');
        expect(setup.modelFieldName('customSignals[2].enabled')).toBe('Custom signal 3');
    });

    it('binds its helpers to the label set a test passes', () => {
        const helpers = setup.labelHelpers({ ...setup.LABELS, Signal_Win_Rate: 'Taux de réussite' });
        expect(helpers.signalLabel('winRate')).toBe('Taux de réussite');
        expect(helpers.modelFieldName('signals.winRate.enabled')).toBe('Taux de réussite switched on');
    });
});

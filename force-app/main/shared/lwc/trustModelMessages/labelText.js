/**
 * Generic label helpers, in one place for every module that words the trust model: this
 * bundle and the setup page's `c/trustSetupLabels`, which re-exports them.
 */

/**
 * Fills `{0}`, `{1}`… in a label with the arguments, as Salesforce's own label format does.
 * A placeholder without an argument stays as it is, so a missing value is visible, not blank.
 */
export function formatLabel(template, ...args) {
    return String(template).replace(/\{(\d+)\}/g, (match, index) => {
        const value = args[index];
        return value === undefined || value === null ? match : String(value);
    });
}

const SIGNAL_LABEL_KEYS = {
    renewalTimeliness: 'Signal_Renewal_Timeliness',
    dealVelocity: 'Signal_Deal_Velocity',
    referenceQuality: 'Signal_Reference_Quality',
    winRate: 'Signal_Win_Rate',
    expansion: 'Signal_Expansion',
    promiseKeeping: 'Signal_Promise_Keeping',
    supportResponsiveness: 'Signal_Support_Responsiveness',
    caseHealth: 'Signal_Case_Health',
    disputes: 'Signal_Disputes'
};

const PILLAR_LABEL_KEYS = {
    understanding: 'Pillar_Understanding',
    reliability: 'Pillar_Reliability',
    capability: 'Pillar_Capability',
    fairness: 'Pillar_Fairness'
};

/**
 * Signal and pillar names over a label set keyed like the setup page's (`Signal_Win_Rate`,
 * `Pillar_Fairness`, `Pillar_Fairness_Question`): each caller passes its own labels, and a
 * test may pass the labels' real values.
 */
export function nameLookups(labels) {
    return {
        /** The translated name of a signal id (`winRate` → "Win rate"); unknown ids are shown as they are. */
        signalLabel(signalId) {
            const key = SIGNAL_LABEL_KEYS[signalId];
            return key ? labels[key] : signalId;
        },
        /** The translated name of a pillar id; unknown ids are shown as they are. */
        pillarLabel(pillarId) {
            const key = PILLAR_LABEL_KEYS[pillarId];
            return key ? labels[key] : pillarId;
        },
        /** The customer's question a pillar answers (empty when the label set has none). */
        pillarQuestion(pillarId) {
            const key = PILLAR_LABEL_KEYS[pillarId];
            return (key && labels[`${key}_Question`]) || '';
        }
    };
}

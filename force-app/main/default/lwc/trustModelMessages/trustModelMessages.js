/**
 * Model validation issues in an admin's words (service module, not exposed). The engine's
 * validator (`validateModel`) and the model-record adapter report issues as
 * `{ path, message }` in English for developers (`signals.winRate.weight: must be at least 0
 * (got -1)`); nothing a user reads should show them raw. This module turns them into Custom
 * Label text and names the field each one belongs to, the way the setup form labels it.
 *
 * API (every function is pure):
 * - {@link modelIssueText}`(issue) → string`: one issue as a sentence ("Weights can't be negative.").
 * - {@link modelIssueLine}`(issue) → string`: the issue with its field's name
 *   ("Weight of Win rate: Weights can't be negative.").
 * - {@link modelIssuesSummary}`(issues) → string`: every issue of a model as one line, for a
 *   banner or a toast ("Half-life (days): Enter a number above 0. Weight of bad news: …").
 * - {@link modelFieldName}`(path) → string` and {@link modelFieldKey}`(path) → string`: the
 *   form field an issue belongs to.
 *
 * A message this module does not recognise is still shown, whole, inside "The model isn't
 * valid: …", never dropped.
 */
import { LABELS, formatLabel, pillarLabel, signalLabel } from 'c/trustSetupLabels';

/** Where the model-record adapter reports a saved definition it could not read at all. */
const DEFINITION = 'Definition__c';

/**
 * `signals.winRate.weight` → ['signals', 'winRate', 'weight']; `bands[1].min` → ['bands', 1, 'min'].
 * A priority in `mappings.resolutionTargetHours.<priority>` keeps its dots and spaces.
 */
export function modelPathSegments(path) {
    const target = 'mappings.resolutionTargetHours.';
    if (path.startsWith(target)) return ['mappings', 'resolutionTargetHours', path.slice(target.length)];
    const segments = [];
    for (const part of path.split('.')) {
        const match = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part);
        if (!match) {
            segments.push(part);
            continue;
        }
        if (match[1] !== '') segments.push(match[1]);
        for (const index of match[2].matchAll(/\[(\d+)\]/g)) segments.push(Number(index[1]));
    }
    return segments;
}

const TIMING_FIELDS = {
    halfLifeDays: 'Setup_Half_Life',
    lookBackDays: 'Setup_Look_Back',
    lossAversion: 'Setup_Loss_Aversion',
    minConfidence: 'Setup_Min_Confidence',
    name: 'Setup_Model_Name',
    description: 'Setup_Description',
    version: 'Setup_Version'
};

const MAPPING_FIELDS = {
    renewalOpportunityTypes: 'Setup_Renewal_Types',
    upgradeOpportunityTypes: 'Setup_Upgrade_Types',
    downgradeOpportunityTypes: 'Setup_Downgrade_Types',
    disputeCaseTypes: 'Setup_Dispute_Types',
    disputeCaseReasons: 'Setup_Dispute_Reasons',
    closedCaseStatuses: 'Setup_Closed_Statuses',
    highCasePriorities: 'Setup_High_Priorities',
    renewalContractField: 'Setup_Renewal_Field',
    resolutionTargetHours: 'Setup_Resolution_Targets',
    defaultResolutionTargetHours: 'Setup_Default_Target'
};

/**
 * The field an issue belongs to, as the form keys its inputs: list items report on their
 * list (`mappings.disputeCaseTypes[2]` → `mappings.disputeCaseTypes`), everything else on its
 * own path.
 */
export function modelFieldKey(path) {
    const item = /^(mappings\.\w+)\[\d+\]$/.exec(path);
    return item ? item[1] : path;
}

/** The name an admin knows a setting by, for the summary above the Save button. */
export function modelFieldName(path) {
    const key = modelFieldKey(path);
    const segments = modelPathSegments(key);
    const [first, second, third] = segments;
    if (first === 'signals') {
        if (second === undefined) return LABELS.Setup_Signal_Weights;
        const name = signalLabel(second);
        if (third === 'weight') return formatLabel(LABELS.Setup_Weight_For, name);
        if (third === 'pillar') return formatLabel(LABELS.Setup_Pillar_For, name);
        if (third === 'enabled') return formatLabel(LABELS.Setup_Enabled_For, name);
        return name;
    }
    if (first === 'pillars') {
        return second === undefined
            ? LABELS.Setup_Pillar_Weights
            : formatLabel(LABELS.Setup_Weight_For, pillarLabel(second));
    }
    if (first === 'bands') {
        if (typeof second !== 'number') return LABELS.Setup_Bands;
        if (third === 'name') return formatLabel(LABELS.Setup_Band_Name_For, second + 1);
        return formatLabel(LABELS.Setup_Band_Min_For, second + 1);
    }
    if (first === 'mappings') {
        if (second === 'resolutionTargetHours' && third !== undefined) {
            return formatLabel(LABELS.Setup_Resolution_Target_For, third);
        }
        return second === undefined ? LABELS.Setup_Mappings : (LABELS[MAPPING_FIELDS[second]] ?? key);
    }
    return TIMING_FIELDS[first] ? LABELS[TIMING_FIELDS[first]] : key;
}

const EMPTY = /\(got (nothing|null|"")\)$/;
const isWeightPath = (path) => /^signals\.\w+\.weight$/.test(path) || /^pillars\.\w+$/.test(path);

/**
 * One validator issue in an admin's words, from Custom Labels. The engine's messages follow
 * fixed patterns (docs/scoring.md section 8); a message this does not recognise is still
 * shown, whole, inside "The model isn't valid: …", never dropped.
 */
export function modelIssueText(issue) {
    const { path, message } = issue;
    let m;
    if (path === DEFINITION) {
        if ((m = /^is not valid JSON \((.*)\)$/.exec(message))) {
            return formatLabel(LABELS.Validation_Definition_Not_Json, m[1]);
        }
        if (/^is empty/.test(message)) return LABELS.Validation_Definition_Empty;
    }
    if (/^must be a (finite number|non-empty text)/.test(message) && EMPTY.test(message)) {
        return LABELS.Validation_Required;
    }
    if (/^must be a finite number/.test(message)) return LABELS.Validation_Number;
    if (/^must be a whole number/.test(message)) return LABELS.Validation_Whole_Number;
    if ((m = /^must be at least (-?[\d.]+) \(got/.exec(message))) {
        return isWeightPath(path)
            ? LABELS.Validation_Weight_Negative
            : formatLabel(LABELS.Validation_At_Least, m[1]);
    }
    if ((m = /^must be greater than (-?[\d.]+) \(got/.exec(message))) {
        return formatLabel(LABELS.Validation_Above, m[1]);
    }
    if ((m = /^must be at most (-?[\d.]+) \(got/.exec(message))) {
        return formatLabel(LABELS.Validation_At_Most, m[1]);
    }
    if ((m = /^must be 0 or at least ([\d.]+) \(got/.exec(message))) {
        return formatLabel(LABELS.Validation_Zero_Or_At_Least, m[1]);
    }
    if (/is used by two bands$/.test(message)) return LABELS.Validation_Band_Name_Duplicate;
    if (/^thresholds must rise/.test(message)) return LABELS.Validation_Band_Order;
    if (/^the first band must start at 0/.test(message)) return LABELS.Validation_First_Band_Zero;
    if (path === 'bands' && /^must be a non-empty list/.test(message)) return LABELS.Validation_Bands_Empty;
    if ((m = /^"(.*)" is also a renewal type/.exec(message))) {
        return formatLabel(LABELS.Validation_Also_Renewal, m[1]);
    }
    if ((m = /^"(.*)" is also an upgrade type/.exec(message))) {
        return formatLabel(LABELS.Validation_Also_Upgrade, m[1]);
    }
    if (path === 'mappings.renewalContractField') return LABELS.Validation_Field_Name;
    if (path === 'signals' && /^all weights are zero/.test(message))
        return LABELS.Validation_Weights_All_Zero;
    if ((m = /^unknown signal "(.*)"/.exec(message)))
        return formatLabel(LABELS.Validation_Unknown_Signal, m[1]);
    if (/^unknown (setting|pillar|mapping) "/.test(message)) {
        return formatLabel(LABELS.Validation_Unknown_Setting, path);
    }
    return formatLabel(LABELS.Validation_Model_Invalid, `${path}: ${message}`);
}

/** One issue with its field's name: "Weight of Win rate: Weights can't be negative." */
export function modelIssueLine(issue) {
    if (issue?.path === DEFINITION) return modelIssueText(issue);
    return formatLabel(LABELS.Validation_Summary_Item, modelFieldName(issue.path), modelIssueText(issue));
}

/**
 * Every issue of a model as one line of sentences, in the validator's order, for places
 * that have room for one message (a banner, a version's row, a toast). Empty for no issues.
 */
export function modelIssuesSummary(issues) {
    return (issues ?? []).map(modelIssueLine).join(' ');
}

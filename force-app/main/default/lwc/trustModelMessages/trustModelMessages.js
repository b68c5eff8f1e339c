/**
 * Model validation issues in an admin's words (service module, not exposed). The engine's
 * validator (`validateModel`) and the model-record adapter report issues as
 * `{ path, code, params, message }`; the message is English for developers and the CLI
 * (`signals.winRate.weight: must be at least 0 (got -1)`) and nothing a user reads shows it.
 * This module words each code from Custom Labels with its params and names the field each
 * issue belongs to, the way the setup form labels it.
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
 * An issue whose code this module does not know is still shown, whole, inside "The model
 * isn't valid: …", never dropped.
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

const isWeightPath = (path) => /^signals\.\w+\.weight$/.test(path) || /^pillars\.\w+$/.test(path);

/**
 * The wording of each validator issue code (`MODEL_ISSUE_CODES` of c/trustEngine), from
 * Custom Labels and the issue's params. A test fails when a code has no entry here.
 */
export const ISSUE_WORDING = Object.freeze({
    required: () => LABELS.Validation_Required,
    notNumber: () => LABELS.Validation_Number,
    wholeNumber: () => LABELS.Validation_Whole_Number,
    // Every weight's minimum is 0, so "at least 0" on a weight reads better as a rule.
    atLeast: ({ path, params }) => {
        if (isWeightPath(path)) return LABELS.Validation_Weight_Negative;
        return formatLabel(LABELS.Validation_At_Least, params.min);
    },
    above: ({ params }) => formatLabel(LABELS.Validation_Above, params.min),
    atMost: ({ params }) => formatLabel(LABELS.Validation_At_Most, params.max),
    zeroOrAtLeast: ({ params }) => formatLabel(LABELS.Validation_Zero_Or_At_Least, params.min),
    notText: () => LABELS.Validation_Text,
    notList: () => LABELS.Validation_List,
    notObject: () => LABELS.Validation_Setting_Shape,
    notBoolean: () => LABELS.Validation_On_Off,
    notPillar: () => LABELS.Validation_Pillar,
    unknownKey: ({ path, params }) => {
        if (params.kind === 'signal') return formatLabel(LABELS.Validation_Unknown_Signal, params.key);
        return formatLabel(LABELS.Validation_Unknown_Setting, path);
    },
    signalMissing: () => LABELS.Validation_Signal_Missing,
    bandsEmpty: () => LABELS.Validation_Bands_Empty,
    bandNameDuplicate: () => LABELS.Validation_Band_Name_Duplicate,
    firstBandZero: () => LABELS.Validation_First_Band_Zero,
    bandOrder: () => LABELS.Validation_Band_Order,
    fieldName: () => LABELS.Validation_Field_Name,
    alsoRenewal: ({ params }) => formatLabel(LABELS.Validation_Also_Renewal, params.type),
    alsoUpgrade: ({ params }) => formatLabel(LABELS.Validation_Also_Upgrade, params.type),
    weightsAllZero: () => LABELS.Validation_Weights_All_Zero,
    notJson: ({ path, params }) =>
        formatLabel(
            path === DEFINITION ? LABELS.Validation_Definition_Not_Json : LABELS.Validation_Not_Json,
            params.detail
        ),
    definitionEmpty: () => LABELS.Validation_Definition_Empty
});

/**
 * One validator issue in an admin's words, from Custom Labels chosen by the issue's `code`
 * (never by reading its English `message`). An issue without a known code is still shown,
 * whole, inside "The model isn't valid: …", never dropped.
 */
export function modelIssueText(issue) {
    const word = Object.prototype.hasOwnProperty.call(ISSUE_WORDING, issue?.code)
        ? ISSUE_WORDING[issue.code]
        : null;
    if (word) return word({ path: issue.path, params: issue.params ?? {} });
    return formatLabel(LABELS.Validation_Model_Invalid, `${issue.path}: ${issue.message}`);
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

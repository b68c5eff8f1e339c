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
 * - {@link modelMessages}`(labels)`: the worded functions above over another label set keyed
 *   like {@link MODEL_MESSAGE_LABELS} (the setup page binds them to its own vocabulary).
 * - {@link formatLabel} and {@link nameLookups}: the generic label helpers, kept here once and
 *   re-exported by `c/trustSetupLabels`.
 *
 * Its labels are its own (`./labels`), so the Trust panel, which words an invalid active
 * model with it, does not load the setup page's labels.
 *
 * An issue whose code this module does not know is still shown, whole, inside "The model
 * isn't valid: …", never dropped.
 */
import { LABELS } from './labels';
import { formatLabel, nameLookups } from './labelText';

export { LABELS as MODEL_MESSAGE_LABELS, formatLabel, nameLookups };

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

const isWeightPath = (path) => /^signals\.\w+\.weight$/.test(path) || /^pillars\.\w+$/.test(path);

/**
 * The worded functions over a label set keyed like {@link MODEL_MESSAGE_LABELS}: this module's
 * own exports use its labels; the setup page's label module binds the same functions to its
 * vocabulary, so a test that swaps in the labels' real values reaches these words too.
 */
export function modelMessages(labels) {
    const { pillarLabel, signalLabel } = nameLookups(labels);

    /** The name an admin knows a setting by, for the summary above the Save button. */
    function modelFieldName(path) {
        const key = modelFieldKey(path);
        const segments = modelPathSegments(key);
        const [first, second, third] = segments;
        if (first === 'signals') {
            if (second === undefined) return labels.Setup_Signal_Weights;
            const name = signalLabel(second);
            if (third === 'weight') return formatLabel(labels.Setup_Weight_For, name);
            if (third === 'pillar') return formatLabel(labels.Setup_Pillar_For, name);
            if (third === 'enabled') return formatLabel(labels.Setup_Enabled_For, name);
            return name;
        }
        if (first === 'pillars') {
            return second === undefined
                ? labels.Setup_Pillar_Weights
                : formatLabel(labels.Setup_Weight_For, pillarLabel(second));
        }
        if (first === 'bands') {
            if (typeof second !== 'number') return labels.Setup_Bands;
            if (third === 'name') return formatLabel(labels.Setup_Band_Name_For, second + 1);
            return formatLabel(labels.Setup_Band_Min_For, second + 1);
        }
        // A segment's settings, named as the setup page's segment editor labels them.
        if (first === 'segment' && (second === 'field' || second === 'values')) {
            return second === 'field' ? labels.Setup_Segment_Field : labels.Setup_Segment_Values;
        }
        if (first === 'mappings') {
            if (second === 'resolutionTargetHours' && third !== undefined) {
                return formatLabel(labels.Setup_Resolution_Target_For, third);
            }
            return second === undefined ? labels.Setup_Mappings : (labels[MAPPING_FIELDS[second]] ?? key);
        }
        return TIMING_FIELDS[first] ? labels[TIMING_FIELDS[first]] : key;
    }

    /**
     * The wording of each validator issue code (`MODEL_ISSUE_CODES` of c/trustEngine), from
     * Custom Labels and the issue's params. A test fails when a code has no entry here.
     */
    const ISSUE_WORDING = Object.freeze({
        required: () => labels.Validation_Required,
        notNumber: () => labels.Validation_Number,
        wholeNumber: () => labels.Validation_Whole_Number,
        // Every weight's minimum is 0, so "at least 0" on a weight reads better as a rule.
        atLeast: ({ path, params }) => {
            if (isWeightPath(path)) return labels.Validation_Weight_Negative;
            return formatLabel(labels.Validation_At_Least, params.min);
        },
        above: ({ params }) => formatLabel(labels.Validation_Above, params.min),
        atMost: ({ params }) => formatLabel(labels.Validation_At_Most, params.max),
        zeroOrAtLeast: ({ params }) => formatLabel(labels.Validation_Zero_Or_At_Least, params.min),
        notText: () => labels.Validation_Text,
        notList: () => labels.Validation_List,
        notObject: () => labels.Validation_Setting_Shape,
        notBoolean: () => labels.Validation_On_Off,
        notPillar: () => labels.Validation_Pillar,
        unknownKey: ({ path, params }) => {
            if (params.kind === 'signal') return formatLabel(labels.Validation_Unknown_Signal, params.key);
            return formatLabel(labels.Validation_Unknown_Setting, path);
        },
        signalMissing: () => labels.Validation_Signal_Missing,
        bandsEmpty: () => labels.Validation_Bands_Empty,
        bandNameDuplicate: () => labels.Validation_Band_Name_Duplicate,
        firstBandZero: () => labels.Validation_First_Band_Zero,
        bandOrder: () => labels.Validation_Band_Order,
        fieldName: () => labels.Validation_Field_Name,
        alsoRenewal: ({ params }) => formatLabel(labels.Validation_Also_Renewal, params.type),
        alsoUpgrade: ({ params }) => formatLabel(labels.Validation_Also_Upgrade, params.type),
        weightsAllZero: () => labels.Validation_Weights_All_Zero,
        notJson: ({ path, params }) =>
            formatLabel(
                path === DEFINITION ? labels.Validation_Definition_Not_Json : labels.Validation_Not_Json,
                params.detail
            ),
        definitionEmpty: () => labels.Validation_Definition_Empty,
        textTooLong: ({ params }) => formatLabel(labels.Validation_Text_Too_Long, params.max),
        signalIdTaken: () => labels.Validation_Signal_Id_Taken,
        signalIdFormat: () => labels.Validation_Signal_Id_Format,
        apiName: () => labels.Validation_Api_Name,
        notAggregate: () => labels.Validation_Aggregate,
        scaleFlat: () => labels.Validation_Scale_Flat,
        valueFieldNeeded: () => labels.Validation_Value_Field_Needed,
        accountFieldName: () => labels.Validation_Account_Field_Name,
        segmentValuesEmpty: () => labels.Validation_Segment_Values_Empty,
        noDefault: () => labels.Validation_No_Default,
        defaultTwice: ({ params }) =>
            formatLabel(labels.Validation_Default_Twice, params.first, params.second),
        contractFieldDiffers: ({ params }) =>
            formatLabel(labels.Validation_Contract_Field_Differs, params.first),
        segmentOverlap: ({ params }) =>
            formatLabel(labels.Validation_Segment_Overlap, params.values, params.field, params.first),
        segmentFieldNotOnAccount: ({ params }) =>
            formatLabel(labels.Validation_Segment_Field_Not_On_Account, params.field)
    });

    /**
     * One validator issue in an admin's words, from Custom Labels chosen by the issue's `code`
     * (never by reading its English `message`). An issue without a known code is still shown,
     * whole, inside "The model isn't valid: …", never dropped.
     */
    function modelIssueText(issue) {
        const word = Object.prototype.hasOwnProperty.call(ISSUE_WORDING, issue?.code)
            ? ISSUE_WORDING[issue.code]
            : null;
        if (word) return word({ path: issue.path, params: issue.params ?? {} });
        return formatLabel(labels.Validation_Model_Invalid, `${issue.path}: ${issue.message}`);
    }

    /** One issue with its field's name: "Weight of Win rate: Weights can't be negative." */
    function modelIssueLine(issue) {
        if (issue?.path === DEFINITION) return modelIssueText(issue);
        return formatLabel(labels.Validation_Summary_Item, modelFieldName(issue.path), modelIssueText(issue));
    }

    /**
     * Every issue of a model as one line of sentences, in the validator's order, for places
     * that have room for one message (a banner, a version's row, a toast). Empty for no issues.
     */
    function modelIssuesSummary(issues) {
        return (issues ?? []).map(modelIssueLine).join(' ');
    }

    return { ISSUE_WORDING, modelFieldName, modelIssueText, modelIssueLine, modelIssuesSummary };
}

export const { ISSUE_WORDING, modelFieldName, modelIssueText, modelIssueLine, modelIssuesSummary } =
    modelMessages(LABELS);

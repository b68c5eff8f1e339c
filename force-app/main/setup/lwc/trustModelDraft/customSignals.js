/**
 * The draft's custom signals (part of c/trustModelDraft, re-exported by it): adding, editing
 * and removing one, and the validator's findings about one by setting, worded with the signal's
 * own label so the summary above Save says which signal and which setting.
 */
import { isSignalId } from 'c/trustEngine';
import { LABELS, formatLabel } from 'c/trustSetupLabels';

/** The first `customSignal<n>` id that is neither a catalog signal's nor taken in `list`. */
function freeCustomId(list) {
    const taken = new Set(list.map((s) => s?.id));
    let n = list.length + 1;
    while (taken.has(`customSignal${n}`) || isSignalId(`customSignal${n}`)) n += 1;
    return `customSignal${n}`;
}

/**
 * A draft with one more custom signal, switched on, weighing 1 and scaled 0 → 100 by the
 * average: what most usage or survey numbers need. Its label, object and fields are left for
 * the admin to choose, so the validator asks for them until they are set.
 */
export function addCustomSignal(draft) {
    const list = Array.isArray(draft?.customSignals) ? draft.customSignals : [];
    const signal = {
        id: freeCustomId(list),
        label: '',
        pillar: 'capability',
        weight: 1,
        enabled: true,
        aggregate: 'average',
        scale: { bad: 0, good: 100 }
    };
    return { ...draft, customSignals: [...list, signal] };
}

/** A draft without the custom signal at `index`; without the list when it was the last one (as a model without custom signals reads). */
export function removeCustomSignal(draft, index) {
    const list = Array.isArray(draft?.customSignals) ? draft.customSignals : [];
    const rest = list.filter((signal, i) => i !== index);
    const next = { ...draft, customSignals: rest };
    if (rest.length === 0) delete next.customSignals;
    return next;
}

/**
 * One custom signal with one setting changed, keeping it coherent: another object drops the
 * fields chosen on the old one and takes `accountField` (its lookup to Account); a count
 * drops the value field it does not read. `undefined` removes a setting.
 */
export function editCustomSignal(signal, setting, value, accountField) {
    const next = { ...signal };
    if (setting === 'object' && value !== signal?.object) {
        delete next.dateField;
        delete next.valueField;
        delete next.filter;
        if (accountField === undefined) delete next.accountField;
        else next.accountField = accountField;
    }
    if (setting === 'aggregate' && value === 'count') delete next.valueField;
    if (value === undefined) delete next[setting];
    else next[setting] = value;
    return next;
}

/**
 * The validator's messages for the custom signal at `index`, by setting (`label`,
 * `scale.bad`, `filter.Type__c` …; a filter value's message goes to its field), the first of
 * each; `signal` holds one about the whole entry.
 */
export function customSignalErrors(errors, index) {
    const prefix = `customSignals[${index}]`;
    const out = {};
    for (const [key, message] of Object.entries(errors ?? {})) {
        let setting;
        if (key === prefix) setting = 'signal';
        else if (key.startsWith(`${prefix}.`)) setting = key.slice(prefix.length + 1).replace(/\[\d+\]$/, '');
        else continue;
        if (out[setting] === undefined) out[setting] = message;
    }
    return out;
}

/** Each setting's name on the form, for the summary above Save. */
const SETTING_LABELS = {
    id: 'Setup_Custom_Id',
    label: 'Setup_Custom_Label',
    pillar: 'Setup_Signal_Pillar',
    weight: 'Setup_Weight',
    enabled: 'Setup_Signal_Enabled',
    object: 'Setup_Custom_Object',
    accountField: 'Setup_Custom_Account_Field',
    dateField: 'Setup_Custom_Date_Field',
    valueField: 'Setup_Custom_Value_Field',
    aggregate: 'Setup_Custom_Aggregate',
    scale: 'Setup_Custom_Scale',
    'scale.bad': 'Setup_Custom_Scale_Bad',
    'scale.good': 'Setup_Custom_Scale_Good'
};

/**
 * A summary line for an issue about a custom signal ("Date field of Product usage: Enter a
 * value."), or null for any other issue. `text` is the issue in words.
 */
export function customIssueLine(draft, issue, text) {
    const match = /^customSignals\[(\d+)\](?:\.(.+))?$/.exec(issue?.path ?? '');
    if (!match) return null;
    const index = Number(match[1]);
    const signal = draft?.customSignals?.[index];
    const name =
        typeof signal?.label === 'string' && signal.label.trim() !== ''
            ? signal.label
            : formatLabel(LABELS.Setup_Custom_Untitled, index + 1);
    const setting = (match[2] ?? '').replace(/\[\d+\]$/, '');
    let field = name;
    if (setting.startsWith('filter.'))
        field = formatLabel(
            LABELS.Setup_Custom_Setting_Of,
            formatLabel(LABELS.Setup_Custom_Filter_Values, setting.slice(7)),
            name
        );
    else if (SETTING_LABELS[setting])
        field = formatLabel(LABELS.Setup_Custom_Setting_Of, LABELS[SETTING_LABELS[setting]], name);
    return formatLabel(LABELS.Validation_Summary_Item, field, text);
}

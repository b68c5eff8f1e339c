/**
 * The filters of a custom signal as the custom signals part shows them (pure functions): each
 * field with the values it allows, chosen from the field's picklist or true/false for a
 * checkbox, or typed when the object's fields could not be read.
 */
import { LABELS, formatLabel } from 'c/trustSetupLabels';

/** Values a checkbox filter can allow, as the engine compares them (text). */
const BOOLEAN_VALUES = [
    { label: 'true', value: 'true' },
    { label: 'false', value: 'false' }
];

/** A signal's filter as field → values; anything else (the validator says what) reads as none. */
export function filterOf(signal) {
    const filter = signal?.filter;
    return filter && typeof filter === 'object' && !Array.isArray(filter) ? filter : {};
}

/**
 * The values a filter offers to tick: a checkbox's true/false or a picklist's values, then any
 * value the model allows that the org's picklist no longer has (marked, so it can be
 * unticked); null when the values are typed.
 */
function valueChoices(type, picklist, selected) {
    let options = null;
    if (type === 'Boolean') options = BOOLEAN_VALUES;
    else if (type === 'Picklist' && picklist?.length) options = picklist;
    if (options === null) return null;
    const gone = selected.filter((v) => !options.some((o) => o.value === v));
    return [...options, ...gone.map((v) => ({ label: formatLabel(LABELS.Setup_Not_In_Org, v), value: v }))];
}

/** The fields a filter may be on, plus its own when the object shows no such field. */
function fieldChoices(fields, field) {
    if (fields.some((f) => f.value === field)) return fields;
    return [...fields, { label: formatLabel(LABELS.Setup_Custom_Field_Unseen, field), value: field }];
}

/** One row per filtered field of the signal at `index`, with its choices (null: typed). */
export function filterRows(signal, index, choices, fieldsListed) {
    // Without the object's fields, a filter's field and values are as the model has them: typed.
    const fields = fieldsListed ? (choices?.filterFields ?? []) : [];
    return Object.entries(filterOf(signal)).map(([field, values], n) => {
        const type = fields.find((f) => f.value === field)?.dataType;
        const selected = Array.isArray(values) ? values : [];
        return {
            key: `${n}`,
            field,
            fieldLabel: formatLabel(LABELS.Setup_Custom_Filter_Field, n + 1),
            valuesLabel: formatLabel(LABELS.Setup_Custom_Filter_Values, field),
            removeLabel: formatLabel(LABELS.Setup_Custom_Remove_Filter, field),
            fieldOptions: fieldsListed ? fieldChoices(fields, field) : null,
            valuesPath: `customSignals[${index}].filter.${field}`,
            choices: valueChoices(type, choices?.filterValues?.[field], selected),
            selected,
            text: selected.join(', ')
        };
    });
}

/** The first filterable field the signal does not filter on yet, or undefined. */
export function unusedFilterField(signal, choices) {
    const used = new Set(Object.keys(filterOf(signal)));
    return (choices?.filterFields ?? []).find((f) => !used.has(f.value))?.value;
}

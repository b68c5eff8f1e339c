/**
 * What the custom signals part may offer, read from `lightning/uiObjectInfoApi` answers (pure
 * functions the container calls; no wire here): the objects with a lookup to Account, from
 * Account's `childRelationships` (Task and Event through `AccountId`), and each chosen
 * object's fields by the data type the engine reads them as — a day for `dateField`, a number
 * for `valueField`, a picklist, text or checkbox for a filter.
 */
import { formatLabel, LABELS } from 'c/trustSetupLabels';

export const DATE_TYPES = Object.freeze(['Date', 'DateTime']);
export const NUMBER_TYPES = Object.freeze(['Double', 'Int', 'Percent', 'Currency']);
export const FILTER_TYPES = Object.freeze(['Picklist', 'String', 'Boolean']);

const byLabel = (a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0);

/**
 * Activities reach Account through `WhatId` (polymorphic: it may hold an opportunity's or a
 * case's id) and carry the account the platform derives in `AccountId`, which is the one a
 * custom signal reads; it is offered first whatever relationships Account lists for them.
 */
const ACTIVITY_OBJECTS = Object.freeze(['Task', 'Event']);

/** Object API name → its lookup fields to Account, from Account's object info. */
export function accountLookups(accountInfo) {
    const lookups = new Map();
    for (const child of accountInfo?.childRelationships ?? []) {
        const object = child?.childObjectApiName;
        if (!object || !child.fieldName) continue;
        const fields = lookups.get(object) ?? [];
        if (!fields.includes(child.fieldName)) fields.push(child.fieldName);
        lookups.set(object, fields);
    }
    for (const object of ACTIVITY_OBJECTS) {
        const fields = lookups.get(object);
        if (fields) lookups.set(object, ['AccountId', ...fields.filter((f) => f !== 'AccountId')]);
    }
    return lookups;
}

/**
 * Each object an answer of `getObjectInfos` covers: `{info}` when it was read, `{missing}` when
 * the org has no such object (404, INVALID_TYPE), `{error}` with the reason when the user may
 * not read it.
 */
export function objectInfosByName(names, objectInfos) {
    const out = new Map();
    const results = objectInfos?.results ?? [];
    names.forEach((name, i) => {
        const answer = results[i];
        if (!answer) return;
        if (answer.statusCode === 200 && answer.result) {
            out.set(name, { info: answer.result });
            return;
        }
        const errors = Array.isArray(answer.result) ? answer.result : [answer.result ?? {}];
        const codes = errors.map((e) => e?.errorCode);
        const missing =
            answer.statusCode === 404 || codes.includes('NOT_FOUND') || codes.includes('INVALID_TYPE');
        out.set(
            name,
            missing ? { missing: true } : { error: errors.map((e) => e?.message ?? '').join('; ') }
        );
    });
    return out;
}

/**
 * Options of the object chooser: every object with a lookup to Account (each with its first
 * lookup, which a newly chosen object starts with), then any other the draft names, marked
 * "(not in this org)" unless the org answered for it.
 */
export function objectOptions(lookups, named, infos = new Map()) {
    const options = [...lookups.keys()]
        .map((object) => ({ label: object, value: object, accountField: lookups.get(object)[0] }))
        .sort(byLabel);
    for (const object of new Set(named)) {
        if (!object || lookups.has(object)) continue;
        const known = infos.get(object)?.info !== undefined;
        options.push({ label: known ? object : formatLabel(LABELS.Setup_Not_In_Org, object), value: object });
    }
    return options;
}

/** Options of one field chooser: `info`'s fields of `types`, plus the current value when the object has no such field the user can see. */
export function fieldOptions(info, types, current) {
    const options = Object.values(info?.fields ?? {})
        .filter((f) => types.includes(f.dataType))
        .map((f) => ({ label: `${f.label} (${f.apiName})`, value: f.apiName, dataType: f.dataType }))
        .sort(byLabel);
    if (current && !options.some((o) => o.value === current))
        options.push({ label: formatLabel(LABELS.Setup_Custom_Field_Unseen, current), value: current });
    return options;
}

/** Options of the Account lookup chooser for `object`: its lookups to Account, plus the current one when not among them. */
export function accountFieldOptions(lookups, object, current) {
    const options = (lookups.get(object) ?? []).map((field) => ({ label: field, value: field }));
    if (current && !options.some((o) => o.value === current))
        options.push({ label: formatLabel(LABELS.Setup_Custom_Field_Unseen, current), value: current });
    return options;
}

/** A field's values from a `getPicklistValuesByRecordType` answer: `{label, value}` each. */
export function picklistValuesOf(picklists, field) {
    return (picklists?.picklistFieldValues?.[field]?.values ?? []).map((v) => ({
        label: v.label,
        value: v.value
    }));
}

/** The objects of `names` the org answered it does not have. */
export function missingObjects(names, objectInfos) {
    const infos = objectInfosByName(names, objectInfos);
    return names.filter((name) => infos.get(name)?.missing === true);
}

/**
 * Everything the custom signals part offers for the edited signal `selected`, from the wires'
 * data: Account's object info, the object infos of `names` (the draft's objects, in that
 * order) and the picklist values of the edited signal's object. Null until Account's object
 * info is in.
 */
export function customSignalChoices({ accountInfo, names, objectInfos, picklists, selected }) {
    if (!accountInfo) return null;
    const lookups = accountLookups(accountInfo);
    const infos = objectInfosByName(names, objectInfos);
    const object = selected?.object;
    const answer = object ? infos.get(object) : undefined;
    const info = answer?.info;
    let objectProblem = null;
    if (answer?.missing) objectProblem = formatLabel(LABELS.Setup_Custom_Object_Missing, object);
    else if (answer?.error !== undefined)
        objectProblem = formatLabel(LABELS.Setup_Custom_Object_Unreadable, object, answer.error);
    const filterFields = fieldOptions(info, FILTER_TYPES);
    const filterValues = {};
    for (const field of filterFields)
        if (field.dataType === 'Picklist')
            filterValues[field.value] = picklistValuesOf(picklists, field.value);
    return {
        objects: objectOptions(lookups, names, infos),
        accountFields: accountFieldOptions(lookups, object, selected?.accountField),
        dateFields: fieldOptions(info, DATE_TYPES, selected?.dateField),
        valueFields: fieldOptions(info, NUMBER_TYPES, selected?.valueField),
        filterFields,
        filterValues,
        fieldsReadable: info !== undefined,
        objectProblem
    };
}

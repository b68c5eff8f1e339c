import { LightningElement, api } from 'lwc';
import { CUSTOM_AGGREGATES, PILLAR_IDS } from 'c/trustEngine';
import { LABELS, formatLabel, pillarLabel } from 'c/trustSetupLabels';
import {
    addCustomSignal,
    customSignalErrors,
    editCustomSignal,
    numberFromInput,
    removeCustomSignal,
    reportFieldErrors
} from 'c/trustModelDraft';
import { filterOf, filterRows, unusedFilterField } from './filters';

/** Each aggregate's words. */
const AGGREGATE_LABELS = {
    latest: 'Setup_Custom_Aggregate_Latest',
    average: 'Setup_Custom_Aggregate_Average',
    sum: 'Setup_Custom_Aggregate_Sum',
    count: 'Setup_Custom_Aggregate_Count',
    min: 'Setup_Custom_Aggregate_Min',
    max: 'Setup_Custom_Aggregate_Max'
};

/**
 * The settings the form shows a message beside; a message about any other (an unknown key, a
 * filter that is not a list of fields) goes in the form's list of problems.
 */
const SHOWN_SETTINGS = new Set([
    'id',
    'label',
    'pillar',
    'weight',
    'enabled',
    'object',
    'accountField',
    'dateField',
    'valueField',
    'aggregate',
    'scale.bad',
    'scale.good',
    'scale'
]);

/** A chooser or input left blank removes the setting, so the validator asks for it. */
function blankToUndefined(value) {
    const blank = value === null || value === undefined || String(value).trim() === '';
    return blank ? undefined : value;
}

/**
 * Presentational: the model's custom signals — a row each (label, object, switched on, pillar,
 * weight, share of the score) and the settings of the one being edited (object and its lookup
 * to Account, date and value fields, how the records combine, the scale, filters), with the
 * validator's message beside each input. The choices (objects with a lookup to Account,
 * fields by type, picklist values) come from the container, which reads them with
 * `lightning/uiObjectInfoApi`; without them every name can still be typed. Fires
 * `draftchange` ({ path, value }) for every edit and `customsignalselect` ({ index }) to
 * edit another signal (the container reads that signal's object).
 */
export default class TrustCustomSignals extends LightningElement {
    /** The draft's `customSignals` list (absent: none); values may be invalid while typed. */
    @api customSignals;
    /** Each custom signal's share of the score (0–1) by position, or null while a weight is not a number. */
    @api shares;
    /** Field key (`customSignals[0].scale.bad`, `customSignals`) → message, from the container's validation. */
    @api errors;
    /** True when the user may look but not change anything. */
    @api readOnly = false;
    /** Position of the signal whose settings are shown, or null. */
    @api selectedIndex = null;
    /**
     * Choices for the edited signal, or null while they load: `objects` ({label, value,
     * accountField}), `accountFields`, `dateFields`, `valueFields`, `filterFields` ({label, value,
     * dataType}), `filterValues` (field → {label, value} list of a picklist), `fieldsReadable`
     * (false: its fields are typed), `objectProblem` (why not, or null).
     */
    @api choices;
    /** Why the objects with a lookup to Account could not be listed (names are then typed), or null. */
    @api choicesError;
    /** Objects the draft names that the org does not have. */
    @api missingObjects;

    label = LABELS;

    get list() {
        return Array.isArray(this.customSignals) ? this.customSignals : [];
    }

    get isEmpty() {
        return this.list.length === 0;
    }

    get canAdd() {
        return !this.readOnly;
    }

    get sectionError() {
        return this.errors?.customSignals;
    }

    get pillarOptions() {
        return PILLAR_IDS.map((id) => ({ label: pillarLabel(id), value: id }));
    }

    get aggregateOptions() {
        return CUSTOM_AGGREGATES.map((id) => ({ label: LABELS[AGGREGATE_LABELS[id]], value: id }));
    }

    nameOf(signal, index) {
        return signal?.label && String(signal.label).trim() !== ''
            ? signal.label
            : formatLabel(LABELS.Setup_Custom_Untitled, index + 1);
    }

    get rows() {
        const missing = new Set(this.missingObjects ?? []);
        return this.list.map((signal, index) => {
            const name = this.nameOf(signal, index);
            const share = this.shares?.[index];
            const base = `customSignals[${index}]`;
            const object = signal?.object ?? '';
            return {
                key: `${index}`,
                index,
                name,
                objectText: missing.has(object) ? formatLabel(LABELS.Setup_Not_In_Org, object) : object,
                enabled: signal?.enabled !== false,
                pillar: signal?.pillar,
                weight: signal?.weight,
                share: typeof share === 'number' ? share : null,
                hasShare: typeof share === 'number',
                hasProblems: Object.keys(customSignalErrors(this.errors, index)).length > 0,
                enabledPath: `${base}.enabled`,
                pillarPath: `${base}.pillar`,
                weightPath: `${base}.weight`,
                enabledLabel: formatLabel(LABELS.Setup_Enabled_For, name),
                pillarLabel: formatLabel(LABELS.Setup_Pillar_For, name),
                weightLabel: formatLabel(LABELS.Setup_Weight_For, name),
                editLabel: formatLabel(LABELS.Setup_Custom_Edit_For, name),
                removeLabel: formatLabel(LABELS.Setup_Custom_Remove_For, name),
                rowClass:
                    signal?.enabled === false ? 'slds-hint-parent slds-text-color_weak' : 'slds-hint-parent'
            };
        });
    }

    /** The edited signal's form, or null. */
    get form() {
        const index = this.selectedIndex;
        if (typeof index !== 'number' || !this.list[index]) return null;
        const signal = this.list[index];
        const base = `customSignals[${index}]`;
        const choices = this.choices;
        const objectsListed = Boolean(choices) && !this.choicesError;
        const fieldsListed = objectsListed && choices.fieldsReadable === true;
        const errors = customSignalErrors(this.errors, index);
        return {
            index,
            heading: formatLabel(LABELS.Setup_Custom_Editing, this.nameOf(signal, index)),
            paths: {
                id: `${base}.id`,
                label: `${base}.label`,
                aggregate: `${base}.aggregate`,
                bad: `${base}.scale.bad`,
                good: `${base}.scale.good`
            },
            signal,
            bad: signal.scale?.bad,
            good: signal.scale?.good,
            objectsListed,
            fieldsListed,
            names: this.nameRows(signal, base, objectsListed, fieldsListed),
            objectProblem: objectsListed ? (choices.objectProblem ?? null) : null,
            scaleError: errors.scale ?? null,
            otherProblems: Object.entries(errors)
                .filter(([setting]) => !SHOWN_SETTINGS.has(setting) && !setting.startsWith('filter.'))
                .map(([setting, text]) => ({ key: setting, text })),
            filters: filterRows(signal, index, this.choices, fieldsListed),
            hasFilters: Object.keys(filterOf(signal)).length > 0,
            canAddFilter:
                !this.readOnly && fieldsListed && unusedFilterField(signal, this.choices) !== undefined
        };
    }

    /**
     * The settings that name the object and its fields: each a chooser of the org's names, or
     * an input to type one when they could not be read. A count reads no value field.
     */
    nameRows(signal, base, objectsListed, fieldsListed) {
        const choices = this.choices;
        const rows = [
            ['object', 'Setup_Custom_Object', choices?.objects, objectsListed],
            ['accountField', 'Setup_Custom_Account_Field', choices?.accountFields, objectsListed],
            ['dateField', 'Setup_Custom_Date_Field', choices?.dateFields, fieldsListed],
            ['valueField', 'Setup_Custom_Value_Field', choices?.valueFields, fieldsListed]
        ];
        return rows
            .filter(([key]) => key !== 'valueField' || signal.aggregate !== 'count')
            .map(([key, label, options, listed]) => ({
                key,
                label: LABELS[label],
                path: `${base}.${key}`,
                value: signal[key],
                options: options ?? [],
                listed
            }));
    }

    /** Each input's message, keyed by the input's `data-path`. */
    get fieldErrors() {
        const out = { ...(this.errors ?? {}) };
        this.list.forEach((signal, index) => {
            for (const [setting, message] of Object.entries(customSignalErrors(this.errors, index)))
                out[`customSignals[${index}].${setting}`] = message;
        });
        return out;
    }

    renderedCallback() {
        reportFieldErrors(this.template.querySelectorAll('[data-path]'), this.fieldErrors);
    }

    // --- events -------------------------------------------------------------------------------

    signalAt(index) {
        return this.list[index] ?? {};
    }

    handleAdd() {
        const next = addCustomSignal({ customSignals: this.customSignals }).customSignals;
        this.emit('customSignals', next);
        this.select(next.length - 1);
    }

    handleEdit(event) {
        this.select(Number(event.currentTarget.dataset.index));
    }

    handleRemove(event) {
        const index = Number(event.currentTarget.dataset.index);
        this.emit(
            'customSignals',
            removeCustomSignal({ customSignals: this.customSignals }, index).customSignals
        );
        this.select(null);
    }

    handleToggle(event) {
        this.emit(event.target.dataset.path, event.detail.checked);
    }

    handleValue(event) {
        this.emit(event.target.dataset.path, event.detail.value);
    }

    handleOptionalName(event) {
        this.emit(event.target.dataset.path, blankToUndefined(event.detail.value));
    }

    handleNumber(event) {
        this.emit(event.target.dataset.path, numberFromInput(event.detail.value));
    }

    handleName(event) {
        if (event.target.dataset.setting === 'object') this.handleObject(event);
        else this.handleOptionalName(event);
    }

    handleObject(event) {
        const index = this.selectedIndex;
        const object = blankToUndefined(event.detail.value);
        const option = (this.choices?.objects ?? []).find((o) => o.value === object);
        this.emit(
            `customSignals[${index}]`,
            editCustomSignal(this.signalAt(index), 'object', object, option?.accountField)
        );
    }

    handleAggregate(event) {
        const index = this.selectedIndex;
        this.emit(
            `customSignals[${index}]`,
            editCustomSignal(this.signalAt(index), 'aggregate', event.detail.value)
        );
    }

    /** The edited signal's filter, rebuilt by `change` (field → values), or removed when empty. */
    emitFilter(change) {
        const index = this.selectedIndex;
        const filter = change({ ...filterOf(this.signalAt(index)) });
        this.emit(`customSignals[${index}].filter`, Object.keys(filter).length > 0 ? filter : undefined);
    }

    handleAddFilter() {
        const field = unusedFilterField(this.signalAt(this.selectedIndex), this.choices);
        if (field === undefined) return;
        this.emitFilter((filter) => ({ ...filter, [field]: [] }));
    }

    handleRemoveFilter(event) {
        const field = event.currentTarget.dataset.field;
        this.emitFilter((filter) => {
            delete filter[field];
            return filter;
        });
    }

    handleFilterField(event) {
        const old = event.target.dataset.field;
        const field = event.detail.value;
        if (!field || field === old) return;
        // Renamed in place, so the filters keep their order; the old field's values mean nothing on the new one.
        this.emitFilter((filter) =>
            Object.fromEntries(
                Object.entries(filter).map(([key, values]) => (key === old ? [field, []] : [key, values]))
            )
        );
    }

    handleFilterChoices(event) {
        const field = event.target.dataset.field;
        this.emitFilter((filter) => ({ ...filter, [field]: [...(event.detail.value ?? [])] }));
    }

    /** On commit (Enter or leaving the field), so a comma being typed is not taken away mid-word. */
    handleFilterText(event) {
        const field = event.target.dataset.field;
        const values = String(event.target.value ?? '')
            .split(',')
            .map((v) => v.trim())
            .filter((v) => v !== '');
        this.emitFilter((filter) => ({ ...filter, [field]: values }));
    }

    select(index) {
        this.dispatchEvent(new CustomEvent('customsignalselect', { detail: { index } }));
    }

    emit(path, value) {
        this.dispatchEvent(new CustomEvent('draftchange', { detail: { path, value } }));
    }
}

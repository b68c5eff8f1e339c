import { LightningElement, api } from 'lwc';
import { segmentFieldChoices, segmentValueChoices } from 'c/trustEngine';
import { LABELS, formatLabel } from 'c/trustSetupLabels';
import { reportFieldErrors } from 'c/trustModelDraft';

/** The field choice that removes the segment: the model then scores all other accounts. */
const NO_FIELD = '';

/**
 * Presentational: the segment of the model being edited, the accounts it scores: one Account
 * field (from the org's Account fields whose value is one text) and its values (the field's
 * picklist values, or typed one per line), and the model's priority. Fires `draftchange`
 * ({ path: 'segment', value }, value undefined without a segment) and `prioritychange`
 * ({ value }: a whole number, or null for none). Changing the field clears the values, which
 * belong to the field.
 */
export default class TrustSegment extends LightningElement {
    /** The draft's `segment` ({ field, values }), or undefined for the model of all other accounts. */
    @api segment;
    /** The priority the model is saved with, or null. */
    @api priority = null;
    /** `getObjectInfo` data of Account, or undefined while loading. */
    @api accountInfo;
    /** `getPicklistValuesByRecordType` data of Account (master record type), or undefined. */
    @api accountPicklists;
    /** Why the Account fields could not be read, or null. */
    @api fieldsError = null;
    /** Messages by form field (`segment.field`, `segment.values`), as `checkDraft` keys them. */
    @api errors = {};
    @api readOnly = false;

    label = LABELS;

    get hasSegment() {
        return Boolean(this.segment);
    }

    get fields() {
        return segmentFieldChoices(this.accountInfo);
    }

    get fieldValue() {
        return this.segment?.field ?? NO_FIELD;
    }

    get chosenField() {
        return this.fields.find((f) => f.value === this.segment?.field);
    }

    get fieldOptions() {
        const options = [
            { label: LABELS.Setup_Models_All_Others, value: NO_FIELD },
            ...this.fields.map((f) => ({ label: `${f.label} (${f.value})`, value: f.value }))
        ];
        const field = this.segment?.field;
        // A field the org's Account lacks (an imported model) stays visible, marked, never dropped.
        if (field && !this.chosenField)
            options.push({ label: formatLabel(LABELS.Setup_Not_In_Org, field), value: field });
        return options;
    }

    get valueChoices() {
        return segmentValueChoices(this.chosenField, this.accountPicklists, this.segment?.values ?? []);
    }

    get choosesValues() {
        return this.hasSegment && this.valueChoices !== null;
    }

    get typesValues() {
        return this.hasSegment && this.valueChoices === null;
    }

    get values() {
        return this.segment?.values ?? [];
    }

    get valuesText() {
        return this.values.join('\n');
    }

    get editable() {
        return !this.readOnly && !this.fieldsError;
    }

    get disabled() {
        return !this.editable;
    }

    get fieldsErrorText() {
        return this.fieldsError
            ? formatLabel(LABELS.Setup_Segment_Fields_Unavailable, this.fieldsError)
            : null;
    }

    renderedCallback() {
        reportFieldErrors(this.template.querySelectorAll('[data-path]'), this.errors);
    }

    changeSegment(value) {
        this.dispatchEvent(new CustomEvent('draftchange', { detail: { path: 'segment', value } }));
    }

    handleField(event) {
        const field = event.detail.value;
        if (field === this.fieldValue) return;
        this.changeSegment(field === NO_FIELD ? undefined : { field, values: [] });
    }

    handleValues(event) {
        this.changeSegment({ field: this.segment.field, values: [...event.detail.value] });
    }

    handleTypedValues(event) {
        const values = (event.detail.value ?? '')
            .split('\n')
            .map((v) => v.trim())
            .filter((v) => v !== '');
        this.changeSegment({ field: this.segment.field, values });
    }

    handlePriority(event) {
        const text = `${event.detail.value ?? ''}`.trim();
        const number = Number(text);
        const value = text === '' || !Number.isInteger(number) ? null : number;
        this.dispatchEvent(new CustomEvent('prioritychange', { detail: { value } }));
    }
}

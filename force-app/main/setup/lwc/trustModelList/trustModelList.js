import { LightningElement, api } from 'lwc';
import { LABELS, formatLabel, modelIssueText, modelIssuesSummary } from 'c/trustSetupLabels';

/**
 * Presentational: the models in force, in the order accounts try them (each with its segment
 * or "All other accounts", its version and priority), the problems of the set they make and
 * its overlapping segments, which the order settles. Fires `pick` ({ slot }) to edit a model
 * and `newsegment` ({ name }) to start a new segment model from the default's settings.
 */
export default class TrustModelList extends LightningElement {
    /** ModelVersion list of `activeModelVersions()` (c/trustEngine), in the order accounts try them. */
    @api models;
    /** The slot of the model being edited; null while a new segment model is edited. */
    @api editingSlot = null;
    /** Issues of the set the models in force make (two defaults, no default): `{ code, params }`. */
    @api problems;
    /** Overlap warnings of that set (`segmentOverlap`): allowed, the order decides. */
    @api warnings;
    /** True when the user may look but not switch models or start one. */
    @api readOnly = false;
    /** False while the org has no saved default model: segment models are tried before it. */
    @api canStartSegment = false;

    label = LABELS;
    /** The new segment model's name while its form is open; null while closed. */
    newName = null;

    get rows() {
        return (this.models ?? []).map((v) => {
            const segment = v.model?.segment;
            return {
                key: v.slot,
                slot: v.slot,
                name: v.name,
                versionText: formatLabel(LABELS.Setup_Version_Number, v.version),
                segmentText: segment
                    ? formatLabel(LABELS.Setup_Models_Segment_Text, segment.field, segment.values.join(', '))
                    : LABELS.Setup_Models_All_Others,
                priorityText: v.priority === null ? LABELS.Setup_Models_No_Priority : String(v.priority),
                editing: v.slot === this.editingSlot,
                canEdit: !this.readOnly && v.slot !== this.editingSlot,
                editLabel: formatLabel(LABELS.Setup_Models_Edit, v.name),
                invalidText:
                    v.model === null
                        ? formatLabel(LABELS.Setup_Models_Invalid, modelIssuesSummary(v.issues))
                        : null
            };
        });
    }

    /**
     * The set's problems (an alert) and its overlaps (allowed, the order decides), each a titled
     * list; a kind without lines is left out.
     */
    get setNotes() {
        const lines = (issues, prefix) =>
            (issues ?? []).map((issue, i) => ({ key: `${prefix}${i}`, text: modelIssueText(issue) }));
        return [
            {
                key: 'problems',
                className: 'set-problems slds-text-color_error slds-m-top_x-small',
                role: 'alert',
                title: LABELS.Setup_Models_Problems,
                lines: lines(this.problems, 'p')
            },
            {
                key: 'overlaps',
                className: 'overlaps slds-m-top_x-small',
                role: undefined,
                title: LABELS.Setup_Models_Overlaps,
                lines: lines(this.warnings, 'w')
            }
        ].filter((note) => note.lines.length > 0);
    }

    get showNewButton() {
        return !this.readOnly && this.newName === null;
    }

    get newButtonDisabled() {
        return !this.canStartSegment;
    }

    get newDisabledHint() {
        return this.readOnly || this.canStartSegment ? null : LABELS.Setup_Models_Default_First;
    }

    get formOpen() {
        return !this.readOnly && this.newName !== null;
    }

    get createDisabled() {
        return (this.newName ?? '').trim() === '';
    }

    handlePick(event) {
        this.dispatchEvent(new CustomEvent('pick', { detail: { slot: event.currentTarget.dataset.slot } }));
    }

    handleOpenNew() {
        this.newName = '';
    }

    handleNewName(event) {
        this.newName = event.detail.value ?? '';
    }

    handleCancelNew() {
        this.newName = null;
    }

    handleCreate() {
        if (this.createDisabled) return;
        const name = this.newName.trim();
        this.newName = null;
        this.dispatchEvent(new CustomEvent('newsegment', { detail: { name } }));
    }
}

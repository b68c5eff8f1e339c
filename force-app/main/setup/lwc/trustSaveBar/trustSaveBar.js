import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/trustSetupLabels';

/**
 * Presentational: every problem that stops the draft from being saved, the notes on why the
 * change is made, and the buttons — save and activate, discard the changes, start from the
 * shipped default. Fires `noteschange` ({ value }), `save`, `discard` and `resetdefault`.
 */
export default class TrustSaveBar extends LightningElement {
    /** Validation problems, each { key, text } naming its field; empty when the draft is valid. */
    @api problems;
    /** The notes typed so far. */
    @api notes;
    /** Why Save is disabled, or null. */
    @api hint;
    /** True while the save sequence runs. */
    @api saving = false;
    /** True when Save cannot be used (invalid, unchanged, saving). */
    @api saveDisabled = false;

    label = LABELS;

    get hasProblems() {
        return Array.isArray(this.problems) && this.problems.length > 0;
    }

    handleNotes(event) {
        this.dispatchEvent(new CustomEvent('noteschange', { detail: { value: event.detail.value } }));
    }

    handleSave() {
        this.dispatchEvent(new CustomEvent('save'));
    }

    handleDiscard() {
        this.dispatchEvent(new CustomEvent('discard'));
    }

    handleReset() {
        this.dispatchEvent(new CustomEvent('resetdefault'));
    }
}

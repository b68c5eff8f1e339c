import { LightningElement, api } from 'lwc';
import { MODEL_LIMITS } from 'c/trustEngine';
import { LABELS, formatLabel } from 'c/trustSetupLabels';
import { numberFromInput, reportFieldErrors } from 'c/trustModelDraft';

/**
 * Presentational: how evidence ages (half-life), how far back it counts (look-back), how
 * much more bad news weighs than good (loss aversion) and how much evidence a score needs to
 * earn a band (minimum confidence). Fires `draftchange` ({ path, value }); the engine's
 * validator sets the limits and words the messages.
 */
export default class TrustTiming extends LightningElement {
    /** Evidence loses half its weight every this many days (may be invalid while typed). */
    @api halfLifeDays;
    /** Evidence older than this many days is ignored. */
    @api lookBackDays;
    /** How many times more the worst evidence weighs (1–10). */
    @api lossAversion;
    /** Confidence (0–0.9) below which a score is provisional, without a band. */
    @api minConfidence;
    /** Field key (`halfLifeDays`, `lookBackDays`, `lossAversion`, `minConfidence`) → message. */
    @api errors;
    /** True when the user may look but not change anything. */
    @api readOnly = false;

    label = LABELS;

    // The ranges come from the engine's validator, so the help and the messages never disagree.
    get halfLifeHelp() {
        const { min, max } = MODEL_LIMITS.halfLifeDays;
        return formatLabel(LABELS.Setup_Half_Life_Help, min, max);
    }

    get lookBackHelp() {
        const { min, max } = MODEL_LIMITS.lookBackDays;
        return formatLabel(LABELS.Setup_Look_Back_Help, min, max);
    }

    get lossAversionHelp() {
        const { min, max } = MODEL_LIMITS.lossAversion;
        return formatLabel(LABELS.Setup_Loss_Aversion_Help, min, max);
    }

    renderedCallback() {
        reportFieldErrors(this.template.querySelectorAll('[data-path]'), this.errors);
    }

    handleChange(event) {
        const detail = { path: event.target.dataset.path, value: numberFromInput(event.detail.value) };
        this.dispatchEvent(new CustomEvent('draftchange', { detail }));
    }
}

import { LightningElement, api } from 'lwc';
import { MODEL_LIMITS, PILLAR_IDS } from 'c/trustEngine';
import { LABELS, formatLabel, pillarLabel, pillarQuestion } from 'c/trustSetupLabels';
import { numberFromInput, reportFieldErrors } from 'c/trustModelDraft';

/**
 * Presentational: the weight of each of the four pillars (the customer's four questions)
 * and the share of the score each carries. Fires `draftchange` ({ path, value }).
 */
export default class TrustPillarWeights extends LightningElement {
    /** The draft's `pillars` object: pillar id → weight (may be invalid while typed). */
    @api pillars;
    /** Pillar id → share of the score (0–1), or null while a weight is not a number. */
    @api shares;
    /** Field key (`pillars.fairness`) → message. */
    @api errors;
    /** True when the user may look but not change anything. */
    @api readOnly = false;

    label = LABELS;

    /** The section help, with the weight range the engine's validator accepts. */
    get help() {
        return formatLabel(
            LABELS.Setup_Pillar_Weights_Help,
            MODEL_LIMITS.weight.minPositive,
            MODEL_LIMITS.weight.max
        );
    }

    get rows() {
        return PILLAR_IDS.map((id) => {
            const name = pillarLabel(id);
            const share = this.shares?.[id];
            return {
                id,
                name,
                question: pillarQuestion(id),
                weight: this.pillars?.[id],
                path: `pillars.${id}`,
                weightLabel: formatLabel(LABELS.Setup_Weight_For, name),
                share: typeof share === 'number' ? share : null,
                hasShare: typeof share === 'number'
            };
        });
    }

    renderedCallback() {
        reportFieldErrors(this.template.querySelectorAll('[data-path]'), this.errors);
    }

    handleWeight(event) {
        const detail = { path: event.target.dataset.path, value: numberFromInput(event.detail.value) };
        this.dispatchEvent(new CustomEvent('draftchange', { detail }));
    }
}

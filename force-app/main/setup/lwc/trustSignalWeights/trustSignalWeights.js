import { LightningElement, api } from 'lwc';
import { MODEL_LIMITS, PILLAR_IDS, SIGNAL_IDS } from 'c/trustEngine';
import { LABELS, formatLabel, pillarLabel, signalLabel } from 'c/trustSetupLabels';
import { numberFromInput, reportFieldErrors } from 'c/trustModelDraft';

/**
 * Presentational: one row per signal of the catalog — switched on or off, the pillar it
 * answers, its weight inside that pillar, and the share of the score it really carries.
 * Fires `draftchange` ({ path, value }) for every edit; the container owns the draft.
 */
export default class TrustSignalWeights extends LightningElement {
    /** The draft's `signals` object: signal id → { enabled, pillar, weight } (values may be invalid while typed). */
    @api signals;
    /** Signal id → share of the score (0–1), or null while a weight is not a number. */
    @api shares;
    /** Field key (`signals.winRate.weight`, `signals`) → message, from the container's validation. */
    @api errors;
    /** True when the user may look but not change anything. */
    @api readOnly = false;

    label = LABELS;

    /** The section help, with the weight range the engine's validator accepts. */
    get help() {
        return formatLabel(
            LABELS.Setup_Signal_Weights_Help,
            MODEL_LIMITS.weight.minPositive,
            MODEL_LIMITS.weight.max
        );
    }

    get pillarOptions() {
        return PILLAR_IDS.map((id) => ({ label: pillarLabel(id), value: id }));
    }

    get rows() {
        const signals = this.signals ?? {};
        return SIGNAL_IDS.map((id) => {
            const setting = signals[id] ?? {};
            const name = signalLabel(id);
            const share = this.shares?.[id];
            return {
                id,
                name,
                enabled: setting.enabled !== false,
                pillar: setting.pillar,
                weight: setting.weight,
                share: typeof share === 'number' ? share : null,
                hasShare: typeof share === 'number',
                enabledPath: `signals.${id}.enabled`,
                pillarPath: `signals.${id}.pillar`,
                weightPath: `signals.${id}.weight`,
                enabledLabel: formatLabel(LABELS.Setup_Enabled_For, name),
                pillarLabel: formatLabel(LABELS.Setup_Pillar_For, name),
                weightLabel: formatLabel(LABELS.Setup_Weight_For, name),
                rowClass:
                    setting.enabled === false ? 'slds-hint-parent slds-text-color_weak' : 'slds-hint-parent'
            };
        });
    }

    get sectionError() {
        return this.errors?.signals;
    }

    renderedCallback() {
        reportFieldErrors(this.template.querySelectorAll('[data-path]'), this.errors);
    }

    handleToggle(event) {
        this.emit(event.target.dataset.path, event.detail.checked);
    }

    handlePillar(event) {
        this.emit(event.target.dataset.path, event.detail.value);
    }

    handleWeight(event) {
        this.emit(event.target.dataset.path, numberFromInput(event.detail.value));
    }

    emit(path, value) {
        this.dispatchEvent(new CustomEvent('draftchange', { detail: { path, value } }));
    }
}

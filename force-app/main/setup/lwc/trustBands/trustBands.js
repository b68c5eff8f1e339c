import { LightningElement, api } from 'lwc';
import { LABELS, formatLabel } from 'c/trustSetupLabels';
import { addBand, numberFromInput, removeBand, reportFieldErrors } from 'c/trustModelDraft';

/**
 * Presentational: the bands a score falls into, each a name and the score it starts at,
 * lowest first; bands can be added and removed. Fires `draftchange` ({ path, value }), with
 * path `bands` and the whole new list when a band is added or removed.
 */
export default class TrustBands extends LightningElement {
    /** The draft's `bands` list of { name, min } (values may be invalid while typed). */
    @api bands;
    /** Field key (`bands[1].min`, `bands[0].name`, `bands`) → message. */
    @api errors;
    /** True when the user may look but not change anything. */
    @api readOnly = false;

    label = LABELS;

    get rows() {
        const bands = Array.isArray(this.bands) ? this.bands : [];
        return bands.map((band, index) => {
            const position = index + 1;
            return {
                key: `band-${index}`,
                index,
                name: band?.name,
                min: band?.min,
                namePath: `bands[${index}].name`,
                minPath: `bands[${index}].min`,
                nameLabel: formatLabel(LABELS.Setup_Band_Name_For, position),
                minLabel: formatLabel(LABELS.Setup_Band_Min_For, position),
                removeLabel: formatLabel(LABELS.Setup_Remove_Band, band?.name || position),
                canRemove: !this.readOnly && bands.length > 1
            };
        });
    }

    get canEdit() {
        return !this.readOnly;
    }

    get sectionError() {
        return this.errors?.bands;
    }

    renderedCallback() {
        reportFieldErrors(this.template.querySelectorAll('[data-path]'), this.errors);
    }

    handleName(event) {
        this.emit(event.target.dataset.path, event.detail.value);
    }

    handleMin(event) {
        this.emit(event.target.dataset.path, numberFromInput(event.detail.value));
    }

    handleAdd() {
        this.emit('bands', addBand({ bands: this.bands }).bands);
    }

    handleRemove(event) {
        const index = Number(event.currentTarget.dataset.index);
        this.emit('bands', removeBand({ bands: this.bands }, index).bands);
    }

    emit(path, value) {
        this.dispatchEvent(new CustomEvent('draftchange', { detail: { path, value } }));
    }
}

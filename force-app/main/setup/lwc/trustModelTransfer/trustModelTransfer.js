import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/trustSetupLabels';
import { modelToJson } from 'c/trustModelDraft';

function readFileText(file) {
    if (typeof file.text === 'function') return file.text();
    return new Promise((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(reader.result);
        reader.onerror = () => reject(reader.error);
        reader.readAsText(file);
    });
}

/**
 * Presentational: the model as a JSON file, in the format of `trust-ledger model pull|push`.
 * Export is a plain download link; import reads the chosen file and fires `modelfile`
 * ({ name, text }) or, when the file cannot be read, `modelfileerror` ({ name, error }). The
 * container validates; this part only shows what it is told went wrong.
 */
export default class TrustModelTransfer extends LightningElement {
    /** The model to export (a TrustModel), or null. */
    @api model;
    /**
     * True when `model` is an unsaved draft: its `version` is still the active version's, so
     * the file is named as a draft, never as a version the org has with other weights.
     */
    @api isDraft = false;
    /** True when the user may import (Manage Trust Model). */
    @api canImport = false;
    /** True while a save runs. */
    @api disabled = false;
    /** Why the last file was refused: { title, lines: [{ key, text }] }, or null. */
    @api problems;

    label = LABELS;

    get exportHref() {
        return this.model
            ? `data:application/json;charset=utf-8,${encodeURIComponent(modelToJson(this.model))}`
            : null;
    }

    get exportFileName() {
        if (this.isDraft) return 'trust-model-draft.json';
        return `trust-model-v${this.model?.version ?? 1}.json`;
    }

    async handleFile(event) {
        const file = event.detail.files?.[0];
        if (!file) return;
        let text;
        try {
            text = await readFileText(file);
        } catch (error) {
            this.dispatchEvent(new CustomEvent('modelfileerror', { detail: { name: file.name, error } }));
            return;
        }
        this.dispatchEvent(new CustomEvent('modelfile', { detail: { name: file.name, text } }));
    }
}

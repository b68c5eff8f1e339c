import { LightningElement, api } from 'lwc';
import { LABELS, formatLabel, modelIssuesSummary } from 'c/trustSetupLabels';

/**
 * Presentational: every saved model version, highest first, with when it was saved, why
 * (its notes), which one is active, and a "Roll back" action on the others. Rolling back
 * never edits the old version: it fires `rollback` ({ recordId, version }) and the container
 * loads that definition as a new draft.
 */
export default class TrustVersionHistory extends LightningElement {
    /** ModelVersion list from `c/trustEngine` `modelVersions()`, highest version first. */
    @api versions;
    /** The version number scores use now (the highest active one). */
    @api currentVersion;
    /** True when the user may look but not roll back. */
    @api readOnly = false;

    label = LABELS;

    get hasVersions() {
        return Array.isArray(this.versions) && this.versions.length > 0;
    }

    get rows() {
        return (this.versions ?? []).map((v) => {
            const invalid = v.model === null;
            return {
                key: v.recordId ?? `v${v.version}`,
                recordId: v.recordId,
                version: v.version,
                versionText: formatLabel(LABELS.Setup_Version_Number, v.version),
                name: v.name,
                createdDate: v.createdDate,
                notes: v.notes,
                active: v.active,
                invalid,
                invalidText: invalid
                    ? formatLabel(LABELS.Setup_Version_Invalid, modelIssuesSummary(v.issues))
                    : null,
                canRollBack:
                    !this.readOnly && !invalid && v.recordId !== null && v.version !== this.currentVersion,
                rollBackLabel: formatLabel(LABELS.Setup_Roll_Back_To, v.version)
            };
        });
    }

    handleRollBack(event) {
        const recordId = event.currentTarget.dataset.id;
        const version = Number(event.currentTarget.dataset.version);
        this.dispatchEvent(new CustomEvent('rollback', { detail: { recordId, version } }));
    }
}

import { LightningElement, api } from 'lwc';
import { LABELS, formatLabel } from 'c/trustSetupLabels';
import { listOptions, numberFromInput, reportFieldErrors } from 'c/trustModelDraft';

/** Each list mapping, the label it is shown with and the org picklist its choices come from. */
const LIST_MAPPINGS = [
    { key: 'renewalOpportunityTypes', label: 'Setup_Renewal_Types', source: 'opportunityTypes' },
    { key: 'upgradeOpportunityTypes', label: 'Setup_Upgrade_Types', source: 'opportunityTypes' },
    { key: 'downgradeOpportunityTypes', label: 'Setup_Downgrade_Types', source: 'opportunityTypes' },
    { key: 'disputeCaseTypes', label: 'Setup_Dispute_Types', source: 'caseTypes' },
    { key: 'disputeCaseReasons', label: 'Setup_Dispute_Reasons', source: 'caseReasons' },
    { key: 'closedCaseStatuses', label: 'Setup_Closed_Statuses', source: 'caseStatuses' },
    { key: 'highCasePriorities', label: 'Setup_High_Priorities', source: 'casePriorities' }
];

/**
 * Presentational: how the org's own data maps onto the signals — which Opportunity types
 * mean renewal, upgrade or downgrade, which Case types, reasons, statuses and priorities mean
 * dispute, closed or high, the renewal-contract lookup field and the resolution targets.
 * Choices come from the org's picklists (passed in by the container); when they could not be
 * read, the current values are shown read-only with the reason. Fires `draftchange`.
 */
export default class TrustMappings extends LightningElement {
    /** The draft's `mappings` object. */
    @api mappings;
    /**
     * The org's choices, each a list of { label, value }: `opportunityTypes`, `caseTypes`,
     * `caseReasons`, `caseStatuses`, `casePriorities`, `contractFields`; null while loading.
     */
    @api picklists;
    /** Why the org's picklists could not be read (the lists are then read-only), or null. */
    @api picklistError;
    /** Field key (`mappings.disputeCaseTypes`, `mappings.resolutionTargetHours.High`) → message. */
    @api errors;
    /** True when the user may look but not change anything. */
    @api readOnly = false;

    label = LABELS;

    get picklistsReadable() {
        return !this.picklistError && Boolean(this.picklists);
    }

    get listsEditable() {
        return this.picklistsReadable && !this.readOnly;
    }

    get unavailableMessage() {
        return this.picklistError
            ? formatLabel(LABELS.Setup_Picklists_Unavailable, this.picklistError)
            : null;
    }

    get lists() {
        const mappings = this.mappings ?? {};
        return LIST_MAPPINGS.map((m) => {
            const selected = Array.isArray(mappings[m.key]) ? mappings[m.key] : [];
            return {
                key: m.key,
                path: `mappings.${m.key}`,
                label: LABELS[m.label],
                selected,
                options: listOptions(this.picklists?.[m.source], selected),
                text: selected.length > 0 ? selected.join(', ') : LABELS.Setup_None
            };
        });
    }

    get contractFieldOptions() {
        const current = this.mappings?.renewalContractField;
        const options = [
            { label: LABELS.Setup_Renewal_Field_None, value: '' },
            ...(this.picklists?.contractFields ?? [])
        ];
        if (current && !options.some((o) => o.value === current)) {
            options.push({ label: formatLabel(LABELS.Setup_Not_In_Org, current), value: current });
        }
        return options;
    }

    get contractFieldValue() {
        return this.mappings?.renewalContractField ?? '';
    }

    get contractFieldText() {
        return this.mappings?.renewalContractField || LABELS.Setup_Renewal_Field_None;
    }

    get targets() {
        const hours = this.mappings?.resolutionTargetHours ?? {};
        const priorities = (this.picklists?.casePriorities ?? []).map((p) => p.value);
        for (const priority of Object.keys(hours))
            if (!priorities.includes(priority)) priorities.push(priority);
        return priorities.map((priority) => ({
            priority,
            path: `mappings.resolutionTargetHours.${priority}`,
            label: formatLabel(LABELS.Setup_Resolution_Target_For, priority),
            value: hours[priority]
        }));
    }

    get defaultTarget() {
        return this.mappings?.defaultResolutionTargetHours;
    }

    renderedCallback() {
        reportFieldErrors(this.template.querySelectorAll('[data-path]'), this.errors);
    }

    handleList(event) {
        this.emit(event.target.dataset.path, [...(event.detail.value ?? [])]);
    }

    handleContractField(event) {
        this.emit('mappings.renewalContractField', event.detail.value ? event.detail.value : null);
    }

    handleTarget(event) {
        // A blank target removes the priority's target: it then uses the org's median.
        const value = numberFromInput(event.detail.value);
        this.emit(event.target.dataset.path, value === null ? undefined : value);
    }

    handleDefaultTarget(event) {
        this.emit('mappings.defaultResolutionTargetHours', numberFromInput(event.detail.value));
    }

    emit(path, value) {
        this.dispatchEvent(new CustomEvent('draftchange', { detail: { path, value } }));
    }
}

import { LightningElement, api } from 'lwc';
import { formatLabel } from 'c/trustPanelUtils';
import COMMITMENT_OBJECT from '@salesforce/schema/Trust_Commitment__c';
import NAME_FIELD from '@salesforce/schema/Trust_Commitment__c.Name';
import DESCRIPTION_FIELD from '@salesforce/schema/Trust_Commitment__c.Description__c';
import TEAM_FIELD from '@salesforce/schema/Trust_Commitment__c.Made_By_Team__c';
import PROMISED_ON_FIELD from '@salesforce/schema/Trust_Commitment__c.Promised_On__c';
import DUE_ON_FIELD from '@salesforce/schema/Trust_Commitment__c.Due_On__c';
import OPPORTUNITY_FIELD from '@salesforce/schema/Trust_Commitment__c.Opportunity__c';
import ACCOUNT_FIELD from '@salesforce/schema/Trust_Commitment__c.Account__c';
import STATUS_FIELD from '@salesforce/schema/Trust_Commitment__c.Status__c';
import COMMITMENTS from '@salesforce/label/c.TL_Panel_Commitments';
import COMMITMENTS_EMPTY from '@salesforce/label/c.TL_Panel_Commitments_Empty';
import OVERDUE from '@salesforce/label/c.TL_Panel_Commitment_Overdue';
import DUE from '@salesforce/label/c.TL_Panel_Commitment_Due';
import LOG_COMMITMENT from '@salesforce/label/c.TL_Panel_Log_Commitment';
import ACTIONS_FOR from '@salesforce/label/c.TL_Promise_Actions_For';
import MARK_KEPT from '@salesforce/label/c.TL_Promise_Mark_Kept';
import MARK_BROKEN from '@salesforce/label/c.TL_Promise_Mark_Broken';
import MORE from '@salesforce/label/c.TL_Promise_More';
import FORM_TITLE from '@salesforce/label/c.TL_Promise_Form_Title';
import SAVE from '@salesforce/label/c.TL_Promise_Save';
import CANCEL from '@salesforce/label/c.TL_Promise_Cancel';
import COUNTS from '@salesforce/label/c.TL_Promise_Counts';

/**
 * Presentational: the account's open commitments (overdue ones flagged in words, not only in
 * red), a "Log a commitment" form on Lightning Data Service (`lightning-record-edit-form`,
 * so field access, validation rules and required fields are the platform's), and a menu per
 * commitment to mark it kept or broken. Status changes go to the container
 * (`statuschange`), which writes them and refreshes the panel.
 *
 * @fires TrustPromises#statuschange detail `{ recordId, status: 'Kept' | 'Broken', name }`
 * @fires TrustPromises#committed detail `{ recordId }` after a new commitment is saved
 * @fires TrustPromises#openrecord detail `{ recordId }`
 */
export default class TrustPromises extends LightningElement {
    /** Open commitments from `commitmentRows` (c/trustPanelUtils), due date ascending. */
    @api commitments = [];
    /** How many open commitments the account has in all (the list may show fewer). */
    @api totalCount = 0;
    /** The Account a new commitment belongs to. */
    @api accountId;
    /** Whether the user may create commitments (CRUD from the object info); hides "Log a commitment". */
    @api canCreate = false;
    /** Whether the user may edit commitments; hides the kept/broken menus. */
    @api canUpdate = false;
    /** Id of the commitment being updated: its menu is disabled meanwhile. */
    @api busyId;

    objectApiName = COMMITMENT_OBJECT.objectApiName;
    fields = {
        name: NAME_FIELD.fieldApiName,
        description: DESCRIPTION_FIELD.fieldApiName,
        team: TEAM_FIELD.fieldApiName,
        promisedOn: PROMISED_ON_FIELD.fieldApiName,
        dueOn: DUE_ON_FIELD.fieldApiName,
        opportunity: OPPORTUNITY_FIELD.fieldApiName
    };
    label = {
        commitments: COMMITMENTS,
        empty: COMMITMENTS_EMPTY,
        overdue: OVERDUE,
        log: LOG_COMMITMENT,
        markKept: MARK_KEPT,
        markBroken: MARK_BROKEN,
        formTitle: FORM_TITLE,
        save: SAVE,
        cancel: CANCEL
    };
    formOpen = false;
    saving = false;

    get rows() {
        return (this.commitments ?? []).map((row) => ({
            ...row,
            dueLabel: row.dueText ? formatLabel(DUE, row.dueText) : null,
            menuLabel: formatLabel(ACTIONS_FOR, row.name),
            busy: row.id === this.busyId,
            itemClass: row.overdue ? 'slds-item commitment overdue' : 'slds-item commitment'
        }));
    }

    get isEmpty() {
        return (this.commitments ?? []).length === 0;
    }

    get countsText() {
        const open = Math.max(this.totalCount ?? 0, (this.commitments ?? []).length);
        const overdue = (this.commitments ?? []).filter((row) => row.overdue).length;
        return open > 0 ? formatLabel(COUNTS, open, overdue) : null;
    }

    get moreText() {
        const hidden = (this.totalCount ?? 0) - (this.commitments ?? []).length;
        return hidden > 0 ? formatLabel(MORE, hidden) : null;
    }

    get showLogButton() {
        return this.canCreate && !this.formOpen;
    }

    /** A promise is usually logged the day it is made. */
    get today() {
        return new Date().toISOString().slice(0, 10);
    }

    openForm() {
        this.formOpen = true;
    }

    closeForm() {
        this.formOpen = false;
        this.saving = false;
    }

    handleSubmit(event) {
        event.preventDefault();
        const fields = {
            ...event.detail.fields,
            [ACCOUNT_FIELD.fieldApiName]: this.accountId,
            [STATUS_FIELD.fieldApiName]: 'Open'
        };
        this.saving = true;
        this.template.querySelector('lightning-record-edit-form').submit(fields);
    }

    handleError() {
        // lightning-messages in the form shows the platform's message beside the fields.
        this.saving = false;
    }

    handleSuccess(event) {
        this.closeForm();
        this.dispatchEvent(new CustomEvent('committed', { detail: { recordId: event.detail.id } }));
    }

    handleAction(event) {
        const recordId = event.currentTarget.dataset.id;
        const row = (this.commitments ?? []).find((item) => item.id === recordId);
        this.dispatchEvent(
            new CustomEvent('statuschange', {
                detail: { recordId, status: event.detail.value, name: row?.name ?? '' }
            })
        );
    }

    openRecord(event) {
        this.dispatchEvent(
            new CustomEvent('openrecord', { detail: { recordId: event.currentTarget.dataset.recordId } })
        );
    }
}

import { LightningElement, api } from 'lwc';
import { formatLabel, formatLabelParts, isPlainClick, localToday } from 'c/trustPanelUtils';
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
import DUE_TEAM from '@salesforce/label/c.TL_Promise_Due_Team';

/**
 * Presentational: the account's open promises (`Trust_Commitment__c`; overdue ones flagged in
 * words, not only in red), a "Log a promise" form on Lightning Data Service
 * (`lightning-record-edit-form`, so field access, validation rules and required fields are
 * the platform's), and a menu per promise to mark it kept or broken. Keyboard focus moves to
 * the form's first field when it opens and back to "Log a promise" when it closes. Status changes go to the container
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
    /** Whether the user may create commitments (CRUD from the object info); hides "Log a promise". */
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
    /** Where keyboard focus goes once the form has rendered or closed: 'field', 'log' or null. */
    pendingFocus = null;

    get rows() {
        return (this.commitments ?? []).map((row) => ({
            ...row,
            href: row.url ?? '#',
            details: detailParts(row),
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
        return this.canCreate;
    }

    /** Hidden, not removed, while the form is open: focus returns to this very button. */
    get logButtonClass() {
        return this.formOpen ? 'log slds-hide' : 'log';
    }

    /** A promise is usually logged the day it is made: the rep's day, in their time zone. */
    get today() {
        return localToday();
    }

    openForm() {
        this.formOpen = true;
        this.pendingFocus = 'field';
    }

    closeForm() {
        this.formOpen = false;
        this.saving = false;
        this.pendingFocus = 'log';
    }

    renderedCallback() {
        if (this.pendingFocus !== 'log') return;
        this.pendingFocus = null;
        this.template.querySelector('lightning-button.log')?.focus();
    }

    /** The form's fields exist once it has loaded the object's layout: focus the first one. */
    handleLoad() {
        if (this.pendingFocus !== 'field') return;
        this.pendingFocus = null;
        this.template.querySelector('lightning-input-field')?.focus?.();
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
        // Ctrl/Cmd/Shift-click and middle-click open the link's URL as the browser does.
        if (!isPlainClick(event)) return;
        event.preventDefault();
        this.dispatchEvent(
            new CustomEvent('openrecord', { detail: { recordId: event.currentTarget.dataset.recordId } })
        );
    }
}

/**
 * The due date and the team, in the order the label's translation puts them; each part
 * keeps its own style (the team is secondary).
 */
function detailParts(row) {
    const due = row.dueText ? formatLabel(DUE, row.dueText) : null;
    const partClass = ['due', 'slds-text-color_weak team'];
    if (due && row.team) {
        return formatLabelParts(DUE_TEAM, due, row.team).map((part) => ({
            ...part,
            className: part.arg === null ? 'slds-text-color_weak' : partClass[part.arg]
        }));
    }
    if (due) return [{ key: 'due', text: due, className: partClass[0] }];
    if (row.team) return [{ key: 'team', text: row.team, className: partClass[1] }];
    return [];
}

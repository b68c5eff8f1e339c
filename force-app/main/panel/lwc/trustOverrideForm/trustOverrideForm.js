import { LightningElement, api } from 'lwc';
import { checkOverrideDraft, expiryWindow, parseDay } from 'c/trustEngine';
import { formatDayText, formatLabel } from 'c/trustPanelUtils';
import TITLE from '@salesforce/label/c.TL_Override_Form_Title';
import HELP from '@salesforce/label/c.TL_Override_Form_Help';
import BAND from '@salesforce/label/c.TL_Override_Form_Band';
import REASON from '@salesforce/label/c.TL_Override_Form_Reason';
import EXPIRES from '@salesforce/label/c.TL_Override_Form_Expires';
import SAVE from '@salesforce/label/c.TL_Override_Form_Save';
import CANCEL from '@salesforce/label/c.TL_Override_Form_Cancel';
import BAND_REQUIRED from '@salesforce/label/c.TL_Override_Band_Required';
import BAND_UNKNOWN from '@salesforce/label/c.TL_Override_Band_Unknown';
import REASON_REQUIRED from '@salesforce/label/c.TL_Override_Reason_Required';
import EXPIRES_REQUIRED from '@salesforce/label/c.TL_Override_Expires_Required';
import EXPIRES_PAST from '@salesforce/label/c.TL_Override_Expires_Past';
import EXPIRES_TOO_LATE from '@salesforce/label/c.TL_Override_Expires_Too_Late';

/** Each problem code of `checkOverrideDraft` in the user's words, with its params in order. */
const MESSAGES = {
    bandRequired: () => BAND_REQUIRED,
    bandUnknown: () => BAND_UNKNOWN,
    reasonRequired: () => REASON_REQUIRED,
    expiresRequired: () => EXPIRES_REQUIRED,
    expiresPast: (p) => formatLabel(EXPIRES_PAST, formatDayText(p.firstDay)),
    expiresTooLate: (p) => formatLabel(EXPIRES_TOO_LATE, p.maxDays, formatDayText(p.lastDay))
};

/** The form field of each draft field. */
const INPUTS = { band: '.band', reason: '.reason', expiresOn: '.expires' };

/**
 * Presentational: the form that sets a trust override: a band of the account's model, why,
 * and the last day it is in force. It checks the draft by the model's rules
 * (`checkOverrideDraft` of `c/trustEngine`, the engine's limits) and says what is wrong in the
 * labels' words; a draft that passes goes to the container, which writes it.
 *
 * @fires TrustOverrideForm#save detail `{ band, reason, expiresOn }`, a checked draft
 * @fires TrustOverrideForm#cancel
 */
export default class TrustOverrideForm extends LightningElement {
    /** The active model (`TrustModel`): its bands are the choices, its `overrides.maxDays` the limit. */
    @api model;
    /** The user's day, yyyy-mm-dd. */
    @api today;
    /** The UTC day an override saved now is created on, yyyy-mm-dd (the day the engine counts from). */
    @api setOn;
    /** A save is under way: the buttons wait. */
    @api busy = false;

    label = {
        title: TITLE,
        help: HELP,
        band: BAND,
        reason: REASON,
        expires: EXPIRES,
        save: SAVE,
        cancel: CANCEL
    };

    band = '';
    reason = '';
    expiresOn = '';
    problems = [];

    /** The model's bands, highest first. */
    get bandOptions() {
        return [...(this.model?.bands ?? [])].reverse().map((b) => ({ label: b.name, value: b.name }));
    }

    get days() {
        return { today: parseDay(this.today ?? ''), setOn: parseDay(this.setOn ?? this.today ?? '') };
    }

    get expiry() {
        const { today, setOn } = this.days;
        return this.model && today !== null && setOn !== null
            ? expiryWindow(this.model, today, setOn)
            : { first: null, last: null };
    }

    get hasProblems() {
        return this.problems.length > 0;
    }

    get problemList() {
        return this.problems.map((p) => ({ field: p.field, message: MESSAGES[p.code](p.params) }));
    }

    changeBand(event) {
        this.band = event.detail.value ?? '';
    }

    changeReason(event) {
        this.reason = event.detail.value ?? '';
    }

    changeExpires(event) {
        this.expiresOn = event.detail.value ?? '';
    }

    save() {
        const { today, setOn } = this.days;
        if (!this.model || today === null || setOn === null) return;
        const draft = { band: this.band, reason: this.reason, expiresOn: this.expiresOn };
        this.problems = checkOverrideDraft(draft, this.model, today, setOn);
        const messages = new Map(this.problemList.map((p) => [p.field, p.message]));
        for (const [field, selector] of Object.entries(INPUTS)) {
            const input = this.template.querySelector(selector);
            input?.setCustomValidity(messages.get(field) ?? '');
            input?.reportValidity();
        }
        if (this.problems.length === 0) this.dispatchEvent(new CustomEvent('save', { detail: draft }));
    }

    cancel() {
        this.dispatchEvent(new CustomEvent('cancel'));
    }
}

import { createRecord, updateRecord } from 'lightning/uiRecordApi';
import { endOverrideFields, newOverrideFields } from 'c/trustEngine';
import { formatLabel } from 'c/trustPanelUtils';
import OVERRIDE_OBJECT from '@salesforce/schema/Trust_Override__c';
import SAVED from '@salesforce/label/c.TL_Override_Saved';
import ENDED from '@salesforce/label/c.TL_Override_Ended';
import SAVE_FAILED from '@salesforce/label/c.TL_Override_Save_Failed';
import END_FAILED from '@salesforce/label/c.TL_Override_End_Failed';

/** What the panel shows of setting and ending overrides: the form open, a write under way, its failure. */
export const IDLE_OVERRIDE_EDIT = Object.freeze({ editing: false, busy: false, problem: null });

/**
 * Setting and ending the account's trust override with `lightning/uiRecordApi`, for the Trust
 * panel: the form's open/closed state, one write at a time, then a re-read of the panel query
 * (the override in force and the band on show follow from it), or the failure in the panel's
 * error pattern (`{ message, errors }`). What is written is `c/trustEngine`'s
 * (`newOverrideFields`, `endOverrideFields`: ending expires it yesterday).
 */
export class OverrideEditor {
    /**
     * @param {object} host
     * @param {() => Promise<void>} host.reread re-reads the panel query
     * @param {(state: typeof IDLE_OVERRIDE_EDIT) => void} host.changed the state to show
     * @param {(title: string) => void} host.done a write succeeded
     */
    constructor(host) {
        this.host = host;
        this.state = IDLE_OVERRIDE_EDIT;
    }

    open() {
        this.set({ editing: true, problem: null });
    }

    cancel() {
        this.set({ editing: false });
    }

    /** Saves a checked draft (`c-trust-override-form`'s `save`) as a new override of the account. */
    save(accountId, draft) {
        const fields = newOverrideFields(accountId, draft);
        return this.write(
            () => createRecord({ apiName: OVERRIDE_OBJECT.objectApiName, fields }),
            formatLabel(SAVED, fields.Band__c),
            SAVE_FAILED
        );
    }

    /** Ends the override `recordId` on `today` (a day of the engine). */
    end(recordId, today) {
        const fields = endOverrideFields(recordId, today);
        return this.write(() => updateRecord({ fields }), ENDED, END_FAILED);
    }

    async write(send, done, failed) {
        if (this.state.busy) return;
        this.set({ busy: true, problem: null });
        try {
            await send();
        } catch (error) {
            this.set({ busy: false, problem: { message: failed, errors: error } });
            return;
        }
        this.set({ busy: false, editing: false });
        this.host.done(done);
        await this.host.reread();
    }

    set(change) {
        this.state = { ...this.state, ...change };
        this.host.changed(this.state);
    }
}

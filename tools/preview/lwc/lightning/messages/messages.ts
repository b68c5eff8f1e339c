/**
 * The preview's `lightning-messages`: shows the errors of the enclosing record form (which
 * sets `previewMessages`), as the platform's shows a save's errors above the fields.
 */
import { LightningElement, api } from 'lwc';

export default class Messages extends LightningElement {
    /** Set by the preview's `lightning-record-edit-form`; not a platform attribute. */
    @api previewMessages: string[] = [];

    get hasMessages(): boolean {
        return this.previewMessages.length > 0;
    }
}

import { LightningElement, api } from 'lwc';
import { reduceErrors } from 'c/ldsUtils';
import ERROR_TITLE from '@salesforce/label/c.TL_Error_Title';
import SHOW_DETAILS from '@salesforce/label/c.TL_Error_Show_Details';

// The icon follows SLDS scoped notifications: white ("inverse") on the dark error and info
// backgrounds, the default dark icon on the light warning background, where white would be
// unreadable. A failure (error, warning) is an alert, read out at once; info is a status.
const VARIANTS = {
    error: { theme: 'slds-theme_error', icon: 'utility:error', iconVariant: 'inverse', role: 'alert' },
    warning: { theme: 'slds-theme_warning', icon: 'utility:warning', iconVariant: null, role: 'alert' },
    info: { theme: 'slds-theme_info', icon: 'utility:info', iconVariant: 'inverse', role: 'status' }
};

/**
 * Presentational: one message a person understands ("The score couldn't be saved") and,
 * behind a "Show details" toggle, the platform's own messages from `reduceErrors`. Never a
 * raw error object, never a blank card.
 */
export default class ErrorPanel extends LightningElement {
    /** Errors of any shape `reduceErrors` reads (LDS, GraphQL, JavaScript, strings), one or a list. */
    @api errors;
    /** What failed, in words; defaults to the generic "Something went wrong" label. */
    @api friendlyMessage;
    /** `error` (default), `warning` or `info`: the notification's colour and icon. */
    @api variant = 'error';

    label = { showDetails: SHOW_DETAILS };
    expanded = false;

    get message() {
        return this.friendlyMessage || ERROR_TITLE;
    }

    get details() {
        return reduceErrors(this.errors).map((text, index) => ({ key: `${index}`, text }));
    }

    get hasDetails() {
        return this.details.length > 0;
    }

    get style() {
        return VARIANTS[this.variant] ?? VARIANTS.error;
    }

    get containerClass() {
        return `slds-scoped-notification slds-media slds-media_center ${this.style.theme}`;
    }

    get iconName() {
        return this.style.icon;
    }

    get iconVariant() {
        return this.style.iconVariant;
    }

    get role() {
        return this.style.role;
    }

    get ariaExpanded() {
        return this.expanded ? 'true' : 'false';
    }

    get detailsClass() {
        return this.expanded ? 'slds-list_dotted slds-m-top_x-small' : 'slds-hide';
    }

    toggleDetails() {
        this.expanded = !this.expanded;
    }
}

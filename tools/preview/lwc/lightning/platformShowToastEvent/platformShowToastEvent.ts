/**
 * `lightning/platformShowToastEvent` for the preview: the same event as on the platform
 * (`lightning__showtoast`, bubbling and composed, the toast as `detail`). The preview's shell
 * listens for it at the top of the page and shows the toast, as Lightning Experience does.
 */
export interface Toast {
    title?: string;
    message?: string;
    messageData?: unknown[];
    variant?: 'info' | 'success' | 'warning' | 'error';
    mode?: 'dismissible' | 'pester' | 'sticky';
}

export const SHOW_TOAST_EVENT = 'lightning__showtoast';

export class ShowToastEvent extends CustomEvent<Toast> {
    constructor(toast: Toast) {
        super(SHOW_TOAST_EVENT, { composed: true, cancelable: true, bubbles: true, detail: toast });
    }
}

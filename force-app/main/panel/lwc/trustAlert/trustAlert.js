import { LightningElement, api } from 'lwc';
import { formatDayText, formatLabel, isPlainClick } from 'c/trustPanelUtils';
import HEADING from '@salesforce/label/c.TL_Alert_Heading';
import HEADING_FROM from '@salesforce/label/c.TL_Alert_Heading_From';
import SINCE from '@salesforce/label/c.TL_Alert_Since';
import DUE from '@salesforce/label/c.TL_Alert_Due';
import OPEN_TASK from '@salesforce/label/c.TL_Alert_Open_Task';

/**
 * Presentational: the account's open trust alert, the Task the batch created when its band
 * stayed below its settled band: the two bands, since when, when it is due, and a real link to
 * the Task. Nothing renders without an alert. Opening the Task is the container's job.
 *
 * @fires TrustAlert#openrecord detail `{ recordId }`
 */
export default class TrustAlert extends LightningElement {
    /**
     * The open alert (`AlertView` of `c/trustEngine`: `{ recordId, from, to, since, dueOn }`)
     * with the Task's record page `url`, or null for none.
     */
    @api alert = null;

    label = { openTask: OPEN_TASK };

    get heading() {
        const a = this.alert;
        if (!a) return '';
        return a.to ? formatLabel(HEADING, a.from, a.to) : formatLabel(HEADING_FROM, a.from);
    }

    get sinceLine() {
        const a = this.alert;
        return a?.since ? formatLabel(SINCE, a.from, formatDayText(a.since)) : null;
    }

    get dueLine() {
        return this.alert?.dueOn ? formatLabel(DUE, formatDayText(this.alert.dueOn)) : null;
    }

    get href() {
        return this.alert?.url ?? '#';
    }

    openTask(event) {
        // Ctrl/Cmd/Shift-click and middle-click open the link's URL as the browser does.
        if (!isPlainClick(event)) return;
        event.preventDefault();
        this.dispatchEvent(
            new CustomEvent('openrecord', { detail: { recordId: event.currentTarget.dataset.recordId } })
        );
    }
}

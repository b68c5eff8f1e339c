import { LightningElement, api } from 'lwc';
import { formatDayText, formatLabel } from 'c/trustPanelUtils';
import HEADING from '@salesforce/label/c.TL_Override_Heading';
import SET_BY from '@salesforce/label/c.TL_Override_Set_By';
import SET_ON from '@salesforce/label/c.TL_Override_Set_On';
import REASON from '@salesforce/label/c.TL_Override_Reason';
import SET_ACTION from '@salesforce/label/c.TL_Override_Set_Action';
import END_ACTION from '@salesforce/label/c.TL_Override_End_Action';

/**
 * Presentational: the trust override in force on the account, so a rep reading the band knows
 * a person set it, who, why and until when. Users who may override (the container says so)
 * also get "Override band" and, on the one in force, "End override"; what they do is the
 * container's job. Without an override and without that right nothing renders.
 *
 * @fires TrustOverride#setoverride the user wants to set an override
 * @fires TrustOverride#endoverride detail `{ recordId }` of the override in force
 */
export default class TrustOverride extends LightningElement {
    /** The override in force (`OverrideView` of `c/trustEngine`), or null for none. */
    @api override = null;
    /** The user may set and end overrides (custom permission Override_Trust_Band). */
    @api canEdit = false;
    /** A write is under way: the actions wait. */
    @api busy = false;

    label = { set: SET_ACTION, end: END_ACTION };

    get heading() {
        return formatLabel(HEADING, this.override?.band);
    }

    /** "Set by Dana Reyes on Jun 1, 2026, until Jul 31, 2026", or without the name when it could not be read. */
    get setLine() {
        const o = this.override;
        if (!o) return '';
        const setOn = formatDayText(o.setOn);
        const until = formatDayText(o.expiresOn);
        return o.setBy ? formatLabel(SET_BY, o.setBy, setOn, until) : formatLabel(SET_ON, setOn, until);
    }

    get reasonLine() {
        return this.override?.reason ? formatLabel(REASON, this.override.reason) : null;
    }

    setOverride() {
        this.dispatchEvent(new CustomEvent('setoverride'));
    }

    endOverride() {
        this.dispatchEvent(new CustomEvent('endoverride', { detail: { recordId: this.override?.recordId } }));
    }
}

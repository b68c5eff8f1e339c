import { LightningElement, api } from 'lwc';
import { formatLabel, formatPoints } from 'c/trustPanelUtils';
import TITLE from '@salesforce/label/c.TL_Next_Band_Title';
import HELP from '@salesforce/label/c.TL_Next_Band_Help';
import NONE from '@salesforce/label/c.TL_Next_Band_None';
import SHORT from '@salesforce/label/c.TL_Next_Band_Short';
import POINTS from '@salesforce/label/c.TL_Next_Band_Points';
import DELIVER_OVERDUE from '@salesforce/label/c.TL_Next_Band_Deliver_Overdue_Promises';
import DELIVER_OPEN from '@salesforce/label/c.TL_Next_Band_Deliver_Open_Promises';
import RESOLVE_ESCALATIONS from '@salesforce/label/c.TL_Next_Band_Resolve_Escalations';
import RESOLVE_CASES from '@salesforce/label/c.TL_Next_Band_Resolve_Open_Cases';
import COMPLETE_REFERENCES from '@salesforce/label/c.TL_Next_Band_Complete_References';

/** Each action of the engine's next-band steps in the rep's words; `{0}` is the record count. */
const ACTION_LABELS = {
    deliverOverduePromises: DELIVER_OVERDUE,
    deliverOpenPromises: DELIVER_OPEN,
    resolveEscalations: RESOLVE_ESCALATIONS,
    resolveOpenCases: RESOLVE_CASES,
    completeReferences: COMPLETE_REFERENCES
};

/**
 * Presentational: "To reach Trusted: …", the few changes in the account's own records that
 * would lift it into the band above, each with the points it adds, as the engine found them
 * (the receipt's `nextBand`). Says so when they fall short of the band, or when nothing the
 * account's open records hold would move the score today. Shows nothing without a path.
 */
export default class TrustNextBand extends LightningElement {
    /**
     * The receipt's `nextBand`: `{ band, reaches, steps: [{ action, recordIds, points }] }`,
     * or null (top band, provisional, receipts written before it was stored).
     */
    @api nextBand = null;

    label = { help: HELP, none: NONE };

    get hasPath() {
        return Boolean(this.nextBand?.band);
    }

    get title() {
        return formatLabel(TITLE, this.nextBand?.band);
    }

    get steps() {
        return (this.nextBand?.steps ?? [])
            .filter((step) => ACTION_LABELS[step.action])
            .map((step) => ({
                key: step.action,
                text: formatLabel(ACTION_LABELS[step.action], step.recordIds?.length ?? 0),
                points: formatLabel(POINTS, formatPoints(step.points))
            }));
    }

    get hasSteps() {
        return this.steps.length > 0;
    }

    get shortOfBand() {
        return this.hasSteps && this.nextBand?.reaches !== true
            ? formatLabel(SHORT, this.nextBand.band)
            : null;
    }
}

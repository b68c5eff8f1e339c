import { LightningElement, api } from 'lwc';
import { formatLabel, formatLabelParts, isPlainClick } from 'c/trustPanelUtils';
import DRIVERS from '@salesforce/label/c.TL_Panel_Drivers';
import DRIVERS_HELP from '@salesforce/label/c.TL_Panel_Drivers_Help';
import RAISED from '@salesforce/label/c.TL_Panel_Driver_Raised';
import LOWERED from '@salesforce/label/c.TL_Panel_Driver_Lowered';
import RAISED_HEADING from '@salesforce/label/c.TL_Panel_Drivers_Raised_Heading';
import LOWERED_HEADING from '@salesforce/label/c.TL_Panel_Drivers_Lowered_Heading';
import DRIVERS_EMPTY from '@salesforce/label/c.TL_Panel_Drivers_Empty';
import OPEN_RECORD from '@salesforce/label/c.TL_Panel_Open_Record';
import OPEN_RECORD_OF from '@salesforce/label/c.TL_Panel_Open_Record_Of';
import DRIVER_LINE from '@salesforce/label/c.TL_Panel_Driver_Line';

/**
 * Presentational: why the score is what it is. The signals that raised it most and those
 * that lowered it most, each in the receipt's own words with its effect in points, and
 * links to the records behind it. Opening a record is the container's job (`openrecord`).
 *
 * @fires TrustDrivers#openrecord detail `{ recordId }`
 */
export default class TrustDrivers extends LightningElement {
    /** Drivers that raised the score, largest first: `topDrivers(...).raised` (c/trustPanelUtils). */
    @api raised = [];
    /** Drivers that lowered the score, largest first: `topDrivers(...).lowered`. */
    @api lowered = [];

    label = {
        drivers: DRIVERS,
        help: DRIVERS_HELP,
        empty: DRIVERS_EMPTY
    };

    /** What lowered the score first: a rep acts on those. Empty directions are left out. */
    get sections() {
        return [
            {
                key: 'lowered',
                heading: LOWERED_HEADING,
                rows: this.rows(this.lowered, LOWERED, 'slds-text-color_error')
            },
            {
                key: 'raised',
                heading: RAISED_HEADING,
                rows: this.rows(this.raised, RAISED, 'slds-text-color_success')
            }
        ].filter((section) => section.rows.length > 0);
    }

    get isEmpty() {
        return this.sections.length === 0;
    }

    rows(drivers, effect, effectClass) {
        const partClass = ['slds-text-title_bold name', `slds-text-body_small effect ${effectClass}`];
        return (drivers ?? []).map((driver) => ({
            ...driver,
            // Name and effect in the order the label's translation puts them, each styled.
            headline: formatLabelParts(DRIVER_LINE, driver.name, formatLabel(effect, driver.points)).map(
                (part) => ({ ...part, className: part.arg === null ? '' : partClass[part.arg] })
            ),
            records: driver.records.map((record) => ({
                ...record,
                href: record.url ?? '#',
                text:
                    record.summary ||
                    (record.object ? formatLabel(OPEN_RECORD_OF, record.object) : OPEN_RECORD)
            }))
        }));
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

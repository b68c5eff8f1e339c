import { LightningElement, api } from 'lwc';
import { formatLabel } from 'c/trustPanelUtils';
import DRIVERS from '@salesforce/label/c.TL_Panel_Drivers';
import DRIVERS_HELP from '@salesforce/label/c.TL_Panel_Drivers_Help';
import RAISED from '@salesforce/label/c.TL_Panel_Driver_Raised';
import LOWERED from '@salesforce/label/c.TL_Panel_Driver_Lowered';
import RAISED_HEADING from '@salesforce/label/c.TL_Panel_Drivers_Raised_Heading';
import LOWERED_HEADING from '@salesforce/label/c.TL_Panel_Drivers_Lowered_Heading';
import DRIVERS_EMPTY from '@salesforce/label/c.TL_Panel_Drivers_Empty';
import OPEN_RECORD from '@salesforce/label/c.TL_Panel_Open_Record';
import OPEN_RECORD_OF from '@salesforce/label/c.TL_Panel_Open_Record_Of';

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
        return (drivers ?? []).map((driver) => ({
            ...driver,
            effectText: formatLabel(effect, driver.points),
            effectClass: `slds-text-body_small effect ${effectClass}`,
            records: driver.records.map((record) => ({
                ...record,
                text:
                    record.summary ||
                    (record.object ? formatLabel(OPEN_RECORD_OF, record.object) : OPEN_RECORD)
            }))
        }));
    }

    openRecord(event) {
        this.dispatchEvent(
            new CustomEvent('openrecord', { detail: { recordId: event.currentTarget.dataset.recordId } })
        );
    }
}

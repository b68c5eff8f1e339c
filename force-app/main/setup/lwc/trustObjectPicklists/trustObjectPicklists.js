import { LightningElement, api, wire } from 'lwc';
import { getPicklistValuesByRecordType } from 'lightning/uiObjectInfoApi';

/** The master record type's id, the same in every org: its lists hold every active value of a field. */
const MASTER_RECORD_TYPE_ID = '012000000000000AAA';

/**
 * Container without markup: reads the picklist values of one object named at run time (the
 * custom signal being edited on the setup page) and hands each answer up as a `picklists`
 * event ({ data, error } of `getPicklistValuesByRecordType`). The setup page places it only
 * while a custom signal names an object, so no request is made, and no wire of the adapter
 * waits for a name, the rest of the time.
 */
export default class TrustObjectPicklists extends LightningElement {
    /** API name of the object whose picklist values are read. */
    @api objectApiName;

    @wire(getPicklistValuesByRecordType, {
        objectApiName: '$objectApiName',
        recordTypeId: MASTER_RECORD_TYPE_ID
    })
    wiredPicklists(result) {
        const { data, error } = result ?? {};
        if (data === undefined && error === undefined) return;
        this.dispatchEvent(
            new CustomEvent('picklists', { detail: { object: this.objectApiName, data, error } })
        );
    }
}

/**
 * The Custom Labels a recalculation reports with, and only those (the panel shows them; the
 * evidence reader's own come from `c/trustEvidenceReader`).
 */
import errorLoad from '@salesforce/label/c.TL_Error_Load';
import errorSave from '@salesforce/label/c.TL_Error_Save';
import accountUpdateFailed from '@salesforce/label/c.TL_Panel_Account_Update_Failed';
import renewalFieldUnreadable from '@salesforce/label/c.TL_Panel_Renewal_Field_Unreadable';
import notSavedBatchKept from '@salesforce/label/c.TL_Panel_Not_Saved_Batch_Kept';

export const LABELS = Object.freeze({
    errorLoad,
    errorSave,
    accountUpdateFailed,
    renewalFieldUnreadable,
    notSavedBatchKept
});

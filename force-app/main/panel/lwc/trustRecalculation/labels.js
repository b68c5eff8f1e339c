/**
 * The Custom Labels a recalculation reports with, and only those: why it may not run, what
 * went wrong, what it noted (the panel shows them; the evidence reader's own come from
 * `c/trustEvidenceReader`).
 */
import errorLoad from '@salesforce/label/c.TL_Error_Load';
import errorSave from '@salesforce/label/c.TL_Error_Save';
import accountUpdateFailed from '@salesforce/label/c.TL_Panel_Account_Update_Failed';
import renewalFieldUnreadable from '@salesforce/label/c.TL_Panel_Renewal_Field_Unreadable';
import notSavedBatchKept from '@salesforce/label/c.TL_Panel_Not_Saved_Batch_Kept';
import invalidModel from '@salesforce/label/c.TL_Error_Invalid_Model';
import invalidModelNamed from '@salesforce/label/c.TL_Error_Invalid_Model_Named';
import invalidModelSet from '@salesforce/label/c.TL_Error_Invalid_Model_Set';
import modelVersion from '@salesforce/label/c.TL_Panel_Model_Version';
import noPermission from '@salesforce/label/c.TL_Panel_Recalculate_No_Permission';

export const LABELS = Object.freeze({
    errorLoad,
    errorSave,
    accountUpdateFailed,
    renewalFieldUnreadable,
    notSavedBatchKept,
    invalidModel,
    invalidModelNamed,
    invalidModelSet,
    modelVersion,
    noPermission
});

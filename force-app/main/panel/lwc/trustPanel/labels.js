/**
 * The Custom Labels the Trust panel container shows, and only those: its parts import their
 * own, and what a recalculation reports comes from `c/trustRecalculation` and
 * `c/trustEvidenceReader`.
 */
import title from '@salesforce/label/c.TL_Panel_Title';
import loading from '@salesforce/label/c.TL_Panel_Loading';
import recalculate from '@salesforce/label/c.TL_Panel_Recalculate';
import recalculating from '@salesforce/label/c.TL_Panel_Recalculating';
import recalculatingProgress from '@salesforce/label/c.TL_Panel_Recalculating_Progress';
import recalculated from '@salesforce/label/c.TL_Panel_Recalculated';
import noAccess from '@salesforce/label/c.TL_Panel_No_Access';
import neverScoredTitle from '@salesforce/label/c.TL_Panel_Never_Scored_Title';
import neverScoredBody from '@salesforce/label/c.TL_Panel_Never_Scored_Body';
import errorLoad from '@salesforce/label/c.TL_Error_Load';
import detailUnreadable from '@salesforce/label/c.TL_Panel_Detail_Unreadable';
import markedKept from '@salesforce/label/c.TL_Promise_Marked_Kept';
import markedBroken from '@salesforce/label/c.TL_Promise_Marked_Broken';
import promiseUpdateFailed from '@salesforce/label/c.TL_Promise_Update_Failed';
import promiseLogged from '@salesforce/label/c.TL_Promise_Logged';
import accountModel from '@salesforce/label/c.TL_Panel_Account_Model';
import modelVersion from '@salesforce/label/c.TL_Panel_Model_Version';
import segmentFieldUnreadable from '@salesforce/label/c.TL_Panel_Segment_Field_Unreadable';

export const LABELS = Object.freeze({
    title,
    loading,
    recalculate,
    recalculating,
    recalculatingProgress,
    recalculated,
    noAccess,
    neverScoredTitle,
    neverScoredBody,
    errorLoad,
    detailUnreadable,
    markedKept,
    markedBroken,
    promiseUpdateFailed,
    promiseLogged,
    accountModel,
    modelVersion,
    segmentFieldUnreadable
});

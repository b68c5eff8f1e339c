/**
 * Every Custom Label the Trust Ledger Setup page and its parts show, in one service module
 * (not exposed), so the parts share one vocabulary and a test can swap in the labels' real
 * English values from CustomLabels.labels-meta.xml.
 *
 * The labels model validation issues are worded with (setting names, signal and pillar
 * names, the validation wording) belong to `c/trustModelMessages`, which the Trust panel
 * uses too; they are re-used from there, not imported twice. The page's parts take the
 * issue wording from here, bound to this vocabulary, like the signal and pillar names.
 */
import { MODEL_MESSAGE_LABELS, formatLabel, modelMessages, nameLookups } from 'c/trustModelMessages';
import Setup_Title from '@salesforce/label/c.TL_Setup_Title';
import Setup_Intro from '@salesforce/label/c.TL_Setup_Intro';
import Setup_No_Permission from '@salesforce/label/c.TL_Setup_No_Permission';
import Setup_Signal_Weights_Help from '@salesforce/label/c.TL_Setup_Signal_Weights_Help';
import Setup_Signal_Pillar from '@salesforce/label/c.TL_Setup_Signal_Pillar';
import Setup_Signal_Enabled from '@salesforce/label/c.TL_Setup_Signal_Enabled';
import Setup_Pillar_Weights_Help from '@salesforce/label/c.TL_Setup_Pillar_Weights_Help';
import Setup_Band_Name from '@salesforce/label/c.TL_Setup_Band_Name';
import Setup_Band_Starts_At from '@salesforce/label/c.TL_Setup_Band_Starts_At';
import Setup_Half_Life_Help from '@salesforce/label/c.TL_Setup_Half_Life_Help';
import Setup_Look_Back_Help from '@salesforce/label/c.TL_Setup_Look_Back_Help';
import Setup_Loss_Aversion_Help from '@salesforce/label/c.TL_Setup_Loss_Aversion_Help';
import Setup_Min_Confidence_Help from '@salesforce/label/c.TL_Setup_Min_Confidence_Help';
import Setup_Mappings_Help from '@salesforce/label/c.TL_Setup_Mappings_Help';
import Setup_Preview_Current from '@salesforce/label/c.TL_Setup_Preview_Current';
import Setup_Preview_New from '@salesforce/label/c.TL_Setup_Preview_New';
import Setup_Save_And_Activate from '@salesforce/label/c.TL_Setup_Save_And_Activate';
import Setup_Cancel from '@salesforce/label/c.TL_Setup_Cancel';
import Setup_Reset_Default from '@salesforce/label/c.TL_Setup_Reset_Default';
import Setup_Activated from '@salesforce/label/c.TL_Setup_Activated';
import Setup_Versions from '@salesforce/label/c.TL_Setup_Versions';
import Setup_Active_Badge from '@salesforce/label/c.TL_Setup_Active_Badge';
import Validation_Fix_Errors from '@salesforce/label/c.TL_Validation_Fix_Errors';
import Error_Title from '@salesforce/label/c.TL_Error_Title';
import Pillar_Understanding_Question from '@salesforce/label/c.TL_Pillar_Understanding_Question';
import Pillar_Reliability_Question from '@salesforce/label/c.TL_Pillar_Reliability_Question';
import Pillar_Capability_Question from '@salesforce/label/c.TL_Pillar_Capability_Question';
import Pillar_Fairness_Question from '@salesforce/label/c.TL_Pillar_Fairness_Question';
import Setup_Read_Only_Title from '@salesforce/label/c.TL_Setup_Read_Only_Title';
import Setup_Active_Version from '@salesforce/label/c.TL_Setup_Active_Version';
import Setup_Default_In_Use from '@salesforce/label/c.TL_Setup_Default_In_Use';
import Setup_Active_Invalid from '@salesforce/label/c.TL_Setup_Active_Invalid';
import Setup_Several_Active from '@salesforce/label/c.TL_Setup_Several_Active';
import Setup_Models_Title from '@salesforce/label/c.TL_Setup_Models_Title';
import Setup_Models_Help from '@salesforce/label/c.TL_Setup_Models_Help';
import Setup_Models_Model from '@salesforce/label/c.TL_Setup_Models_Model';
import Setup_Models_Segment from '@salesforce/label/c.TL_Setup_Models_Segment';
import Setup_Models_Priority from '@salesforce/label/c.TL_Setup_Models_Priority';
import Setup_Models_All_Others from '@salesforce/label/c.TL_Setup_Models_All_Others';
import Setup_Models_Segment_Text from '@salesforce/label/c.TL_Setup_Models_Segment_Text';
import Setup_Models_No_Priority from '@salesforce/label/c.TL_Setup_Models_No_Priority';
import Setup_Models_Edit from '@salesforce/label/c.TL_Setup_Models_Edit';
import Setup_Models_Editing from '@salesforce/label/c.TL_Setup_Models_Editing';
import Setup_Models_Invalid from '@salesforce/label/c.TL_Setup_Models_Invalid';
import Setup_Models_New_Segment from '@salesforce/label/c.TL_Setup_Models_New_Segment';
import Setup_Models_Problems from '@salesforce/label/c.TL_Setup_Models_Problems';
import Setup_Models_Overlaps from '@salesforce/label/c.TL_Setup_Models_Overlaps';
import Setup_Models_Default_First from '@salesforce/label/c.TL_Setup_Models_Default_First';
import Setup_Segment_Title from '@salesforce/label/c.TL_Setup_Segment_Title';
import Setup_Segment_Help from '@salesforce/label/c.TL_Setup_Segment_Help';
import Setup_Segment_Default from '@salesforce/label/c.TL_Setup_Segment_Default';
import Setup_Segment_Field_Placeholder from '@salesforce/label/c.TL_Setup_Segment_Field_Placeholder';
import Setup_Segment_Values_Free_Help from '@salesforce/label/c.TL_Setup_Segment_Values_Free_Help';
import Setup_Segment_Fields_Unavailable from '@salesforce/label/c.TL_Setup_Segment_Fields_Unavailable';
import Setup_Segment_Priority from '@salesforce/label/c.TL_Setup_Segment_Priority';
import Setup_Segment_Priority_Help from '@salesforce/label/c.TL_Setup_Segment_Priority_Help';
import Setup_Segment_New_Name from '@salesforce/label/c.TL_Setup_Segment_New_Name';
import Setup_Segment_Create from '@salesforce/label/c.TL_Setup_Segment_Create';
import Setup_Segment_New_Title from '@salesforce/label/c.TL_Setup_Segment_New_Title';
import Setup_Editing_New_Segment from '@salesforce/label/c.TL_Setup_Editing_New_Segment';
import Setup_Slot_Taken from '@salesforce/label/c.TL_Setup_Slot_Taken';
import Setup_Segment_Renamed from '@salesforce/label/c.TL_Setup_Segment_Renamed';
import Setup_Segment_Activated from '@salesforce/label/c.TL_Setup_Segment_Activated';
import WhatIf_Segment_Scope from '@salesforce/label/c.TL_WhatIf_Segment_Scope';
import WhatIf_Segment_Reading from '@salesforce/label/c.TL_WhatIf_Segment_Reading';
import Setup_Models_Edit_Short from '@salesforce/label/c.TL_Setup_Models_Edit_Short';
import Setup_Notes from '@salesforce/label/c.TL_Setup_Notes';
import Setup_Notes_Help from '@salesforce/label/c.TL_Setup_Notes_Help';
import Setup_Signal from '@salesforce/label/c.TL_Setup_Signal';
import Setup_Weight from '@salesforce/label/c.TL_Setup_Weight';
import Setup_Counts_For from '@salesforce/label/c.TL_Setup_Counts_For';
import Setup_Counts_For_Help from '@salesforce/label/c.TL_Setup_Counts_For_Help';
import Setup_Add_Band from '@salesforce/label/c.TL_Setup_Add_Band';
import Setup_Remove_Band from '@salesforce/label/c.TL_Setup_Remove_Band';
import Setup_Bands_Help from '@salesforce/label/c.TL_Setup_Bands_Help';
import Setup_Timing from '@salesforce/label/c.TL_Setup_Timing';
import Setup_Renewal_Field_None from '@salesforce/label/c.TL_Setup_Renewal_Field_None';
import Setup_Available from '@salesforce/label/c.TL_Setup_Available';
import Setup_Chosen from '@salesforce/label/c.TL_Setup_Chosen';
import Setup_Not_In_Org from '@salesforce/label/c.TL_Setup_Not_In_Org';
import Setup_Picklists_Unavailable from '@salesforce/label/c.TL_Setup_Picklists_Unavailable';
import Setup_None from '@salesforce/label/c.TL_Setup_None';
import Setup_Saving from '@salesforce/label/c.TL_Setup_Saving';
import Setup_Save_Failed from '@salesforce/label/c.TL_Setup_Save_Failed';
import Setup_Save_Partial_Title from '@salesforce/label/c.TL_Setup_Save_Partial_Title';
import Setup_Save_Partial from '@salesforce/label/c.TL_Setup_Save_Partial';
import Setup_Version_Number from '@salesforce/label/c.TL_Setup_Version_Number';
import Setup_Saved_On from '@salesforce/label/c.TL_Setup_Saved_On';
import Setup_Version_Notes from '@salesforce/label/c.TL_Setup_Version_Notes';
import Setup_Roll_Back from '@salesforce/label/c.TL_Setup_Roll_Back';
import Setup_Roll_Back_To from '@salesforce/label/c.TL_Setup_Roll_Back_To';
import Setup_Rolled_Back_Note from '@salesforce/label/c.TL_Setup_Rolled_Back_Note';
import Setup_Roll_Back_Loaded from '@salesforce/label/c.TL_Setup_Roll_Back_Loaded';
import Setup_Version_Invalid from '@salesforce/label/c.TL_Setup_Version_Invalid';
import Setup_Versions_Empty from '@salesforce/label/c.TL_Setup_Versions_Empty';
import Setup_Export from '@salesforce/label/c.TL_Setup_Export';
import Setup_Import from '@salesforce/label/c.TL_Setup_Import';
import Setup_Import_Help from '@salesforce/label/c.TL_Setup_Import_Help';
import Setup_Import_Loaded from '@salesforce/label/c.TL_Setup_Import_Loaded';
import Setup_Import_Invalid from '@salesforce/label/c.TL_Setup_Import_Invalid';
import Setup_Import_Unreadable from '@salesforce/label/c.TL_Setup_Import_Unreadable';
import Setup_Draft_Changed from '@salesforce/label/c.TL_Setup_Draft_Changed';
import Setup_Nothing_Changed from '@salesforce/label/c.TL_Setup_Nothing_Changed';
import Setup_Share_Percent from '@salesforce/label/c.TL_Setup_Share_Percent';
import Setup_Custom_Signals from '@salesforce/label/c.TL_Setup_Custom_Signals';
import Setup_Custom_Signals_Help from '@salesforce/label/c.TL_Setup_Custom_Signals_Help';
import Setup_Custom_Empty from '@salesforce/label/c.TL_Setup_Custom_Empty';
import Setup_Custom_Add from '@salesforce/label/c.TL_Setup_Custom_Add';
import Setup_Custom_Edit_For from '@salesforce/label/c.TL_Setup_Custom_Edit_For';
import Setup_Custom_Remove_For from '@salesforce/label/c.TL_Setup_Custom_Remove_For';
import Setup_Custom_Untitled from '@salesforce/label/c.TL_Setup_Custom_Untitled';
import Setup_Custom_Editing from '@salesforce/label/c.TL_Setup_Custom_Editing';
import Setup_Custom_Label from '@salesforce/label/c.TL_Setup_Custom_Label';
import Setup_Custom_Id from '@salesforce/label/c.TL_Setup_Custom_Id';
import Setup_Custom_Object from '@salesforce/label/c.TL_Setup_Custom_Object';
import Setup_Custom_Account_Field from '@salesforce/label/c.TL_Setup_Custom_Account_Field';
import Setup_Custom_Date_Field from '@salesforce/label/c.TL_Setup_Custom_Date_Field';
import Setup_Custom_Value_Field from '@salesforce/label/c.TL_Setup_Custom_Value_Field';
import Setup_Custom_Aggregate from '@salesforce/label/c.TL_Setup_Custom_Aggregate';
import Setup_Custom_Aggregate_Latest from '@salesforce/label/c.TL_Setup_Custom_Aggregate_Latest';
import Setup_Custom_Aggregate_Average from '@salesforce/label/c.TL_Setup_Custom_Aggregate_Average';
import Setup_Custom_Aggregate_Sum from '@salesforce/label/c.TL_Setup_Custom_Aggregate_Sum';
import Setup_Custom_Aggregate_Count from '@salesforce/label/c.TL_Setup_Custom_Aggregate_Count';
import Setup_Custom_Aggregate_Min from '@salesforce/label/c.TL_Setup_Custom_Aggregate_Min';
import Setup_Custom_Aggregate_Max from '@salesforce/label/c.TL_Setup_Custom_Aggregate_Max';
import Setup_Custom_Scale_Bad from '@salesforce/label/c.TL_Setup_Custom_Scale_Bad';
import Setup_Custom_Scale_Good from '@salesforce/label/c.TL_Setup_Custom_Scale_Good';
import Setup_Custom_Scale_Help from '@salesforce/label/c.TL_Setup_Custom_Scale_Help';
import Setup_Custom_Filter from '@salesforce/label/c.TL_Setup_Custom_Filter';
import Setup_Custom_Filter_Field from '@salesforce/label/c.TL_Setup_Custom_Filter_Field';
import Setup_Custom_Filter_Values from '@salesforce/label/c.TL_Setup_Custom_Filter_Values';
import Setup_Custom_Filter_Text_Help from '@salesforce/label/c.TL_Setup_Custom_Filter_Text_Help';
import Setup_Custom_Filter_None from '@salesforce/label/c.TL_Setup_Custom_Filter_None';
import Setup_Custom_Add_Filter from '@salesforce/label/c.TL_Setup_Custom_Add_Filter';
import Setup_Custom_Remove_Filter from '@salesforce/label/c.TL_Setup_Custom_Remove_Filter';
import Setup_Custom_Field_Unseen from '@salesforce/label/c.TL_Setup_Custom_Field_Unseen';
import Setup_Custom_Object_Missing from '@salesforce/label/c.TL_Setup_Custom_Object_Missing';
import Setup_Custom_Object_Unreadable from '@salesforce/label/c.TL_Setup_Custom_Object_Unreadable';
import Setup_Custom_Objects_Unavailable from '@salesforce/label/c.TL_Setup_Custom_Objects_Unavailable';
import Setup_Custom_Has_Problems from '@salesforce/label/c.TL_Setup_Custom_Has_Problems';
import Setup_Custom_Actions from '@salesforce/label/c.TL_Setup_Custom_Actions';
import Setup_Custom_Setting_Of from '@salesforce/label/c.TL_Setup_Custom_Setting_Of';
import Setup_Custom_Scale from '@salesforce/label/c.TL_Setup_Custom_Scale';
import WhatIf_Title from '@salesforce/label/c.TL_WhatIf_Title';
import WhatIf_Help from '@salesforce/label/c.TL_WhatIf_Help';
import WhatIf_Run from '@salesforce/label/c.TL_WhatIf_Run';
import WhatIf_Loading from '@salesforce/label/c.TL_WhatIf_Loading';
import WhatIf_Empty from '@salesforce/label/c.TL_WhatIf_Empty';
import WhatIf_Invalid from '@salesforce/label/c.TL_WhatIf_Invalid';
import WhatIf_Stale from '@salesforce/label/c.TL_WhatIf_Stale';
import WhatIf_Scope from '@salesforce/label/c.TL_WhatIf_Scope';
import WhatIf_Changed_Band from '@salesforce/label/c.TL_WhatIf_Changed_Band';
import WhatIf_Chart_Title from '@salesforce/label/c.TL_WhatIf_Chart_Title';
import WhatIf_Chart_Row from '@salesforce/label/c.TL_WhatIf_Chart_Row';
import WhatIf_No_Score from '@salesforce/label/c.TL_WhatIf_No_Score';
import WhatIf_Provisional from '@salesforce/label/c.TL_WhatIf_Provisional';
import WhatIf_Provisional_Count from '@salesforce/label/c.TL_WhatIf_Provisional_Count';
import WhatIf_Movers from '@salesforce/label/c.TL_WhatIf_Movers';
import WhatIf_Movers_Empty from '@salesforce/label/c.TL_WhatIf_Movers_Empty';
import WhatIf_Account from '@salesforce/label/c.TL_WhatIf_Account';
import WhatIf_Change from '@salesforce/label/c.TL_WhatIf_Change';
import WhatIf_Evidence_Note from '@salesforce/label/c.TL_WhatIf_Evidence_Note';
import WhatIf_Sample_Title from '@salesforce/label/c.TL_WhatIf_Sample_Title';
import WhatIf_Sample_Scope from '@salesforce/label/c.TL_WhatIf_Sample_Scope';
import WhatIf_Sample_Progress from '@salesforce/label/c.TL_WhatIf_Sample_Progress';
import WhatIf_Sample_Failed from '@salesforce/label/c.TL_WhatIf_Sample_Failed';
import WhatIf_Sample_Renewal_Field from '@salesforce/label/c.TL_WhatIf_Sample_Renewal_Field';
import WhatIf_Load_Failed from '@salesforce/label/c.TL_WhatIf_Load_Failed';
import Setup_Band_Actions from '@salesforce/label/c.TL_Setup_Band_Actions';
import WhatIf_Cancel from '@salesforce/label/c.TL_WhatIf_Cancel';
import WhatIf_Cancelled from '@salesforce/label/c.TL_WhatIf_Cancelled';
import WhatIf_Capped_Scope from '@salesforce/label/c.TL_WhatIf_Capped_Scope';
import WhatIf_Sample_Missing from '@salesforce/label/c.TL_WhatIf_Sample_Missing';
import WhatIf_Sample_Truncated from '@salesforce/label/c.TL_WhatIf_Sample_Truncated';
import WhatIf_Check_Title from '@salesforce/label/c.TL_WhatIf_Check_Title';
import WhatIf_Check_Loading from '@salesforce/label/c.TL_WhatIf_Check_Loading';
import WhatIf_Check_Result from '@salesforce/label/c.TL_WhatIf_Check_Result';
import WhatIf_Check_Better from '@salesforce/label/c.TL_WhatIf_Check_Better';
import WhatIf_Check_Worse from '@salesforce/label/c.TL_WhatIf_Check_Worse';
import WhatIf_Check_Same from '@salesforce/label/c.TL_WhatIf_Check_Same';
import WhatIf_Check_Horizon_Stored from '@salesforce/label/c.TL_WhatIf_Check_Horizon_Stored';
import WhatIf_Check_Horizon_Default from '@salesforce/label/c.TL_WhatIf_Check_Horizon_Default';
import WhatIf_Check_Too_Few from '@salesforce/label/c.TL_WhatIf_Check_Too_Few';
import WhatIf_Check_No_Receipts from '@salesforce/label/c.TL_WhatIf_Check_No_Receipts';
import WhatIf_Check_Failed from '@salesforce/label/c.TL_WhatIf_Check_Failed';
import WhatIf_Check_Capped from '@salesforce/label/c.TL_WhatIf_Check_Capped';
import WhatIf_Check_Weights_Only from '@salesforce/label/c.TL_WhatIf_Check_Weights_Only';
import Setup_Resolution_Targets_Help from '@salesforce/label/c.TL_Setup_Resolution_Targets_Help';
import Setup_Off from '@salesforce/label/c.TL_Setup_Off';
import Setup_On from '@salesforce/label/c.TL_Setup_On';
import Backtest_Title from '@salesforce/label/c.TL_Backtest_Title';
import Backtest_None from '@salesforce/label/c.TL_Backtest_None';
import Backtest_Auc from '@salesforce/label/c.TL_Backtest_Auc';
import Backtest_Auc_None from '@salesforce/label/c.TL_Backtest_Auc_None';
import Backtest_Scope from '@salesforce/label/c.TL_Backtest_Scope';
import Backtest_Bands from '@salesforce/label/c.TL_Backtest_Bands';
import Backtest_Band_Churn from '@salesforce/label/c.TL_Backtest_Band_Churn';
import Backtest_Provisional from '@salesforce/label/c.TL_Backtest_Provisional';

export const LABELS = Object.freeze({
    ...MODEL_MESSAGE_LABELS,
    Setup_Title,
    Setup_Intro,
    Setup_No_Permission,
    Setup_Signal_Weights_Help,
    Setup_Signal_Pillar,
    Setup_Signal_Enabled,
    Setup_Pillar_Weights_Help,
    Setup_Band_Name,
    Setup_Band_Starts_At,
    Setup_Half_Life_Help,
    Setup_Look_Back_Help,
    Setup_Loss_Aversion_Help,
    Setup_Min_Confidence_Help,
    Setup_Mappings_Help,
    Setup_Preview_Current,
    Setup_Preview_New,
    Setup_Save_And_Activate,
    Setup_Cancel,
    Setup_Reset_Default,
    Setup_Activated,
    Setup_Versions,
    Setup_Active_Badge,
    Validation_Fix_Errors,
    Error_Title,
    Pillar_Understanding_Question,
    Pillar_Reliability_Question,
    Pillar_Capability_Question,
    Pillar_Fairness_Question,
    Setup_Read_Only_Title,
    Setup_Active_Version,
    Setup_Default_In_Use,
    Setup_Active_Invalid,
    Setup_Several_Active,
    Setup_Models_Title,
    Setup_Models_Help,
    Setup_Models_Model,
    Setup_Models_Segment,
    Setup_Models_Priority,
    Setup_Models_All_Others,
    Setup_Models_Segment_Text,
    Setup_Models_No_Priority,
    Setup_Models_Edit,
    Setup_Models_Editing,
    Setup_Models_Invalid,
    Setup_Models_New_Segment,
    Setup_Models_Problems,
    Setup_Models_Overlaps,
    Setup_Models_Default_First,
    Setup_Segment_Title,
    Setup_Segment_Help,
    Setup_Segment_Default,
    Setup_Segment_Field_Placeholder,
    Setup_Segment_Values_Free_Help,
    Setup_Segment_Fields_Unavailable,
    Setup_Segment_Priority,
    Setup_Segment_Priority_Help,
    Setup_Segment_New_Name,
    Setup_Segment_Create,
    Setup_Segment_New_Title,
    Setup_Editing_New_Segment,
    Setup_Slot_Taken,
    Setup_Segment_Renamed,
    Setup_Segment_Activated,
    WhatIf_Segment_Scope,
    WhatIf_Segment_Reading,
    Setup_Models_Edit_Short,
    Setup_Notes,
    Setup_Notes_Help,
    Setup_Signal,
    Setup_Weight,
    Setup_Counts_For,
    Setup_Counts_For_Help,
    Setup_Add_Band,
    Setup_Remove_Band,
    Setup_Bands_Help,
    Setup_Timing,
    Setup_Renewal_Field_None,
    Setup_Available,
    Setup_Chosen,
    Setup_Not_In_Org,
    Setup_Picklists_Unavailable,
    Setup_None,
    Setup_Saving,
    Setup_Save_Failed,
    Setup_Save_Partial_Title,
    Setup_Save_Partial,
    Setup_Version_Number,
    Setup_Saved_On,
    Setup_Version_Notes,
    Setup_Roll_Back,
    Setup_Roll_Back_To,
    Setup_Rolled_Back_Note,
    Setup_Roll_Back_Loaded,
    Setup_Version_Invalid,
    Setup_Versions_Empty,
    Setup_Export,
    Setup_Import,
    Setup_Import_Help,
    Setup_Import_Loaded,
    Setup_Import_Invalid,
    Setup_Import_Unreadable,
    Setup_Draft_Changed,
    Setup_Nothing_Changed,
    Setup_Share_Percent,
    Setup_Custom_Signals,
    Setup_Custom_Signals_Help,
    Setup_Custom_Empty,
    Setup_Custom_Add,
    Setup_Custom_Edit_For,
    Setup_Custom_Remove_For,
    Setup_Custom_Untitled,
    Setup_Custom_Editing,
    Setup_Custom_Label,
    Setup_Custom_Id,
    Setup_Custom_Object,
    Setup_Custom_Account_Field,
    Setup_Custom_Date_Field,
    Setup_Custom_Value_Field,
    Setup_Custom_Aggregate,
    Setup_Custom_Aggregate_Latest,
    Setup_Custom_Aggregate_Average,
    Setup_Custom_Aggregate_Sum,
    Setup_Custom_Aggregate_Count,
    Setup_Custom_Aggregate_Min,
    Setup_Custom_Aggregate_Max,
    Setup_Custom_Scale_Bad,
    Setup_Custom_Scale_Good,
    Setup_Custom_Scale_Help,
    Setup_Custom_Filter,
    Setup_Custom_Filter_Field,
    Setup_Custom_Filter_Values,
    Setup_Custom_Filter_Text_Help,
    Setup_Custom_Filter_None,
    Setup_Custom_Add_Filter,
    Setup_Custom_Remove_Filter,
    Setup_Custom_Field_Unseen,
    Setup_Custom_Object_Missing,
    Setup_Custom_Object_Unreadable,
    Setup_Custom_Objects_Unavailable,
    Setup_Custom_Has_Problems,
    Setup_Custom_Actions,
    Setup_Custom_Setting_Of,
    Setup_Custom_Scale,
    WhatIf_Title,
    WhatIf_Help,
    WhatIf_Run,
    WhatIf_Loading,
    WhatIf_Empty,
    WhatIf_Invalid,
    WhatIf_Stale,
    WhatIf_Scope,
    WhatIf_Changed_Band,
    WhatIf_Chart_Title,
    WhatIf_Chart_Row,
    WhatIf_No_Score,
    WhatIf_Provisional,
    WhatIf_Provisional_Count,
    WhatIf_Movers,
    WhatIf_Movers_Empty,
    WhatIf_Account,
    WhatIf_Change,
    WhatIf_Evidence_Note,
    WhatIf_Sample_Title,
    WhatIf_Sample_Scope,
    WhatIf_Sample_Progress,
    WhatIf_Sample_Failed,
    WhatIf_Sample_Renewal_Field,
    WhatIf_Load_Failed,
    Setup_Band_Actions,
    WhatIf_Cancel,
    WhatIf_Cancelled,
    WhatIf_Capped_Scope,
    WhatIf_Sample_Missing,
    WhatIf_Sample_Truncated,
    WhatIf_Check_Title,
    WhatIf_Check_Loading,
    WhatIf_Check_Result,
    WhatIf_Check_Better,
    WhatIf_Check_Worse,
    WhatIf_Check_Same,
    WhatIf_Check_Horizon_Stored,
    WhatIf_Check_Horizon_Default,
    WhatIf_Check_Too_Few,
    WhatIf_Check_No_Receipts,
    WhatIf_Check_Failed,
    WhatIf_Check_Capped,
    WhatIf_Check_Weights_Only,
    Setup_On,
    Setup_Off,
    Setup_Resolution_Targets_Help,
    Backtest_Title,
    Backtest_None,
    Backtest_Auc,
    Backtest_Auc_None,
    Backtest_Scope,
    Backtest_Bands,
    Backtest_Band_Churn,
    Backtest_Provisional
});

export { formatLabel };

/**
 * Name lookups and the model issue wording over a label set: the page uses {@link LABELS}; a
 * test may pass the labels' real values instead. A custom signal's setting is named by the
 * signal's place in the list ("Custom signal 1"), which is all a path says; the draft's own
 * summary names it by its label (c/trustModelDraft).
 */
export function labelHelpers(labels) {
    const messages = modelMessages(labels);
    const modelFieldName = (path) => {
        const custom = /^customSignals\[(\d+)\]/.exec(path ?? '');
        return custom
            ? formatLabel(labels.Setup_Custom_Untitled, Number(custom[1]) + 1)
            : messages.modelFieldName(path);
    };
    return { ...nameLookups(labels), ...messages, modelFieldName };
}

export const {
    signalLabel,
    pillarLabel,
    pillarQuestion,
    modelFieldName,
    modelIssueText,
    modelIssueLine,
    modelIssuesSummary
} = labelHelpers(LABELS);

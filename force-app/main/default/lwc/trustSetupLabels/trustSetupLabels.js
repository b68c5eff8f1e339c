/**
 * Every Custom Label the Trust Ledger Setup page and its parts show, in one service module
 * (not exposed), so the parts share one vocabulary and a test can swap in the labels' real
 * English values from CustomLabels.labels-meta.xml.
 */
import Setup_Title from '@salesforce/label/c.TL_Setup_Title';
import Setup_Intro from '@salesforce/label/c.TL_Setup_Intro';
import Setup_No_Permission from '@salesforce/label/c.TL_Setup_No_Permission';
import Setup_Signal_Weights from '@salesforce/label/c.TL_Setup_Signal_Weights';
import Setup_Signal_Weights_Help from '@salesforce/label/c.TL_Setup_Signal_Weights_Help';
import Setup_Signal_Pillar from '@salesforce/label/c.TL_Setup_Signal_Pillar';
import Setup_Signal_Enabled from '@salesforce/label/c.TL_Setup_Signal_Enabled';
import Setup_Pillar_Weights from '@salesforce/label/c.TL_Setup_Pillar_Weights';
import Setup_Pillar_Weights_Help from '@salesforce/label/c.TL_Setup_Pillar_Weights_Help';
import Setup_Bands from '@salesforce/label/c.TL_Setup_Bands';
import Setup_Band_Name from '@salesforce/label/c.TL_Setup_Band_Name';
import Setup_Band_Starts_At from '@salesforce/label/c.TL_Setup_Band_Starts_At';
import Setup_Half_Life from '@salesforce/label/c.TL_Setup_Half_Life';
import Setup_Half_Life_Help from '@salesforce/label/c.TL_Setup_Half_Life_Help';
import Setup_Look_Back from '@salesforce/label/c.TL_Setup_Look_Back';
import Setup_Look_Back_Help from '@salesforce/label/c.TL_Setup_Look_Back_Help';
import Setup_Loss_Aversion from '@salesforce/label/c.TL_Setup_Loss_Aversion';
import Setup_Loss_Aversion_Help from '@salesforce/label/c.TL_Setup_Loss_Aversion_Help';
import Setup_Min_Confidence from '@salesforce/label/c.TL_Setup_Min_Confidence';
import Setup_Min_Confidence_Help from '@salesforce/label/c.TL_Setup_Min_Confidence_Help';
import Setup_Mappings from '@salesforce/label/c.TL_Setup_Mappings';
import Setup_Mappings_Help from '@salesforce/label/c.TL_Setup_Mappings_Help';
import Setup_Preview_Current from '@salesforce/label/c.TL_Setup_Preview_Current';
import Setup_Preview_New from '@salesforce/label/c.TL_Setup_Preview_New';
import Setup_Save_And_Activate from '@salesforce/label/c.TL_Setup_Save_And_Activate';
import Setup_Cancel from '@salesforce/label/c.TL_Setup_Cancel';
import Setup_Reset_Default from '@salesforce/label/c.TL_Setup_Reset_Default';
import Setup_Activated from '@salesforce/label/c.TL_Setup_Activated';
import Setup_Versions from '@salesforce/label/c.TL_Setup_Versions';
import Setup_Active_Badge from '@salesforce/label/c.TL_Setup_Active_Badge';
import Validation_Required from '@salesforce/label/c.TL_Validation_Required';
import Validation_Weight_Negative from '@salesforce/label/c.TL_Validation_Weight_Negative';
import Validation_Weights_All_Zero from '@salesforce/label/c.TL_Validation_Weights_All_Zero';
import Validation_Band_Order from '@salesforce/label/c.TL_Validation_Band_Order';
import Validation_Band_Name_Duplicate from '@salesforce/label/c.TL_Validation_Band_Name_Duplicate';
import Validation_Unknown_Signal from '@salesforce/label/c.TL_Validation_Unknown_Signal';
import Validation_Model_Invalid from '@salesforce/label/c.TL_Validation_Model_Invalid';
import Validation_Fix_Errors from '@salesforce/label/c.TL_Validation_Fix_Errors';
import Error_Title from '@salesforce/label/c.TL_Error_Title';
import Signal_Renewal_Timeliness from '@salesforce/label/c.TL_Signal_Renewal_Timeliness';
import Signal_Deal_Velocity from '@salesforce/label/c.TL_Signal_Deal_Velocity';
import Signal_Reference_Quality from '@salesforce/label/c.TL_Signal_Reference_Quality';
import Signal_Win_Rate from '@salesforce/label/c.TL_Signal_Win_Rate';
import Signal_Expansion from '@salesforce/label/c.TL_Signal_Expansion';
import Signal_Promise_Keeping from '@salesforce/label/c.TL_Signal_Promise_Keeping';
import Signal_Support_Responsiveness from '@salesforce/label/c.TL_Signal_Support_Responsiveness';
import Signal_Case_Health from '@salesforce/label/c.TL_Signal_Case_Health';
import Signal_Disputes from '@salesforce/label/c.TL_Signal_Disputes';
import Pillar_Understanding from '@salesforce/label/c.TL_Pillar_Understanding';
import Pillar_Understanding_Question from '@salesforce/label/c.TL_Pillar_Understanding_Question';
import Pillar_Reliability from '@salesforce/label/c.TL_Pillar_Reliability';
import Pillar_Reliability_Question from '@salesforce/label/c.TL_Pillar_Reliability_Question';
import Pillar_Capability from '@salesforce/label/c.TL_Pillar_Capability';
import Pillar_Capability_Question from '@salesforce/label/c.TL_Pillar_Capability_Question';
import Pillar_Fairness from '@salesforce/label/c.TL_Pillar_Fairness';
import Pillar_Fairness_Question from '@salesforce/label/c.TL_Pillar_Fairness_Question';
import Setup_Read_Only_Title from '@salesforce/label/c.TL_Setup_Read_Only_Title';
import Setup_Active_Version from '@salesforce/label/c.TL_Setup_Active_Version';
import Setup_Default_In_Use from '@salesforce/label/c.TL_Setup_Default_In_Use';
import Setup_Active_Invalid from '@salesforce/label/c.TL_Setup_Active_Invalid';
import Setup_Several_Active from '@salesforce/label/c.TL_Setup_Several_Active';
import Setup_Model_Name from '@salesforce/label/c.TL_Setup_Model_Name';
import Setup_Description from '@salesforce/label/c.TL_Setup_Description';
import Setup_Notes from '@salesforce/label/c.TL_Setup_Notes';
import Setup_Notes_Help from '@salesforce/label/c.TL_Setup_Notes_Help';
import Setup_Signal from '@salesforce/label/c.TL_Setup_Signal';
import Setup_Weight from '@salesforce/label/c.TL_Setup_Weight';
import Setup_Counts_For from '@salesforce/label/c.TL_Setup_Counts_For';
import Setup_Counts_For_Help from '@salesforce/label/c.TL_Setup_Counts_For_Help';
import Setup_Weight_For from '@salesforce/label/c.TL_Setup_Weight_For';
import Setup_Pillar_For from '@salesforce/label/c.TL_Setup_Pillar_For';
import Setup_Enabled_For from '@salesforce/label/c.TL_Setup_Enabled_For';
import Setup_Band_Name_For from '@salesforce/label/c.TL_Setup_Band_Name_For';
import Setup_Band_Min_For from '@salesforce/label/c.TL_Setup_Band_Min_For';
import Setup_Add_Band from '@salesforce/label/c.TL_Setup_Add_Band';
import Setup_Remove_Band from '@salesforce/label/c.TL_Setup_Remove_Band';
import Setup_Bands_Help from '@salesforce/label/c.TL_Setup_Bands_Help';
import Setup_Timing from '@salesforce/label/c.TL_Setup_Timing';
import Setup_Renewal_Types from '@salesforce/label/c.TL_Setup_Renewal_Types';
import Setup_Upgrade_Types from '@salesforce/label/c.TL_Setup_Upgrade_Types';
import Setup_Downgrade_Types from '@salesforce/label/c.TL_Setup_Downgrade_Types';
import Setup_Dispute_Types from '@salesforce/label/c.TL_Setup_Dispute_Types';
import Setup_Dispute_Reasons from '@salesforce/label/c.TL_Setup_Dispute_Reasons';
import Setup_Closed_Statuses from '@salesforce/label/c.TL_Setup_Closed_Statuses';
import Setup_High_Priorities from '@salesforce/label/c.TL_Setup_High_Priorities';
import Setup_Renewal_Field from '@salesforce/label/c.TL_Setup_Renewal_Field';
import Setup_Renewal_Field_None from '@salesforce/label/c.TL_Setup_Renewal_Field_None';
import Setup_Resolution_Targets from '@salesforce/label/c.TL_Setup_Resolution_Targets';
import Setup_Resolution_Target_For from '@salesforce/label/c.TL_Setup_Resolution_Target_For';
import Setup_Default_Target from '@salesforce/label/c.TL_Setup_Default_Target';
import Setup_Available from '@salesforce/label/c.TL_Setup_Available';
import Setup_Chosen from '@salesforce/label/c.TL_Setup_Chosen';
import Setup_Not_In_Org from '@salesforce/label/c.TL_Setup_Not_In_Org';
import Setup_Picklists_Unavailable from '@salesforce/label/c.TL_Setup_Picklists_Unavailable';
import Setup_None from '@salesforce/label/c.TL_Setup_None';
import Setup_Saving from '@salesforce/label/c.TL_Setup_Saving';
import Setup_Save_Failed from '@salesforce/label/c.TL_Setup_Save_Failed';
import Setup_Save_Partial_Title from '@salesforce/label/c.TL_Setup_Save_Partial_Title';
import Setup_Save_Partial from '@salesforce/label/c.TL_Setup_Save_Partial';
import Setup_Version from '@salesforce/label/c.TL_Setup_Version';
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
import Validation_Number from '@salesforce/label/c.TL_Validation_Number';
import Validation_Whole_Number from '@salesforce/label/c.TL_Validation_Whole_Number';
import Validation_At_Least from '@salesforce/label/c.TL_Validation_At_Least';
import Validation_Above from '@salesforce/label/c.TL_Validation_Above';
import Validation_At_Most from '@salesforce/label/c.TL_Validation_At_Most';
import Validation_Zero_Or_At_Least from '@salesforce/label/c.TL_Validation_Zero_Or_At_Least';
import Validation_First_Band_Zero from '@salesforce/label/c.TL_Validation_First_Band_Zero';
import Validation_Bands_Empty from '@salesforce/label/c.TL_Validation_Bands_Empty';
import Validation_Also_Renewal from '@salesforce/label/c.TL_Validation_Also_Renewal';
import Validation_Also_Upgrade from '@salesforce/label/c.TL_Validation_Also_Upgrade';
import Validation_Field_Name from '@salesforce/label/c.TL_Validation_Field_Name';
import Validation_Unknown_Setting from '@salesforce/label/c.TL_Validation_Unknown_Setting';
import Validation_Not_Json from '@salesforce/label/c.TL_Validation_Not_Json';
import Validation_Summary_Item from '@salesforce/label/c.TL_Validation_Summary_Item';
import Validation_Definition_Empty from '@salesforce/label/c.TL_Validation_Definition_Empty';
import Validation_Definition_Not_Json from '@salesforce/label/c.TL_Validation_Definition_Not_Json';
import Validation_Text from '@salesforce/label/c.TL_Validation_Text';
import Validation_List from '@salesforce/label/c.TL_Validation_List';
import Validation_Setting_Shape from '@salesforce/label/c.TL_Validation_Setting_Shape';
import Validation_On_Off from '@salesforce/label/c.TL_Validation_On_Off';
import Validation_Pillar from '@salesforce/label/c.TL_Validation_Pillar';
import Validation_Signal_Missing from '@salesforce/label/c.TL_Validation_Signal_Missing';
import Setup_Band_Actions from '@salesforce/label/c.TL_Setup_Band_Actions';
import WhatIf_Cancel from '@salesforce/label/c.TL_WhatIf_Cancel';
import WhatIf_Cancelled from '@salesforce/label/c.TL_WhatIf_Cancelled';
import WhatIf_Capped_Scope from '@salesforce/label/c.TL_WhatIf_Capped_Scope';
import WhatIf_Sample_Missing from '@salesforce/label/c.TL_WhatIf_Sample_Missing';
import WhatIf_Sample_Truncated from '@salesforce/label/c.TL_WhatIf_Sample_Truncated';
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
    Setup_Title,
    Setup_Intro,
    Setup_No_Permission,
    Setup_Signal_Weights,
    Setup_Signal_Weights_Help,
    Setup_Signal_Pillar,
    Setup_Signal_Enabled,
    Setup_Pillar_Weights,
    Setup_Pillar_Weights_Help,
    Setup_Bands,
    Setup_Band_Name,
    Setup_Band_Starts_At,
    Setup_Half_Life,
    Setup_Half_Life_Help,
    Setup_Look_Back,
    Setup_Look_Back_Help,
    Setup_Loss_Aversion,
    Setup_Loss_Aversion_Help,
    Setup_Min_Confidence,
    Setup_Min_Confidence_Help,
    Setup_Mappings,
    Setup_Mappings_Help,
    Setup_Preview_Current,
    Setup_Preview_New,
    Setup_Save_And_Activate,
    Setup_Cancel,
    Setup_Reset_Default,
    Setup_Activated,
    Setup_Versions,
    Setup_Active_Badge,
    Validation_Required,
    Validation_Weight_Negative,
    Validation_Weights_All_Zero,
    Validation_Band_Order,
    Validation_Band_Name_Duplicate,
    Validation_Unknown_Signal,
    Validation_Model_Invalid,
    Validation_Fix_Errors,
    Error_Title,
    Signal_Renewal_Timeliness,
    Signal_Deal_Velocity,
    Signal_Reference_Quality,
    Signal_Win_Rate,
    Signal_Expansion,
    Signal_Promise_Keeping,
    Signal_Support_Responsiveness,
    Signal_Case_Health,
    Signal_Disputes,
    Pillar_Understanding,
    Pillar_Understanding_Question,
    Pillar_Reliability,
    Pillar_Reliability_Question,
    Pillar_Capability,
    Pillar_Capability_Question,
    Pillar_Fairness,
    Pillar_Fairness_Question,
    Setup_Read_Only_Title,
    Setup_Active_Version,
    Setup_Default_In_Use,
    Setup_Active_Invalid,
    Setup_Several_Active,
    Setup_Model_Name,
    Setup_Description,
    Setup_Notes,
    Setup_Notes_Help,
    Setup_Signal,
    Setup_Weight,
    Setup_Counts_For,
    Setup_Counts_For_Help,
    Setup_Weight_For,
    Setup_Pillar_For,
    Setup_Enabled_For,
    Setup_Band_Name_For,
    Setup_Band_Min_For,
    Setup_Add_Band,
    Setup_Remove_Band,
    Setup_Bands_Help,
    Setup_Timing,
    Setup_Renewal_Types,
    Setup_Upgrade_Types,
    Setup_Downgrade_Types,
    Setup_Dispute_Types,
    Setup_Dispute_Reasons,
    Setup_Closed_Statuses,
    Setup_High_Priorities,
    Setup_Renewal_Field,
    Setup_Renewal_Field_None,
    Setup_Resolution_Targets,
    Setup_Resolution_Target_For,
    Setup_Default_Target,
    Setup_Available,
    Setup_Chosen,
    Setup_Not_In_Org,
    Setup_Picklists_Unavailable,
    Setup_None,
    Setup_Saving,
    Setup_Save_Failed,
    Setup_Save_Partial_Title,
    Setup_Save_Partial,
    Setup_Version,
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
    Validation_Number,
    Validation_Whole_Number,
    Validation_At_Least,
    Validation_Above,
    Validation_At_Most,
    Validation_Zero_Or_At_Least,
    Validation_First_Band_Zero,
    Validation_Bands_Empty,
    Validation_Also_Renewal,
    Validation_Also_Upgrade,
    Validation_Field_Name,
    Validation_Unknown_Setting,
    Validation_Not_Json,
    Validation_Summary_Item,
    Validation_Definition_Empty,
    Validation_Definition_Not_Json,
    Validation_Text,
    Validation_List,
    Validation_Setting_Shape,
    Validation_On_Off,
    Validation_Pillar,
    Validation_Signal_Missing,
    Setup_Band_Actions,
    WhatIf_Cancel,
    WhatIf_Cancelled,
    WhatIf_Capped_Scope,
    WhatIf_Sample_Missing,
    WhatIf_Sample_Truncated,
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

const SIGNAL_LABEL_KEYS = {
    renewalTimeliness: 'Signal_Renewal_Timeliness',
    dealVelocity: 'Signal_Deal_Velocity',
    referenceQuality: 'Signal_Reference_Quality',
    winRate: 'Signal_Win_Rate',
    expansion: 'Signal_Expansion',
    promiseKeeping: 'Signal_Promise_Keeping',
    supportResponsiveness: 'Signal_Support_Responsiveness',
    caseHealth: 'Signal_Case_Health',
    disputes: 'Signal_Disputes'
};

const PILLAR_LABEL_KEYS = {
    understanding: 'Pillar_Understanding',
    reliability: 'Pillar_Reliability',
    capability: 'Pillar_Capability',
    fairness: 'Pillar_Fairness'
};

/**
 * Fills `{0}`, `{1}`… in a label with the arguments, as Salesforce's own label format does.
 * A placeholder without an argument stays as it is, so a missing value is visible, not blank.
 */
export function formatLabel(template, ...args) {
    return String(template).replace(/\{(\d+)\}/g, (match, index) => {
        const value = args[index];
        return value === undefined || value === null ? match : String(value);
    });
}

/**
 * Name lookups over a label set: the page uses {@link LABELS}; a test may pass the labels'
 * real values instead.
 */
export function labelHelpers(labels) {
    return {
        /** The translated name of a signal id (`winRate` → "Win rate"); unknown ids are shown as they are. */
        signalLabel(signalId) {
            const key = SIGNAL_LABEL_KEYS[signalId];
            return key ? labels[key] : signalId;
        },
        /** The translated name of a pillar id; unknown ids are shown as they are. */
        pillarLabel(pillarId) {
            const key = PILLAR_LABEL_KEYS[pillarId];
            return key ? labels[key] : pillarId;
        },
        /** The customer's question a pillar answers. */
        pillarQuestion(pillarId) {
            const key = PILLAR_LABEL_KEYS[pillarId];
            return key ? labels[`${key}_Question`] : '';
        }
    };
}

export const { signalLabel, pillarLabel, pillarQuestion } = labelHelpers(LABELS);

/**
 * The Custom Labels model validation issues are worded with, and only those: the wording of
 * each issue code, the names of the settings an issue can belong to, and the signal and pillar
 * names inside them. The Trust panel words an invalid active model with these, so it does not
 * load the setup page's whole vocabulary; `c/trustSetupLabels` re-uses them instead of
 * importing them a second time. The keys are the setup page's, so one label set serves both.
 */
import Setup_Signal_Weights from '@salesforce/label/c.TL_Setup_Signal_Weights';
import Setup_Pillar_Weights from '@salesforce/label/c.TL_Setup_Pillar_Weights';
import Setup_Bands from '@salesforce/label/c.TL_Setup_Bands';
import Setup_Mappings from '@salesforce/label/c.TL_Setup_Mappings';
import Setup_Weight_For from '@salesforce/label/c.TL_Setup_Weight_For';
import Setup_Pillar_For from '@salesforce/label/c.TL_Setup_Pillar_For';
import Setup_Enabled_For from '@salesforce/label/c.TL_Setup_Enabled_For';
import Setup_Band_Name_For from '@salesforce/label/c.TL_Setup_Band_Name_For';
import Setup_Band_Min_For from '@salesforce/label/c.TL_Setup_Band_Min_For';
import Setup_Resolution_Target_For from '@salesforce/label/c.TL_Setup_Resolution_Target_For';
import Setup_Half_Life from '@salesforce/label/c.TL_Setup_Half_Life';
import Setup_Look_Back from '@salesforce/label/c.TL_Setup_Look_Back';
import Setup_Loss_Aversion from '@salesforce/label/c.TL_Setup_Loss_Aversion';
import Setup_Min_Confidence from '@salesforce/label/c.TL_Setup_Min_Confidence';
import Setup_Model_Name from '@salesforce/label/c.TL_Setup_Model_Name';
import Setup_Description from '@salesforce/label/c.TL_Setup_Description';
import Setup_Version from '@salesforce/label/c.TL_Setup_Version';
import Setup_Renewal_Types from '@salesforce/label/c.TL_Setup_Renewal_Types';
import Setup_Upgrade_Types from '@salesforce/label/c.TL_Setup_Upgrade_Types';
import Setup_Downgrade_Types from '@salesforce/label/c.TL_Setup_Downgrade_Types';
import Setup_Dispute_Types from '@salesforce/label/c.TL_Setup_Dispute_Types';
import Setup_Dispute_Reasons from '@salesforce/label/c.TL_Setup_Dispute_Reasons';
import Setup_Closed_Statuses from '@salesforce/label/c.TL_Setup_Closed_Statuses';
import Setup_High_Priorities from '@salesforce/label/c.TL_Setup_High_Priorities';
import Setup_Renewal_Field from '@salesforce/label/c.TL_Setup_Renewal_Field';
import Setup_Resolution_Targets from '@salesforce/label/c.TL_Setup_Resolution_Targets';
import Setup_Default_Target from '@salesforce/label/c.TL_Setup_Default_Target';
import Validation_Required from '@salesforce/label/c.TL_Validation_Required';
import Validation_Number from '@salesforce/label/c.TL_Validation_Number';
import Validation_Whole_Number from '@salesforce/label/c.TL_Validation_Whole_Number';
import Validation_Weight_Negative from '@salesforce/label/c.TL_Validation_Weight_Negative';
import Validation_At_Least from '@salesforce/label/c.TL_Validation_At_Least';
import Validation_Above from '@salesforce/label/c.TL_Validation_Above';
import Validation_At_Most from '@salesforce/label/c.TL_Validation_At_Most';
import Validation_Zero_Or_At_Least from '@salesforce/label/c.TL_Validation_Zero_Or_At_Least';
import Validation_Text from '@salesforce/label/c.TL_Validation_Text';
import Validation_List from '@salesforce/label/c.TL_Validation_List';
import Validation_Setting_Shape from '@salesforce/label/c.TL_Validation_Setting_Shape';
import Validation_On_Off from '@salesforce/label/c.TL_Validation_On_Off';
import Validation_Pillar from '@salesforce/label/c.TL_Validation_Pillar';
import Validation_Unknown_Signal from '@salesforce/label/c.TL_Validation_Unknown_Signal';
import Validation_Unknown_Setting from '@salesforce/label/c.TL_Validation_Unknown_Setting';
import Validation_Signal_Missing from '@salesforce/label/c.TL_Validation_Signal_Missing';
import Validation_Bands_Empty from '@salesforce/label/c.TL_Validation_Bands_Empty';
import Validation_Band_Name_Duplicate from '@salesforce/label/c.TL_Validation_Band_Name_Duplicate';
import Validation_First_Band_Zero from '@salesforce/label/c.TL_Validation_First_Band_Zero';
import Validation_Band_Order from '@salesforce/label/c.TL_Validation_Band_Order';
import Validation_Text_Too_Long from '@salesforce/label/c.TL_Validation_Text_Too_Long';
import Validation_Field_Name from '@salesforce/label/c.TL_Validation_Field_Name';
import Validation_Signal_Id_Taken from '@salesforce/label/c.TL_Validation_Signal_Id_Taken';
import Validation_Signal_Id_Format from '@salesforce/label/c.TL_Validation_Signal_Id_Format';
import Validation_Api_Name from '@salesforce/label/c.TL_Validation_Api_Name';
import Validation_Aggregate from '@salesforce/label/c.TL_Validation_Aggregate';
import Validation_Scale_Flat from '@salesforce/label/c.TL_Validation_Scale_Flat';
import Validation_Value_Field_Needed from '@salesforce/label/c.TL_Validation_Value_Field_Needed';
import Validation_Account_Field_Name from '@salesforce/label/c.TL_Validation_Account_Field_Name';
import Validation_Segment_Values_Empty from '@salesforce/label/c.TL_Validation_Segment_Values_Empty';
import Validation_No_Default from '@salesforce/label/c.TL_Validation_No_Default';
import Validation_Default_Twice from '@salesforce/label/c.TL_Validation_Default_Twice';
import Validation_Contract_Field_Differs from '@salesforce/label/c.TL_Validation_Contract_Field_Differs';
import Validation_Segment_Overlap from '@salesforce/label/c.TL_Validation_Segment_Overlap';
import Validation_Segment_Field_Not_On_Account from '@salesforce/label/c.TL_Validation_Segment_Field_Not_On_Account';
import Setup_Segment_Field from '@salesforce/label/c.TL_Setup_Segment_Field';
import Setup_Segment_Values from '@salesforce/label/c.TL_Setup_Segment_Values';
import Validation_Also_Renewal from '@salesforce/label/c.TL_Validation_Also_Renewal';
import Validation_Also_Upgrade from '@salesforce/label/c.TL_Validation_Also_Upgrade';
import Validation_Weights_All_Zero from '@salesforce/label/c.TL_Validation_Weights_All_Zero';
import Validation_Not_Json from '@salesforce/label/c.TL_Validation_Not_Json';
import Validation_Definition_Not_Json from '@salesforce/label/c.TL_Validation_Definition_Not_Json';
import Validation_Definition_Empty from '@salesforce/label/c.TL_Validation_Definition_Empty';
import Validation_Model_Invalid from '@salesforce/label/c.TL_Validation_Model_Invalid';
import Validation_Summary_Item from '@salesforce/label/c.TL_Validation_Summary_Item';
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
import Pillar_Reliability from '@salesforce/label/c.TL_Pillar_Reliability';
import Pillar_Capability from '@salesforce/label/c.TL_Pillar_Capability';
import Pillar_Fairness from '@salesforce/label/c.TL_Pillar_Fairness';

export const LABELS = Object.freeze({
    Setup_Signal_Weights,
    Setup_Pillar_Weights,
    Setup_Bands,
    Setup_Mappings,
    Setup_Weight_For,
    Setup_Pillar_For,
    Setup_Enabled_For,
    Setup_Band_Name_For,
    Setup_Band_Min_For,
    Setup_Resolution_Target_For,
    Setup_Half_Life,
    Setup_Look_Back,
    Setup_Loss_Aversion,
    Setup_Min_Confidence,
    Setup_Model_Name,
    Setup_Description,
    Setup_Version,
    Setup_Renewal_Types,
    Setup_Upgrade_Types,
    Setup_Downgrade_Types,
    Setup_Dispute_Types,
    Setup_Dispute_Reasons,
    Setup_Closed_Statuses,
    Setup_High_Priorities,
    Setup_Renewal_Field,
    Setup_Resolution_Targets,
    Setup_Default_Target,
    Validation_Required,
    Validation_Number,
    Validation_Whole_Number,
    Validation_Weight_Negative,
    Validation_At_Least,
    Validation_Above,
    Validation_At_Most,
    Validation_Zero_Or_At_Least,
    Validation_Text,
    Validation_List,
    Validation_Setting_Shape,
    Validation_On_Off,
    Validation_Pillar,
    Validation_Unknown_Signal,
    Validation_Unknown_Setting,
    Validation_Signal_Missing,
    Validation_Bands_Empty,
    Validation_Band_Name_Duplicate,
    Validation_First_Band_Zero,
    Validation_Band_Order,
    Validation_Text_Too_Long,
    Validation_Field_Name,
    Validation_Signal_Id_Taken,
    Validation_Signal_Id_Format,
    Validation_Api_Name,
    Validation_Aggregate,
    Validation_Scale_Flat,
    Validation_Value_Field_Needed,
    Validation_Account_Field_Name,
    Validation_Segment_Values_Empty,
    Validation_No_Default,
    Validation_Default_Twice,
    Validation_Contract_Field_Differs,
    Validation_Segment_Overlap,
    Validation_Segment_Field_Not_On_Account,
    Setup_Segment_Field,
    Setup_Segment_Values,
    Validation_Also_Renewal,
    Validation_Also_Upgrade,
    Validation_Weights_All_Zero,
    Validation_Not_Json,
    Validation_Definition_Not_Json,
    Validation_Definition_Empty,
    Validation_Model_Invalid,
    Validation_Summary_Item,
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
    Pillar_Reliability,
    Pillar_Capability,
    Pillar_Fairness
});

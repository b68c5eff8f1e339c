/**
 * The Custom Labels the evidence reader speaks with, and only those: what a rep reads when
 * evidence could not be read (the reader is shared by the panel and the setup page, so it
 * takes neither one's whole vocabulary).
 */
import ERROR_LOAD from '@salesforce/label/c.TL_Error_Load';
import NO_READ from '@salesforce/label/c.TL_Panel_Recalculate_No_Read';
import EVIDENCE_MISSING from '@salesforce/label/c.TL_Panel_Evidence_Missing';
import EVIDENCE_TRUNCATED from '@salesforce/label/c.TL_Panel_Evidence_Truncated';
import OBJECT_NOT_IN_ORG from '@salesforce/label/c.TL_Panel_Object_Not_In_Org';
import OBJECT_NO_ACCESS from '@salesforce/label/c.TL_Panel_Object_No_Access';
import EVIDENCE_OPPORTUNITY from '@salesforce/label/c.TL_Panel_Evidence_Opportunity';
import EVIDENCE_OPPORTUNITY_HISTORY from '@salesforce/label/c.TL_Panel_Evidence_OpportunityHistory';
import EVIDENCE_CASE from '@salesforce/label/c.TL_Panel_Evidence_Case';
import EVIDENCE_CASE_MILESTONE from '@salesforce/label/c.TL_Panel_Evidence_CaseMilestone';
import EVIDENCE_CONTRACT from '@salesforce/label/c.TL_Panel_Evidence_Contract';
import EVIDENCE_COMMITMENT from '@salesforce/label/c.TL_Panel_Evidence_Commitment';
import EVIDENCE_REFERENCE from '@salesforce/label/c.TL_Panel_Evidence_Reference';
import EVIDENCE_OVERRIDE from '@salesforce/label/c.TL_Panel_Evidence_Override';

export const LABELS = Object.freeze({
    ERROR_LOAD,
    NO_READ,
    EVIDENCE_MISSING,
    EVIDENCE_TRUNCATED,
    OBJECT_NOT_IN_ORG,
    OBJECT_NO_ACCESS
});

/** What each evidence object is to a rep, for saying which could not be read. */
export const EVIDENCE_NAMES = Object.freeze({
    Opportunity: EVIDENCE_OPPORTUNITY,
    OpportunityHistory: EVIDENCE_OPPORTUNITY_HISTORY,
    Case: EVIDENCE_CASE,
    CaseMilestone: EVIDENCE_CASE_MILESTONE,
    Contract: EVIDENCE_CONTRACT,
    Trust_Commitment__c: EVIDENCE_COMMITMENT,
    Customer_Reference__c: EVIDENCE_REFERENCE,
    Trust_Override__c: EVIDENCE_OVERRIDE
});

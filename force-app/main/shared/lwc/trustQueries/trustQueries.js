/**
 * Trust Ledger's UI API GraphQL queries (service module, not exposed).
 *
 * They live in one place so a Node test can parse every one of them with the `graphql`
 * package and check each object and field against the package metadata, and so the
 * evidence adapter in `c/trustEngine` (`EvidencePager`) and the query it pages agree on
 * variable and connection names.
 */
import { gql } from 'lightning/graphql';

/**
 * Everything the Trust panel needs for its first render, in one round trip: the account's
 * trust fields, its last 12 receipts (newest first) with the model version behind each,
 * open promises, the latest overrides (the one in force is shown), and every active model
 * version with its priority and baselines: with models per segment several are in force, and
 * the account's segment values choose among them (`modelsInForce` of `c/trustEngine`). Up to
 * 50: one version per model is in force (two for a moment while a save replaces one), and no
 * org keeps that many segments.
 *
 * Variables: `accountId` (ID).
 */
export const PANEL_QUERY = gql`
    query trustPanel($accountId: ID) {
        uiapi {
            query {
                Account(where: { Id: { eq: $accountId } }) {
                    edges {
                        node {
                            Id
                            Name {
                                value
                            }
                            Current_Trust_Score__c {
                                value
                                displayValue
                            }
                            Current_Trust_Band__c {
                                value
                            }
                            Trust_Score_Change__c {
                                value
                            }
                            Trust_Scored_On__c {
                                value
                                displayValue
                            }
                        }
                    }
                }
                Trust_Score__c(
                    where: { Account__c: { eq: $accountId } }
                    orderBy: { As_Of__c: { order: DESC } }
                    first: 12
                ) {
                    edges {
                        node {
                            Id
                            Key__c {
                                value
                            }
                            As_Of__c {
                                value
                                displayValue
                            }
                            Score__c {
                                value
                            }
                            Band__c {
                                value
                            }
                            Computed_Band__c {
                                value
                            }
                            Confidence__c {
                                value
                            }
                            Provisional__c {
                                value
                            }
                            Understanding__c {
                                value
                            }
                            Reliability__c {
                                value
                            }
                            Capability__c {
                                value
                            }
                            Fairness__c {
                                value
                            }
                            Renewal_Timeliness__c {
                                value
                            }
                            Deal_Velocity__c {
                                value
                            }
                            Reference_Quality__c {
                                value
                            }
                            Win_Rate__c {
                                value
                            }
                            Expansion__c {
                                value
                            }
                            Promise_Keeping__c {
                                value
                            }
                            Support_Responsiveness__c {
                                value
                            }
                            Case_Health__c {
                                value
                            }
                            Disputes__c {
                                value
                            }
                            Previous_Score__c {
                                value
                            }
                            Score_Change__c {
                                value
                            }
                            Drivers__c {
                                value
                            }
                            Scored_At__c {
                                value
                                displayValue
                            }
                            Source__c {
                                value
                            }
                            Model__c {
                                value
                            }
                            Model__r {
                                Name {
                                    value
                                }
                                Version__c {
                                    value
                                }
                            }
                        }
                    }
                }
                Trust_Commitment__c(
                    where: { and: [{ Account__c: { eq: $accountId } }, { Status__c: { eq: "Open" } }] }
                    orderBy: { Due_On__c: { order: ASC } }
                    first: 50
                ) {
                    edges {
                        node {
                            Id
                            Name {
                                value
                            }
                            Description__c {
                                value
                            }
                            Made_By_Team__c {
                                value
                                displayValue
                            }
                            Promised_On__c {
                                value
                                displayValue
                            }
                            Due_On__c {
                                value
                                displayValue
                            }
                            Status__c {
                                value
                                displayValue
                            }
                            Opportunity__c {
                                value
                            }
                        }
                    }
                    totalCount
                }
                Trust_Override__c(
                    where: { Account__c: { eq: $accountId } }
                    first: 5
                    orderBy: { CreatedDate: { order: DESC } }
                ) {
                    edges {
                        node {
                            Id
                            Account__c {
                                value
                            }
                            Band__c {
                                value
                            }
                            Reason__c {
                                value
                            }
                            Expires_On__c {
                                value
                            }
                            CreatedDate {
                                value
                            }
                            CreatedBy {
                                Name {
                                    value
                                }
                            }
                        }
                    }
                }
                Trust_Model__c(
                    where: { Active__c: { eq: true } }
                    orderBy: { Version__c: { order: DESC } }
                    first: 50
                ) {
                    edges {
                        node {
                            Id
                            Name {
                                value
                            }
                            Version__c {
                                value
                            }
                            Priority__c {
                                value
                            }
                            Definition__c {
                                value
                            }
                            Baselines__c {
                                value
                            }
                        }
                    }
                }
            }
        }
    }
`;

/**
 * The account's open trust alerts, newest first: its open Tasks whose subject begins with the
 * active model's alert prefix. A query of its own because the prefix comes from the model the
 * panel query returns; `openAlertView` (`c/trustEngine`) reads the subject back by the batch's
 * rule, since LIKE ignores case.
 *
 * Variables: `accountId` (ID), `subjectLike` (String, `alertSubjectLike` of the active model).
 */
export const OPEN_ALERT_QUERY = gql`
    query trustOpenAlert($accountId: ID, $subjectLike: String) {
        uiapi {
            query {
                Task(
                    where: {
                        and: [
                            { WhatId: { eq: $accountId } }
                            { IsClosed: { eq: false } }
                            { Subject: { like: $subjectLike } }
                        ]
                    }
                    orderBy: { CreatedDate: { order: DESC } }
                    first: 5
                ) {
                    edges {
                        node {
                            Id
                            Subject {
                                value
                            }
                            ActivityDate {
                                value
                            }
                        }
                    }
                }
            }
        }
    }
`;

/**
 * One account's evidence, the same fields the batch CLI reads from an export, in three
 * queries that `EvidencePager` (from `c/trustEngine`) runs in turn: this core query (objects
 * every org has), then OpportunityHistory and CaseMilestone, each on its own so an org
 * whose UI API lacks one (CaseMilestone exists only with Entitlement Management) still gets
 * a score, with the missing evidence named. In the core query each object is its own
 * connection so a large account pages each one separately: the pager passes each
 * connection's `endCursor` as `<object>After`; a connection already complete gets its last
 * cursor again and answers with an empty page.
 * (The wire adapter does not support variables in `@include`/`@skip`, so the query cannot
 * leave complete connections out.) `upperBound` lets a connection page past the 4,000
 * records record-connection paging stops at; it must stay the same on every page.
 *
 * Variables: `accountId` (ID), `pageSize` (Int, 200–2000 with an upper bound),
 * `upperBound` (Int), and per connection `<object>After: String`.
 */
export const EVIDENCE_CORE_QUERY = gql`
    query trustEvidenceCore(
        $accountId: ID
        $pageSize: Int
        $upperBound: Int
        $opportunitiesAfter: String
        $casesAfter: String
        $contractsAfter: String
        $commitmentsAfter: String
        $referencesAfter: String
        $overridesAfter: String
    ) {
        uiapi {
            query {
                Account(where: { Id: { eq: $accountId } }) {
                    edges {
                        node {
                            Id
                            Name {
                                value
                            }
                            ParentId {
                                value
                            }
                        }
                    }
                }
                Opportunity(
                    where: { AccountId: { eq: $accountId } }
                    first: $pageSize
                    upperBound: $upperBound
                    after: $opportunitiesAfter
                ) {
                    edges {
                        node {
                            Id
                            AccountId {
                                value
                            }
                            Type {
                                value
                            }
                            StageName {
                                value
                            }
                            IsClosed {
                                value
                            }
                            IsWon {
                                value
                            }
                            Amount {
                                value
                            }
                            CreatedDate {
                                value
                            }
                            CloseDate {
                                value
                            }
                            ContractId {
                                value
                            }
                        }
                    }
                    pageInfo {
                        hasNextPage
                        endCursor
                    }
                }
                Case(
                    where: { AccountId: { eq: $accountId } }
                    first: $pageSize
                    upperBound: $upperBound
                    after: $casesAfter
                ) {
                    edges {
                        node {
                            Id
                            AccountId {
                                value
                            }
                            IsClosed {
                                value
                            }
                            IsEscalated {
                                value
                            }
                            Priority {
                                value
                            }
                            Status {
                                value
                            }
                            Type {
                                value
                            }
                            Reason {
                                value
                            }
                            Origin {
                                value
                            }
                            CreatedDate {
                                value
                            }
                            ClosedDate {
                                value
                            }
                        }
                    }
                    pageInfo {
                        hasNextPage
                        endCursor
                    }
                }
                Contract(
                    where: { AccountId: { eq: $accountId } }
                    first: $pageSize
                    upperBound: $upperBound
                    after: $contractsAfter
                ) {
                    edges {
                        node {
                            Id
                            AccountId {
                                value
                            }
                            StartDate {
                                value
                            }
                            EndDate {
                                value
                            }
                            Status {
                                value
                            }
                        }
                    }
                    pageInfo {
                        hasNextPage
                        endCursor
                    }
                }
                Trust_Commitment__c(
                    where: { Account__c: { eq: $accountId } }
                    first: $pageSize
                    upperBound: $upperBound
                    after: $commitmentsAfter
                ) {
                    edges {
                        node {
                            Id
                            Account__c {
                                value
                            }
                            Opportunity__c {
                                value
                            }
                            Made_By_Team__c {
                                value
                            }
                            Promised_On__c {
                                value
                            }
                            Due_On__c {
                                value
                            }
                            Delivered_On__c {
                                value
                            }
                            Status__c {
                                value
                            }
                            Description__c {
                                value
                            }
                        }
                    }
                    pageInfo {
                        hasNextPage
                        endCursor
                    }
                }
                Customer_Reference__c(
                    where: { Account__c: { eq: $accountId } }
                    first: $pageSize
                    upperBound: $upperBound
                    after: $referencesAfter
                ) {
                    edges {
                        node {
                            Id
                            Account__c {
                                value
                            }
                            Contact__c {
                                value
                            }
                            Requested_On__c {
                                value
                            }
                            Type__c {
                                value
                            }
                            Status__c {
                                value
                            }
                            Rating__c {
                                value
                            }
                        }
                    }
                    pageInfo {
                        hasNextPage
                        endCursor
                    }
                }
                Trust_Override__c(
                    where: { Account__c: { eq: $accountId } }
                    first: $pageSize
                    upperBound: $upperBound
                    after: $overridesAfter
                ) {
                    edges {
                        node {
                            Id
                            Account__c {
                                value
                            }
                            Band__c {
                                value
                            }
                            Reason__c {
                                value
                            }
                            Expires_On__c {
                                value
                            }
                            CreatedDate {
                                value
                            }
                        }
                    }
                    pageInfo {
                        hasNextPage
                        endCursor
                    }
                }
            }
        }
    }
`;

/**
 * OpportunityHistory of one account (close-date pushes), paged on its own after the core
 * query (see EVIDENCE_CORE_QUERY).
 *
 * Variables: `accountId` (ID), `pageSize` (Int), `upperBound` (Int), `after` (String).
 */
export const EVIDENCE_HISTORY_QUERY = gql`
    query trustEvidenceOpportunityHistory($accountId: ID, $pageSize: Int, $upperBound: Int, $after: String) {
        uiapi {
            query {
                OpportunityHistory(
                    where: { Opportunity: { AccountId: { eq: $accountId } } }
                    first: $pageSize
                    upperBound: $upperBound
                    after: $after
                ) {
                    edges {
                        node {
                            Id
                            OpportunityId {
                                value
                            }
                            StageName {
                                value
                            }
                            CloseDate {
                                value
                            }
                            CreatedDate {
                                value
                            }
                        }
                    }
                    pageInfo {
                        hasNextPage
                        endCursor
                    }
                }
            }
        }
    }
`;

/**
 * CaseMilestone of one account (entitlement milestones), paged on its own after the core
 * query (see EVIDENCE_CORE_QUERY).
 *
 * Variables: `accountId` (ID), `pageSize` (Int), `upperBound` (Int), `after` (String).
 */
export const EVIDENCE_MILESTONE_QUERY = gql`
    query trustEvidenceCaseMilestone($accountId: ID, $pageSize: Int, $upperBound: Int, $after: String) {
        uiapi {
            query {
                CaseMilestone(
                    where: { Case: { AccountId: { eq: $accountId } } }
                    first: $pageSize
                    upperBound: $upperBound
                    after: $after
                ) {
                    edges {
                        node {
                            Id
                            CaseId {
                                value
                            }
                            IsViolated {
                                value
                            }
                            IsCompleted {
                                value
                            }
                            TargetDate {
                                value
                            }
                            CompletionDate {
                                value
                            }
                        }
                    }
                    pageInfo {
                        hasNextPage
                        endCursor
                    }
                }
            }
        }
    }
`;

/** The evidence queries by the step `EvidencePager.nextQuery` names. */
export const EVIDENCE_QUERIES = Object.freeze({
    core: EVIDENCE_CORE_QUERY,
    opportunityHistory: EVIDENCE_HISTORY_QUERY,
    caseMilestones: EVIDENCE_MILESTONE_QUERY
});

/** The core evidence query under its earlier name. */
export const EVIDENCE_QUERY = EVIDENCE_CORE_QUERY;

/**
 * One level of the accounts below a parent account, for the panel's roll-up: the accounts
 * whose ParentId is one of `parentIds`, with the trust fields the batch stored on them (the
 * panel lists those in the lowest band). `HierarchyWalk` of `c/trustEngine` sends it level by
 * level and pages each level to its end.
 *
 * Variables: `parentIds` ([ID]), `after` (String).
 */
export const HIERARCHY_QUERY = gql`
    query trustHierarchy($parentIds: [ID], $after: String) {
        uiapi {
            query {
                Account(
                    where: { ParentId: { in: $parentIds } }
                    orderBy: { Name: { order: ASC } }
                    first: 200
                    after: $after
                ) {
                    edges {
                        node {
                            Id
                            Name {
                                value
                            }
                            ParentId {
                                value
                            }
                            Current_Trust_Score__c {
                                value
                            }
                            Current_Trust_Band__c {
                                value
                            }
                            Trust_Scored_On__c {
                                value
                            }
                        }
                    }
                    pageInfo {
                        hasNextPage
                        endCursor
                    }
                }
            }
        }
    }
`;

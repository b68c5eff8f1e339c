/**
 * The Trust Ledger Setup page's UI API GraphQL queries (service module, not exposed), kept
 * apart from the component code so a test can parse each one and check its fields against
 * the package metadata.
 */
import { gql } from 'lightning/graphql';

/** Largest page the UI API serves for one connection. */
export const RECEIPTS_PAGE_SIZE = 2000;
/**
 * Accounts the what-if may page through. Without an upper bound the UI API stops paging at
 * 4,000 records; with one, pages must be 200–2000 and the bound must stay the same on every
 * page (a wire adapter rule).
 */
export const RECEIPTS_UPPER_BOUND = 1000000;
/**
 * Pages the what-if reads at most: every scored account up to the upper bound (500 × 2,000 =
 * 1,000,000), as the admin asked for a preview over the whole org. Pages are read one after
 * the other with a running count and a Cancel button; past the bound the preview says it is
 * based on the first accounts read of `totalCount`, and the scoring batch covers the rest.
 */
export const RECEIPTS_MAX_PAGES = RECEIPTS_UPPER_BOUND / RECEIPTS_PAGE_SIZE;

/**
 * Every `Trust_Model__c` version, highest first, with what the setup page shows and saves:
 * definition, baselines (copied into a new version), notes, when it was saved, its last
 * stored backtest (`trust-ledger backtest --store`), and its priority (models per segment are
 * tried lowest first).
 */
export const MODEL_VERSIONS_QUERY = gql`
    query trustModelVersions {
        uiapi {
            query {
                Trust_Model__c(orderBy: { Version__c: { order: DESC } }, first: 200) {
                    edges {
                        node {
                            Id
                            Name {
                                value
                            }
                            Version__c {
                                value
                            }
                            Active__c {
                                value
                            }
                            Definition__c {
                                value
                            }
                            Baselines__c {
                                value
                            }
                            Notes__c {
                                value
                            }
                            Backtest__c {
                                value
                            }
                            Priority__c {
                                value
                            }
                            CreatedDate {
                                value
                                displayValue
                            }
                        }
                    }
                }
            }
        }
    }
`;

/**
 * One page of scored accounts with each one's latest receipt (the child relationship of
 * `Trust_Score__c.Account__c`, newest `As_Of__c` first): the stored score, band and signal
 * scores the what-if re-weights. Page on with `after` = `pageInfo.endCursor` until
 * `hasNextPage` is false (or RECEIPTS_MAX_PAGES pages were read); `totalCount` says how many
 * scored accounts there are in all.
 *
 * Variables: `pageSize` (Int, 200–2000), `upperBound` (Int, RECEIPTS_UPPER_BOUND), `after`
 * (String, null for the first page).
 */
export const LATEST_RECEIPTS_QUERY = gql`
    query trustLatestReceipts($pageSize: Int, $upperBound: Int, $after: String) {
        uiapi {
            query {
                Account(
                    where: { Trust_Scored_On__c: { ne: null } }
                    first: $pageSize
                    upperBound: $upperBound
                    after: $after
                ) {
                    edges {
                        node {
                            Id
                            Name {
                                value
                            }
                            Trust_Scores__r(orderBy: { As_Of__c: { order: DESC } }, first: 1) {
                                edges {
                                    node {
                                        Id
                                        As_Of__c {
                                            value
                                        }
                                        Score__c {
                                            value
                                        }
                                        Band__c {
                                            value
                                        }
                                        Confidence__c {
                                            value
                                        }
                                        Provisional__c {
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
                                    }
                                }
                            }
                        }
                    }
                    totalCount
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
 * The what-if's predictive check, one page of scored accounts: each one's latest receipt on
 * or before `asOf` (the stored signal scores both models re-weight) and its closed
 * opportunities with a close date in (`asOf`, `until`], earliest first (the renewal outcome,
 * as `trust-ledger backtest` judges it). Paged like LATEST_RECEIPTS_QUERY. The first renewal
 * among the 50 earliest closed deals is the outcome (renewal types are the model's, told
 * apart when read): an account closing 50 other deals in one horizon before its first
 * renewal is left out of the check.
 *
 * Variables: `asOf` and `until` (Date, yyyy-mm-dd), `pageSize` (Int, 200–2000), `upperBound`
 * (Int, RECEIPTS_UPPER_BOUND), `after` (String, null for the first page).
 */
export const PREDICTIVE_CHECK_QUERY = gql`
    query trustPredictiveCheck($asOf: Date, $until: Date, $pageSize: Int, $upperBound: Int, $after: String) {
        uiapi {
            query {
                Account(
                    where: { Trust_Scored_On__c: { ne: null } }
                    first: $pageSize
                    upperBound: $upperBound
                    after: $after
                ) {
                    edges {
                        node {
                            Id
                            Trust_Scores__r(
                                where: { As_Of__c: { lte: { value: $asOf } } }
                                orderBy: { As_Of__c: { order: DESC } }
                                first: 1
                            ) {
                                edges {
                                    node {
                                        Id
                                        As_Of__c {
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
                                    }
                                }
                            }
                            Opportunities(
                                where: {
                                    IsClosed: { eq: true }
                                    CloseDate: { gt: { value: $asOf }, lte: { value: $until } }
                                }
                                orderBy: { CloseDate: { order: ASC } }
                                first: 50
                            ) {
                                edges {
                                    node {
                                        Id
                                        Type {
                                            value
                                        }
                                        IsClosed {
                                            value
                                        }
                                        IsWon {
                                            value
                                        }
                                        CloseDate {
                                            value
                                        }
                                        Amount {
                                            value
                                        }
                                    }
                                }
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

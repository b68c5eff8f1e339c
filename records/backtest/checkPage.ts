/**
 * One page of the setup page's PREDICTIVE_CHECK_QUERY (c/trustSetupQueries) as the check's
 * accounts: each scored account's latest receipt on or before the as-of day (its stored
 * signal scores) and its outcome from the closed opportunities of the window, by the
 * backtest's rule (outcome.ts) under the active model's renewal types.
 */
import type { Day, OpportunityRecord } from '../../engine/evidence';
import type { TrustModel } from '../../engine/model';
import { NodeReader, nodesOf, type GraphqlConnection } from '../graphqlValues';
import { storedReceipts } from '../storedReceipt';
import type { CheckAccount } from './predictiveCheck';
import { renewalOutcome } from './outcome';

export interface CheckPage {
    accounts: CheckAccount[];
    hasNextPage: boolean;
    endCursor: string | null;
}

function closedOpportunity(accountId: string, reader: NodeReader): OpportunityRecord {
    return {
        id: reader.id,
        accountId,
        type: reader.text('Type'),
        stageName: null,
        isClosed: reader.bool('IsClosed'),
        isWon: reader.bool('IsWon'),
        amount: reader.num('Amount'),
        createdDate: null,
        closeDate: reader.day('CloseDate'),
        contractId: null,
        renewedContractId: null
    };
}

/** The page's accounts; a value the UI API would never send fails naming the record. */
export function checkAccountsFromPage(
    connection: GraphqlConnection | null | undefined,
    model: TrustModel,
    asOf: Day,
    horizonDays: number
): CheckPage {
    const accounts: CheckAccount[] = [];
    for (const node of nodesOf(connection)) {
        const accountId = new NodeReader('Account', node).id;
        const receipt = storedReceipts(node.Trust_Scores__r as GraphqlConnection | undefined)[0];
        const opportunities = nodesOf(node.Opportunities as GraphqlConnection | undefined).map((n) =>
            closedOpportunity(accountId, new NodeReader('Opportunity', n))
        );
        const outcome = renewalOutcome(opportunities, model, asOf, horizonDays);
        accounts.push({
            accountId,
            signalScores: receipt ? receipt.signalScores : null,
            outcome: outcome ? outcome.kind : null
        });
    }
    const info = connection?.pageInfo;
    return {
        accounts,
        hasNextPage: Boolean(info?.hasNextPage && info?.endCursor),
        endCursor: info?.endCursor ?? null
    };
}

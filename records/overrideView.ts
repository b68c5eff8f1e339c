/**
 * The override the Trust panel shows: the one in force today among an account's latest
 * `Trust_Override__c` nodes (the panel query's connection), with who set it and when. Which
 * one is in force is the engine's rule (engine/override.ts), so the panel and the batch agree.
 */
import { dayOfInstant, formatDay } from '../engine/dates';
import type { Day, OverrideRecord } from '../engine/evidence';
import type { TrustModel } from '../engine/model';
import { overrideInForce } from '../engine/override';
import { evidenceObjectFor } from './evidenceFields';
import { readEvidenceNode } from './evidenceNode';
import { nodesOf, type GraphqlConnection, type GraphqlNode } from './graphqlValues';
import type { StoredReceipt } from './storedReceipt';

export interface OverrideView {
    recordId: string;
    band: string;
    reason: string | null;
    /** yyyy-mm-dd, the last day it is in force. */
    expiresOn: string;
    /** yyyy-mm-dd, the day it was set. */
    setOn: string;
    /** The name of the user who set it; null when the query could not read it. */
    setBy: string | null;
}

/** `CreatedBy { Name { value } }` of a node, when selected and readable. */
function creatorName(node: GraphqlNode): string | null {
    const createdBy = (node as { CreatedBy?: { Name?: { value?: unknown } } | null }).CreatedBy;
    const name = createdBy?.Name?.value;
    return typeof name === 'string' && name !== '' ? name : null;
}

/** The override in force on `today` among the nodes, as the panel shows it; null without one. */
export function overrideInForceView(
    connection: GraphqlConnection | null | undefined,
    model: TrustModel,
    today: Day
): OverrideView | null {
    const object = evidenceObjectFor('overrides');
    const nodes = nodesOf(connection);
    const records: OverrideRecord[] = nodes.map((n) => readEvidenceNode(object, n));
    const record = overrideInForce(records, model, today);
    if (record === null) return null;
    const node = nodes[records.indexOf(record)] as GraphqlNode;
    return {
        recordId: record.id,
        band: record.band as string,
        reason: record.reason,
        expiresOn: formatDay(record.expiresOn as Day),
        setOn: formatDay(dayOfInstant(record.createdDate as number)),
        setBy: creatorName(node)
    };
}

/**
 * The receipt as it reads today: the band of the override in force today, else the band the
 * evidence earned. An override set or ended after the receipt was stored changes the band on
 * show at once, with no new receipt; everything else is the receipt's.
 */
export function receiptToday(receipt: StoredReceipt, override: OverrideView | null): StoredReceipt {
    const band = override === null ? receipt.computedBand : override.band;
    return band === receipt.band ? receipt : { ...receipt, band };
}

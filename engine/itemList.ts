/**
 * A signal's evidence items as numbers and ids, each summary made only for an item the result
 * keeps. A custom signal has one item per record (a year of weekly usage is 52), and each
 * item's summary is the dearest part of it; a run whose outputs never show items (a CSV, the
 * table, the roll-ups) keeps none (ScoreOptions.maxEvidencePerSignal = 0), and then the scorer
 * orders the records and finds the drivers' records from the numbers alone. The items it does
 * keep are the ones an eager list gives, in the same order, with the same text.
 */
import type { SignalOutcome } from './signals/common';
import type { EvidenceItem } from './result';

export interface ItemList {
    readonly object: string;
    readonly recordIds: readonly string[];
    /** On the signal's own 0–100 scale, as SignalOutcome.items' impacts are. */
    readonly impacts: readonly number[];
    summary(i: number): string;
}

/** An outcome whose items are a list: the scorer reads `list`; `items` makes them all. */
export class ListedOutcome implements SignalOutcome {
    constructor(
        readonly score: number,
        readonly confidence: number,
        readonly amount: number,
        readonly summary: string,
        readonly list: ItemList
    ) {}

    get items(): EvidenceItem[] {
        const { list } = this;
        return evidenceOf(
            list,
            list.recordIds.map((_, i) => i),
            list.impacts
        );
    }
}

/** The evidence items at positions `order` of `list`, with `impacts` (scaled and rounded, by position). */
export function evidenceOf(
    list: ItemList,
    order: readonly number[],
    impacts: readonly number[]
): EvidenceItem[] {
    return order.map((i) => ({
        recordId: list.recordIds[i] as string,
        object: list.object,
        summary: list.summary(i),
        impact: impacts[i] as number
    }));
}

/**
 * The order a signal's evidence items are listed in, largest impact first (then by record id),
 * and the records a driver names from them. The scorer applies both to every signal of every
 * account, so they take the cheap way where the answer is the same.
 */
import type { EvidenceItem } from './result';

export function byImpact(a: EvidenceItem, b: EvidenceItem): number {
    const d = Math.abs(b.impact) - Math.abs(a.impact);
    if (d !== 0) return d;
    const ka = a.recordId ?? '';
    const kb = b.recordId ?? '';
    return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/**
 * Sorts items by impact in place, as `items.sort(byImpact)` would. A signal's items often come
 * already in order, or in exactly the reverse one (a count's records by day weigh more as they
 * get newer): one pass finds out, and only other lists are sorted. Reversing is the same as the
 * stable sort only when no two items tie, so the reverse check is strict.
 */
export function sortByImpact(items: EvidenceItem[]): void {
    let inOrder = true;
    let reversed = true;
    for (let i = 1; i < items.length && (inOrder || reversed); i++) {
        const order = byImpact(items[i - 1] as EvidenceItem, items[i] as EvidenceItem);
        if (order > 0) inOrder = false;
        if (order >= 0) reversed = false;
    }
    if (inOrder) return;
    if (reversed) items.reverse();
    else items.sort(byImpact);
}

/** The ids of the first `max` items with a record that push the score in `direction`. */
export function driverRecordIds(items: readonly EvidenceItem[], direction: number, max: number): string[] {
    const ids: string[] = [];
    for (const e of items) {
        if (ids.length >= max) break;
        if (e.recordId !== null && Math.sign(e.impact) === direction && e.impact !== 0) ids.push(e.recordId);
    }
    return ids;
}

function byImpactAt(impacts: readonly number[], ids: readonly string[], a: number, b: number): number {
    const d = Math.abs(impacts[b] as number) - Math.abs(impacts[a] as number);
    if (d !== 0) return d;
    const ka = ids[a] as string;
    const kb = ids[b] as string;
    return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/**
 * The positions of items given as parallel lists (itemList.ts), in the order sortByImpact
 * puts such items: the same stable sort by impact, then record id, with the same fast paths.
 */
export function orderByImpact(impacts: readonly number[], ids: readonly string[]): number[] {
    const n = impacts.length;
    const order = new Array<number>(n);
    for (let i = 0; i < n; i++) order[i] = i;
    let inOrder = true;
    let reversed = true;
    for (let i = 1; i < n && (inOrder || reversed); i++) {
        const o = byImpactAt(impacts, ids, i - 1, i);
        if (o > 0) inOrder = false;
        if (o >= 0) reversed = false;
    }
    if (inOrder) return order;
    if (reversed) return order.reverse();
    return order.sort((a, b) => byImpactAt(impacts, ids, a, b));
}

/**
 * driverRecordIds for items given as parallel lists: the first `max` records pushing the score
 * in `direction`, in sortByImpact's order (ties keep their positions), without sorting them all.
 */
export function driverRecordIdsAt(
    impacts: readonly number[],
    ids: readonly string[],
    direction: number,
    max: number
): string[] {
    // The best `max` positions so far, in order: a short insertion list (max is 3).
    const best: number[] = [];
    for (let i = 0; i < impacts.length; i++) {
        const impact = impacts[i] as number;
        if (impact === 0 || Math.sign(impact) !== direction) continue;
        // Earlier positions win ties, so i goes after every one it does not beat.
        let at = best.length;
        while (at > 0 && byImpactAt(impacts, ids, best[at - 1] as number, i) > 0) at--;
        if (at >= max) continue;
        if (best.length < max) best.push(i);
        for (let k = best.length - 1; k > at; k--) best[k] = best[k - 1] as number;
        best[at] = i;
    }
    return best.map((i) => ids[i] as string);
}

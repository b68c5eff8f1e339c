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

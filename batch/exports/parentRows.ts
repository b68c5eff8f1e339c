/**
 * The lookup the link step makes for every staged row: the row of an index whose id a child
 * row names (an opportunity's AccountId, a history row's OpportunityId, a usage row's
 * Account__c).
 */
import type { IdIndex } from './idIndex';
import type { PackedTextColumn } from './columns';

/**
 * Each row's row in `index` by the id `ids` holds at that row: -1 for an empty link (or no
 * column at all) and for an id the index does not hold.
 *
 * A parent's child rows usually follow one another in an export, so a million usage rows
 * name their accounts in runs of dozens. While a row's id bytes equal those of the last row looked up, that
 * lookup's answer is reused: comparing the bytes costs less than hashing them and probing the
 * index. An empty link in a run does not end it, and an unknown id is reused as unknown, so
 * every row gets exactly the answer its own lookup would give.
 */
export function parentRowsOf(index: IdIndex, ids: PackedTextColumn | null, rows: number): Int32Array {
    const out = new Int32Array(rows).fill(-1);
    if (!ids) return out;
    let last = -1;
    let found = -1;
    for (let row = 0; row < rows; row++) {
        if (ids.isNull(row)) continue;
        if (last < 0 || !ids.sameAs(row, ids, last)) {
            found = index.getFrom(ids, row);
            last = row;
        }
        out[row] = found;
    }
    return out;
}

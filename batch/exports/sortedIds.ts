/**
 * Duplicate Ids of a file staged in Id order, as exports usually are: each row's Id is then
 * compared with the row before, and an IdIndex (a hash of every Id) is built only when the
 * order breaks. Answers exactly as IdIndex.addRow does.
 */
import type { PackedTextColumn } from './columns';
import { IdIndex } from './idIndex';

export class SortedIds {
    private index: IdIndex | null = null;

    constructor(private readonly ids: PackedTextColumn) {}

    /** Indexes `row`, already staged; the earlier row with the same Id (a duplicate), or -1. */
    addRow(row: number): number {
        if (this.index === null) {
            if (row === 0) return -1;
            const order = this.ids.compareRows(row - 1, row);
            if (order < 0) return -1;
            // In order so far, with no duplicate: the row before is the only earlier one alike.
            if (order === 0 && !this.ids.isNull(row)) return row - 1;
            this.index = new IdIndex(this.ids);
            for (let earlier = 0; earlier < row; earlier++) this.index.addRow(earlier);
        }
        return this.index.addRow(row);
    }
}

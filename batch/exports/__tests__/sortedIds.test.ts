/**
 * The sorted-order duplicate check answers as the full Id index does, whether the file is in
 * Id order, leaves it part way, or repeats an Id anywhere.
 */
import fc from 'fast-check';
import { PackedTextColumn } from '../columns';
import { IdIndex } from '../idIndex';
import { SortedIds } from '../sortedIds';

function answers(ids: string[], make: (column: PackedTextColumn) => { addRow(row: number): number }) {
    const column = new PackedTextColumn();
    const check = make(column);
    return ids.map((id, row) => {
        column.push(row, id);
        return check.addRow(row);
    });
}

describe('SortedIds', () => {
    it('finds a repeated Id in a sorted file as the row before, and no duplicate otherwise', () => {
        expect(answers(['a1', 'a2', 'a3'], (c) => new SortedIds(c))).toEqual([-1, -1, -1]);
        expect(answers(['a1', 'a2', 'a2'], (c) => new SortedIds(c))).toEqual([-1, -1, 1]);
        expect(answers(['a1', 'a3', 'a2', 'a1'], (c) => new SortedIds(c))).toEqual([-1, -1, -1, 0]);
        expect(answers(['b', 'bé', 'bb'], (c) => new SortedIds(c))).toEqual([-1, -1, -1]);
    });

    it('answers as IdIndex does on any sequence of Ids', () => {
        const id = fc.constantFrom('a0', 'a1', 'a10', 'a2', 'b', 'é', 'a1é');
        fc.assert(
            fc.property(fc.array(id, { maxLength: 30 }), fc.boolean(), (ids, sort) => {
                const list = sort ? [...ids].sort() : ids;
                const expected = answers(list, (c) => new IdIndex(c));
                // Stop at the first duplicate, as the stager does.
                const stop = expected.findIndex((a) => a >= 0);
                const upTo = stop < 0 ? list : list.slice(0, stop + 1);
                expect(answers(upTo, (c) => new SortedIds(c))).toEqual(expected.slice(0, upTo.length));
            }),
            { numRuns: 1000 }
        );
    });
});

import fc from 'fast-check';
import { PackedTextColumn } from '../columns';
import { IdIndex } from '../idIndex';
import { parentRowsOf } from '../parentRows';

const A = '001000000000001AAA';
const B = '001000000000002AAA';
const UNKNOWN = '001000000000999AAA';

/** An index over parent ids, and a child column naming them. */
function setup(parents: string[], links: (string | null)[]): { index: IdIndex; ids: PackedTextColumn } {
    const column = new PackedTextColumn();
    const index = new IdIndex(column);
    parents.forEach((id, row) => {
        column.push(row, id);
        index.add(id, row);
    });
    const ids = new PackedTextColumn();
    links.forEach((id, row) => ids.push(row, id));
    return { index, ids };
}

/** What a lookup of every row on its own gives: the answers the reuse must keep. */
function eachLookedUp(index: IdIndex, ids: PackedTextColumn, rows: number): number[] {
    return Array.from({ length: rows }, (_, row) => index.getFrom(ids, row));
}

describe('parentRowsOf', () => {
    it.each([
        ['rows of one parent in a run', [A, A, A, B, B], [0, 0, 0, 1, 1], 2],
        ['interleaved parents', [A, B, A, B], [0, 1, 0, 1], 4],
        ['an unknown id in a run', [A, UNKNOWN, UNKNOWN, UNKNOWN, A], [0, -1, -1, -1, 0], 3],
        ['an empty link between equal ones', [A, null, A, null, null, B], [0, -1, 0, -1, -1, 1], 2],
        ['empty links only', [null, null], [-1, -1], 0]
    ])(
        'gives each row its parent row with %s, looking an id up once per run',
        (_, links, expected, lookups) => {
            const { index, ids } = setup([A, B], links);
            const getFrom = jest.spyOn(index, 'getFrom');
            const rows = parentRowsOf(index, ids, links.length);
            expect(Array.from(rows)).toEqual(expected);
            expect(getFrom).toHaveBeenCalledTimes(lookups);
            getFrom.mockRestore();
            expect(Array.from(rows)).toEqual(eachLookedUp(index, ids, links.length));
        }
    );

    it('gives every row -1 when there is no link column', () => {
        const { index } = setup([A], []);
        expect(Array.from(parentRowsOf(index, null, 3))).toEqual([-1, -1, -1]);
    });

    it('answers as a lookup of each row would, for any ids in any order, non-ASCII included', () => {
        const id = fc.constantFrom(A, B, UNKNOWN, 'é1', 'é2', 'A', '');
        fc.assert(
            fc.property(fc.array(fc.option(id, { nil: null }), { maxLength: 60 }), (links) => {
                const { index, ids } = setup([A, B, 'é1', 'A'], links);
                expect(Array.from(parentRowsOf(index, ids, links.length))).toEqual(
                    eachLookedUp(index, ids, links.length)
                );
            })
        );
    });
});

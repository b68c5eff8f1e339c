import fc from 'fast-check';
import { PackedTextColumn } from '../columns';
import { IdIndex } from '../idIndex';

function staged(ids: string[]): { column: PackedTextColumn; index: IdIndex; duplicates: [number, number][] } {
    const column = new PackedTextColumn();
    const index = new IdIndex(column);
    const duplicates: [number, number][] = [];
    ids.forEach((id, row) => {
        column.push(row, id);
        const first = index.add(id, row);
        if (first >= 0) duplicates.push([row, first]);
    });
    return { column, index, duplicates };
}

describe('IdIndex', () => {
    it('finds every staged id through many growths and reports what is missing', () => {
        const ids = Array.from({ length: 50_000 }, (_, i) => `006${String(i).padStart(12, '0')}AAA`);
        const { index, duplicates } = staged(ids);
        expect(duplicates).toEqual([]);
        expect(index.size).toBe(ids.length);
        for (const i of [0, 1, 4095, 4096, 49_999]) expect(index.get(ids[i] as string)).toBe(i);
        expect(index.get('006999999999999AAA')).toBe(-1);
        expect(index.get('')).toBe(-1);
    });

    it('reports a duplicate with the row that had the id first', () => {
        const { duplicates } = staged(['001A', '001B', '001C', '001B', '001A']);
        expect(duplicates).toEqual([
            [3, 1],
            [4, 0]
        ]);
    });

    it('behaves like a Map for any ids, including non-ASCII text', () => {
        fc.assert(
            fc.property(
                fc.array(fc.string({ unit: 'binary', maxLength: 6 }), { maxLength: 300 }),
                fc.array(fc.string({ maxLength: 6 })),
                (ids, probes) => {
                    const { index, duplicates } = staged(ids);
                    const first = new Map<string, number>();
                    ids.forEach((id, row) => {
                        if (!first.has(id)) first.set(id, row);
                    });
                    expect(duplicates.length).toBe(ids.length - first.size);
                    for (const probe of [...ids, ...probes])
                        expect(index.get(probe)).toBe(first.get(probe) ?? -1);
                }
            )
        );
    });
});

/**
 * A packed text column gives back every text it was given, whatever repeats: a text written
 * again right after itself is copied from its bytes rather than encoded again.
 */
import fc from 'fast-check';
import { PackedTextColumn } from '../columns';

describe('PackedTextColumn', () => {
    it('reads back each row as pushed, runs of one text, nulls and wide characters included', () => {
        const textArb = fc.option(fc.constantFrom('0013F00000s7n3aQAA', '001B', '', 'Zoë', 'a'.repeat(300)), {
            nil: null
        });
        fc.assert(
            fc.property(fc.array(textArb, { maxLength: 200 }), (texts) => {
                const column = new PackedTextColumn();
                texts.forEach((t, row) => column.push(row, t));
                texts.forEach((t, row) => expect(column.get(row)).toBe(t));
                const state = column.state();
                if (state.kind !== 'packed') throw new Error(`a packed column's state is ${state.kind}`);
                const copy = PackedTextColumn.from(state);
                texts.forEach((t, row) => expect(copy.get(row)).toBe(t));
            })
        );
    });

    it('keeps an equal text written again equal to the first, byte for byte', () => {
        const column = new PackedTextColumn();
        const id = '0013F00000s7n3aQAA';
        // Enough rows to grow the byte buffer between repeats.
        for (let row = 0; row < 5000; row++) column.push(row, row % 7 === 6 ? null : id);
        expect(column.isAscii).toBe(true);
        for (let row = 1; row < 5000; row++)
            if (row % 7 !== 6 && (row - 1) % 7 !== 6) expect(column.sameAs(row, column, row - 1)).toBe(true);
        expect(column.get(4999)).toBe(id);
    });

    it('reads an id back as get does, in ASCII and wide columns, 15 and 18 characters, nulls included', () => {
        const textArb = fc.option(
            fc.constantFrom('0013F00000s7n3aQAA', '0013F00000s7n3a', '001B', '', 'Zoë', 'Zoë'.repeat(6)),
            { nil: null }
        );
        fc.assert(
            fc.property(fc.array(textArb, { maxLength: 100 }), (texts) => {
                const column = new PackedTextColumn();
                texts.forEach((t, row) => column.push(row, t));
                texts.forEach((t, row) => expect(column.getId(row)).toBe(t));
            })
        );
    });
});

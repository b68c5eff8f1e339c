/**
 * An ASCII cell's bytes stored in a packed column are the bytes its text would have been
 * stored as, id conversion, nulls and the column's growth included, so a staged column is the
 * same whichever way its cells came.
 */
import fc from 'fast-check';
import { toId18 } from '../../../records/salesforceId';
import { AsciiCell, linkText } from '../asciiCell';
import { PackedTextColumn } from '../columns';

/** A column's state as one string, for comparing two columns byte for byte (cheaply). */
function bytesOf(column: PackedTextColumn): string {
    const state = column.state();
    if (state.kind !== 'packed') throw new Error(`a packed column's state is ${state.kind}`);
    const hex = (a: Uint8Array | Uint32Array): string =>
        Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('hex');
    return [hex(state.bytes), hex(state.offsets), hex(state.nulls), state.used, state.ascii].join(' ');
}

const cellArb = fc.constantFrom(
    '0013F00000s7n3a',
    '0013F00000s7n3aQAA',
    '0013f00000S7N3A',
    '001000000000-01',
    'not an id',
    '',
    'x'.repeat(700)
);

describe('AsciiCell', () => {
    it('reads as its bytes, and a link reads the same as text or as bytes', () => {
        const buf = Buffer.from('a0C3F00000tWkBVUA0,0013F00000s7n3a', 'latin1');
        const cell = new AsciiCell().set(buf, 19, 34);
        expect(cell.toString()).toBe('0013F00000s7n3a');
        expect(linkText(cell)).toBe('0013F00000s7n3a');
        expect(linkText('0013F00000s7n3a')).toBe('0013F00000s7n3a');
        expect(`duplicate Id ${linkText(cell.set(buf, 0, 18))}`).toBe('duplicate Id a0C3F00000tWkBVUA0');
    });

    it('stores a link id as the text path stores it: 18 characters, null when empty', () => {
        fc.assert(
            fc.property(fc.array(cellArb, { maxLength: 300 }), (texts) => {
                const viaText = new PackedTextColumn();
                const viaBytes = new PackedTextColumn();
                const buf = Buffer.from(texts.join(','), 'latin1');
                let start = 0;
                texts.forEach((text, row) => {
                    viaText.push(row, text ? toId18(text) : null);
                    new AsciiCell().set(buf, start, start + text.length).pushId18(viaBytes, row);
                    start += text.length + 1;
                    expect(viaBytes.get(row)).toBe(text ? toId18(text) : null);
                });
                expect(bytesOf(viaBytes) === bytesOf(viaText)).toBe(true);
            })
        );
    });

    it('leaves a packed column as push leaves it, mixed with texts, without id conversion too', () => {
        fc.assert(
            fc.property(
                fc.array(fc.tuple(cellArb, fc.boolean(), fc.boolean()), { maxLength: 300 }),
                (rows) => {
                    const viaText = new PackedTextColumn();
                    const mixed = new PackedTextColumn();
                    rows.forEach(([text, id18, asBytes], row) => {
                        const stored = id18 ? toId18(text) : text;
                        viaText.push(row, stored);
                        if (asBytes) mixed.pushAscii(row, Buffer.from(text, 'latin1'), 0, text.length, id18);
                        else mixed.push(row, stored);
                    });
                    expect(bytesOf(mixed) === bytesOf(viaText)).toBe(true);
                }
            )
        );
    });

    it('grows the column at the same row as push does', () => {
        const viaText = new PackedTextColumn();
        const viaBytes = new PackedTextColumn();
        const capacity = (column: PackedTextColumn): number => {
            const state = column.state();
            return state.kind === 'packed' ? state.bytes.length : -1;
        };
        const id15 = Buffer.from('0013F00000s7n3a', 'latin1');
        for (let row = 0; row < 3000; row++) {
            viaText.push(row, toId18(id15.toString('latin1')));
            viaBytes.pushAscii(row, id15, 0, id15.length, true);
            expect([row, capacity(viaBytes)]).toEqual([row, capacity(viaText)]);
        }
    });
});

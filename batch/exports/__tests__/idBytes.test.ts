/**
 * The byte form of the 15 → 18 character id conversion gives exactly what `toId18` gives for
 * the same text: the same cells count as 15-character ids, and they gain the same suffix.
 */
import fc from 'fast-check';
import { toId18 } from '../../../records/salesforceId';
import { isId15Bytes, writeId18Suffix } from '../idBytes';

/** `toId18` of the ASCII text, computed on its bytes. */
function id18OfBytes(text: string): string {
    // A cell in the middle of a buffer, as the reader sees one.
    const buf = Buffer.from(`,${text},`, 'latin1');
    const start = 1;
    const stop = 1 + text.length;
    if (!isId15Bytes(buf, start, stop)) return buf.toString('latin1', start, stop);
    const suffix = new Uint8Array(3);
    writeId18Suffix(buf, start, suffix, 0);
    return text + Buffer.from(suffix).toString('latin1');
}

describe('id bytes', () => {
    it.each([
        ['a 15-character id', '001000000000001'],
        ['upper and lower case', '0013F00000s7n3a'],
        ['every letter upper case', 'ABCDEFGHIJKLMNO'],
        ['every letter lower case', 'abcdefghijklmno'],
        ['an 18-character id, kept as is', '0013F00000s7n3aQAA'],
        ['an 18-character id in lower case, kept as is', '0013f00000s7n3aqaa'],
        ['15 characters that are not an id', '001000000000-01'],
        ['a 14-character cell', '00100000000000'],
        ['an empty cell', '']
    ])('converts %s as toId18 does', (_, text) => {
        expect(id18OfBytes(text)).toBe(toId18(text));
    });

    it('converts any ASCII cell as toId18 does', () => {
        const char = fc.constantFrom(
            ...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_-@[`{/:'.split('')
        );
        fc.assert(
            fc.property(fc.array(char, { minLength: 13, maxLength: 19 }), (chars) => {
                const text = chars.join('');
                expect(id18OfBytes(text)).toBe(toId18(text));
            }),
            { numRuns: 2000 }
        );
        // Every suffix character, from each chunk's 32 upper-case masks.
        for (let bits = 0; bits < 32; bits++) {
            const chunk = Array.from({ length: 5 }, (_, i) => (bits & (1 << i) ? 'Q' : 'q')).join('');
            const text = chunk.repeat(3);
            expect(id18OfBytes(text)).toBe(toId18(text));
        }
    });
});

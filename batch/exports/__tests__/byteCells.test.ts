/**
 * Cells read from bytes give exactly what the text parsers give for the same cell, or step
 * aside (undefined) for the text parsers to read it.
 */
import fc from 'fast-check';
import { DayCells, RecentTexts, numberOfBytes } from '../byteCells';
import { parseDateCell, parseNumberCell } from '../values';

const bytes = (text: string): Buffer => Buffer.from(`>${text}<`, 'latin1');
const inner = (text: string): [Buffer, number, number] => [bytes(text), 1, text.length + 1];

describe('numberOfBytes', () => {
    it.each([
        '0',
        '-0',
        '12',
        '12.',
        '.5',
        '-.5',
        '+7',
        '71.7',
        '0.1',
        '-12.50',
        '999999999999999',
        '0.00000000000001'
    ])('reads %s as Number does', (text) => {
        expect(Object.is(numberOfBytes(...inner(text)), parseNumberCell(text))).toBe(true);
    });

    it.each([
        '1e3',
        '1.5E-2',
        '1234567890123456',
        '0.000000000000001',
        '.',
        '-',
        '+',
        '1.2.3',
        '1,5',
        ' 1',
        'NaN',
        '0x10'
    ])('leaves %s to the text parser', (text) => {
        expect(numberOfBytes(...inner(text))).toBeUndefined();
    });

    it('equals Number(text) on every decimal it reads', () => {
        const decimal = fc
            .tuple(
                fc.constantFrom('', '-', '+'),
                fc.stringMatching(/^[0-9]{0,9}$/),
                fc.constantFrom('', '.'),
                fc.stringMatching(/^[0-9]{0,8}$/)
            )
            .map(([sign, a, point, b]) => `${sign}${a}${point}${b}`);
        fc.assert(
            fc.property(decimal, (text) => {
                const value = numberOfBytes(...inner(text));
                if (value !== undefined) expect(Object.is(value, parseNumberCell(text))).toBe(true);
            }),
            { numRuns: 5000 }
        );
    });
});

describe('DayCells', () => {
    it('reads YYYY-MM-DD as parseDateCell does, real dates or not, and leaves other forms to it', () => {
        const days = new DayCells();
        for (const text of [
            '2026-06-30',
            '2024-02-29',
            '2025-02-29',
            '2026-13-01',
            '0000-01-01',
            '2026-06-30'
        ]) {
            expect(days.read(...inner(text))).toBe(parseDateCell(text));
        }
        for (const text of ['2026-06-30T10:00:00.000Z', '2026/06/30', '2026-6-30', '2026-06-3x'])
            expect(days.read(...inner(text))).toBeUndefined();
    });
});

describe('RecentTexts', () => {
    it('gives the text of the bytes, the same string for a value seen lately', () => {
        const recent = new RecentTexts();
        const seats = recent.read(...inner('Seats'));
        expect(seats).toBe('Seats');
        expect(recent.read(...inner('Trial'))).toBe('Trial');
        expect(recent.read(...inner('Seats'))).toBe(seats);
        expect(recent.read(...inner('Seat'))).toBe('Seat');
        for (let i = 0; i < 20; i++) expect(recent.read(...inner(`v${i}`))).toBe(`v${i}`);
        expect(recent.read(...inner('Seats'))).toBe('Seats');
    });
});

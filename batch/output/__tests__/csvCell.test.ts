import { parse } from 'csv-parse/sync';
import { csvCell, startsLikeFormula } from '../csvCell';

describe('csvCell', () => {
    it.each([
        ['=HYPERLINK("http://evil.example","Click")', `"'=HYPERLINK(""http://evil.example"",""Click"")"`],
        ["@SUM(1+1)*cmd|' /C calc'!A0", `"'@SUM(1+1)*cmd|' /C calc'!A0"`],
        ['+1+2', `"'+1+2"`],
        ['-2+3', `"'-2+3"`],
        ['\t=1+1', `"'\t=1+1"`],
        ['\r=1+1', `"'\r=1+1"`],
        ['\uFF1D1+1', `"'\uFF1D1+1"`]
    ])('writes %j as text a spreadsheet shows and never runs', (text, cell) => {
        expect(csvCell(text)).toBe(cell);
        // Read back by a CSV parser, the cell is the text behind one quote: nothing is lost.
        expect(parse(`${cell}\n`)).toEqual([[`'${text}`]]);
    });

    it('keeps numbers numeric, negative ones too', () => {
        expect(csvCell(-9.5)).toBe('-9.5');
        expect(csvCell(0)).toBe('0');
        expect(csvCell(71.5)).toBe('71.5');
        expect(csvCell('-12.25')).toBe('-12.25');
        expect(startsLikeFormula('-12.25')).toBe(false);
        expect(startsLikeFormula('-12.25+1')).toBe(true);
    });

    it('quotes only what RFC 4180 needs otherwise, and writes null as an empty cell', () => {
        expect(csvCell('Globex, Inc.')).toBe('"Globex, Inc."');
        expect(csvCell('say "hi"')).toBe('"say ""hi"""');
        expect(csvCell('Initech')).toBe('Initech');
        expect(csvCell('a = b')).toBe('a = b');
        expect(csvCell(null)).toBe('');
    });
});

/**
 * The plain CSV reader reads a file exactly as csv-parse does with the folder source's
 * options, or gives the file up: never a record csv-parse would read otherwise, never a file
 * csv-parse refuses. Random texts of quotes, commas, line ends and non-ASCII characters are
 * read both ways, through buffers small enough to cut records anywhere.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { parseDay } from '../../../engine/dates';
import { linkText, type LinkCell } from '../asciiCell';
import { CsvFolderSource } from '../csvFolderSource';
import { readPlainCsv, stagePlainCsv } from '../plainCsv';
import { TableStager } from '../tableStager';

let dir = '';
beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'plain-csv-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
function file(text: string | Buffer): string {
    const full = path.join(dir, `f${n++}.csv`);
    writeFileSync(full, text);
    return full;
}

/** Every record's cells as the plain reader reads them, or null when it gives the file up. */
function plainRecords(text: string | Buffer, chunkBytes?: number): string[][] | null {
    const records: string[][] = [];
    const read = readPlainCsv(
        file(text),
        (scanner, buf) => {
            records.push(Array.from({ length: scanner.count }, (_, i) => scanner.text(buf, i)));
            return true;
        },
        chunkBytes
    );
    return read ? records : null;
}

/** csv-parse with the folder source's options (widths left to the stager's check). */
function csvParseRecords(text: string | Buffer): string[][] {
    return parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
}

describe('readPlainCsv', () => {
    it.each([
        ['LF', 'Id,Week__c,Type__c\na1,2026-06-01,Seats\na2,2026-06-08,API\n'],
        ['CRLF, no final line end', 'Id,Week__c\r\na1,2026-06-01\r\na2,2026-06-08'],
        ['UTF-8 BOM', '\ufeffId,Name\na1,Café\n'],
        ['every cell quoted (Data Loader)', '"Id","Note"\r\n"a1","said ""yes"", then left"\r\n"a2",""\r\n'],
        ['line ends inside quotes', 'Id,Note\na1,"two\nlines"\na2,"and\r\nthese"\n'],
        ['empty lines', 'Id,Note\n\na1,x\n\n\na2,\n']
    ])('reads %s as csv-parse does', (_, text) => {
        expect(plainRecords(text)).toEqual(csvParseRecords(text));
        expect(plainRecords(text, 5)).toEqual(csvParseRecords(text));
    });

    it.each([
        ['a quote inside an unquoted cell', 'Id,Note\na1,5" screen\n'],
        ['text after a closing quote', 'Id,Note\na1,"x"y\n'],
        ['a quote never closed', 'Id,Note\na1,"open\n'],
        ['a lone CR', 'Id,Note\ra1,x\r'],
        ['CR LF in a file of LF', 'Id,Note\na1,x\r\n'],
        ['a lone LF in a file of CRLF', 'Id,Note\r\na1,x\n'],
        ['a UTF-16 BOM', Buffer.from('\ufeffId\na1\n', 'utf16le')],
        ['an empty file', ''],
        ['only empty lines', '\n\n\n']
    ])('gives up on %s', (_, text) => {
        expect(plainRecords(text)).toBeNull();
    });

    it('reads whatever it accepts exactly as csv-parse does, cut at any chunk size', () => {
        const piece = fc.constantFrom('a', 'Z9', 'é', '€', ' ', ',', '"', '""', '\n', '\r\n', '\r', '"x,y"');
        fc.assert(
            fc.property(
                fc.array(piece, { maxLength: 40 }),
                fc.integer({ min: 3, max: 16 }),
                (pieces, chunk) => {
                    const text = pieces.join('');
                    const plain = plainRecords(text, chunk);
                    if (plain === null) return;
                    expect(plain).toEqual(csvParseRecords(text));
                }
            ),
            { numRuns: 2000 }
        );
    });

    it('accepts most well-formed files it is given, quoted or not', () => {
        const cell = fc.stringMatching(/^[a-zA-Z0-9 ,"é\n]{0,6}$/);
        const quoteAll = (c: string): string => `"${c.replaceAll('"', '""')}"`;
        fc.assert(
            fc.property(
                fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 8 }),
                (rows) => {
                    const text = `${rows.map((r) => r.map(quoteAll).join(',')).join('\r\n')}\r\n`;
                    expect(plainRecords(text, 7)).toEqual(csvParseRecords(text));
                }
            ),
            { numRuns: 300 }
        );
    });
});

describe('stagePlainCsv', () => {
    const stager = (): { stager: TableStager; ids: string[] } => {
        const ids: string[] = [];
        const s = new TableStager({
            spec: {
                apiName: 'Product_Usage__c',
                columns: [
                    { name: 'Id', kind: 'id', required: true, notNull: true },
                    { name: 'Week__c', kind: 'date', required: true },
                    { name: 'Users__c', kind: 'number', required: true }
                ]
            },
            linkColumns: ['Id'],
            onRow: (_, links) => void ids.push(linkText(links[0] as LinkCell))
        });
        return { stager: s, ids };
    };

    it('stages the cells the stager reads, by kind', () => {
        const { stager: s, ids } = stager();
        const full = file('Id,Unread__c,Week__c,Users__c\na1,whatever,2026-06-01,12.5\na2,,2026-06-08,\n');
        expect(stagePlainCsv(full, s)).toBe(true);
        expect(s.rows).toBe(2);
        expect(ids).toEqual(['a1', 'a2']);
        expect(s.cellPlan()).toEqual({
            columns: [
                { at: 0, kind: 'id' },
                { at: 2, kind: 'date' },
                { at: 3, kind: 'number' }
            ],
            links: [0]
        });
        expect(s.columns.get('Week__c')?.get(1)).toBe(parseDay('2026-06-08'));
        expect(s.columns.get('Users__c')?.get(0)).toBe(12.5);
        expect(s.columns.get('Users__c')?.get(1)).toBeNull();
    });

    it.each([
        ['a missing column', 'Id,Week__c\na1,2026-06-01\n'],
        ['a bad cell', 'Id,Week__c,Users__c\na1,2026-06-01,many\n'],
        ['a record of another width', 'Id,Week__c,Users__c\na1,2026-06-01\n']
    ])('leaves %s to csv-parse', (_, text) => {
        expect(stagePlainCsv(file(text), stager().stager)).toBe(false);
    });

    it('stages a file exactly as the csv-parse path does, whatever form its cells take', async () => {
        const spec = {
            apiName: 'Survey__c',
            columns: [
                { name: 'Id', kind: 'id' as const, required: true, notNull: true },
                { name: 'Account__c', kind: 'id' as const, required: true },
                { name: 'Day__c', kind: 'date' as const, required: true },
                { name: 'At__c', kind: 'datetime' as const, required: true },
                { name: 'Score__c', kind: 'number' as const, required: true },
                { name: 'Kind__c', kind: 'text' as const, required: true },
                { name: 'Done__c', kind: 'boolean' as const, required: true }
            ]
        };
        const staged = (read: (stager: TableStager) => Promise<boolean> | boolean) => {
            const links: string[][] = [];
            const stager = new TableStager({
                spec,
                linkColumns: ['Id', 'Account__c'],
                onRow: (_, l) => void links.push(l.map(linkText))
            });
            return Promise.resolve(read(stager)).then((ok) => ({ ok, stager, links }));
        };
        const text =
            '\ufeffID,Account__c,Day__c,At__c,Score__c,Kind__c,Done__c,Extra__c\r\n' +
            'a00000000000001,001000000000001,2026-06-01,2026-06-01T10:00:00.000Z,-0,Seats,true,x\r\n' +
            '"a00000000000002AAA","",2026-06-01T23:30:00.000Z,,"1.5e3",Café,1,\r\n' +
            'a00000000000003AAA,001000000000001AAA,2026-06-08,,.5,"Se""ats",FALSE,"y\r\nz"\r\n' +
            'a00000000000004AAA,001000000000001AAA,,,1234567890123456789,Seats,,\r\n' +
            'a00000000000005AAA,001000000000001AAA,2024-02-29,,+7.,Trial,,\r\n';
        const full = file(text);
        const source = new CsvFolderSource(path.dirname(full));
        const viaParse = await staged((s) => {
            writeFileSync(path.join(dir, `${s.apiName}.csv`), text);
            return source.readTable(s);
        });
        const viaPlain = await staged((s) => stagePlainCsv(full, s, 16));
        expect(viaPlain.ok).toBe(true);
        expect(viaPlain.stager.rows).toBe(5);
        expect(viaPlain.links).toEqual(viaParse.links);
        for (const [name, column] of viaParse.stager.columns) {
            const plain = viaPlain.stager.columns.get(name);
            for (let row = 0; row < 5; row++)
                expect([name, plain?.get(row)]).toEqual([name, column.get(row)]);
        }
        expect(Object.is(viaPlain.stager.columns.get('Score__c')?.get(0), -0)).toBe(true);
    });
});

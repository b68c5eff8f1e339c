/**
 * A custom object's file staged by the plain reader, its ids and account links copied as
 * bytes, is staged exactly as through csv-parse: the same bytes in every column and in the
 * parent ids, and the same message for a duplicate Id.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ColumnState } from '../columns';
import { CsvFolderSource } from '../csvFolderSource';
import type { CustomExportObject } from '../exportSchema';
import type { ExportSource } from '../exportSource';
import { stageTable, toState, type StagedTableData } from '../stageTable';
import type { TableStager } from '../tableStager';

const USAGE: CustomExportObject = {
    spec: {
        apiName: 'Product_Usage__c',
        columns: [
            { name: 'Id', kind: 'id', required: true, notNull: true },
            { name: 'Account__c', kind: 'id', required: true },
            { name: 'Users__c', kind: 'number', required: true }
        ]
    },
    parent: 'Account__c'
};

let dir = '';
beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'plain-ids-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The folder's source, telling whether the plain reader staged the file. */
function plainSource(): { source: ExportSource; plain: (boolean | null)[] } {
    const folder = new CsvFolderSource(dir);
    const plain: (boolean | null)[] = [];
    const source: ExportSource = {
        description: folder.description,
        label: (apiName) => folder.label(apiName),
        readTable: (stager) => folder.readTable(stager),
        readPlainTable: async (stager: TableStager) => {
            const read = await folder.readPlainTable(stager);
            plain.push(read);
            return read;
        }
    };
    return { source, plain };
}

/** The folder read through csv-parse only, as a file the plain reader does not read is. */
function parseSource(): ExportSource {
    const folder = new CsvFolderSource(dir);
    return {
        description: folder.description,
        label: (apiName) => folder.label(apiName),
        readTable: (stager) => folder.readTable(stager)
    };
}

/** Every column's state, typed arrays as bytes, so two stagings compare byte for byte. */
function bytesOf(table: StagedTableData): string[] {
    const hex = (state: ColumnState): string =>
        Object.entries(state)
            .map(([key, value]) =>
                ArrayBuffer.isView(value)
                    ? `${key}=${Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('hex')}`
                    : `${key}=${JSON.stringify(value)}`
            )
            .join(' ');
    const { state } = toState(table);
    return [
        ...state.columns.map(([name, column]) => `${name}: ${hex(column)}`),
        `parentIds: ${state.parentIds ? hex(state.parentIds) : 'none'}`
    ];
}

async function staged(text: string) {
    writeFileSync(path.join(dir, 'Product_Usage__c.csv'), text);
    const { source, plain } = plainSource();
    const viaPlain = await stageTable(source, 'Product_Usage__c', [], undefined, USAGE);
    const viaParse = await stageTable(parseSource(), 'Product_Usage__c', [], undefined, USAGE);
    return { viaPlain, viaParse, plain };
}

describe('ids staged as bytes by the plain reader', () => {
    it('stores ids and account links as csv-parse staging does, 15-character ones in their 18-character form', async () => {
        const { viaPlain, viaParse, plain } = await staged(
            'Id,Account__c,Users__c\n' +
                // A 15-character link, then its 18-character twin, then its case changed.
                'a0C000000000001,0013F00000s7n3a,1\n' +
                'a0C000000000002AAA,0013F00000s7n3aQAA,2\n' +
                'a0C000000000003AAA,0013f00000S7N3A,3\n' +
                'A0C000000000004,0013F00000S7N3A,4\n' +
                // An empty link, a quoted id and link, a quoted empty link, a link that is no id.
                'a0C000000000005AAA,,5\n' +
                '"a0C000000000006","0013F00000s7n3b",6\n' +
                'a0C000000000007AAA,"",7\n' +
                'a0C000000000008AAA,001-not-an-id-0,8\n'
        );
        expect(plain).toEqual([true]);
        expect(viaPlain.rows).toBe(8);
        expect(bytesOf(viaPlain)).toEqual(bytesOf(viaParse));
        const ids = viaPlain.columns.get('Id');
        expect([0, 3, 5].map((row) => ids?.get(row))).toEqual([
            'a0C000000000001EAA',
            'A0C000000000004FAA',
            'a0C000000000006EAA'
        ]);
        expect(Array.from({ length: 8 }, (_, row) => viaPlain.parentIds?.get(row))).toEqual([
            '0013F00000s7n3aQAA',
            '0013F00000s7n3aQAA',
            '0013f00000S7N3AAAV',
            '0013F00000S7N3AQAV',
            null,
            '0013F00000s7n3bQAA',
            null,
            '001-not-an-id-0'
        ]);
    });

    it('leaves a cell with an escaped quote or a wide character to the text path, with the same result', async () => {
        const { viaPlain, viaParse, plain } = await staged(
            'Id,Account__c,Users__c\n' +
                'a0C000000000001AAA,"0013F00000s7""3a",1\n' +
                'a0C00000000000é,0013F00000s7n3a,2\n'
        );
        expect(plain).toEqual([true]);
        expect(bytesOf(viaPlain)).toEqual(bytesOf(viaParse));
        expect(viaPlain.parentIds?.get(0)).toBe('0013F00000s7"3a');
        expect(viaPlain.columns.get('Id')?.get(1)).toBe('a0C00000000000é');
    });

    it.each([
        [
            'in order',
            'a0C000000000001AAA,0013F00000s7n3a,1\na0C000000000001AAA,0013F00000s7n3a,2\n',
            'duplicate Id a0C000000000001AAA (first seen on row 1)'
        ],
        [
            'out of order',
            'a0C000000000002AAA,0013F00000s7n3a,1\na0C000000000001AAA,,2\na0C000000000002AAA,,3\n',
            'duplicate Id a0C000000000002AAA (first seen on row 1)'
        ],
        [
            'as a 15-character twin',
            'a0C000000000001EAA,,1\na0C000000000002AAA,,2\na0C000000000001,,3\n',
            'duplicate Id a0C000000000001 (first seen on row 1)'
        ]
    ])('refuses a duplicate Id %s with the message csv-parse staging gives', async (_, rows, detail) => {
        writeFileSync(path.join(dir, 'Product_Usage__c.csv'), `Id,Account__c,Users__c\n${rows}`);
        const { source, plain } = plainSource();
        // Both settled together: a rejection is never left without a handler while the other runs.
        const [viaPlain, viaParse] = await Promise.allSettled([
            stageTable(source, 'Product_Usage__c', [], undefined, USAGE),
            stageTable(parseSource(), 'Product_Usage__c', [], undefined, USAGE)
        ]);
        const message = viaParse.status === 'rejected' ? (viaParse.reason as Error).message : 'staged';
        expect(message).toContain(detail);
        expect(viaPlain.status).toBe('rejected');
        expect((viaPlain as PromiseRejectedResult).reason).toBeInstanceOf(Error);
        expect(((viaPlain as PromiseRejectedResult).reason as Error).message).toBe(message);
        // The plain reader gave the file up, and csv-parse's path worded the problem.
        expect(plain).toEqual([null]);
    });
});

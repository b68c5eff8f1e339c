/**
 * The objects a model's custom signals read, staged from an export folder by the evidence
 * field table like the catalog's: Data Loader's and Excel's habits are read, bad cells and
 * missing columns are refused with file, line and column, and a missing file names the signal.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultModel, type TrustModel } from '../../../engine/model';
import { parseDay } from '../../../engine/dates';
import type { CustomSignalSetting } from '../../../engine/signals/customSetting';
import { ExportStore } from '../exportStore';
import { USAGE_SIGNAL } from '../../../test/support/customSignals';

const A1 = '001000000000001AAA';
const A2 = '001000000000002AAA';

const model = (...custom: CustomSignalSetting[]): TrustModel => ({
    ...defaultModel(),
    customSignals: custom
});

let dir = '';
beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'custom-objects-'));
    writeFileSync(path.join(dir, 'Account.csv'), `Id,Name\n${A1},Acme\n${A2},Globex\n`);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function write(file: string, text: string): void {
    writeFileSync(path.join(dir, file), text);
}

describe('custom objects in an export folder', () => {
    it('reads each account its rows, with BOM, CRLF, upper-case headers, 15-character ids and datetimes', async () => {
        write(
            'Product_Usage__c.csv',
            '\ufeffID,ACCOUNT__C,WEEK__C,ACTIVE_USERS__C,TYPE__C,IGNORED__C\r\n' +
                'a00000000000001AAA,001000000000001,2026-06-01,12.5,Seats,x\r\n' +
                'a00000000000002AAA,001000000000002AAA,2026-06-08T23:30:00.000Z,,API,y\r\n'
        );
        const store = await ExportStore.load(dir, model(USAGE_SIGNAL));
        expect(store.evidenceFor(0).custom).toEqual({
            Product_Usage__c: [
                {
                    id: 'a00000000000001AAA',
                    accountId: A1,
                    values: { Week__c: parseDay('2026-06-01'), Active_Users__c: 12.5, Type__c: 'Seats' }
                }
            ]
        });
        expect(store.evidenceFor(1).custom?.Product_Usage__c).toEqual([
            {
                id: 'a00000000000002AAA',
                accountId: A2,
                values: { Week__c: parseDay('2026-06-08'), Active_Users__c: null, Type__c: 'API' }
            }
        ]);
    });

    it('reads one file for several signals on one object, with the union of their fields', async () => {
        write(
            'Survey__c.csv',
            'Id,Account__c,Answered__c,NPS__c,CSAT__c\na01000000000001AAA,' + A1 + ',2026-06-01,9,4\n'
        );
        const nps = {
            ...USAGE_SIGNAL,
            id: 'nps',
            object: 'Survey__c',
            dateField: 'Answered__c',
            valueField: 'NPS__c',
            filter: {}
        };
        const csat = { ...nps, id: 'csat', valueField: 'CSAT__c' };
        const store = await ExportStore.load(dir, model(nps, csat));
        expect(store.evidenceFor(0).custom?.Survey__c?.[0]?.values).toEqual({
            Answered__c: parseDay('2026-06-01'),
            NPS__c: 9,
            CSAT__c: 4
        });
    });

    it('gives evidence no custom rows for a model without custom signals', async () => {
        write('Product_Usage__c.csv', 'Id,Account__c,Week__c,Active_Users__c,Type__c\n');
        const store = await ExportStore.load(dir, defaultModel());
        expect('custom' in store.evidenceFor(0)).toBe(false);
    });

    it('refuses a file the model reads that is not there, naming the file and the signal', async () => {
        await expect(ExportStore.load(dir, model(USAGE_SIGNAL))).rejects.toThrow(
            'Product_Usage__c.csv: file not found: the custom signal "productUsage" reads Product_Usage__c from it'
        );
    });

    it('refuses a value that is no number, naming file, line and column', async () => {
        write(
            'Product_Usage__c.csv',
            `Id,Account__c,Week__c,Active_Users__c,Type__c\na00000000000001AAA,${A1},2026-06-01,12,Seats\n` +
                `a00000000000002AAA,${A1},2026-06-08,lots,Seats\n`
        );
        await expect(ExportStore.load(dir, model(USAGE_SIGNAL))).rejects.toThrow(
            /^Product_Usage__c\.csv:3: column Active_Users__c: /
        );
    });

    it('refuses a date Excel reformatted, naming file, line and column', async () => {
        write(
            'Product_Usage__c.csv',
            `Id,Account__c,Week__c,Active_Users__c,Type__c\na00000000000001AAA,${A1},6/1/2026,12,Seats\n`
        );
        await expect(ExportStore.load(dir, model(USAGE_SIGNAL))).rejects.toThrow(
            /^Product_Usage__c\.csv:2: column Week__c: /
        );
    });

    it('refuses a file without a column a signal reads', async () => {
        write(
            'Product_Usage__c.csv',
            `Id,Account__c,Week__c,Active_Users__c\na00000000000001AAA,${A1},2026-06-01,12\n`
        );
        await expect(ExportStore.load(dir, model(USAGE_SIGNAL))).rejects.toThrow(
            'Product_Usage__c.csv:1: column Type__c: required column missing from the header'
        );
    });

    it('stages custom files in worker threads too', async () => {
        write(
            'Product_Usage__c.csv',
            `Id,Account__c,Week__c,Active_Users__c,Type__c\na00000000000001AAA,${A1},2026-06-01,12,Seats\n`
        );
        const before = process.env.TRUST_LEDGER_WORKERS;
        process.env.TRUST_LEDGER_WORKERS = '2';
        try {
            const store = await ExportStore.load(dir, model(USAGE_SIGNAL));
            expect(
                store.evidenceFor(0).custom?.Product_Usage__c?.map((r) => r.values.Active_Users__c)
            ).toEqual([12]);
        } finally {
            if (before === undefined) delete process.env.TRUST_LEDGER_WORKERS;
            else process.env.TRUST_LEDGER_WORKERS = before;
        }
    });
});

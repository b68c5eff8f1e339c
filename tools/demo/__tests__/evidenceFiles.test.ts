/**
 * `demo-data --surveys --meetings --invoices --industries`: the recipes' evidence files and the
 * Industry column follow each account's archetype (noisily) and its size, are the same for the
 * same seed, and leave every other file as it was.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { EXPORT_OBJECT_NAMES } from '../../../batch/exports/exportSchema';
import { formatDay } from '../../../engine/dates';
import type { Archetype, Segment } from '../archetypes';
import type { EvidenceFile } from '../evidenceFile';
import type { DemoDataOptions } from '../generate';
import { generateDemoData, idFactoryFor } from '../generate';
import { industryOf } from '../industries';
import { INVOICE_HEADER, INVOICES } from '../invoices';
import { EVENT_HEADER, MEETINGS } from '../meetings';
import { isValidSalesforceId } from '../salesforceId';
import { SURVEY_HEADER, SURVEYS } from '../surveys';

type Row = Record<string, string>;
type Flags = Omit<DemoDataOptions, 'accounts' | 'outDir'>;
const ALL: Flags = { usage: true, surveys: true, meetings: true, invoices: true, industries: true };
const REFERENCE_DAY = 20_000;

const rowsOf = (outDir: string, object: string): Row[] =>
    parse(readFileSync(join(outDir, `${object}.csv`), 'utf8'), { columns: true }) as Row[];

/** Rows of one file for many accounts of one archetype, parsed by the file's header. */
function rowsFor(file: EvidenceFile, archetype: Archetype, segment: Segment = 'MidMarket'): Row[] {
    const ids = idFactoryFor(3);
    const lines: string[] = [];
    for (let index = 0; index < 150; index++) {
        const account = { id: `001000000000${String(index).padStart(3, '0')}AAA`, archetype, segment };
        lines.push(...file.lines(account, index, 3, REFERENCE_DAY, ids));
    }
    return parse([file.header.join(','), ...lines].join('\n'), { columns: true }) as Row[];
}
const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
const numbers = (rows: Row[], field: string): number[] =>
    rows.filter((r) => r[field] !== '').map((r) => Number(r[field]));

describe('demo evidence files for the custom-signal recipes', () => {
    const dirs: string[] = [];
    afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
    const generate = async (flags: Flags) => {
        const outDir = mkdtempSync(join(tmpdir(), 'evidence-'));
        dirs.push(outDir);
        const summary = await generateDemoData({ accounts: 400, outDir, seed: 3, ...flags });
        return { outDir, summary };
    };
    const read = (outDir: string, file: string) => readFileSync(join(outDir, file), 'utf8');

    it('leaves every contract file as it was, Account.csv but for its added Industry column', async () => {
        const plain = await generate({});
        const all = await generate(ALL);
        for (const object of EXPORT_OBJECT_NAMES) {
            if (object === 'Account') continue;
            const file = `${object}.csv`;
            expect([file, read(all.outDir, file)]).toEqual([file, read(plain.outDir, file)]);
        }
        const withIndustry = read(all.outDir, 'Account.csv').split('\n');
        expect(withIndustry[0]).toBe(`${read(plain.outDir, 'Account.csv').split('\n')[0]},Industry`);
        const stripped = withIndustry.map((line) => line.replace(/,[A-Za-z]+$/, ''));
        expect(stripped.join('\n')).toBe(read(plain.outDir, 'Account.csv'));
        for (const object of ['Survey_Response__c', 'Event', 'Invoice__c'] as const) {
            expect(plain.summary.files[object]).toBeUndefined();
            expect(all.summary.rows[object]).toBeGreaterThan(0);
        }
    });

    it('writes each file the same whatever else is asked for, and the same again for the same seed', async () => {
        const usageOnly = await generate({ usage: true });
        const surveysOnly = await generate({ surveys: true });
        const all = await generate(ALL);
        const again = await generate(ALL);
        expect(read(all.outDir, 'Product_Usage__c.csv')).toBe(read(usageOnly.outDir, 'Product_Usage__c.csv'));
        expect(read(all.outDir, 'Survey_Response__c.csv')).toBe(
            read(surveysOnly.outDir, 'Survey_Response__c.csv')
        );
        for (const file of ['Account.csv', 'Survey_Response__c.csv', 'Event.csv', 'Invoice__c.csv']) {
            expect([file, read(again.outDir, file)]).toEqual([file, read(all.outDir, file)]);
        }
    });

    it('writes valid ids that point at the org’s accounts, with headers as declared', async () => {
        const { outDir, summary } = await generate(ALL);
        const accounts = new Set(rowsOf(outDir, 'Account').map((r) => r.Id));
        const files = [
            ['Survey_Response__c', SURVEY_HEADER, 'Account__c'],
            ['Event', EVENT_HEADER, 'AccountId'],
            ['Invoice__c', INVOICE_HEADER, 'Account__c']
        ] as const;
        for (const [object, header, lookup] of files) {
            expect(read(outDir, `${object}.csv`).split('\n')[0]).toBe(header.join(','));
            const rows = rowsOf(outDir, object);
            expect(rows).toHaveLength(summary.rows[object] ?? -1);
            const ids = new Set(rows.map((r) => r.Id));
            expect(ids.size).toBe(rows.length);
            for (const r of rows) {
                expect(isValidSalesforceId(r.Id as string)).toBe(true);
                expect(accounts.has(r[lookup])).toBe(true);
            }
        }
    });

    it('keeps survey answers on their scales and ranks archetypes by them, with overlap', () => {
        const exemplary = rowsFor(SURVEYS, 'exemplary');
        const troubled = rowsFor(SURVEYS, 'troubled');
        for (const rows of [exemplary, troubled]) {
            for (const r of rows) {
                if (r.Type__c === 'NPS') expect([r.CSAT__c, Number(r.NPS__c) % 1]).toEqual(['', 0]);
                else expect([r.Type__c, r.NPS__c]).toEqual(['CSAT', '']);
            }
            expect(Math.min(...numbers(rows, 'NPS__c'))).toBeGreaterThanOrEqual(0);
            expect(Math.max(...numbers(rows, 'NPS__c'))).toBeLessThanOrEqual(10);
            expect(Math.min(...numbers(rows, 'CSAT__c'))).toBeGreaterThanOrEqual(1);
            expect(Math.max(...numbers(rows, 'CSAT__c'))).toBeLessThanOrEqual(5);
        }
        expect(mean(numbers(exemplary, 'NPS__c'))).toBeGreaterThan(mean(numbers(troubled, 'NPS__c')) + 2);
        expect(mean(numbers(exemplary, 'CSAT__c'))).toBeGreaterThan(mean(numbers(troubled, 'CSAT__c')) + 1);
        // Honest noise: some troubled accounts still answer like promoters.
        expect(Math.max(...numbers(troubled, 'NPS__c'))).toBeGreaterThanOrEqual(8);
        expect(rowsFor(SURVEYS, 'prospect')).toEqual([]);
    });

    it('has well-run and bigger accounts meet more, and eroding ones meet less over time', () => {
        const meetings = (rows: Row[]) => rows.filter((r) => r.Type === 'Meeting');
        const exemplary = meetings(rowsFor(MEETINGS, 'exemplary'));
        const neglected = meetings(rowsFor(MEETINGS, 'neglected'));
        expect(exemplary.length).toBeGreaterThan(3 * neglected.length);
        expect(meetings(rowsFor(MEETINGS, 'steady', 'Enterprise')).length).toBeGreaterThan(
            meetings(rowsFor(MEETINGS, 'steady', 'SMB')).length
        );
        const eroding = meetings(rowsFor(MEETINGS, 'eroding'));
        const yearAgo = formatDay(REFERENCE_DAY - 365);
        const lastYear = eroding.filter((r) => (r.ActivityDate as string) >= yearAgo).length;
        expect(lastYear).toBeGreaterThan(0);
        expect(lastYear).toBeLessThan(eroding.length - lastYear);
        for (const r of rowsFor(MEETINGS, 'healthy')) {
            expect((r.ActivityDateTime as string).slice(0, 10)).toBe(r.ActivityDate);
            expect(r.WhatId).toBe(r.AccountId);
            expect(['Meeting', 'Call']).toContain(r.Type);
        }
    });

    it('has troubled accounts pay later than exemplary ones, and open invoices count days to the reference date', () => {
        const exemplary = rowsFor(INVOICES, 'exemplary');
        const troubled = rowsFor(INVOICES, 'troubled');
        const overdue = (rows: Row[]) => mean(numbers(rows, 'Days_Overdue__c'));
        expect(overdue(troubled)).toBeGreaterThan(overdue(exemplary) + 5);
        for (const r of [...exemplary, ...troubled]) {
            const due = Date.parse(r.Due_On__c as string) / 86_400_000;
            if (r.Paid_On__c === '') {
                expect(Number(r.Days_Overdue__c)).toBe(REFERENCE_DAY - due);
            } else {
                const paid = Date.parse(r.Paid_On__c as string) / 86_400_000;
                expect(Number(r.Days_Overdue__c)).toBe(Math.max(0, paid - due));
            }
        }
        expect(rowsFor(INVOICES, 'prospect')).toEqual([]);
    });

    it('draws industries skewed by size: more banks among large accounts, more shops among small', () => {
        const share = (segment: Segment, industries: string[]) => {
            let hits = 0;
            for (let index = 0; index < 2000; index++)
                if (industries.includes(industryOf(segment, index, 3))) hits++;
            return hits / 2000;
        };
        expect(share('Enterprise', ['Banking', 'Insurance'])).toBeGreaterThan(
            2 * share('SMB', ['Banking', 'Insurance'])
        );
        expect(share('SMB', ['Retail', 'Hospitality'])).toBeGreaterThan(2 * share('Enterprise', ['Retail']));
        expect(industryOf('SMB', 5, 3)).toBe(industryOf('SMB', 5, 3));
    });
});

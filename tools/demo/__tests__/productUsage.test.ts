/**
 * `demo-data --usage`: a Product_Usage__c.csv of weekly active users that follows each account's
 * archetype, without changing a byte of the export contract's files.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { EXPORT_OBJECT_NAMES } from '../../../batch/exports/exportSchema';
import { generateDemoData } from '../generate';
import { PRODUCT_USAGE_HEADER, USAGE_WEEKS, usageLines } from '../productUsage';
import type { Archetype } from '../archetypes';
import { idFactoryFor } from '../generate';
import { isValidSalesforceId } from '../salesforceId';

type Row = Record<string, string>;

describe('demo product usage', () => {
    const dirs: string[] = [];
    afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
    const generate = async (usage: boolean) => {
        const outDir = mkdtempSync(join(tmpdir(), 'usage-'));
        dirs.push(outDir);
        const summary = await generateDemoData({ accounts: 400, outDir, seed: 3, usage });
        return { outDir, summary };
    };

    it('adds the usage file and leaves every other file as it was', async () => {
        const plain = await generate(false);
        const withUsage = await generate(true);
        for (const object of EXPORT_OBJECT_NAMES) {
            const file = `${object}.csv`;
            expect([file, readFileSync(join(withUsage.outDir, file), 'utf8')]).toEqual([
                file,
                readFileSync(join(plain.outDir, file), 'utf8')
            ]);
        }
        expect(plain.summary.files.Product_Usage__c).toBeUndefined();
        expect(withUsage.summary.rows.Product_Usage__c).toBeGreaterThan(0);
    });

    it('writes weekly rows per customer, valid ids, and adoption that follows the archetype', async () => {
        const { outDir, summary } = await generate(true);
        const text = readFileSync(join(outDir, 'Product_Usage__c.csv'), 'utf8');
        expect(text.split('\n')[0]).toBe(PRODUCT_USAGE_HEADER.join(','));
        const rows = parse(text, { columns: true }) as Row[];
        expect(rows).toHaveLength(summary.rows.Product_Usage__c ?? -1);
        const accounts = new Set(
            (parse(readFileSync(join(outDir, 'Account.csv'), 'utf8'), { columns: true }) as Row[]).map(
                (r) => r.Id
            )
        );
        for (const r of rows) {
            expect(isValidSalesforceId(r.Id as string)).toBe(true);
            expect(accounts.has(r.Account__c)).toBe(true);
            expect(Number(r.Active_Users__c)).toBeLessThanOrEqual(Number(r.Licensed_Users__c));
        }
        const seats = rows.filter((r) => r.Type__c === 'Seats');
        const weeks = new Map<string, number>();
        for (const r of seats)
            weeks.set(r.Account__c as string, (weeks.get(r.Account__c as string) ?? 0) + 1);
        expect(new Set(weeks.values())).toEqual(new Set([USAGE_WEEKS]));
        // Prospects have nothing to use yet.
        expect(weeks.size).toBeLessThan(accounts.size);
        expect(weeks.size).toBe(accounts.size - summary.archetypes.prospect);
        // Healthy customers use more of what they bought than neglected ones.
        const adoption = seats.map((r) => Number(r.Adoption__c));
        expect(Math.max(...adoption)).toBeGreaterThan(80);
        expect(Math.min(...adoption)).toBeLessThan(10);
    });

    it('ranks archetypes by adoption: exemplary above healthy above neglected; eroding falls week by week', () => {
        const adoptionOf = (archetype: Archetype): number[] =>
            usageLines(
                { id: '001000000000001AAA', archetype, segment: 'MidMarket' },
                1,
                3,
                20_000,
                idFactoryFor(3)
            )
                .map((line) => line.split(','))
                .filter((cells) => cells[3] === 'Seats')
                .map((cells) => Number(cells[6]));
        const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
        expect(mean(adoptionOf('exemplary'))).toBeGreaterThan(mean(adoptionOf('healthy')));
        expect(mean(adoptionOf('healthy'))).toBeGreaterThan(mean(adoptionOf('neglected')));
        const eroding = adoptionOf('eroding');
        expect(eroding[eroding.length - 1]).toBeLessThan((eroding[0] as number) - 25);
        expect(adoptionOf('prospect')).toEqual([]);
    });
});

/**
 * The link step over an export whose child rows come in runs of one parent, with unknown ids
 * and empty links inside the runs: every row reaches its account, and what is left out is
 * counted, with the first unknown row, as a lookup of each row would count it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultModel } from '../../../engine/model';
import { ExportStore } from '../exportStore';
import { USAGE_SIGNAL } from '../../../test/support/customSignals';

const A1 = '001000000000001AAA';
const A2 = '001000000000002AAA';
const GONE = '001000000000999AAA';

let dir = '';
beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'export-link-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function write(file: string, header: string, rows: string[]): void {
    writeFileSync(path.join(dir, file), `${header}\n${rows.join('\n')}\n`);
}

const opportunity = (n: number, account: string): string =>
    `006${String(n).padStart(12, '0')}AAA,${account},true,true,2026-01-0${n},2025-12-01T00:00:00.000Z`;
const history = (n: number, opportunity: number): string =>
    `008${String(n).padStart(12, '0')}AAA,006${String(opportunity).padStart(12, '0')}AAA,2026-01-01,2025-12-0${n}T00:00:00.000Z`;
const usage = (n: number, account: string): string =>
    `a00${String(n).padStart(12, '0')}AAA,${account},2026-06-0${n},${n},Seats`;

describe('ExportStore linking rows in runs', () => {
    beforeEach(() => {
        write('Account.csv', 'Id,Name', [`${A1},Acme`, `${A2},Globex`]);
        // A run of A1 broken by an unknown account and an empty link, then A1 again, A2, A1.
        write('Opportunity.csv', 'Id,AccountId,IsClosed,IsWon,CloseDate,CreatedDate', [
            opportunity(1, A1),
            opportunity(2, A1),
            opportunity(3, GONE),
            opportunity(4, GONE),
            opportunity(5, ''),
            opportunity(6, A1),
            opportunity(7, A2),
            opportunity(8, A1)
        ]);
        // History in runs of one deal: of A1's deal, of an unknown deal, of the account-less deal.
        write('OpportunityHistory.csv', 'Id,OpportunityId,CloseDate,CreatedDate', [
            history(1, 1),
            history(2, 1),
            history(3, 99),
            history(4, 99),
            history(5, 5),
            history(6, 5),
            history(7, 7),
            history(8, 1)
        ]);
        write('Product_Usage__c.csv', 'Id,Account__c,Week__c,Active_Users__c,Type__c', [
            usage(1, A2),
            usage(2, A2),
            usage(3, ''),
            usage(4, A2),
            usage(5, GONE),
            usage(6, A1)
        ]);
    });

    it('gives each row its account, runs broken by unknown ids and empty links included', async () => {
        const store = await ExportStore.load(dir, { ...defaultModel(), customSignals: [USAGE_SIGNAL] });
        const ids = (account: number): string[][] => {
            const e = store.evidenceFor(account);
            return [e.opportunities, e.opportunityHistory, e.custom?.Product_Usage__c ?? []].map((list) =>
                list.map((r) => r.id.slice(-6, -3))
            );
        };
        expect(ids(0)).toEqual([['001', '002', '006', '008'], ['001', '002', '008'], ['006']]);
        expect(ids(1)).toEqual([['007'], ['007'], ['001', '002', '004']]);
        expect(store.evidenceFor(0).opportunityHistory.map((h) => h.opportunityId)).toEqual([
            '006000000000001AAA',
            '006000000000001AAA',
            '006000000000001AAA'
        ]);
        expect(store.unlinked).toEqual([
            {
                file: 'Opportunity.csv',
                column: 'AccountId',
                parentFile: 'Account.csv',
                noParent: 1,
                unknown: 2,
                firstUnknown: { row: 2, id: GONE }
            },
            {
                file: 'OpportunityHistory.csv',
                column: 'OpportunityId',
                parentFile: 'Opportunity.csv',
                noParent: 2,
                unknown: 2,
                firstUnknown: { row: 2, id: '006000000000099AAA' }
            },
            {
                file: 'Product_Usage__c.csv',
                column: 'Account__c',
                parentFile: 'Account.csv',
                noParent: 1,
                unknown: 1,
                firstUnknown: { row: 4, id: GONE }
            }
        ]);
    });
});

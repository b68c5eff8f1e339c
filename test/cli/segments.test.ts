import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { TrustResult } from '../../engine/result';
import { cli, REPO } from '../support/cli';
import { enterpriseModel, tieredExport, tierOf } from '../support/segments';

interface ScoreJson {
    model: { name: string; version: number };
    accounts: TrustResult[];
}

const DEFAULT = path.join(REPO, 'config', 'default-model.json');
const DEMO = path.join(REPO, 'data', 'demo');
/** `--model` once per file, in the order given. */
const modelArgs = (...files: string[]) => files.flatMap((file) => ['--model', file]);
/** A command over an export as of the demo's day, with these models. */
const onExport = (command: string[], folder: string, ...models: string[]) =>
    cli([...command, '--from', folder, '--as-of', '2026-06-30', ...modelArgs(...models)]);

describe('trust-ledger score with models per segment', () => {
    let dir: string;
    let cleanup: () => void;
    let enterprise: string;
    beforeAll(() => {
        ({ dir, cleanup } = tieredExport());
        enterprise = path.join(dir, 'enterprise.json');
        writeFileSync(enterprise, JSON.stringify(enterpriseModel()));
    });
    afterAll(() => cleanup());

    const score = (...models: string[]) =>
        cli(['score', '--from', dir, '--as-of', '2026-06-30', '--format', 'json', ...modelArgs(...models)]);

    it('scores each account with the first model whose segment holds it, the rest with the default', () => {
        const run = score(enterprise, DEFAULT);
        expect(run.stderr).not.toMatch(/warning/);
        expect(run.status).toBe(0);
        const json = JSON.parse(run.stdout) as ScoreJson;
        expect(json.model).toEqual({ name: 'Default', version: 1 });
        json.accounts.forEach((account, i) => {
            const expected =
                tierOf(i) === 'Enterprise'
                    ? { name: 'Enterprise', version: 3 }
                    : { name: 'Default', version: 1 };
            expect(account.model).toEqual(expected);
        });
    });

    it('gives the same result whatever the order of the default among the models', () => {
        expect(score(DEFAULT, enterprise).stdout).toBe(score(enterprise, DEFAULT).stdout);
    });

    it('names the model on each account when one model scores them all', () => {
        const json = JSON.parse(score().stdout) as ScoreJson;
        expect(new Set(json.accounts.map((a) => JSON.stringify(a.model)))).toEqual(
            new Set([JSON.stringify({ name: 'Default', version: 1 })])
        );
    });

    it('warns of overlapping segments, naming the values and the model that wins them', () => {
        const run = score(enterprise, enterprise, DEFAULT);
        expect(run.status).toBe(0);
        expect(run.stderr).toMatch(
            /warning: .*Enterprise of Tier__c is also in the segment of .*enterprise\.json/
        );
    });

    it('refuses two models without a segment, naming both files', () => {
        const run = score(DEFAULT, enterprise, DEFAULT);
        expect(run.status).toBe(2);
        expect(run.stdout).toBe('');
        expect(run.stderr).toContain(`${DEFAULT} and ${DEFAULT} both have no segment`);
    });

    it('refuses a model with a segment alone: nothing would score the other accounts', () => {
        const run = score(enterprise);
        expect(run.status).toBe(2);
        expect(run.stderr).toMatch(/one model without a segment must score the other accounts/);
    });

    it("refuses an export whose Account.csv lacks a segment's field, naming file and column", () => {
        const run = onExport(['score'], DEMO, enterprise, DEFAULT);
        expect(run.status).toBe(2);
        expect(run.stderr).toMatch(/Account\.csv:1: column Tier__c: required column missing/);
    });

    it('explains an account with its own model', () => {
        const run = onExport(['explain', '001Kd00000xIcg1IAC'], dir, enterprise, DEFAULT);
        expect(run.status).toBe(0);
        expect(run.stdout).toMatch(/Model Enterprise v3, as of 2026-06-30/);
    });

    it('backtests each account with its own model: a segment nobody is in changes nothing', () => {
        const nobody = path.join(dir, 'nobody.json');
        writeFileSync(
            nobody,
            JSON.stringify({ ...enterpriseModel(), segment: { field: 'Tier__c', values: ['Nobody'] } })
        );
        const backtest = (...models: string[]) =>
            cli([
                'backtest',
                '--from',
                dir,
                '--since',
                '2024-07-01',
                '--every',
                '6',
                '--horizon-days',
                '180',
                '--format',
                'json',
                '--quiet',
                ...modelArgs(...models)
            ]);
        const alone = backtest();
        expect(alone.status).toBe(0);
        expect(backtest(nobody, DEFAULT).stdout).toBe(alone.stdout);
        const segmented = backtest(enterprise, DEFAULT);
        expect(segmented.status).toBe(0);
        expect(segmented.stdout).not.toBe(alone.stdout);
    });

    it('says in --help that --model may be repeated', () => {
        expect(cli(['score', '--help']).stdout).toMatch(/--model <file\.json>.*\(may be repeated\)/);
    });
});

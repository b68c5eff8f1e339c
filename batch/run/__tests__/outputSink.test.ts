import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { normaliseBaselines } from '../../../engine/baselines';
import { defaultModel } from '../../../engine/model';
import type { TrustResult } from '../../../engine/result';
import { scoreAccount } from '../../../engine/score';
import { CSV_HEADER } from '../../output/formats';
import { PendingOutput, resultCallbackSink } from '../outputSink';
import { AS_OF, AS_OF_DAY, loadDemo, scored } from './demoStore';

const model = defaultModel();
let results: TrustResult[];
let scratch: string;
beforeAll(async () => {
    const store = await loadDemo(model);
    results = [0, 1].map((i) =>
        scoreAccount(store.evidenceFor(i), model, normaliseBaselines(null), AS_OF_DAY)
    );
});
beforeEach(() => {
    scratch = mkdtempSync(path.join(os.tmpdir(), 'trust-ledger-output-'));
});
afterEach(() => rmSync(scratch, { recursive: true, force: true }));

describe('the output sink', () => {
    it('reads evidence items and the next band only for JSON, or for a shell given the results', () => {
        const opened = (format: 'csv' | 'table' | 'json' | null, collect = false) =>
            new PendingOutput(format, path.join(scratch, 'out'), AS_OF, {
                stdout: process.stdout,
                color: false,
                ...(collect ? { collect: () => undefined } : {})
            }).open(model).scoresOnly;
        expect([opened('csv'), opened('table'), opened(null), opened('json')]).toEqual([
            true,
            true,
            true,
            false
        ]);
        expect(opened('csv', true)).toBe(false);
    });

    it('writes a file only once opened, and makes it visible only on commit', async () => {
        const file = path.join(scratch, 'scores.csv');
        const output = new PendingOutput('csv', file, AS_OF);
        expect(readdirSync(scratch)).toEqual([]);
        const sink = output.open(model);
        for (const [i, r] of results.entries()) await sink.add(scored(r, i));
        await sink.finish();
        expect(existsSync(file)).toBe(false);
        await output.commit();
        const lines = readFileSync(file, 'utf8').trim().split('\n');
        expect(lines[0]).toBe(CSV_HEADER.join(','));
        expect(lines).toHaveLength(3);
        expect(lines[1]?.startsWith(`${results[0]?.accountId},`)).toBe(true);
    });

    it('leaves nothing behind when aborted', async () => {
        const file = path.join(scratch, 'scores.json');
        const output = new PendingOutput('json', file, AS_OF);
        await output.open(model).add(scored(results[0] as TrustResult, 0));
        output.abort();
        expect(readdirSync(scratch)).toEqual([]);
    });

    it('without a format takes results and writes nothing', async () => {
        const output = new PendingOutput(null, path.join(scratch, 'never.csv'), AS_OF);
        const sink = output.open(model);
        await sink.add(scored(results[0] as TrustResult, 0));
        await sink.finish();
        await output.commit();
        output.abort();
        expect(readdirSync(scratch)).toEqual([]);
    });

    it('hands a callback each result and leaves finishing to its owner', async () => {
        const seen: string[] = [];
        const sink = resultCallbackSink(async (r) => void seen.push(r.accountId));
        for (const [i, r] of results.entries()) await sink.add(scored(r, i));
        await sink.finish();
        expect(seen).toEqual(results.map((r) => r.accountId));
    });
});

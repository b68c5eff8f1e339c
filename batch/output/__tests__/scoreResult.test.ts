import { defaultModel } from '../../../engine/model';
import type { TrustResult } from '../../../engine/result';
import { jsonSink } from '../formats';
import { collectingSink, type ScoreJson } from '../scoreResult';

const model = defaultModel();
const results = ['001A', '001B'].map((accountId) => ({ accountId, score: 50 }) as unknown as TrustResult);

describe('collectingSink', () => {
    it('hands over the object the JSON sink writes, after the inner sink has written all of it', async () => {
        let written = '';
        const target = {
            write: async (t: string) => void (written += t),
            commit: async () => undefined,
            abort: () => undefined
        };
        let collected: ScoreJson | null = null;
        let writtenWhenDone = '';
        const sink = collectingSink(
            jsonSink({ asOf: '2026-06-30', model, target, color: false }),
            { asOf: '2026-06-30', model },
            (json) => {
                collected = json;
                writtenWhenDone = written;
            }
        );
        for (const r of results) await sink.add(r);
        expect(collected).toBeNull();
        await sink.finish();
        expect(collected).toEqual(JSON.parse(written));
        expect(writtenWhenDone).toBe(written);
    });

    it('collects without an inner sink (an org run with no --format)', async () => {
        const seen: ScoreJson[] = [];
        const sink = collectingSink(null, { asOf: '2026-06-30', model }, (json) => seen.push(json));
        for (const r of results) await sink.add(r);
        await sink.finish();
        expect(seen).toEqual([
            { asOf: '2026-06-30', model: { name: model.name, version: model.version }, accounts: results }
        ]);
    });
});

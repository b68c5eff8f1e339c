import { readFileSync } from 'node:fs';
import path from 'node:path';
import { computeBaselines } from '../../../engine/baselines';
import { defaultModel, parseModelJson } from '../../../engine/model';
import { scoreAccount } from '../../../engine/score';
import type { ExportStore } from '../../exports/exportStore';
import { scoreStep, type ScoredAccount, type ScoreSink } from '../scoreStep';
import { storeSource } from '../source';
import { AS_OF_DAY, loadDemo } from './demoStore';

const ROOT = path.join(__dirname, '..', '..', '..');
const model = defaultModel();
let store: ExportStore;
beforeAll(async () => {
    store = await loadDemo(model);
});

function recorder(name: string, log: string[]): ScoreSink & { got: ScoredAccount[] } {
    const got: ScoredAccount[] = [];
    return {
        got,
        add: async (s) => {
            got.push(s);
            log.push(`${name}:${s.position}`);
        },
        finish: async () => void log.push(`${name}:finish`)
    };
}

describe('the score step', () => {
    it('scores every account in source order into every sink, sink by sink, without finishing them', async () => {
        const baselines = computeBaselines(store.allEvidence(), model, AS_OF_DAY);
        const log: string[] = [];
        const a = recorder('a', log);
        const b = recorder('b', log);
        const count = await scoreStep(storeSource(store), {
            model,
            baselines,
            asOfDay: AS_OF_DAY,
            sinks: [a, b]
        });
        expect(count).toBe(store.accounts);
        expect(a.got.map((s) => s.position)).toEqual(Array.from({ length: store.accounts }, (_, i) => i));
        expect(log.slice(0, 4)).toEqual(['a:0', 'b:0', 'a:1', 'b:1']);
        expect(log).not.toContain('a:finish');
        // The same receipt the engine gives for that account, with nothing known before.
        const third = a.got[2] as ScoredAccount;
        expect(third.result).toEqual(scoreAccount(store.evidenceFor(2), model, baselines, AS_OF_DAY));
        expect(third.previous).toBeNull();
        expect(b.got[2]).toBe(third);
    });

    it('makes no evidence item, names no record and finds no next band when every sink reads scores only, and the same scores and drivers', async () => {
        const baselines = computeBaselines(store.allEvidence(), model, AS_OF_DAY);
        const run = (sinks: ScoreSink[]) =>
            scoreStep(storeSource(store), { model, baselines, asOfDay: AS_OF_DAY, sinks });
        const reads = recorder('reads', []);
        const skips = { ...recorder('skips', []), scoresOnly: true };
        const alsoSkips = { ...recorder('alsoSkips', []), scoresOnly: true };
        await run([reads, skips]);
        const full = skips.got.map((s) => s.result);
        expect(full.some((r) => Object.values(r.signals).some((s) => s.evidence.length > 0))).toBe(true);
        expect(full.some((r) => r.nextBand !== undefined)).toBe(true);
        await run([alsoSkips]);
        alsoSkips.got.forEach(({ result }, i) => {
            const { signals, ...rest } = full[i] as (typeof full)[number];
            delete rest.nextBand;
            for (const [id, signal] of Object.entries(signals))
                expect(result.signals[id]).toEqual({ ...signal, evidence: [] });
            expect(result.nextBand).toBeUndefined();
            expect(result.drivers).toEqual(rest.drivers.map((d) => ({ ...d, recordIds: [] })));
            expect({ ...result, signals: null, drivers: null }).toEqual({
                ...rest,
                signals: null,
                drivers: null
            });
        });
    });

    it('works custom signals out on another thread for a scores-only run, to the same results', async () => {
        const usageModel = parseModelJson(
            readFileSync(path.join(ROOT, 'examples', 'custom-signals', 'product-usage-model.json'), 'utf8')
        );
        const usageStore = await loadDemo(usageModel);
        const baselines = computeBaselines(usageStore.allEvidence(), usageModel, AS_OF_DAY);
        const run = async (customWorkerFromRows: number) => {
            const sink = { ...recorder('s', []), scoresOnly: true };
            await scoreStep(storeSource(usageStore), {
                model: usageModel,
                baselines,
                asOfDay: AS_OF_DAY,
                sinks: [sink],
                customWorkerFromRows
            });
            return sink.got.map((s) => s.result);
        };
        // On the main thread first: the worker takes the store's custom rows with it.
        const here = await run(Number.POSITIVE_INFINITY);
        expect(here.some((r) => r.signals.productUsage?.score != null)).toBe(true);
        const apart = await run(0);
        expect(() => usageStore.evidenceFor(0)).toThrow(/moved to the thread/);
        expect(apart).toEqual(here);
    });

    it('lets a chunk narrow the accounts and tell their previous scores', async () => {
        const baselines = computeBaselines(store.allEvidence(), model, AS_OF_DAY);
        const sink = recorder('s', []);
        const count = await scoreStep(storeSource(store), {
            model,
            baselines,
            asOfDay: AS_OF_DAY,
            sinks: [sink],
            prepare: async (chunkStore, range) => {
                expect(chunkStore).toBe(store);
                expect(range).toBeNull();
                return {
                    includes: (i) => i % 50 === 7,
                    previous: (i) => i * 10,
                    mayUpdateAccount: (i) => i !== 57
                };
            }
        });
        expect(count).toBe(3);
        expect(sink.got.map((s) => [s.position, s.previous, s.mayUpdateAccount])).toEqual([
            [7, 70, true],
            [57, 570, false],
            [107, 1070, true]
        ]);
        expect(sink.got.map((s) => s.result.accountId)).toEqual([7, 57, 107].map((i) => store.accountId(i)));
    });

    it('reports progress at the positions the mask allows, after the sinks had the account', async () => {
        const baselines = computeBaselines(store.allEvidence(), model, AS_OF_DAY);
        const log: string[] = [];
        await scoreStep(storeSource(store), {
            model,
            baselines,
            asOfDay: AS_OF_DAY,
            sinks: [recorder('s', log)],
            progressMask: 0x3f,
            onProgress: (done, total) => log.push(`progress:${done}/${total}`)
        });
        expect(log.filter((l) => l.startsWith('progress'))).toEqual([
            `progress:0/${store.accounts}`,
            `progress:64/${store.accounts}`,
            `progress:128/${store.accounts}`
        ]);
        expect(log.indexOf('progress:64/150')).toBe(log.indexOf('s:64') + 1);
    });
});

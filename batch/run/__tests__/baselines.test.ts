import { computeBaselines, normaliseBaselines } from '../../../engine/baselines';
import { defaultModel } from '../../../engine/model';
import type { ExportStore } from '../../exports/exportStore';
import { baselinesStep } from '../baselines';
import { storeSource } from '../source';
import { AS_OF_DAY, loadDemo } from './demoStore';

const model = defaultModel();
let store: ExportStore;
beforeAll(async () => {
    store = await loadDemo(model);
});

describe('the baselines step', () => {
    it('computes the same baselines as the engine over every account of the source', async () => {
        const outcome = await baselinesStep(storeSource(store), { model, asOfDay: AS_OF_DAY });
        expect(outcome.source).toBe('computed');
        expect(outcome.baselines).toEqual(computeBaselines(store.allEvidence(), model, AS_OF_DAY));
        expect(outcome.baselines.accounts).toBe(store.accounts);
    });

    it('uses stored baselines only on a changed-only run, and says when there were none', async () => {
        const stored = { ...normaliseBaselines(null), medianWonCycleDays: 12 };
        const source = storeSource(store);
        const changed = await baselinesStep(source, { model, asOfDay: AS_OF_DAY, stored, changedOnly: true });
        expect(changed).toEqual({ baselines: stored, source: 'stored', closedBeforeCreated: 0 });

        const full = await baselinesStep(source, { model, asOfDay: AS_OF_DAY, stored, changedOnly: false });
        expect(full.source).toBe('computed');
        expect(full.baselines.medianWonCycleDays).not.toBe(12);

        const none = await baselinesStep(source, {
            model,
            asOfDay: AS_OF_DAY,
            stored: null,
            changedOnly: true
        });
        expect(none.source).toBe('computed (no stored baselines)');
        expect(none.baselines).toEqual(full.baselines);
    });

    it('reports progress at the first account and every 16,384th, counted across chunks', async () => {
        const one = storeSource(store);
        // The same store seen as a second chunk far into a large org.
        const offsets = [0, 16_384 - 3];
        const twoChunks = {
            ...one,
            each: async (visit: Parameters<typeof one.each>[0]) => {
                for (const offset of offsets) await visit(store, offset, null);
            }
        };
        const seen: number[] = [];
        await baselinesStep(twoChunks, { model, asOfDay: AS_OF_DAY, onAccount: (done) => seen.push(done) });
        expect(seen).toEqual([0, 16_384]);
    });
});

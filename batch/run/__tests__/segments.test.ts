import { computeBaselines } from '../../../engine/baselines';
import type { AccountEvidence } from '../../../engine/evidence';
import { defaultModel } from '../../../engine/model';
import { validateModelSet, type ModelSet } from '../../../engine/modelSet';
import type { TrustResult } from '../../../engine/result';
import { scoreAccount } from '../../../engine/score';
import { enterpriseModel, tieredExport, tierOf } from '../../../test/support/segments';
import type { ExportStore } from '../../exports/exportStore';
import { openFolderInput } from '../folderInput';
import { runScore } from '../run';
import { storeSource } from '../source';
import { AS_OF_DAY } from './demoStore';

const fallback = defaultModel();
const enterprise = enterpriseModel();
const set = validateModelSet([enterprise, fallback]);
const models = (set.ok ? set.set : null) as ModelSet;

let store: ExportStore;
let cleanup: () => void;
beforeAll(async () => {
    const copy = tieredExport();
    cleanup = copy.cleanup;
    store = await openFolderInput({ folder: copy.dir, model: fallback, models });
});
afterAll(() => cleanup());

async function run(): Promise<TrustResult[]> {
    const results: TrustResult[] = [];
    await runScore({
        source: storeSource(store),
        model: fallback,
        models,
        asOfDay: AS_OF_DAY,
        sinks: () => [{ add: async (s) => void results.push(s.result), finish: async () => undefined }]
    });
    return results;
}

describe('a run with models per segment', () => {
    it("scores each account with its segment's model and baselines, the rest with the default", async () => {
        const results = await run();
        expect(results).toHaveLength(store.accounts);
        const all = [...store.allEvidence()];
        const enterpriseAccounts = all.filter((_, i) => tierOf(i) === 'Enterprise');
        const own = computeBaselines(enterpriseAccounts, enterprise, AS_OF_DAY);
        const orgWide = computeBaselines(all, fallback, AS_OF_DAY);
        results.forEach((result, i) => {
            const evidence = all[i] as AccountEvidence;
            const tier = tierOf(i);
            expect(evidence.account.segmentValues).toEqual({ Tier__c: tier });
            const [model, baselines] = tier === 'Enterprise' ? [enterprise, own] : [fallback, orgWide];
            expect(result.model).toEqual({ name: model.name, version: model.version });
            expect(result.score).toBe(scoreAccount(evidence, model, baselines, AS_OF_DAY).score);
        });
        // The segment's model weighs promises differently, so some scores really differ.
        const moved = results.filter(
            (r, i) =>
                tierOf(i) === 'Enterprise' &&
                r.score !== scoreAccount(all[i] as AccountEvidence, fallback, orgWide, AS_OF_DAY).score
        );
        expect(moved.length).toBeGreaterThan(0);
    });
});

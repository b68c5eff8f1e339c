import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { computeBaselines } from '../../../engine/baselines';
import { contractValue } from '../../../engine/contractValue';
import { defaultModel } from '../../../engine/model';
import { scoreAccount } from '../../../engine/score';
import { generateDemoData } from '../../../tools/demo/generate';
import { ExportStore } from '../../exports/exportStore';
import { rollupStep } from '../rollupStep';
import { storeSource } from '../source';
import { AS_OF, AS_OF_DAY, loadDemo } from './demoStore';

const model = defaultModel();
let dir: string;
let store: ExportStore;

beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'rollup-step-'));
    await generateDemoData({ accounts: 30, outDir: dir, seed: 42, referenceDate: AS_OF, hierarchies: true });
    store = await ExportStore.load(dir, model);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the roll-up step', () => {
    it('is empty for a source without any ParentId', async () => {
        const flat = await loadDemo(model);
        const baselines = computeBaselines(flat.allEvidence(), model, AS_OF_DAY);
        expect((await rollupStep(storeSource(flat), { model, baselines, asOfDay: AS_OF_DAY })).size).toBe(0);
    });

    it("rolls each parent's subtree up from the children's scores and contract values", async () => {
        const baselines = computeBaselines(store.allEvidence(), model, AS_OF_DAY);
        const rollups = await rollupStep(storeSource(store), { model, baselines, asOfDay: AS_OF_DAY });
        const evidence = [...store.allEvidence()];
        const top = evidence[0]?.account.id as string;
        const child = evidence[1]?.account.id as string;
        expect([...rollups.keys()].sort()).toEqual([top, child].sort());
        // The child's roll-up is its one child (the grandchild), whatever its weight.
        const grandchild = evidence[4];
        expect(grandchild?.account.parentId).toBe(child);
        const score = scoreAccount(
            grandchild as (typeof evidence)[number],
            model,
            baselines,
            AS_OF_DAY
        ).score;
        expect(rollups.get(child)).toMatchObject({ children: 1, score });
        // The top's roll-up weighs its four descendants as engine/contractValue.ts values them.
        const below = evidence.slice(1, 5).map((e) => ({
            score: scoreAccount(e, model, baselines, AS_OF_DAY).score as number,
            weight: contractValue(e, model, AS_OF_DAY)
        }));
        expect(rollups.get(top)?.children).toBe(4);
        expect(rollups.get(top)?.lowest?.score).toBe(Math.min(...below.map((b) => b.score)));
        if (below.every((b) => b.weight !== null)) {
            const total = below.reduce((s, b) => s + (b.weight as number), 0);
            const mean = below.reduce((s, b) => s + b.score * (b.weight as number), 0) / total;
            expect(rollups.get(top)).toMatchObject({ weightBasis: 'contractValue' });
            expect(rollups.get(top)?.score).toBeCloseTo(mean, 1);
        } else expect(rollups.get(top)?.weightBasis).not.toBe('contractValue');
    });
});

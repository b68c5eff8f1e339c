import { computeBaselines } from '../../../engine/baselines';
import { defaultModel } from '../../../engine/model';
import type { ExportStore } from '../../exports/exportStore';
import { runScore } from '../run';
import type { ScoreSink } from '../scoreStep';
import { storeSource } from '../source';
import { AS_OF_DAY, loadDemo } from './demoStore';

const model = defaultModel();
let store: ExportStore;
beforeAll(async () => {
    store = await loadDemo(model);
});

function logging(name: string, log: string[], failAt: number | null = null): ScoreSink {
    return {
        add: async ({ position }) => {
            if (position === failAt) throw new Error(`${name} failed at ${position}`);
            if (position === 0 || position === store.accounts - 1) log.push(`${name}:add ${position}`);
        },
        finish: async () => void log.push(`${name}:finish`)
    };
}

describe('one scoring run', () => {
    it('goes source → baselines → score → sinks, finishes each sink in order, then completes', async () => {
        const log: string[] = [];
        const outcome = await runScore({
            source: storeSource(store),
            model,
            asOfDay: AS_OF_DAY,
            onBaselines: (b) => log.push(`baselines ${b.source}`),
            sinks: (b) => {
                log.push(`sinks built over ${b.baselines.accounts} accounts`);
                return [logging('tally', log), logging('receipts', log)];
            },
            complete: async (b) => void log.push(`complete ${b.source}`)
        });
        expect(outcome.scored).toBe(store.accounts);
        expect(outcome.baselines.baselines).toEqual(computeBaselines(store.allEvidence(), model, AS_OF_DAY));
        const last = store.accounts - 1;
        expect(log).toEqual([
            'baselines computed',
            `sinks built over ${store.accounts} accounts`,
            'tally:add 0',
            'receipts:add 0',
            `tally:add ${last}`,
            `receipts:add ${last}`,
            'tally:finish',
            'receipts:finish',
            'complete computed'
        ]);
    });

    it('leaves every sink unfinished and does not complete when a step fails', async () => {
        const log: string[] = [];
        const run = runScore({
            source: storeSource(store),
            model,
            asOfDay: AS_OF_DAY,
            sinks: () => [logging('tally', log), logging('receipts', log, 5)],
            complete: async () => void log.push('complete')
        });
        await expect(run).rejects.toThrow('receipts failed at 5');
        expect(log).toEqual(['tally:add 0', 'receipts:add 0']);
    });
});

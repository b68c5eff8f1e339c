/**
 * The custom signals worked out on a worker thread while the main thread scores the catalog
 * (customNumbers.ts): the same outcomes the engine gives on the main thread, every account,
 * whatever the chunk size; the store gives its custom rows up; a failing worker fails the
 * scoring with its reason.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { customSignalNumbers } from '../../../engine/customNumbers';
import { parseDay } from '../../../engine/dates';
import { parseModelJson, type TrustModel } from '../../../engine/model';
import type { SignalOutcome } from '../../../engine/signals/common';
import { CustomNumbers, customNumbersWanted } from '../customNumbers';
import { CATALOG_EVIDENCE, ExportStore } from '../exportStore';

const ROOT = path.join(__dirname, '..', '..', '..');
const DEMO = path.join(ROOT, 'data', 'demo');
const AS_OF = parseDay('2026-06-30') as number;
const MODEL = parseModelJson(
    readFileSync(path.join(ROOT, 'examples', 'custom-signals', 'product-usage-model.json'), 'utf8')
);

/** Every account's custom outcomes as the main thread works them out, without their items. */
function onMainThread(store: ExportStore, model: TrustModel): Record<string, SignalOutcome>[] {
    return Array.from({ length: store.accounts }, (_, i) =>
        customSignalNumbers(store.evidenceFor(i).custom ?? {}, model, AS_OF)
    );
}

describe('custom signals worked out on a worker', () => {
    it.each([1, 7, 512])(
        'gives every account the outcomes of the main thread (%i accounts a reply)',
        async (chunk) => {
            const store = await ExportStore.load(DEMO, MODEL);
            const expected = onMainThread(store, MODEL);
            expect(expected.some((o) => Object.values(o).some((s) => s.score !== null))).toBe(true);
            const numbers = CustomNumbers.start(store, MODEL, AS_OF, chunk);
            try {
                // Out of order too: a reply arrived is read again, one not yet arrived is waited for.
                for (const i of [
                    store.accounts - 1,
                    0,
                    ...Array.from({ length: store.accounts }, (_, i) => i)
                ])
                    expect(await numbers.at(i)).toEqual(expected[i]);
            } finally {
                await numbers.close();
            }
        }
    );

    it('serves any number of callers waiting at once, for the same chunk or different ones', async () => {
        const store = await ExportStore.load(DEMO, MODEL);
        const expected = onMainThread(store, MODEL);
        const numbers = CustomNumbers.start(store, MODEL, AS_OF, 5);
        try {
            const wanted = [store.accounts - 1, 0, 1, 2, 40, store.accounts - 1];
            expect(await Promise.all(wanted.map((i) => numbers.at(i)))).toEqual(
                wanted.map((i) => expected[i])
            );
        } finally {
            await numbers.close();
        }
    });

    it('takes the custom rows from the store, which then refuses to read them but reads everything else', async () => {
        const store = await ExportStore.load(DEMO, MODEL);
        const catalog = store.evidenceFor(3, CATALOG_EVIDENCE);
        const numbers = CustomNumbers.start(store, MODEL, AS_OF);
        await numbers.close();
        expect(() => store.evidenceFor(3)).toThrow(/custom objects' rows were moved/);
        expect(store.evidenceFor(3, CATALOG_EVIDENCE)).toEqual(catalog);
    });

    it('fails the scorer waiting for it with the worker’s reason', async () => {
        const store = await ExportStore.load(DEMO, MODEL);
        // A setting the validator would refuse: the worker throws on its scale.
        const broken = {
            ...MODEL,
            customSignals: (MODEL.customSignals ?? []).map((c) => ({ ...c, scale: undefined }))
        } as unknown as TrustModel;
        const numbers = CustomNumbers.start(store, broken, AS_OF);
        try {
            await expect(numbers.at(0)).rejects.toThrow(/working out the custom signals failed: TypeError/);
            await expect(numbers.at(store.accounts - 1)).rejects.toThrow(
                /working out the custom signals failed/
            );
        } finally {
            await numbers.close();
        }
    });

    it('is wanted only with a custom signal switched on, enough rows, and worker threads allowed', async () => {
        const store = await ExportStore.load(DEMO, MODEL);
        const rows = 1914;
        expect(customNumbersWanted(store, MODEL, rows)).toBe(true);
        expect(customNumbersWanted(store, MODEL, rows + 1)).toBe(false);
        expect(customNumbersWanted(store, MODEL)).toBe(false);
        const off = {
            ...MODEL,
            customSignals: (MODEL.customSignals ?? []).map((c) => ({ ...c, enabled: false }))
        };
        expect(customNumbersWanted(store, off, 0)).toBe(false);
        const before = process.env.TRUST_LEDGER_WORKERS;
        process.env.TRUST_LEDGER_WORKERS = '0';
        try {
            expect(customNumbersWanted(store, MODEL, 0)).toBe(false);
        } finally {
            if (before === undefined) delete process.env.TRUST_LEDGER_WORKERS;
            else process.env.TRUST_LEDGER_WORKERS = before;
        }
    });
});

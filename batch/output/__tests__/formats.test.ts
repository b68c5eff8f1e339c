import { parse } from 'csv-parse/sync';
import { normaliseBaselines } from '../../../engine/baselines';
import { emptyEvidence } from '../../../engine/evidence';
import { defaultModel, type TrustModel } from '../../../engine/model';
import type { TrustResult } from '../../../engine/result';
import { scoreAccount } from '../../../engine/score';
import type { OutputTarget } from '../atomicFile';
import { CSV_HEADER, csvSink, jsonSink, tableSink, type OutputTrailer, type SinkContext } from '../formats';
import { MODEL_CSV_HEADER } from '../modelColumns';
import { STANDING_CSV_HEADER } from '../standingColumns';
import { USAGE_SIGNAL } from '../../../test/support/customSignals';

const model = defaultModel();
const unscored = scoreAccount(emptyEvidence({ id: '001A', name: 'A' }), model, normaliseBaselines(null), 0);
const account = (id: string, name: string, score: number, band: string): TrustResult => ({
    ...unscored,
    accountId: id,
    accountName: name,
    score,
    band,
    confidence: 0.5
});
const parent: TrustResult = {
    ...account('001000000000001AAA', 'Parent Co', 70.3, 'Steady'),
    // "61.2 (12)" is wider than the "Roll-up" header: the column takes the width of its widest cell.
    rollup: {
        children: 12,
        lowest: { accountId: '001000000000003AAA', score: 40.1 },
        score: 61.2,
        band: 'Steady',
        weightBasis: 'contractValue'
    }
};
const overridden: TrustResult = {
    ...account('001000000000002AAA', 'Held Up\x1b[2J Ltd', 24.5, 'Trusted'),
    override: {
        band: 'Trusted',
        reason: '=HYPERLINK("http://x") sponsor\x1b[31m',
        expiresOn: '2026-08-31',
        recordId: 'a0O000000000001AAA',
        computedBand: 'At Risk'
    }
};
const plain = account('001000000000003AAA', 'Plain Inc', 40.1, 'Fragile');

async function written(
    make: (context: SinkContext) => {
        add(r: TrustResult): Promise<void>;
        finish(trailer?: OutputTrailer): Promise<void>;
    },
    results: TrustResult[],
    trailer?: OutputTrailer
): Promise<string> {
    let text = '';
    const target: OutputTarget = {
        write: async (chunk) => void (text += chunk),
        commit: async () => undefined,
        abort: () => undefined
    };
    const sink = make({ asOf: '2026-06-30', model, target, color: false });
    for (const r of results) await sink.add(r);
    await sink.finish(trailer);
    return text;
}

describe('the CSV', () => {
    it('keeps every earlier column where it was and appends the roll-up and override columns', async () => {
        expect(CSV_HEADER.slice(0, 5)).toEqual(['AccountId', 'AccountName', 'Score', 'Band', 'Confidence']);
        expect(CSV_HEADER.indexOf('TopDriverImpact')).toBe(
            CSV_HEADER.length - STANDING_CSV_HEADER.length - MODEL_CSV_HEADER.length - 1
        );
        const rows = parse(await written(csvSink, [parent, overridden]), { columns: true }) as Record<
            string,
            string
        >[];
        expect(rows[0]).toMatchObject({
            AccountId: '001000000000001AAA',
            RollupScore: '61.2',
            RollupBand: 'Steady',
            RollupChildren: '12',
            RollupLowestAccountId: '001000000000003AAA',
            RollupLowestScore: '40.1',
            RollupWeightBasis: 'contractValue',
            ComputedBand: 'Steady',
            OverrideReason: ''
        });
        expect(rows[1]).toMatchObject({ Band: 'Trusted', ComputedBand: 'At Risk', RollupScore: '' });
    });

    it("guards an override's reason against running as a formula in a spreadsheet", async () => {
        const rows = parse(await written(csvSink, [overridden]), { columns: true }) as Record<
            string,
            string
        >[];
        expect(rows[0]?.OverrideReason).toBe(`'=HYPERLINK("http://x") sponsor\x1b[31m`);
    });
});

describe('the table', () => {
    it('marks the overridden band with a footnote, and counts it with its band', async () => {
        const text = await written(tableSink, [overridden, plain]);
        const row = text.split('\n').find((l) => l.includes('001000000000002AAA')) as string;
        expect(row).toMatch(/ Trusted\* /);
        expect(row).toContain('Held Up\\x1b[2J Ltd');
        expect(text).toMatch(/^\* band set by an override in force/m);
        expect(text).toMatch(/Bands — Fragile: 1 {2}Trusted: 1/);
        expect(text).not.toContain('Roll-up');
        const plainRow = text.split('\n').find((l) => l.includes('Plain Inc')) as string;
        expect(plainRow).toMatch(/ Fragile /);
    });

    it("shows a parent's roll-up in its own column, aligned under its header, only when there is one", async () => {
        const lines = (await written(tableSink, [parent, plain])).split('\n');
        const header = lines.find((l) => l.startsWith('Account')) as string;
        const row = lines.find((l) => l.startsWith('Parent Co')) as string;
        expect(header.indexOf('Roll-up')).toBe(row.indexOf('61.2 (12)'));
        expect(header.indexOf('Top driver')).toBe(row.indexOf('no evidence yet'));
        expect(lines).toContain(
            'Roll-up: weighted mean score of every account below a parent, with how many in brackets.'
        );
        expect(lines.join('\n')).not.toMatch(/^\* band set/m);
        const without = await written(tableSink, [plain]);
        expect(without).not.toContain('Roll-up');
    });
});

describe('the JSON', () => {
    it('puts a trailer after the accounts, and nothing without one', async () => {
        const dryRun = { alerts: { create: [], close: [] } };
        const withTrailer = JSON.parse(await written(jsonSink, [plain], { dryRun })) as Record<
            string,
            unknown
        >;
        expect(Object.keys(withTrailer)).toEqual(['asOf', 'model', 'accounts', 'dryRun']);
        expect(withTrailer.dryRun).toEqual(dryRun);
        expect(withTrailer.accounts).toEqual([plain]);
        const none = JSON.parse(await written(jsonSink, [], {})) as Record<string, unknown>;
        expect(Object.keys(none)).toEqual(['asOf', 'model', 'accounts']);
        expect(JSON.parse(await written(jsonSink, [plain]))).toEqual({ ...withTrailer, dryRun: undefined });
    });
});

describe('several models (one per segment)', () => {
    /** A segment model with three bands of its own names and a custom signal. */
    const retail: TrustModel = {
        ...model,
        name: 'Retail',
        version: 4,
        bands: [
            { name: 'Cold', min: 0 },
            { name: 'Warm', min: 50 },
            { name: 'Hot', min: 75 }
        ],
        customSignals: [{ ...USAGE_SIGNAL }],
        segment: { field: 'Industry', values: ['Retail'] }
    };
    const usage = { ...unscored.signals.renewalTimeliness, score: 88.5 };
    const shop: TrustResult = {
        ...account('001000000000004AAA', 'Shop Ltd', 80, 'Hot'),
        model: { name: 'Retail', version: 4 },
        signals: { ...unscored.signals, productUsage: usage },
        drivers: [
            { signal: 'productUsage', pillar: 'capability', impact: 6.2, summary: 'usage', recordIds: [] }
        ]
    };
    const bank: TrustResult = { ...plain, model: { name: 'Default', version: 1 } };
    const context = (target: OutputTarget, color = false): SinkContext => ({
        asOf: '2026-06-30',
        model,
        models: [retail, model],
        target,
        color
    });
    async function writtenWith(
        make: (c: SinkContext) => ReturnType<typeof csvSink>,
        results: TrustResult[],
        color = false
    ): Promise<string> {
        let text = '';
        const sink = make(
            context(
                {
                    write: async (chunk) => void (text += chunk),
                    commit: async () => undefined,
                    abort: () => undefined
                },
                color
            )
        );
        for (const r of results) await sink.add(r);
        await sink.finish();
        return text;
    }

    it('appends the model of each row, then every custom signal of the models, to the CSV', async () => {
        const text = await writtenWith(csvSink, [shop, bank]);
        const header = text.split('\n')[0]?.split(',');
        expect(header?.slice(0, CSV_HEADER.length)).toEqual(CSV_HEADER);
        expect(CSV_HEADER.slice(-2)).toEqual(['Model', 'ModelVersion']);
        expect(header?.slice(CSV_HEADER.length)).toEqual(['productUsage']);
        const rows = parse(text, { columns: true }) as Record<string, string>[];
        expect(rows[0]).toMatchObject({ Model: 'Retail', ModelVersion: '4', productUsage: '88.5' });
        expect(rows[1]).toMatchObject({ Model: 'Default', ModelVersion: '1', productUsage: '' });
    });

    it("colours each row's band by its own model's bands and counts every model's bands", async () => {
        const text = await writtenWith(tableSink, [shop, bank], true);
        const row = text.split('\n').find((l) => l.includes('Shop Ltd')) as string;
        // Hot is the top band of Retail: green, as Trusted is for the default model.
        expect(row).toContain('\x1b[32mHot');
        expect(text.split('\n').find((l) => l.includes('Plain Inc'))).toContain('\x1b[33mFragile');
        expect(row).toContain('+6.2 Product usage');
        expect(text).toMatch(
            /^Trust scores as of 2026-06-30 — models Retail v4, Default v1 \(by segment, in that order\) — 2 accounts$/m
        );
        expect(text).toMatch(/Bands — .*Fragile.*: 1 {2}.*Hot.*: 1/);
    });
});

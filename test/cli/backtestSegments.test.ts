/**
 * `trust-ledger backtest` with custom signals and models per segment, over a generated org with
 * product usage, surveys, meetings, invoices and an Industry column: each custom signal gets
 * its own AUC under its label, and each model's accounts are reported apart.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { SegmentedBacktest } from '../../batch/backtest/report';
import { generateDemoData } from '../../tools/demo/generate';
import { cli, REPO } from '../support/cli';
import { halfYearWindows } from '../support/segments';

jest.setTimeout(60_000);

const CUSTOM = path.join(REPO, 'examples', 'custom-signals', 'demo-org-model.json');
const FINANCIAL = path.join(REPO, 'examples', 'segments', 'financial.json');
const CUSTOM_IDS = ['productUsage', 'nps', 'csat', 'meetingsHeld', 'overdueInvoices'];

let dir: string;
beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'backtest-segments-'));
    await generateDemoData({
        accounts: 200,
        outDir: dir,
        seed: 7,
        referenceDate: '2026-06-30',
        usage: true,
        surveys: true,
        meetings: true,
        invoices: true,
        industries: true
    });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const backtest = (format: string, ...models: string[]) =>
    cli([
        'backtest',
        '--from',
        dir,
        ...halfYearWindows('2025-01-01'),
        '--format',
        format,
        '--quiet',
        ...models.flatMap((m) => ['--model', m])
    ]);

describe('backtest with custom signals', () => {
    it("gives each custom signal its own AUC, listed under the model's label", () => {
        const json = backtest('json', CUSTOM);
        expect(json.status).toBe(0);
        const result = JSON.parse(json.stdout) as SegmentedBacktest;
        const last = result.windows[result.windows.length - 1];
        for (const id of CUSTOM_IDS) expect(Object.keys(last?.signals ?? {})).toContain(id);
        const withEvidence = CUSTOM_IDS.filter((id) => (last?.signals[id]?.accounts ?? 0) > 0);
        expect(withEvidence.length).toBeGreaterThanOrEqual(3);
        expect(result.models).toBeUndefined();

        const table = backtest('table', CUSTOM);
        expect(table.status).toBe(0);
        for (const label of ['NPS', 'CSAT', 'Meetings held', 'Overdue invoices'])
            expect(table.stdout).toMatch(
                new RegExp(`^ {4}${label} +(\\d\\.\\d\\d|—) +\\(\\d+ accounts?\\)$`, 'm')
            );
        expect(table.stdout).not.toMatch(/^ {4}meetingsHeld /m);
    });
});

describe('backtest with models per segment', () => {
    it("reports each model's own accounts apart, in priority order, adding up to the whole", () => {
        const run = backtest('json', FINANCIAL, CUSTOM);
        expect(run.status).toBe(0);
        const result = JSON.parse(run.stdout) as SegmentedBacktest;
        expect(result.models?.map((m) => [m.model.name, m.segment?.field ?? null])).toEqual([
            ['Financial services', 'Industry'],
            ['Custom signal recipes (demo org)', null]
        ]);
        const models = result.models ?? [];
        result.windows.forEach((w, i) => {
            const parts = models.map((m) => m.windows[i]);
            for (const key of ['accounts', 'churned', 'leftOut', 'unscored'] as const)
                expect(parts.reduce((sum, p) => sum + (p?.[key] ?? 0), 0)).toBe(w[key]);
        });
        expect(models.every((m) => m.overall.accounts > 0)).toBe(true);
        // The default model's custom signals are judged on its own accounts only.
        expect(models[0]?.windows.some((w) => (w.signals.meetingsHeld?.accounts ?? 0) > 0)).toBe(false);

        const table = backtest('table', FINANCIAL, CUSTOM);
        expect(table.stdout).toMatch(
            /^By model .*\n {2}Financial services v1 \(segment Industry: Banking, Insurance\): \d+ accounts? judged, \d+ churned, AUC (\d\.\d\d|—)\n {2}Custom signal recipes \(demo org\) v1 \(every account no segment holds\): /m
        );
    });
});

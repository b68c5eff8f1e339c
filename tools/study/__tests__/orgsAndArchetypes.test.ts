import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defaultModel } from '../../../engine/model';
import { readWindowRequest } from '../../../cli/windowArgs';
import { ARCHETYPES } from '../../demo';
import { archetypesOf, archetypeStudy } from '../archetypes';
import { evaluateOrg } from '../evaluate';
import { generatedOrg } from '../orgs';
import { meanOf } from '../stats';

const ACCOUNTS = 300;
let cache: string;

beforeAll(() => {
    cache = mkdtempSync(path.join(tmpdir(), 'trust-ledger-study-'));
});
afterAll(() => rmSync(cache, { recursive: true, force: true }));

describe('the defaults study on a generated org', () => {
    it('writes an org once and reuses it for the same seed and size', async () => {
        const org = await generatedOrg(cache, 5, ACCOUNTS);
        const written = statSync(path.join(org.folder, 'Account.csv')).mtimeMs;
        const again = await generatedOrg(cache, 5, ACCOUNTS);
        expect(again).toEqual(org);
        expect(statSync(path.join(again.folder, 'Account.csv')).mtimeMs).toBe(written);
        expect(org.generated).toEqual({ seed: 5, accounts: ACCOUNTS });
    });

    it('recovers the archetype of every account id the export holds', async () => {
        const org = await generatedOrg(cache, 5, ACCOUNTS);
        const ids = readFileSync(path.join(org.folder, 'Account.csv'), 'utf8')
            .trim()
            .split(/\r?\n/)
            .slice(1)
            .map((line) => line.split(',')[0]?.replace(/"/g, ''));
        const archetypes = archetypesOf(5, ACCOUNTS);
        expect([...archetypes.keys()]).toEqual(ids);
        for (const a of archetypes.values()) expect(ARCHETYPES).toContain(a);
    });

    it('reads each window the way the backtest does and counts churn by archetype', async () => {
        const org = await generatedOrg(cache, 5, ACCOUNTS);
        const request = readWindowRequest({ since: '2024-01-01', every: '6' }, 'study');
        const e = await evaluateOrg(org, defaultModel(), request, 180);
        expect(e.windows.map((w) => w.asOf)).toEqual([
            '2024-01-01',
            '2024-07-01',
            '2025-01-01',
            '2025-07-01',
            '2026-01-01'
        ]);
        expect(e.meanAuc).toBeCloseTo(meanOf(e.windows.map((w) => w.auc)) as number, 12);
        expect(e.windows.map((w) => w.accounts)).toEqual(e.run.windows.map((w) => w.judged.length));

        const study = archetypeStudy(e, archetypesOf(5, ACCOUNTS));
        const judged = e.windows.reduce((s, w) => s + w.accounts, 0);
        const churned = e.windows.reduce((s, w) => s + w.churned, 0);
        expect(study.rows.reduce((s, r) => s + r.judged, 0)).toBe(judged);
        expect(study.rows.reduce((s, r) => s + r.churned, 0)).toBe(churned);
        expect(study.archetypeAuc).not.toBeNull();
    });
});

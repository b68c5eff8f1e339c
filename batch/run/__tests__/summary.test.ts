import { normaliseBaselines } from '../../../engine/baselines';
import { defaultModel } from '../../../engine/model';
import { scoreAccount } from '../../../engine/score';
import type { ApiLimits } from '../../org/orgApi';
import { buildSummary, emptyFacts } from '../summary';
import { RunTally } from '../tally';
import { AS_OF_DAY, loadDemo, scored } from './demoStore';

const LIMITS_BEFORE: ApiLimits = { max: 15_000, remaining: 14_000 };
const LIMITS_AFTER: ApiLimits = { max: 15_000, remaining: 13_900 };

function fakeApi() {
    const api = {
        calls: 120,
        retries: 2,
        limitsRead: 0,
        limits: async () => {
            api.limitsRead++;
            return LIMITS_AFTER;
        }
    };
    return api;
}

describe('the org run summary', () => {
    it('of a run stopped before anything was read says so, and does not ask the exhausted org again', async () => {
        const api = fakeApi();
        const summary = await buildSummary(emptyFacts(), { api, dryRun: false, stoppedByLimit: 'limit hit' });
        expect(summary).toEqual({
            model: { name: '(not read)', version: 0, recordId: null, fellBackToDefault: false },
            baselines: normaliseBaselines(null),
            baselinesSource: 'computed',
            accountsInOrg: 0,
            accountsScored: 0,
            resumedFrom: 0,
            checkpointIgnored: null,
            bands: {},
            movers: [],
            failures: [],
            written: true,
            bulkJobs: 0,
            apiCalls: 120,
            retries: 2,
            limitsBefore: null,
            limitsAfter: null,
            stoppedByLimit: 'limit hit',
            rows: 0,
            closedBeforeCreated: 0,
            bulkChosen: false
        });
        expect(api.limitsRead).toBe(0);
    });

    it('of a finished run reports every step and the limits after', async () => {
        const model = defaultModel();
        const tally = new RunTally();
        const store = await loadDemo(model);
        const real = scoreAccount(store.evidenceFor(0), model, normaliseBaselines(null), AS_OF_DAY);
        const result = {
            ...real,
            accountId: '001A',
            accountName: 'Acme',
            score: 72,
            band: 'Steady',
            provisional: false
        };
        await tally.add(scored(result, 0, 60));
        const baselines = { ...normaliseBaselines(null), medianWonCycleDays: 40 };
        const failures = [{ accountId: '001B', object: 'Account', error: 'UNABLE_TO_LOCK_ROW' }];
        const facts = {
            ...emptyFacts(),
            limitsBefore: LIMITS_BEFORE,
            model: { model, recordId: 'a0X1' },
            source: { accounts: 2, rows: 30, bulkChosen: true },
            baselines: { baselines, source: 'computed' as const, closedBeforeCreated: 3 },
            checkpoint: { resumedFrom: 1, ignored: null },
            tally,
            receipts: { failures, jobs: 4 }
        };
        const api = fakeApi();
        const summary = await buildSummary(facts, { api, dryRun: false, stoppedByLimit: null });
        expect(summary).toMatchObject({
            model: { name: model.name, version: model.version, recordId: 'a0X1', fellBackToDefault: false },
            baselines,
            accountsInOrg: 2,
            accountsScored: 1,
            resumedFrom: 1,
            bands: { Steady: 1 },
            movers: [{ accountId: '001A', accountName: 'Acme', previous: 60, score: 72 }],
            failures,
            bulkJobs: 4,
            limitsBefore: LIMITS_BEFORE,
            limitsAfter: LIMITS_AFTER,
            stoppedByLimit: null,
            rows: 30,
            closedBeforeCreated: 3,
            bulkChosen: true
        });
        expect(api.limitsRead).toBe(1);
    });

    it('of a dry run says nothing was written; without an active model, that the default was used', async () => {
        const facts = { ...emptyFacts(), model: { model: defaultModel(), recordId: null } };
        const summary = await buildSummary(facts, { api: fakeApi(), dryRun: true, stoppedByLimit: null });
        expect(summary.written).toBe(false);
        expect(summary.model.fellBackToDefault).toBe(true);
    });
});

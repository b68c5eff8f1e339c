// A segment draft's what-if, without the DOM: the scored accounts' segment field is read page
// by page (answers shaped like UI API GraphQL pages of Account), and only the accounts the
// draft would score in its set are re-weighted and checked. Receipts: data/latestReceipts*.
import { PreviewRun } from '../previewRun';
import { DEFAULT_BASELINES, defaultModel, validateModelSet } from 'c/trustEngine';

const PAGE_1 = require('./data/latestReceiptsPage1.json');
const PAGE_2 = require('./data/latestReceiptsPage2.json');

const answer = (data) => ({ data, errors: undefined });
const segmentPage = (rows, endCursor, hasNextPage) => ({
    uiapi: {
        query: {
            Account: {
                edges: rows.map(([id, industry]) => ({ node: { Id: id, Industry: { value: industry } } })),
                totalCount: 3,
                pageInfo: { hasNextPage, endCursor }
            }
        }
    }
});

/** The Technology segment model (the draft) ahead of the default, as the setup page hands it over. */
function segmentScope() {
    const draft = {
        ...defaultModel(),
        name: 'Technology accounts',
        segment: { field: 'Industry', values: ['Technology'] }
    };
    draft.signals = { ...draft.signals, winRate: { ...draft.signals.winRate, weight: 9 } };
    const checked = validateModelSet([draft, defaultModel()]);
    if (!checked.ok) throw new Error('valid set expected');
    return { draft, scope: { set: checked.set, fields: ['Industry'], segment: draft.segment } };
}

function harness() {
    const seen = { scope: [], check: [] };
    const run = new PreviewRun({
        askEvidence: () => {},
        askCheck: (request) => seen.check.push(request),
        askScope: (request) => seen.scope.push(request),
        changed: () => {}
    });
    return { run, seen, last: () => run.state };
}

describe('c-trust-what-if on a segment draft', () => {
    it('re-weights only the accounts the draft would score, once every segment value is read', () => {
        const { run, seen, last } = harness();
        const { draft, scope } = segmentScope();
        run.start(defaultModel(), draft, DEFAULT_BASELINES, null, scope);
        expect(seen.scope[0].variables).toMatchObject({ after: null, pageSize: 2000 });
        expect(seen.check).toEqual([]);

        run.wiredReceipts(answer(PAGE_1));
        run.wiredReceipts(answer(PAGE_2));
        // The receipts are in; which of them the draft scores is not known yet.
        expect(last()).toMatchObject({ phase: 'loading', receiptsDone: true, scope: { ids: null } });

        run.wiredScope(
            answer(
                segmentPage(
                    [
                        ['001000000000001AAA', 'technology'],
                        ['001000000000002AAA', 'Retail']
                    ],
                    'c1',
                    true
                )
            )
        );
        expect(seen.scope[seen.scope.length - 1].variables.after).toBe('c1');
        expect(last().scope.read).toBe(2);
        // A page of receipts arriving on this wire is not a page of segment values.
        run.wiredScope(answer(PAGE_2));
        run.wiredScope(answer(segmentPage([['001000000000003AAA', 'Technology']], 'c2', false)));

        expect(last().phase).toBe('ready');
        expect([...last().scope.ids]).toEqual(['001000000000001AAA', '001000000000003AAA']);
        expect(
            last()
                .summary.rows.map((r) => r.accountId)
                .sort()
        ).toEqual(['001000000000001AAA', '001000000000003AAA']);
        expect(seen.scope[seen.scope.length - 1].query).toBeUndefined();
        // The predictive check starts once the accounts in scope are known.
        expect(seen.check).toHaveLength(1);
        expect(run.check.only).toBe(last().scope.ids);
    });

    it('is done when the segment values arrive before the receipts', () => {
        const { run, last } = harness();
        const { draft, scope } = segmentScope();
        run.start(defaultModel(), draft, DEFAULT_BASELINES, null, scope);
        run.wiredScope(answer(segmentPage([['001000000000002AAA', 'Retail']], 'c1', false)));
        expect(last().phase).toBe('loading');
        run.wiredReceipts(answer(PAGE_1));
        run.wiredReceipts(answer(PAGE_2));
        expect(last().phase).toBe('ready');
        expect(last().summary.rows).toEqual([]);
    });

    it('fails with the errors when the segment field cannot be read', () => {
        const { run, last } = harness();
        const { draft, scope } = segmentScope();
        run.start(defaultModel(), draft, DEFAULT_BASELINES, null, scope);
        const errors = [{ message: "Field 'Industry' in type 'Account' is not accessible" }];
        run.wiredScope({ data: undefined, errors });
        expect(last()).toMatchObject({ phase: 'failed', loadErrors: errors });
    });

    it('stops reading the segment values when cancelled', () => {
        const { run, seen, last } = harness();
        const { draft, scope } = segmentScope();
        run.start(defaultModel(), draft, DEFAULT_BASELINES, null, scope);
        run.cancel();
        run.wiredScope(answer(segmentPage([['001000000000001AAA', 'Technology']], 'c1', false)));
        expect(last()).toMatchObject({ phase: 'cancelled', scope: { ids: null } });
        expect(seen.scope[seen.scope.length - 1].query).toBeUndefined();
    });
});

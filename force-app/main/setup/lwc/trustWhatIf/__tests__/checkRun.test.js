// The predictive check's run without the DOM: what it asks the check wire, which answers it
// takes, and how it stops. Pages shaped like UI API GraphQL answers (data/).
import { IDLE_CHECK, PredictiveCheckRun, isCheckPage } from '../checkRun';
import { PREDICTIVE_CHECK_QUERY } from 'c/trustSetupQueries';
import { defaultModel, parseDay } from 'c/trustEngine';

const CHECK_1 = require('./data/predictiveCheckPage1.json');
const CHECK_2 = require('./data/predictiveCheckPage2.json');
const RECEIPTS = require('./data/latestReceiptsPage1.json');

// The fixtures' dates are for a check run on this day.
const TODAY = parseDay('2026-06-30');
const answer = (data) => ({ data, errors: undefined });

function harness() {
    const seen = { asked: [], states: [] };
    const run = new PredictiveCheckRun({
        ask: (request) => seen.asked.push(request),
        changed: (state) => seen.states.push(state)
    });
    return { run, seen };
}

describe('c-trust-what-if PredictiveCheckRun', () => {
    it('asks for the window of the stored horizon, page after page, and points the wire away when done', () => {
        const { run, seen } = harness();
        const draft = defaultModel();
        draft.signals.winRate.enabled = false;
        run.start(defaultModel(), draft, 180, TODAY);
        expect(seen.asked).toEqual([
            {
                query: PREDICTIVE_CHECK_QUERY,
                variables: {
                    asOf: '2026-01-01',
                    until: '2026-06-30',
                    pageSize: 2000,
                    upperBound: 1000000,
                    after: null
                }
            }
        ]);
        run.wired(answer(CHECK_1));
        expect(seen.asked[1].variables.after).toBe('djE6MTI=');
        // The same page delivered again by the wire is not counted twice.
        run.wired(answer(CHECK_1));
        expect(run.state.accountsRead).toBe(13);
        run.wired(answer(CHECK_2));
        expect(seen.asked[2]).toEqual({ query: undefined, variables: undefined });
        expect(run.state).toMatchObject({
            phase: 'ready',
            accountsRead: 26,
            capped: false,
            window: { horizonDays: 180, fromBacktest: true },
            result: {
                withReceipt: 25,
                judged: 24,
                renewed: 16,
                churned: 8,
                leftOut: 1,
                draftAuc: 0.5,
                activeAuc: 1
            }
        });
    });

    it('goes back the default horizon without a stored backtest', () => {
        const { run, seen } = harness();
        run.start(defaultModel(), defaultModel(), null, TODAY);
        expect(seen.asked[0].variables).toMatchObject({ asOf: '2026-01-01', until: '2026-06-30' });
        expect(run.state.window.fromBacktest).toBe(false);
        run.start(defaultModel(), defaultModel(), 90, TODAY);
        expect(seen.asked[1].variables).toMatchObject({ asOf: '2026-04-01', until: '2026-06-30' });
    });

    it('takes only its own pages: not the latest receipts, not the evidence', () => {
        expect(isCheckPage(CHECK_1.uiapi.query)).toBe(true);
        expect(isCheckPage(RECEIPTS.uiapi.query)).toBe(false);
        expect(isCheckPage({ Account: CHECK_1.uiapi.query.Account, Opportunity: { edges: [] } })).toBe(false);
        const { run } = harness();
        run.start(defaultModel(), defaultModel(), 180, TODAY);
        run.wired(answer(RECEIPTS));
        expect(run.state.accountsRead).toBe(0);
        expect(run.state.phase).toBe('loading');
    });

    it('fails with the errors of the wire, or of a page it cannot read', () => {
        const { run, seen } = harness();
        run.start(defaultModel(), defaultModel(), 180, TODAY);
        const errors = [{ message: 'Insufficient access to Opportunity' }];
        run.wired({ data: undefined, errors });
        expect(run.state).toMatchObject({ phase: 'failed', errors });
        expect(seen.asked.at(-1)).toEqual({ query: undefined, variables: undefined });

        run.start(defaultModel(), defaultModel(), 180, TODAY);
        const broken = JSON.parse(JSON.stringify(CHECK_2));
        broken.uiapi.query.Account.edges[0].node.Opportunities.edges[0].node.CloseDate = { value: 'soon' };
        run.wired(answer(broken));
        expect(run.state.phase).toBe('failed');
        expect(run.state.errors[0].message).toMatch(/CloseDate/);
    });

    it('ignores answers once cancelled', () => {
        const { run } = harness();
        run.start(defaultModel(), defaultModel(), 180, TODAY);
        run.cancel();
        run.wired(answer(CHECK_2));
        expect(run.state).toEqual({ ...IDLE_CHECK, window: run.state.window, phase: 'cancelled' });
    });
});

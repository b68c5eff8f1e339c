/**
 * The what-if's predictive check from click to result, without the DOM: page the scored
 * accounts with their latest receipt on or before the as-of day (today − the horizon of the
 * active model's stored backtest, or the default) and the deals closed since
 * (PREDICTIVE_CHECK_QUERY), then hand them to the engine's `predictiveCheck`, which scores
 * them with the active and the draft model and gives each one's AUC. Each change goes out as
 * a new plain state object (IDLE_CHECK's shape).
 */
import { checkAccountsFromPage, checkWindow, formatDay, predictiveCheck, todayUtc } from 'c/trustEngine';
import { ConnectionPager } from 'c/trustEvidenceReader';
import {
    PREDICTIVE_CHECK_QUERY,
    RECEIPTS_MAX_PAGES,
    RECEIPTS_PAGE_SIZE,
    RECEIPTS_UPPER_BOUND
} from 'c/trustSetupQueries';

export const IDLE_CHECK = Object.freeze({
    /** idle | loading | ready | failed | cancelled */
    phase: 'idle',
    /** `checkWindow`'s `{asOf, until, horizonDays, fromBacktest}` of the running check. */
    window: undefined,
    /** Cursor of the page to ask next. */
    after: null,
    accountsRead: 0,
    /** True when the org has more scored accounts than the check reads. */
    capped: false,
    /** `predictiveCheck`'s result once every page is read. */
    result: undefined,
    /** Why the reading stopped (GraphQL errors, or the error reading a page). */
    errors: undefined
});

const hasOpportunities = (edge) => Boolean(edge?.node) && 'Opportunities' in edge.node;

/**
 * Whether a response is a page of this check: scored accounts carrying their closed deals
 * (a page of latest receipts has none; the core evidence query selects Opportunity on its own).
 */
export function isCheckPage(query) {
    const edges = query?.Account?.edges;
    return Array.isArray(edges) && query.Opportunity === undefined && edges.every(hasOpportunities);
}

export class PredictiveCheckRun {
    /**
     * @param {object} io the container's side
     * @param {(request: {query: *, variables: object}) => void} io.ask points the check wire at a
     *   page, or away (`query` undefined) once the check is over, so that the next check asks again
     * @param {(state: object) => void} io.changed
     */
    constructor(io) {
        this.io = io;
        this.state = IDLE_CHECK;
        this.accounts = [];
    }

    update(changes) {
        this.state = { ...this.state, ...changes };
        this.io.changed(this.state);
        if (changes.phase !== undefined && changes.phase !== 'loading')
            this.io.ask({ query: undefined, variables: undefined });
    }

    ask() {
        this.io.ask({ query: PREDICTIVE_CHECK_QUERY, variables: this.variables });
    }

    /**
     * Starts a check of `draft` against `active`, going back `storedHorizonDays` (the stored
     * backtest's; null or unusable for the default); with `only` (a Set of account ids), over
     * those accounts alone (a segment draft's).
     */
    start(active, draft, storedHorizonDays, today = todayUtc(), only = null) {
        this.models = { active, draft };
        this.only = only;
        this.accounts = [];
        this.pager = new ConnectionPager(RECEIPTS_MAX_PAGES);
        this.state = { ...IDLE_CHECK, window: checkWindow(today, storedHorizonDays), phase: 'loading' };
        this.ask();
        this.io.changed(this.state);
    }

    /** The check query's variables for the page to ask next. */
    get variables() {
        const window = this.state.window;
        return {
            asOf: window ? formatDay(window.asOf) : null,
            until: window ? formatDay(window.until) : null,
            pageSize: RECEIPTS_PAGE_SIZE,
            upperBound: RECEIPTS_UPPER_BOUND,
            after: this.state.after
        };
    }

    /** The check wire's handler. */
    wired(result) {
        if (this.state.phase !== 'loading' || !result) return;
        const { data, errors } = result;
        if (errors) {
            this.update({ errors, phase: 'failed' });
            return;
        }
        const query = data?.uiapi?.query;
        if (!isCheckPage(query)) return;
        const { asOf, horizonDays } = this.state.window;
        let page;
        try {
            page = checkAccountsFromPage(query.Account, this.models.active, asOf, horizonDays);
        } catch (error) {
            this.update({ errors: [error], phase: 'failed' });
            return;
        }
        if (!this.pager.take(page)) return;
        const only = this.only;
        this.accounts.push(...(only ? page.accounts.filter((a) => only.has(a.accountId)) : page.accounts));
        const accountsRead = this.state.accountsRead + page.accounts.length;
        if (!this.pager.done) {
            this.update({ accountsRead, after: this.pager.after });
            this.ask();
            return;
        }
        this.update({
            accountsRead,
            capped: this.pager.capped,
            result: predictiveCheck(this.accounts, this.models.active, this.models.draft),
            phase: 'ready'
        });
    }

    /** Stops a running check; answers still on their way are ignored. */
    cancel() {
        if (this.state.phase !== 'loading') return;
        this.accounts = [];
        this.update({ phase: 'cancelled' });
    }
}

/**
 * Which scored accounts a segment draft would score, read for the what-if without the DOM:
 * every scored account's values of the set's segment fields, one page after the other (a
 * query built at run time by `segmentValuesQuery`: the fields are the models', not the
 * package's), then the engine's own choice of model over the set with the draft in place
 * (`accountsScoredBy`). Reading the fields rather than each receipt's `Model__c` is what
 * brings in the accounts a changed segment newly takes and leaves out the ones it lets go.
 */
import { accountsScoredBy, isSegmentPage, segmentValuesFromPage, segmentValuesQuery } from 'c/trustEngine';
import { ConnectionPager, customObjectQuery } from 'c/trustEvidenceReader';
import { RECEIPTS_MAX_PAGES, RECEIPTS_PAGE_SIZE, RECEIPTS_UPPER_BOUND } from 'c/trustSetupQueries';

export class ScopeRun {
    /**
     * @param {object} io the preview's side
     * @param {(request: {query: *, variables: object}) => void} io.ask points the scope wire at a
     *   page, or away (`query` undefined) once the reading is over
     * @param {(read: number) => void} io.progress accounts read so far
     * @param {(ids: Set<string>) => void} io.done the ids of the accounts the draft scores
     * @param {(errors: *) => void} io.failed
     */
    constructor(io) {
        this.io = io;
        this.active = false;
    }

    /** Reads the accounts `draft` scores in `scope.set` (`scope.fields`: the segment fields). */
    start(scope, draft) {
        this.scope = scope;
        this.draft = draft;
        this.accounts = [];
        this.pager = new ConnectionPager(RECEIPTS_MAX_PAGES);
        this.query = customObjectQuery(segmentValuesQuery(scope.fields));
        this.active = true;
        this.ask();
    }

    ask() {
        this.io.ask({
            query: this.query,
            variables: {
                pageSize: RECEIPTS_PAGE_SIZE,
                upperBound: RECEIPTS_UPPER_BOUND,
                after: this.pager.after
            }
        });
    }

    stop() {
        this.active = false;
        this.io.ask({ query: undefined, variables: undefined });
    }

    /** The scope wire's handler. */
    wired(result) {
        if (!this.active || !result) return;
        if (result.errors) {
            this.stop();
            this.io.failed(result.errors);
            return;
        }
        const query = result.data?.uiapi?.query;
        if (!isSegmentPage(query)) return;
        let page;
        try {
            page = segmentValuesFromPage(query.Account, this.scope.fields);
        } catch (error) {
            this.stop();
            this.io.failed([error]);
            return;
        }
        if (!this.pager.take(page)) return;
        this.accounts.push(...page.accounts);
        this.io.progress(this.accounts.length);
        if (!this.pager.done) {
            this.ask();
            return;
        }
        this.stop();
        this.io.done(accountsScoredBy(this.scope.set, this.draft, this.accounts));
    }

    /** Stops reading; answers still on their way are ignored. */
    cancel() {
        if (this.active) this.stop();
    }
}

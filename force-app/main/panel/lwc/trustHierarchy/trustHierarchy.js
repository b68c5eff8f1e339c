/**
 * Service module: reads the accounts below a parent account for the Trust panel, over the one
 * GraphQL wire the container points where `ask` says (a wire cannot be called; its variables
 * are set). The walk itself (levels, chunks, pages, caps) is `HierarchyWalk` of `c/trustEngine`;
 * this module feeds it the wire's answers and reports the reading's state.
 *
 * ```js
 * reader = new HierarchyReader({ ask: ({ query, variables }) => …, changed: (state) => … });
 * reader.start(accountId);   // once the panel knows the account has a roll-up
 * reader.wired(result);      // from the wire handler
 * ```
 */
import { HierarchyWalk, HIERARCHY_MAX_ACCOUNTS, HIERARCHY_MAX_LEVELS } from 'c/trustEngine';
import { HIERARCHY_QUERY } from 'c/trustQueries';

/** Nothing read, nothing asked (an account without accounts below stays here). */
export const IDLE_HIERARCHY = Object.freeze({ phase: 'idle', accounts: [], cut: null });

export class HierarchyReader {
    /**
     * @param {object} callbacks
     * @param {(request: {query: *, variables: object}) => void} callbacks.ask points the wire at a request
     * @param {(state: {phase: 'reading'|'read'|'failed', accounts: object[], cut: {levels: number, accounts: number}|null}) => void} callbacks.changed
     */
    constructor({ ask, changed }) {
        this.ask = ask;
        this.changed = changed;
        this.accountId = null;
        this.walk = null;
    }

    /** Starts reading below `accountId`; a second call for the same account does nothing. */
    start(accountId) {
        if (!accountId || accountId === this.accountId) return;
        this.accountId = accountId;
        this.walk = new HierarchyWalk(accountId);
        this.changed({ phase: 'reading', accounts: [], cut: null });
        this.askNext();
    }

    /** The wire's result: taken when it answers the pending request, else ignored. */
    wired(result) {
        const walk = this.walk;
        if (!walk || walk.done) return;
        const { data, errors } = result ?? {};
        if (errors && errors.length) {
            this.stop('failed');
            return;
        }
        const connection = data?.uiapi?.query?.Account;
        if (!connection || !walk.answers(connection)) return;
        try {
            walk.take(connection);
        } catch {
            // A node the reader cannot read (a field of an unexpected type): nothing is listed.
            this.stop('failed');
            return;
        }
        this.askNext();
    }

    askNext() {
        const request = this.walk.next();
        if (request) {
            this.ask({ query: HIERARCHY_QUERY, variables: { ...request } });
            return;
        }
        this.changed({
            phase: 'read',
            accounts: this.walk.accounts,
            cut: this.walk.truncated
                ? { levels: HIERARCHY_MAX_LEVELS, accounts: HIERARCHY_MAX_ACCOUNTS }
                : null
        });
    }

    stop(phase) {
        this.walk = null;
        this.changed({ phase, accounts: [], cut: null });
    }
}

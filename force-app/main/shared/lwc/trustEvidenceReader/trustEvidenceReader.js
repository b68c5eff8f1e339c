/**
 * Reads accounts' evidence over a `lightning/graphql` wire (service module, not exposed). The
 * Trust panel (one account, "Recalculate") and the what-if preview (a sample of accounts)
 * share it: the container declares the wire and wires callbacks; this module runs the paging
 * (`EvidencePager` from `c/trustEngine`: the core query, then OpportunityHistory and
 * CaseMilestone, then one query per custom object of the model, `customQuery.js`), skips answers meant for another request, asks the server again when the
 * wire already holds a request, leaves out what the org refuses, and says what went wrong in
 * one shape (`caveats.js`).
 *
 * ```js
 * reader = new EvidenceReader({ ask: wireAsker(this), account, done, failed });
 * // ask({query, variables}) points the wire there; the wire handler calls reader.wired(result)
 * reader.read([accountId, …], customEvidenceObjects(model));  // custom objects: optional
 * // account(pager) per account read, then done(); or failed(caveat)
 * ```
 */
import { EvidencePager } from 'c/trustEngine';
import { EVIDENCE_QUERIES } from 'c/trustQueries';
import { evidenceCaveats, readingProblem, unreadableReason } from './caveats';
import { customObjectQuery } from './customQuery';

export { ConnectionPager } from './connectionPager';
export { customObjectQuery } from './customQuery';
export { caveat, evidenceCaveats, readingProblem, unreadableReason } from './caveats';

/** Objects only the core evidence query selects (a page of scored accounts has none). */
const CORE_OBJECTS = [
    'Opportunity',
    'Case',
    'Contract',
    'Trust_Commitment__c',
    'Customer_Reference__c',
    'Trust_Override__c'
];

/** The step a pager asks next: a catalog query's key, `custom:<Object>`, or null when it has all. */
function stepOf(pager) {
    if (pager.nextQuery !== null) return pager.nextQuery;
    return pager.nextCustom === null ? null : `custom:${pager.nextCustom}`;
}

/**
 * Whether a response answers the current request: the evidence query of `pager`'s next step
 * (each selects its own objects), and for the core query the account being read, so an
 * answer still on its way for an earlier request (another account, another query) is not
 * taken for this one.
 */
function answers(pager, query) {
    const step = pager.nextQuery;
    const accountId = pager.accountId;
    if (step === null) return query[pager.nextCustom] !== undefined;
    if (step === 'core') {
        // No account node: not found or not visible, which the pager reports when it reads it.
        const id = query.Account?.edges?.[0]?.node?.Id;
        return (
            CORE_OBJECTS.some((object) => query[object] !== undefined) &&
            (id === undefined || id === accountId)
        );
    }
    if (step === 'opportunityHistory') return query.OpportunityHistory !== undefined;
    return query.CaseMilestone !== undefined;
}

const sameRequest = (a, b) =>
    a.query === b.query && JSON.stringify(a.variables ?? null) === JSON.stringify(b.variables ?? null);

const ignore = () => {};

/**
 * The `ask` callback of a container whose evidence wire reads its `evidenceQuery` and
 * `evidenceVariables` fields: it points that wire at the request.
 */
export function wireAsker(container) {
    return ({ query, variables }) => {
        container.evidenceQuery = query;
        container.evidenceVariables = variables;
    };
}

export class EvidenceReader {
    /**
     * @param {object} callbacks
     * @param {(request: {query: *, variables: object}) => void} callbacks.ask points the wire at a request
     * @param {(pager: EvidencePager) => void} callbacks.account one account is read (as far as the
     *   org allows; `pager.complete` says whether it was all); a throw stops the reading
     * @param {() => void} [callbacks.done] every account is read
     * @param {(problem: import('./caveats').Caveat) => void} callbacks.failed the reading stopped
     * @param {{pageSize?: number, upperBound?: number|null}} [pagerOptions] for EvidencePager
     */
    constructor({ ask, account, done = ignore, failed }, { pageSize, upperBound } = {}) {
        this.callbacks = { ask, account, done, failed };
        // Undefined takes EvidencePager's default; null (no upper bound) is passed on.
        this.pagerArgs = [pageSize, upperBound];
        this.accountIds = [];
        /** The custom objects of the model being read (`customEvidenceObjects`). */
        this.customObjects = [];
        this.index = 0;
        /** The pager of the account being read; null when idle. */
        this.pager = null;
        /** Supplementary steps the org refused in this reading: later accounts skip them. */
        this.refused = new Map();
        /** The errors that made each object unreadable, for the caveats' details. */
        this.errorsByObject = new Map();
        /** Objects left out or cut at the upper bound, for any account of this reading. */
        this.missingObjects = new Set();
        this.truncatedObjects = new Set();
        /** The request the wire holds and its latest result (kept across readings). */
        this.asked = null;
        this.latest = null;
        /** Number of the request awaited; 0 when none. */
        this.awaiting = 0;
        this.requests = 0;
    }

    get busy() {
        return this.pager !== null;
    }

    /**
     * Starts reading these accounts, one after the other, forgetting any earlier reading.
     * @param {string[]} accountIds
     * @param {object[]} [customObjects] the model's custom objects, read after the catalog's
     */
    read(accountIds, customObjects = []) {
        this.accountIds = [...accountIds];
        this.customObjects = customObjects;
        this.index = -1;
        this.refused = new Map();
        this.errorsByObject = new Map();
        this.missingObjects = new Set();
        this.truncatedObjects = new Set();
        this.nextAccount();
    }

    /** Stops reading; answers still on their way are ignored. */
    cancel() {
        this.pager = null;
        this.awaiting = 0;
    }

    /** The wire handler: every result of the evidence wire, wanted or not. */
    wired(result) {
        this.latest = result;
        if (!this.awaiting || !result) return;
        const { data, errors } = result;
        if (errors?.length) this.takeErrors(errors);
        else if (data) this.takeData(data);
    }

    /** What the reading of `pager` could not read, as caveats (see `evidenceCaveats`). */
    caveats(pager) {
        return evidenceCaveats(pager, this.errorsByObject);
    }

    takeErrors(errors) {
        this.awaiting = 0;
        const step = stepOf(this.pager);
        // The core query's objects are the score itself: stop. OpportunityHistory and
        // CaseMilestone are optional in an org (CaseMilestone needs Entitlement Management),
        // and a custom object may be one the user cannot read: read on without them (a custom
        // signal without evidence is left out of the score), and say so.
        if (step === 'core') {
            this.fail(readingProblem(errors));
            return;
        }
        this.refused.set(step, { reason: unreadableReason(errors), errors });
        this.continueAccount();
    }

    takeData(data) {
        const query = data.uiapi?.query;
        if (!query || !answers(this.pager, query)) return;
        this.awaiting = 0;
        try {
            this.pager.add(query);
        } catch (error) {
            this.fail(readingProblem(error));
            return;
        }
        this.continueAccount();
    }

    nextAccount() {
        this.index += 1;
        if (this.index >= this.accountIds.length) {
            this.pager = null;
            this.callbacks.done();
            return;
        }
        this.pager = new EvidencePager(this.accountIds[this.index], ...this.pagerArgs, this.customObjects);
        this.continueAccount();
    }

    /** Asks the next query of the account, leaving out steps refused; hands the account on when read. */
    continueAccount() {
        const pager = this.pager;
        while (stepOf(pager) !== null && this.refused.has(stepOf(pager))) {
            const { reason, errors } = this.refused.get(stepOf(pager));
            const before = pager.missing.length;
            pager.unavailable(reason);
            for (const missing of pager.missing.slice(before))
                this.errorsByObject.set(missing.object, errors);
        }
        if (!pager.done) {
            this.ask();
            return;
        }
        for (const missing of pager.missing) this.missingObjects.add(missing.object);
        for (const object of pager.truncated) this.truncatedObjects.add(object);
        try {
            this.callbacks.account(pager);
        } catch (error) {
            this.fail(readingProblem(error));
            return;
        }
        // The callback may have cancelled or started another reading.
        if (this.pager === pager) this.nextAccount();
    }

    ask() {
        const pager = this.pager;
        let request;
        try {
            request = {
                query:
                    pager.nextQuery === null
                        ? customObjectQuery(pager.customQuery())
                        : EVIDENCE_QUERIES[pager.nextQuery],
                variables: pager.variables()
            };
        } catch (error) {
            // A custom object's query refuses a name that is not an API name: nothing is asked.
            this.fail(readingProblem(error));
            return;
        }
        const number = ++this.requests;
        this.awaiting = number;
        const latest = this.latest;
        if (this.asked && latest?.refresh && sameRequest(this.asked, request)) {
            // The wire already holds this exact request from an earlier reading: ask the
            // server again rather than read a cached page. The wire re-emits the answer; if it
            // has not by the time refresh() settles, the refreshed result is taken here.
            let refreshed;
            try {
                refreshed = Promise.resolve(latest.refresh());
            } catch (error) {
                refreshed = Promise.reject(error);
            }
            refreshed
                .then(() => {
                    if (this.awaiting === number) this.wired(this.latest);
                })
                .catch((error) => {
                    if (this.awaiting === number) this.fail(readingProblem(error));
                });
            return;
        }
        this.asked = request;
        this.callbacks.ask(request);
    }

    fail(problem) {
        this.cancel();
        this.callbacks.failed(problem);
    }
}

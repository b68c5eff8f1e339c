/**
 * Pages one GraphQL connection by its cursor, up to a cap (a pure state machine): the wire
 * handler gives it each page's `{hasNextPage, endCursor}` and asks it where to go on.
 */
export class ConnectionPager {
    /** @param {number} [maxPages] pages read at most; past them the reading is `capped` */
    constructor(maxPages = Infinity) {
        this.maxPages = maxPages;
        /** Cursor of the page to ask next (`after`), null for the first page. */
        this.after = null;
        this.pages = 0;
        this.done = false;
        /** True when the reading stopped at `maxPages` while the connection had more. */
        this.capped = false;
        /** End cursors of the pages taken. */
        this.taken = new Set();
    }

    /**
     * Takes the page asked for with `after`. A wire may deliver an earlier answer again (it
     * re-emits when re-rendered or refreshed, also after the cursor moved on): a page ending
     * at a cursor already taken is that earlier page, and is refused.
     * @param {{hasNextPage: boolean, endCursor: string|null}} page
     * @returns {boolean} whether the page was taken (false: ignore it)
     */
    take(page) {
        if (this.done || (page.endCursor && this.taken.has(page.endCursor))) return false;
        if (page.endCursor) this.taken.add(page.endCursor);
        this.pages += 1;
        const more = Boolean(page.hasNextPage && page.endCursor);
        if (more && this.pages < this.maxPages) {
            this.after = page.endCursor;
        } else {
            this.capped = more;
            this.done = true;
        }
        return true;
    }
}

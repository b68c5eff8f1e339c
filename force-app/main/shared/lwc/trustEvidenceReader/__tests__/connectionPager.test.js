const { ConnectionPager } = require('c/trustEvidenceReader');

const page = (endCursor, hasNextPage = true) => ({ hasNextPage, endCursor });

describe('c-trust-evidence-reader ConnectionPager', () => {
    it('follows the cursor until the connection has no next page', () => {
        const pager = new ConnectionPager();
        expect(pager.after).toBeNull();
        expect(pager.take(page('a'))).toBe(true);
        expect([pager.after, pager.done]).toEqual(['a', false]);
        expect(pager.take(page('b'))).toBe(true);
        expect(pager.take(page('c', false))).toBe(true);
        expect([pager.pages, pager.done, pager.capped]).toEqual([3, true, false]);
    });

    it('treats a next page without a cursor as the end', () => {
        const pager = new ConnectionPager();
        pager.take(page(null));
        expect([pager.done, pager.capped]).toEqual([true, false]);
    });

    it('stops at the cap and says the connection had more', () => {
        const pager = new ConnectionPager(2);
        pager.take(page('a'));
        pager.take(page('b'));
        expect([pager.pages, pager.done, pager.capped, pager.after]).toEqual([2, true, true, 'a']);
        expect(pager.take(page('c'))).toBe(false);
        expect(pager.pages).toBe(2);
    });

    it('is not capped when the last page allowed is the last page', () => {
        const pager = new ConnectionPager(2);
        pager.take(page('a'));
        pager.take(page('b', false));
        expect([pager.done, pager.capped]).toEqual([true, false]);
    });

    it('refuses an earlier page delivered again, also after the cursor moved on (a wire re-emitting)', () => {
        const pager = new ConnectionPager();
        pager.take(page('a'));
        expect(pager.take(page('a'))).toBe(false);
        expect([pager.pages, pager.after]).toEqual([1, 'a']);
        pager.take(page('b'));
        expect(pager.take(page('a'))).toBe(false);
        expect([pager.pages, pager.after]).toEqual([2, 'b']);
    });
});

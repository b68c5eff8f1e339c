import { BLOCK, DemoHierarchy } from '../hierarchy';

/** Runs the hierarchy over `n` accounts with ids A0, A1, …; returns each one's ParentId. */
function parents(n: number): (string | null)[] {
    const h = new DemoHierarchy();
    const out: (string | null)[] = [];
    for (let i = 0; i < n; i++) {
        out.push(h.parentOf(i));
        h.record(i, `A${i}`);
    }
    return out;
}

describe('DemoHierarchy', () => {
    it('puts three children under the first account of each block and a grandchild under the first child', () => {
        const p = parents(2 * BLOCK);
        expect(p.slice(0, 6)).toEqual([null, 'A0', 'A0', 'A0', 'A1', null]);
        expect(p.slice(BLOCK, BLOCK + 5)).toEqual([
            null,
            `A${BLOCK}`,
            `A${BLOCK}`,
            `A${BLOCK}`,
            `A${BLOCK + 1}`
        ]);
        expect(p.filter((x) => x !== null)).toHaveLength(8);
    });

    it('never names a parent of an earlier block', () => {
        const p = parents(5 * BLOCK);
        p.forEach((parent, i) => {
            if (parent !== null) expect(Number(parent.slice(1))).toBeGreaterThanOrEqual(i - (i % BLOCK));
        });
    });
});

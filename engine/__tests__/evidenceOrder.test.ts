import fc from 'fast-check';
import { byImpact, driverRecordIds, driverRecordIdsAt, orderByImpact, sortByImpact } from '../evidenceOrder';
import type { EvidenceItem } from '../result';

// Few impacts and ids, so ties (equal |impact|, equal ids, no id) come up often.
const itemArb: fc.Arbitrary<EvidenceItem> = fc.record({
    recordId: fc.option(fc.constantFrom('a', 'b', 'c', 'd'), { nil: null }),
    object: fc.constant('Case'),
    summary: fc.string({ maxLength: 3 }),
    impact: fc.constantFrom(-2, -1.5, -0.5, 0, 0.5, 1, 1.5, 2)
});

const item = (recordId: string | null, impact: number, summary = ''): EvidenceItem => ({
    recordId,
    object: 'Case',
    summary,
    impact
});

describe('sortByImpact', () => {
    it('leaves the list exactly as a stable sort by impact does, ties included', () => {
        fc.assert(
            fc.property(fc.array(itemArb, { maxLength: 12 }), (items) => {
                const expected = items.slice().sort(byImpact);
                const actual = items.slice();
                sortByImpact(actual);
                // The same objects in the same order: ties keep their first order.
                expect(actual.length).toBe(expected.length);
                actual.forEach((a, i) => expect(a).toBe(expected[i]));
            })
        );
    });

    it('reverses a list in exactly the opposite order, and keeps one already in order', () => {
        const ordered = [item('a', 3), item('b', -2), item('c', 1)];
        const reversed = ordered.slice().reverse();
        sortByImpact(reversed);
        expect(reversed).toEqual(ordered);
        const same = ordered.slice();
        sortByImpact(same);
        expect(same).toEqual(ordered);
    });

    it('does not reverse a list whose reverse order has a tie: the tie keeps its order', () => {
        const tied = [item('a', 1, 'first'), item('a', -1, 'second'), item('b', 2)];
        sortByImpact(tied);
        expect(tied.map((t) => t.summary)).toEqual(['', 'first', 'second']);
    });
});

describe('driverRecordIds', () => {
    it('names the first records that push the score the given way, at most max', () => {
        fc.assert(
            fc.property(
                fc.array(itemArb, { maxLength: 12 }),
                fc.constantFrom(-1, 1),
                fc.integer({ min: 0, max: 4 }),
                (items, direction, max) => {
                    const expected = items
                        .filter(
                            (e) => e.recordId !== null && Math.sign(e.impact) === direction && e.impact !== 0
                        )
                        .slice(0, max)
                        .map((e) => e.recordId);
                    expect(driverRecordIds(items, direction, max)).toEqual(expected);
                }
            )
        );
    });
});

describe('items given as parallel lists', () => {
    // Every item has a record here, as every custom signal's item does.
    const withIdsArb = fc.array(
        fc.record({
            recordId: fc.constantFrom('a', 'b', 'c', 'd'),
            object: fc.constant('Case'),
            summary: fc.constant(''),
            impact: fc.constantFrom(-2, -1.5, -0.5, 0, 0.5, 1, 1.5, 2)
        }),
        { maxLength: 12 }
    );
    const listsOf = (items: EvidenceItem[]) => ({
        impacts: items.map((i) => i.impact),
        ids: items.map((i) => i.recordId as string)
    });

    it('orderByImpact gives the positions sortByImpact puts the items in', () => {
        fc.assert(
            fc.property(withIdsArb, (items) => {
                const sorted = items.slice();
                sortByImpact(sorted);
                const { impacts, ids } = listsOf(items);
                expect(orderByImpact(impacts, ids).map((i) => items[i])).toEqual(sorted);
                orderByImpact(impacts, ids).forEach((i, at) => expect(items[i]).toBe(sorted[at]));
            })
        );
    });

    it('driverRecordIdsAt names the records driverRecordIds names from the sorted items', () => {
        fc.assert(
            fc.property(
                withIdsArb,
                fc.constantFrom(-1, 1),
                fc.integer({ min: 0, max: 4 }),
                (items, direction, max) => {
                    const sorted = items.slice();
                    sortByImpact(sorted);
                    const { impacts, ids } = listsOf(items);
                    expect(driverRecordIdsAt(impacts, ids, direction, max)).toEqual(
                        driverRecordIds(sorted, direction, max)
                    );
                }
            )
        );
    });
});

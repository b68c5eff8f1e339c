import { defaultModel } from '../model';
import { computeRollups, HierarchyCycleError, type RollupMember } from '../rollup';

const model = defaultModel();

const member = (
    accountId: string,
    parentId: string | null,
    score: number | null,
    weight: number | null = null
): RollupMember => ({ accountId, parentId, score, weight });

describe('computeRollups', () => {
    it('weighs each child by its contract value', () => {
        const rollups = computeRollups([member('A1', 'P', 80, 3000), member('A2', 'P', 40, 1000)], model);
        // (80·3000 + 40·1000) / 4000 = 70
        expect(rollups.get('P')).toEqual({
            score: 70,
            band: model.bands.filter((b) => b.min <= 70).at(-1)?.name,
            children: 2,
            lowest: { accountId: 'A2', score: 40 },
            weightBasis: 'contractValue'
        });
    });

    it('weighs every child alike when no contract value is known', () => {
        const rollups = computeRollups([member('A1', 'P', 80), member('A2', 'P', 40)], model);
        expect(rollups.get('P')).toMatchObject({ score: 60, weightBasis: 'equal' });
    });

    it('gives a child without a known value the mean value of those with one', () => {
        const rollups = computeRollups(
            [member('A1', 'P', 90, 1000), member('A2', 'P', 30, 3000), member('A3', 'P', 60)],
            model
        );
        // The unknown child weighs the mean known value, 2000: (90·1000 + 30·3000 + 60·2000) / 6000 = 50
        expect(rollups.get('P')).toMatchObject({ score: 50, weightBasis: 'mixed', children: 3 });
    });

    it('rolls the whole subtree up, not only the direct children', () => {
        const rollups = computeRollups(
            [
                member('C', 'P', 80, 1000),
                member('G1', 'C', 20, 1000),
                member('G2', 'C', 50, 2000),
                member('P', 'TOP', 70, 4000)
            ],
            model
        );
        expect(rollups.get('C')).toMatchObject({
            score: 40,
            children: 2,
            lowest: { accountId: 'G1', score: 20 }
        });
        // P: C, G1 and G2 — not P itself: (80·1000 + 20·1000 + 50·2000) / 4000 = 50
        expect(rollups.get('P')).toMatchObject({
            score: 50,
            children: 3,
            lowest: { accountId: 'G1', score: 20 }
        });
        // TOP is named as a parent but not a member (not scored here): it still gets its roll-up.
        expect(rollups.get('TOP')).toMatchObject({ children: 4, weightBasis: 'contractValue' });
        expect(rollups.get('TOP')?.score).toBeCloseTo((80 + 20 + 100 + 280) / 8, 1);
        expect(rollups.has('G1')).toBe(false);
    });

    it('handles a chain thousands of accounts deep', () => {
        const depth = 5000;
        const chain = Array.from({ length: depth }, (_, i) =>
            member(`N${i}`, i === 0 ? null : `N${i - 1}`, i % 2 === 0 ? 100 : 0)
        );
        const rollups = computeRollups(chain, model);
        expect(rollups.get('N0')).toMatchObject({ children: depth - 1, weightBasis: 'equal' });
        expect(rollups.get('N0')?.score).toBeCloseTo((2499 * 100) / 4999, 1);
        expect(rollups.get(`N${depth - 2}`)).toMatchObject({ children: 1, score: 0 });
        expect(rollups.has(`N${depth - 1}`)).toBe(false);
    });

    it('counts children without a score but leaves them out of the mean and the lowest', () => {
        const rollups = computeRollups([member('A1', 'P', null, 9000), member('A2', 'P', 65, 100)], model);
        expect(rollups.get('P')).toMatchObject({
            score: 65,
            children: 2,
            lowest: { accountId: 'A2', score: 65 },
            weightBasis: 'contractValue'
        });
    });

    it('has no score, band or lowest when no child has a score', () => {
        const rollups = computeRollups([member('A1', 'P', null)], model);
        expect(rollups.get('P')).toEqual({
            score: null,
            band: null,
            children: 1,
            lowest: null,
            weightBasis: 'equal'
        });
    });

    it('breaks a tie for the lowest by the smaller Id, whatever the order given', () => {
        const a = computeRollups([member('B', 'P', 30), member('A', 'P', 30)], model);
        const b = computeRollups([member('A', 'P', 30), member('B', 'P', 30)], model);
        expect(a.get('P')?.lowest).toEqual({ accountId: 'A', score: 30 });
        expect(b.get('P')).toEqual(a.get('P'));
    });

    it('refuses a cycle, naming its accounts from the smallest Id', () => {
        const members = [
            member('X', 'Z', 50),
            member('Z', 'Y', 50),
            member('Y', 'X', 50),
            member('K', 'X', 70)
        ];
        expect(() => computeRollups(members, model)).toThrow(HierarchyCycleError);
        try {
            computeRollups(members, model);
        } catch (error) {
            expect((error as HierarchyCycleError).accounts).toEqual(['X', 'Z', 'Y']);
        }
    });

    it('refuses an account that is its own parent', () => {
        expect(() => computeRollups([member('S', 'S', 50)], model)).toThrow(/S → S/);
    });

    it('refuses an account listed twice', () => {
        expect(() => computeRollups([member('A', 'P', 1), member('A', 'P', 2)], model)).toThrow(/twice/);
    });
});

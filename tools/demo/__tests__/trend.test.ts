import { clamp, levelAt } from '../trend';

describe('demo trends', () => {
    it('moves linearly from the start level to the end level', () => {
        expect(levelAt([10, 20], 0)).toBe(10);
        expect(levelAt([10, 20], 0.5)).toBe(15);
        expect(levelAt([10, 20], 1)).toBe(20);
        expect(levelAt([0.8, 0.2], 0.5)).toBeCloseTo(0.5);
    });

    it('clamps into the range and leaves values inside it alone', () => {
        expect(clamp(-1, 0, 10)).toBe(0);
        expect(clamp(11, 0, 10)).toBe(10);
        expect(clamp(4.5, 0, 10)).toBe(4.5);
    });
});

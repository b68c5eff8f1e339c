import { meanOf, sampleSd, spreadOf } from '../stats';

describe('study statistics', () => {
    it('takes the mean of the numbers that are there', () => {
        expect(meanOf([0.5, null, 0.7])).toBeCloseTo(0.6, 12);
        expect(meanOf([null, null])).toBeNull();
        expect(meanOf([])).toBeNull();
    });

    it('gives the sample standard deviation, undefined for fewer than two numbers', () => {
        // 2, 4, 4, 4, 5, 5, 7, 9: squared deviations from 5 add up to 32, over n − 1 = 7.
        expect(sampleSd([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(Math.sqrt(32 / 7), 12);
        expect(sampleSd([0.6])).toBeNull();
    });

    it('summarises a spread, leaving out missing numbers', () => {
        expect(spreadOf([0.55, null, 0.65, 0.6])).toEqual({
            mean: expect.closeTo(0.6, 12),
            sd: expect.closeTo(0.05, 12),
            min: 0.55,
            max: 0.65
        });
        expect(spreadOf([null])).toBeNull();
    });
});

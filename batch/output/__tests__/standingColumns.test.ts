import { normaliseBaselines } from '../../../engine/baselines';
import { emptyEvidence } from '../../../engine/evidence';
import { defaultModel } from '../../../engine/model';
import type { TrustResult } from '../../../engine/result';
import { scoreAccount } from '../../../engine/score';
import { rollupCell, STANDING_CSV_HEADER, standingCsvCells } from '../standingColumns';

const base: TrustResult = {
    ...scoreAccount(emptyEvidence({ id: '001A', name: 'A' }), defaultModel(), normaliseBaselines(null), 0),
    band: 'Fragile'
};
const rollup = {
    score: 61.2,
    band: 'Steady',
    children: 3,
    lowest: { accountId: '001B', score: 40.5 },
    weightBasis: 'mixed' as const
};
const override = {
    band: 'Trusted',
    reason: 'Exec sponsor',
    expiresOn: '2026-08-31',
    recordId: 'a0O1',
    computedBand: 'Fragile'
};
const cellsByName = (r: TrustResult): Record<string, unknown> =>
    Object.fromEntries(STANDING_CSV_HEADER.map((h, i) => [h, standingCsvCells(r)[i]]));

describe('standingCsvCells', () => {
    it('has one cell per header column', () => {
        expect(standingCsvCells(base)).toHaveLength(STANDING_CSV_HEADER.length);
    });

    it('fills the roll-up columns of a parent and the override columns of an overridden account', () => {
        expect(cellsByName({ ...base, band: 'Trusted', rollup, override })).toEqual({
            RollupScore: 61.2,
            RollupBand: 'Steady',
            RollupChildren: 3,
            RollupLowestAccountId: '001B',
            RollupLowestScore: 40.5,
            RollupWeightBasis: 'mixed',
            ComputedBand: 'Fragile',
            OverrideReason: 'Exec sponsor',
            OverrideExpiresOn: '2026-08-31',
            OverrideRecordId: 'a0O1'
        });
    });

    it('leaves them empty elsewhere; the computed band is then the band', () => {
        const cells = cellsByName(base);
        expect(cells.ComputedBand).toBe('Fragile');
        expect(Object.values(cells).filter((v) => v !== null)).toEqual(['Fragile']);
        expect(
            cellsByName({ ...base, rollup: { ...rollup, lowest: null, score: null, band: null } })
        ).toMatchObject({
            RollupScore: null,
            RollupChildren: 3,
            RollupLowestAccountId: null,
            RollupLowestScore: null
        });
    });
});

describe('rollupCell', () => {
    it('shows the roll-up score and how many accounts are below, or nothing without children', () => {
        expect(rollupCell({ rollup })).toBe('61.2 (3)');
        expect(rollupCell({ rollup: { ...rollup, score: null } })).toBe('— (3)');
        expect(rollupCell({})).toBe('');
    });
});

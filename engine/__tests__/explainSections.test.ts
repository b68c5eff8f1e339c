import { normaliseBaselines } from '../baselines';
import { emptyEvidence } from '../evidence';
import { explainResult } from '../explain';
import { overrideLine, rollupLines, weightBasisText } from '../explainSections';
import { defaultModel } from '../model';
import type { OverrideResult } from '../result';
import type { Rollup } from '../rollup';
import { scoreAccount } from '../score';

const rollup: Rollup = {
    score: 55.34,
    band: 'Fragile',
    children: 4,
    lowest: { accountId: '001B', score: 37.9 },
    weightBasis: 'contractValue'
};

const override: OverrideResult = {
    band: 'Steady',
    reason: 'New sponsor signed a 3-year plan',
    expiresOn: '2026-08-31',
    recordId: 'a0O1',
    computedBand: 'At Risk'
};

describe('rollupLines', () => {
    it('gives the score, band, how many below, the lowest and the weights in words', () => {
        expect(rollupLines(rollup)).toEqual([
            'Roll-up of the 4 accounts below: 55.3 — Fragile (its own score not included)',
            '  Lowest: 001B at 37.9',
            '  Weights: weighted by each account’s current contract value'
        ]);
    });

    it('says "the account below" for one, and that none has evidence when the mean has no score', () => {
        expect(
            rollupLines({ score: null, band: null, children: 1, lowest: null, weightBasis: 'equal' })
        ).toEqual(['Roll-up of the account below: none — no account below has evidence yet.']);
    });

    it.each([
        ['contractValue', /contract value/],
        ['mixed', /without one count as a typical contract/],
        ['equal', /weighs the same/]
    ] as const)('words the %s weight basis', (basis, words) => {
        expect(weightBasisText(basis)).toMatch(words);
        expect(rollupLines({ ...rollup, weightBasis: basis })[2]).toMatch(words);
    });
});

describe('overrideLine', () => {
    it('names the record, the expiry, the reason and the band the score earns', () => {
        expect(overrideLine(override)).toBe(
            'Band set by an override (a0O1) until 2026-08-31: "New sponsor signed a 3-year plan"; the score itself earns At Risk.'
        );
    });

    it('leaves out a missing reason and says "no band" for a provisional computed band', () => {
        expect(overrideLine({ ...override, reason: null, computedBand: null })).toBe(
            'Band set by an override (a0O1) until 2026-08-31; the score itself earns no band.'
        );
    });
});

describe('explainResult with a roll-up and an override', () => {
    const model = defaultModel();
    const unscored = scoreAccount(
        emptyEvidence({ id: '001A', name: 'Parent Co' }),
        model,
        normaliseBaselines(null),
        0
    );

    it("tells a parent's roll-up even when the parent has no evidence of its own", () => {
        const text = explainResult({ ...unscored, rollup }, model);
        expect(text).toContain('Score: none');
        expect(text).toContain('Roll-up of the 4 accounts below: 55.3 — Fragile');
        expect(text.endsWith('Weights: weighted by each account’s current contract value')).toBe(true);
        expect(explainResult(unscored, model)).not.toContain('Roll-up');
    });

    it('puts the override under the score line and the roll-up before the pillars', () => {
        const scored = { ...unscored, score: 24.5, band: 'Steady', confidence: 0.4, override, rollup };
        const lines = explainResult(scored, model).split('\n');
        const at = (start: string): number => lines.findIndex((l) => l.startsWith(start));
        expect(lines[at('Score: 24.5') + 1]).toBe(overrideLine(override));
        expect(at('Roll-up of')).toBeGreaterThan(at('How it adds up'));
        expect(at('Roll-up of')).toBeLessThan(at('Understanding'));
    });
});

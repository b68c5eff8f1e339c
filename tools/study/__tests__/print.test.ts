import { defaultModel } from '../../../engine/model';
import type { OrgEvaluation } from '../evaluate';
import { gainsOf } from '../evaluate';
import { gainLines, modelLines, movedWeightLines } from '../print';
import type { StudyOrg } from '../orgs';

const seed = (n: number): StudyOrg => ({
    label: `seed ${n}`,
    folder: `/orgs/${n}`,
    generated: { seed: n, accounts: 2000 }
});
const demo: StudyOrg = { label: 'demo', folder: '/demo', generated: null };

function evaluation(org: StudyOrg, aucs: (number | null)[]): OrgEvaluation {
    const present = aucs.filter((a): a is number => a !== null);
    return {
        org,
        windows: aucs.map((auc, i) => ({ asOf: `2024-0${i + 1}-01`, accounts: 100, churned: 10, auc })),
        meanAuc: present.length ? present.reduce((s, a) => s + a, 0) / present.length : null,
        pooledAuc: null,
        signals: {} as OrgEvaluation['signals'],
        run: { newest: null, windows: [] }
    };
}

describe('the defaults study’s comparisons and output', () => {
    const first = [evaluation(seed(1), [0.5, 0.6]), evaluation(seed(2), [0.6]), evaluation(demo, [0.4])];
    const second = [evaluation(seed(1), [0.6, 0.6]), evaluation(seed(2), [0.58]), evaluation(demo, [null])];

    it('takes each org’s gain from the same org replayed with the other model', () => {
        const gains = gainsOf(first, second);
        expect(gains.map((g) => g.org.label)).toEqual(['seed 1', 'seed 2', 'demo']);
        expect(gains[0]?.gain).toBeCloseTo(0.05, 12);
        expect(gains[1]?.gain).toBeCloseTo(-0.02, 12);
        expect(gains[2]?.gain).toBeNull();
        expect(() => gainsOf(first, second.slice().reverse())).toThrow('same orgs');
    });

    it('marks held-out orgs and spreads over generated orgs only', () => {
        const held = new Set(['seed 2', 'demo']);
        const lines = gainLines(gainsOf(first, second), held);
        expect(lines).toContain('seed 2 (held out)   -0.0200');
        expect(lines).toContain('demo (held out)     —');
        expect(lines).toContain('generated orgs, gain: mean 0.0150, sd 0.0495, range -0.0200–0.0500');
        expect(lines).toContain('held-out orgs, gain: mean -0.0200, sd —, range -0.0200–-0.0200');

        const table = modelLines('Default v1', first, new Set());
        expect(table.find((l) => l.startsWith('seed 1 '))).toMatch(
            /2\s+200\s+20\s+0\.5500 .* 0\.500 0\.600$/
        );
        expect(table.at(-1)).toBe('generated orgs, mean AUC: mean 0.5750, sd 0.0354, range 0.5500–0.6000');
    });

    it('lists only the weights that moved', () => {
        const base = defaultModel();
        const fitted = {
            ...base,
            signals: { ...base.signals, winRate: { ...base.signals.winRate, weight: 1 } },
            pillars: { ...base.pillars, fairness: 1.5 }
        };
        expect(movedWeightLines(base, fitted).slice(2)).toEqual([
            '  Win rate (signal): 2 → 1',
            '  fairness (pillar): 2 → 1.5'
        ]);
    });
});

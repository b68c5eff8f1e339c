import { defaultModel } from '../../../engine/model';
import { SIGNAL_IDS, type SignalId } from '../../../engine/catalog';
import type { Replay } from '../../../batch/backtest/replay';
import type { JudgedAccount } from '../../../records/backtest';
import type { OrgEvaluation } from '../evaluate';
import { aucOf } from '../../../batch/calibrate/fit';
import { learntModel, pooledExamples } from '../learn';

function judged(
    accountId: string,
    renewed: boolean,
    signals: Partial<Record<SignalId, number>>
): JudgedAccount {
    const all: Record<string, number | null> = {};
    for (const id of SIGNAL_IDS) all[id] = signals[id] ?? null;
    return { accountId, score: 50, band: null, provisional: false, renewed, downsell: false, signals: all };
}

function evaluation(label: string, windows: JudgedAccount[][]): OrgEvaluation {
    const run: Replay = {
        newest: 0,
        windows: windows.map((j, i) => ({
            asOf: i,
            baselines: {} as never,
            judged: j,
            leftOut: 0,
            unscored: 0
        }))
    };
    return {
        org: { label, folder: '', generated: null },
        windows: [],
        meanAuc: null,
        pooledAuc: null,
        signals: {} as never,
        run
    };
}

describe('weights learnt from several orgs', () => {
    it('keeps each org’s windows and accounts apart', () => {
        const a = evaluation('seed 1', [[judged('001A', true, {})], [judged('001A', false, {})]]);
        const b = evaluation('seed 2', [[judged('001A', true, {})]]);
        const examples = pooledExamples([a, b]);
        expect(examples.map((e) => [e.accountId, e.window, e.renewed])).toEqual([
            ['seed 1:001A', 0, true],
            ['seed 1:001A', 1, false],
            ['seed 2:001A', 2, true]
        ]);
    });

    it('moves weight to the signal that ranks the renewals in the training orgs', () => {
        // Win rate ranks every renewal above every churn; promise keeping says the opposite.
        const accounts: JudgedAccount[] = [];
        for (let i = 0; i < 40; i++) {
            const renewed = i % 2 === 0;
            accounts.push(
                judged(`001${i}`, renewed, {
                    winRate: renewed ? 60 + i : 20 + i,
                    promiseKeeping: renewed ? 20 + i : 70 + i
                })
            );
        }
        const base = defaultModel();
        const fitted = learntModel(base, [evaluation('seed 7', [accounts])]);
        const examples = pooledExamples([evaluation('seed 7', [accounts])]);
        expect(aucOf(base, examples)).toBeLessThan(0.9);
        expect(aucOf(fitted, examples)).toBe(1);
        expect(fitted.description).toContain('seed 7');
        expect(fitted.bands).toEqual(base.bands);
    });
});

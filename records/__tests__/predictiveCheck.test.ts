import { SIGNAL_FIELDS, SIGNAL_IDS, type SignalId } from '../../engine/catalog';
import { parseDay } from '../../engine/dates';
import { defaultModel, type TrustModel } from '../../engine/model';
import {
    DEFAULT_CHECK_HORIZON_DAYS,
    MIN_OUTCOMES,
    checkAccountsFromPage,
    checkWindow,
    predictiveCheck,
    type CheckAccount
} from '../backtest';

const day = (text: string): number => parseDay(text) as number;

/** A model that scores with one signal only: its score is then that signal's stored score. */
function only(signal: SignalId): TrustModel {
    const model = defaultModel();
    for (const s of SIGNAL_IDS) model.signals[s].enabled = s === signal;
    return model;
}

function scores(values: Partial<Record<SignalId, number>>): Record<SignalId, number | null> {
    const out = {} as Record<SignalId, number | null>;
    for (const s of SIGNAL_IDS) out[s] = values[s] ?? null;
    return out;
}

/**
 * `n` judged accounts, every third one churned. Win rate: renewed 70, churned 30, so it ranks
 * every renewal above every churn (AUC 1). Support responsiveness: renewed 50, churned 80 and
 * 20 in turn, so a renewal beats half of the churns (AUC 0.5).
 */
function accounts(n: number): CheckAccount[] {
    return Array.from({ length: n }, (_v, i) => {
        const churned = i % 3 === 0;
        return {
            accountId: `001${String(i).padStart(15, '0')}`,
            signalScores: scores({
                winRate: churned ? 30 : 70,
                supportResponsiveness: churned ? (i % 2 === 0 ? 80 : 20) : 50
            }),
            outcome: churned ? 'churned' : 'renewed'
        };
    });
}

describe('predictiveCheck', () => {
    it('gives each model the AUC of its own ranking of the same renewals', () => {
        // 30 accounts: 10 churned (5 with support 80, 5 with 20), 20 renewed.
        const judged = accounts(30);
        expect(predictiveCheck(judged, only('supportResponsiveness'), only('winRate'))).toEqual({
            withReceipt: 30,
            judged: 30,
            renewed: 20,
            churned: 10,
            leftOut: 0,
            tooFewOutcomes: false,
            activeAuc: 0.5,
            draftAuc: 1
        });
        expect(predictiveCheck(judged, only('winRate'), only('supportResponsiveness'))).toMatchObject({
            activeAuc: 1,
            draftAuc: 0.5
        });
    });

    it('counts accounts without a receipt nowhere, without an outcome as left out, and unscorable ones not at all', () => {
        const judged = accounts(24);
        const result = predictiveCheck(
            [
                ...judged,
                { accountId: '001NORECEIPT', signalScores: null, outcome: 'renewed' },
                { accountId: '001NOOUTCOME', signalScores: scores({ winRate: 50 }), outcome: null },
                // Evidence only for a signal the draft switches off: the draft cannot score it.
                { accountId: '001OFF', signalScores: scores({ disputes: 80 }), outcome: 'churned' }
            ],
            defaultModel(),
            only('winRate')
        );
        expect(result).toMatchObject({ withReceipt: 26, judged: 24, renewed: 16, churned: 8, leftOut: 1 });
    });

    it('gives no AUC below the backtest minimum of outcomes, or without both kinds', () => {
        const active = defaultModel();
        const draft = only('winRate');
        const short = predictiveCheck(accounts(MIN_OUTCOMES - 1), active, draft);
        expect(short).toMatchObject({
            judged: MIN_OUTCOMES - 1,
            tooFewOutcomes: true,
            activeAuc: null,
            draftAuc: null
        });
        const enough = predictiveCheck(accounts(MIN_OUTCOMES), active, draft);
        expect(enough.tooFewOutcomes).toBe(false);
        expect(enough.draftAuc).not.toBeNull();
        const allRenewed = predictiveCheck(
            accounts(40).map((a) => ({ ...a, outcome: 'renewed' as const })),
            active,
            draft
        );
        expect(allRenewed).toMatchObject({ renewed: 40, churned: 0, tooFewOutcomes: true, draftAuc: null });
    });
});

describe('checkWindow', () => {
    const today = day('2026-06-30');

    it('goes back the stored backtest horizon', () => {
        expect(checkWindow(today, 90)).toEqual({
            asOf: day('2026-04-01'),
            until: today,
            horizonDays: 90,
            fromBacktest: true
        });
    });

    it.each([[null], [undefined], [0], [-30], [1.5]])('goes back the default horizon for %p', (stored) => {
        expect(checkWindow(today, stored)).toEqual({
            asOf: today - DEFAULT_CHECK_HORIZON_DAYS,
            until: today,
            horizonDays: DEFAULT_CHECK_HORIZON_DAYS,
            fromBacktest: false
        });
    });
});

describe('checkAccountsFromPage', () => {
    const asOf = day('2026-01-01');
    const receipt = (winRate: number) => ({
        edges: [
            {
                node: {
                    Id: 'a0D1',
                    As_Of__c: { value: '2025-12-20' },
                    [SIGNAL_FIELDS.winRate]: { value: winRate },
                    [SIGNAL_FIELDS.disputes]: { value: null }
                }
            }
        ]
    });
    const deal = (id: string, type: string, closeDate: string, isWon: boolean) => ({
        node: {
            Id: id,
            Type: { value: type },
            IsClosed: { value: true },
            IsWon: { value: isWon },
            CloseDate: { value: closeDate },
            Amount: { value: 1000 }
        }
    });

    it('reads the receipt scores and the first renewal after the as-of day, under the model renewal types', () => {
        const page = checkAccountsFromPage(
            {
                edges: [
                    {
                        node: {
                            Id: '001A',
                            Trust_Scores__r: receipt(72),
                            Opportunities: {
                                edges: [
                                    // The as-of day is already scored evidence; an upsell is no renewal.
                                    deal('006A0', 'Renewal', '2026-01-01', true),
                                    deal('006A1', 'Upsell', '2026-02-01', true),
                                    deal('006A2', 'Renewal', '2026-03-01', false),
                                    deal('006A3', 'Renewal', '2026-04-01', true)
                                ]
                            }
                        }
                    },
                    {
                        node: {
                            Id: '001B',
                            Trust_Scores__r: { edges: [] },
                            Opportunities: { edges: [deal('006B1', 'Renewal', '2026-02-01', true)] }
                        }
                    },
                    { node: { Id: '001C', Trust_Scores__r: receipt(40), Opportunities: { edges: [] } } }
                ],
                pageInfo: { hasNextPage: true, endCursor: 'c1' }
            },
            defaultModel(),
            asOf,
            180
        );
        expect(page).toEqual({
            accounts: [
                { accountId: '001A', signalScores: scores({ winRate: 72 }), outcome: 'churned' },
                { accountId: '001B', signalScores: null, outcome: 'renewed' },
                { accountId: '001C', signalScores: scores({ winRate: 40 }), outcome: null }
            ],
            hasNextPage: true,
            endCursor: 'c1'
        });
    });

    it('names the record of a value the UI API would not send', () => {
        expect(() =>
            checkAccountsFromPage(
                {
                    edges: [
                        {
                            node: {
                                Id: '001A',
                                Trust_Scores__r: { edges: [] },
                                Opportunities: { edges: [deal('006X', 'Renewal', 'soon', true)] }
                            }
                        }
                    ]
                },
                defaultModel(),
                asOf,
                180
            )
        ).toThrow(/Opportunity 006X: CloseDate/);
    });
});

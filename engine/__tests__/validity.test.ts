/**
 * What real exports showed (issue 11): churn must move the score, an org's own win rate is
 * its 50, a signal the org does not record says nothing, confidence grows with the amount of
 * evidence, and a score on thin evidence earns no band.
 */
import { computeBaselines, DEFAULT_BASELINES, normaliseBaselines, type OrgBaselines } from '../baselines';
import type { AccountEvidence } from '../evidence';
import { defaultModel, validateModel, DEFAULT_MIN_CONFIDENCE } from '../model';
import { scoreAccount } from '../score';
import { explainResult } from '../explain';
import { account, commitment, contract, day, opportunity, supportCase } from '../../test/support/evidence';

const AS_OF = day('2026-06-30');
const model = defaultModel();
const baselines: OrgBaselines = { ...DEFAULT_BASELINES, medianWonCycleDays: 60, winRatePrior: 0.5 };
const score = (e: AccountEvidence, b: OrgBaselines = baselines) => scoreAccount(e, model, b, AS_OF);

/** Three quick, quiet tickets: routine evidence that reads as good service. */
const routineTickets = () =>
    ['2026-03-02', '2026-04-06', '2026-05-04'].map((created) =>
        supportCase({ created, closed: `${created}T15:00:00Z`, priority: 'Low' })
    );

/** A renewal of a contract ending on `end`, lost on `close`. */
function lostRenewal(end: string, close: string) {
    const c = contract(end);
    const created = new Date(Date.parse(`${end}T00:00:00Z`) - 90 * 86_400_000).toISOString().slice(0, 10);
    return {
        contract: c,
        opp: opportunity({
            type: 'Renewal',
            created,
            close,
            isWon: false,
            stageName: 'Closed Lost',
            renewedContractId: c.id
        })
    };
}

describe('churn moves the score', () => {
    it('five lost renewals are not outweighed by three routine tickets (below neutral, not Steady)', () => {
        const lost = ['2026-04-30', '2026-05-15', '2026-05-31', '2026-06-10', '2026-06-20'].map((end) =>
            lostRenewal(end, end)
        );
        const r = score(
            account({
                contracts: lost.map((l) => l.contract),
                opportunities: lost.map((l) => l.opp),
                cases: routineTickets()
            })
        );
        expect(r.provisional).toBe(false);
        expect(['At Risk', 'Fragile']).toContain(r.band);
        expect(r.score as number).toBeLessThan(50);
    });

    it('one recent lost renewal outweighs routine evidence: the score ends below neutral', () => {
        const lost = lostRenewal('2026-05-31', '2026-06-15');
        const routine: Partial<AccountEvidence> = {
            opportunities: [opportunity({ created: '2025-01-10', close: '2025-03-01' })],
            cases: routineTickets(),
            commitments: [commitment({ due: '2026-02-01', delivered: '2026-01-30', status: 'Kept' })]
        };
        const without = score(account(routine));
        const withChurn = score(
            account({
                ...routine,
                contracts: [lost.contract],
                opportunities: [...(routine.opportunities ?? []), lost.opp]
            })
        );
        expect(without.score as number).toBeGreaterThan(50);
        expect(withChurn.score as number).toBeLessThan(50);
    });
});

describe('rate-like signals put the org at 50', () => {
    it.each([0.2, 0.5, 0.63, 0.9])('an account winning exactly the org rate (%s) scores 50', (rate) => {
        // 100 deals at exactly the org's rate, all opened the same day (equal decay).
        const wins = Math.round(rate * 100);
        const opportunities = Array.from({ length: 100 }, (_, i) =>
            opportunity({
                created: '2026-01-10',
                close: '2026-02-10',
                isWon: i < wins,
                stageName: i < wins ? 'Closed Won' : 'Closed Lost'
            })
        );
        const r = score(account({ opportunities }), { ...baselines, winRatePrior: wins / 100 });
        expect(r.signals.winRate.score).toBe(50);
    });

    it('beating the org rate scores above 50 and trailing it below, and the receipt adds up', () => {
        const deals = (won: number, lost: number) =>
            Array.from({ length: won + lost }, (_, i) =>
                opportunity({ isWon: i < won, stageName: i < won ? 'Closed Won' : 'Closed Lost' })
            );
        const b = { ...baselines, winRatePrior: 0.63 };
        const above = score(account({ opportunities: deals(8, 2) }), b).signals.winRate;
        const below = score(account({ opportunities: deals(5, 5) }), b).signals.winRate;
        expect(above.score as number).toBeGreaterThan(50);
        expect(below.score as number).toBeLessThan(50);
        for (const s of [above, below]) {
            const total = s.evidence.reduce((sum, e) => sum + e.impact, 0);
            expect(Math.abs(total)).toBeGreaterThan(0);
        }
    });
});

describe('signals the org does not record', () => {
    const busy = () =>
        account({
            opportunities: [opportunity()],
            cases: Array.from({ length: 12 }, (_, i) =>
                supportCase({ created: `2026-0${1 + (i % 5)}-1${i % 9}`, isEscalated: i % 4 === 0 })
            )
        });

    it('gives disputes no score anywhere when no case of the org matches the dispute mapping', () => {
        const org = computeBaselines([busy(), busy()], model, AS_OF);
        expect(org.recorded).toEqual({ caseHealth: true, disputes: false });
        const r = score(busy(), org);
        expect(r.signals.disputes.score).toBeNull();
        expect(r.signals.disputes.summary).toMatch(/No case in the org matches the dispute mapping/);
        expect(r.signals.caseHealth.score).not.toBeNull();
    });

    it('scores disputes once one case of the org is a dispute', () => {
        const disputed = busy();
        disputed.cases.push(supportCase({ type: 'Billing', created: '2026-05-01' }));
        const org = computeBaselines([busy(), disputed], model, AS_OF);
        expect(org.recorded).toEqual({ caseHealth: true, disputes: true });
        expect(score(busy(), org).signals.disputes.score).not.toBeNull();
    });

    it('reads stored baselines without the field as recording everything, and keeps an explicit false', () => {
        expect(normaliseBaselines({ accounts: 3 }).recorded).toBeUndefined();
        expect(score(busy(), normaliseBaselines({ accounts: 3 })).signals.disputes.score).not.toBeNull();
        expect(normaliseBaselines({ recorded: { disputes: false } }).recorded).toEqual({
            caseHealth: true,
            disputes: false
        });
    });
});

describe('confidence grows with the amount of evidence', () => {
    const deals = (n: number) =>
        account({
            opportunities: Array.from({ length: n }, (_, i) =>
                opportunity({
                    created: `2026-0${1 + (i % 5)}-01`,
                    close: `2026-0${1 + (i % 5)}-20`,
                    isWon: i % 3 !== 0,
                    stageName: i % 3 !== 0 ? 'Closed Won' : 'Closed Lost'
                })
            )
        });

    it('an account with 200 deals is more certain than one with 51, and that one than one with 5', () => {
        const c5 = score(deals(5)).confidence;
        const c51 = score(deals(51)).confidence;
        const c200 = score(deals(200)).confidence;
        expect(c51).toBeGreaterThan(c5);
        expect(c200).toBeGreaterThan(c51);
    });

    it('evidence of more kinds adds confidence too', () => {
        const one = deals(3);
        const more = { ...deals(3), cases: routineTickets() };
        expect(score(more).confidence).toBeGreaterThan(score(one).confidence);
    });
});

describe('thin evidence is not a band', () => {
    const kinds: [string, () => AccountEvidence][] = [
        [
            'one won deal',
            () => account({ opportunities: [opportunity({ created: '2026-05-01', close: '2026-06-01' })] })
        ],
        [
            'two won deals',
            () =>
                account({
                    opportunities: [
                        opportunity({ created: '2026-05-01', close: '2026-06-01' }),
                        opportunity({ created: '2026-05-02', close: '2026-06-02' })
                    ]
                })
        ],
        [
            'two won cross-sells',
            () =>
                account({
                    opportunities: ['2026-05-01', '2026-05-02'].map((created) =>
                        opportunity({ type: 'Cross-Sell', created, close: '2026-06-01', amount: 2_000_000 })
                    )
                })
        ],
        [
            'two renewals on time',
            () => {
                const contracts = [contract('2026-03-31'), contract('2026-05-31')];
                return account({
                    contracts,
                    opportunities: contracts.map((c) =>
                        opportunity({
                            type: 'Renewal',
                            created: '2026-01-01',
                            close: '2026-03-01',
                            renewedContractId: c.id
                        })
                    )
                });
            }
        ]
    ];

    it.each(kinds)('%s: scored, provisional, no band', (_name, evidence) => {
        const r = score(evidence());
        expect(r.score).not.toBeNull();
        expect(r.confidence).toBeLessThan(model.minConfidence);
        expect(r.provisional).toBe(true);
        expect(r.band).toBeNull();
    });

    it('an account with varied evidence earns its band and is not provisional', () => {
        const r = score(
            account({
                opportunities: Array.from({ length: 6 }, (_, i) =>
                    opportunity({ created: `2025-0${i + 1}-01`, close: `2025-0${i + 2}-01` })
                ),
                cases: routineTickets(),
                commitments: [
                    commitment({ due: '2026-02-01', delivered: '2026-01-30', status: 'Kept' }),
                    commitment({ due: '2026-04-01', delivered: '2026-03-30', status: 'Kept' })
                ]
            })
        );
        expect(r.confidence).toBeGreaterThanOrEqual(model.minConfidence);
        expect(r.provisional).toBe(false);
        expect(r.band).not.toBeNull();
    });

    it('explains a provisional score as such', () => {
        const r = score(kinds[0]?.[1]() as AccountEvidence);
        expect(explainResult(r, model)).toMatch(
            /^Score: \d+\.\d — provisional: too little evidence for a band \(confidence below 25%\) \(confidence \d+%\)$/m
        );
    });

    it('an account with no evidence is not provisional: it has no score at all', () => {
        const r = score(account());
        expect(r.score).toBeNull();
        expect(r.provisional).toBe(false);
    });

    it('minConfidence 0 turns provisional scores off; models without the setting get the default', () => {
        const off = { ...model, minConfidence: 0 };
        expect(scoreAccount(kinds[0]?.[1]() as AccountEvidence, off, baselines, AS_OF).provisional).toBe(
            false
        );
        const raw = JSON.parse(JSON.stringify(model)) as Record<string, unknown>;
        delete raw.minConfidence;
        const v = validateModel(raw);
        expect(v.ok && v.model.minConfidence).toBe(DEFAULT_MIN_CONFIDENCE);
    });

    it.each([
        [-0.1, 'must be at least 0', 'atLeast'],
        [0.95, 'must be at most 0.9', 'atMost'],
        ['high', 'must be a finite number', 'notNumber']
    ])('refuses minConfidence %s naming the setting', (value, message, code) => {
        const v = validateModel({ ...JSON.parse(JSON.stringify(model)), minConfidence: value });
        expect(v.ok).toBe(false);
        if (!v.ok)
            expect(v.issues).toContainEqual({
                path: 'minConfidence',
                code,
                params: expect.any(Object),
                message: expect.stringContaining(message)
            });
    });
});

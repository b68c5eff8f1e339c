/**
 * Property tests over generated accounts: the principles of docs/architecture.md hold for every
 * account fast-check can think of, not just the hand-written ones.
 */
import fc from 'fast-check';
import { DEFAULT_BASELINES, type OrgBaselines } from '../baselines';
import { PILLAR_IDS, SIGNAL_IDS } from '../catalog';
import { emptyEvidence, type AccountEvidence } from '../evidence';
import { defaultModel, type TrustModel } from '../model';
import type { TrustResult } from '../result';
import { scoreAccount } from '../score';
import { accountArb, asItWasOn, PROPERTY_AS_OF } from '../../test/support/arbitraries';

const model = defaultModel();
const baselines: OrgBaselines = {
    ...DEFAULT_BASELINES,
    medianWonCycleDays: 75,
    winRatePrior: 0.35,
    caseTroublePerCase: 0.4
};
// PROPERTY_RUNS=5000 for a deeper local sweep; CI uses the default.
const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS ?? 300) };

const score = (e: AccountEvidence, m: TrustModel = model): TrustResult =>
    scoreAccount(e, m, baselines, PROPERTY_AS_OF);

/** Every score, pillar and signal of `after` is ≤ the one of `before` (where both exist). */
function expectNotRaised(before: TrustResult, after: TrustResult): void {
    const pairs: [string, number | null, number | null][] = [
        ['score', before.score, after.score],
        ...PILLAR_IDS.map((p): [string, number | null, number | null] => [
            `pillar ${p}`,
            before.pillars[p],
            after.pillars[p]
        ]),
        ...SIGNAL_IDS.map((s): [string, number | null, number | null] => [
            `signal ${s}`,
            before.signals[s].score,
            after.signals[s].score
        ])
    ];
    for (const [what, b, a] of pairs) {
        if (b !== null && a !== null && a > b) throw new Error(`${what} rose from ${b} to ${a}`);
    }
}

/** A pair of accounts: the same evidence, then with one piece made worse. */
type Move = fc.Arbitrary<[AccountEvidence, AccountEvidence]>;

/** A case opened on the as-of day and still open: too new for any support target. */
function freshCase(e: AccountEvidence, extra: Partial<AccountEvidence['cases'][number]>) {
    return {
        id: '500999999999999AAA',
        accountId: e.account.id,
        isClosed: false,
        isEscalated: false,
        priority: null,
        status: 'New',
        type: 'Question',
        reason: null,
        origin: 'Web',
        createdDate: PROPERTY_AS_OF * 86_400_000 + 3_600_000,
        closedDate: null,
        ...extra
    };
}

/** The account already has a case in the look-back, so the case signals are there before too. */
const hasRecentCase = (e: AccountEvidence): boolean =>
    e.cases.some(
        (c) =>
            c.createdDate !== null &&
            c.createdDate >= (PROPERTY_AS_OF - model.lookBackDays) * 86_400_000 &&
            c.createdDate < (PROPERTY_AS_OF + 1) * 86_400_000
    );

/** Every "worse evidence" move; each is checked at the score, signal and pillar level. */
const WORSE_MOVES: [string, Move][] = [
    [
        'a later renewal',
        fc.tuple(accountArb, fc.nat(), fc.integer({ min: 1, max: 200 })).map(([e, pick, days]) => {
            // Still closed by the as-of day: pushed past it, the renewal is simply not known
            // to be done yet, which is a different story than a late one.
            const renewals = e.opportunities.filter(
                (o) =>
                    o.type === 'Renewal' &&
                    o.isClosed &&
                    o.isWon &&
                    o.closeDate !== null &&
                    o.closeDate + days <= PROPERTY_AS_OF
            );
            const target = renewals[pick % Math.max(1, renewals.length)];
            const later: AccountEvidence = {
                ...e,
                opportunities: e.opportunities.map((o) =>
                    o === target && o.closeDate !== null ? { ...o, closeDate: o.closeDate + days } : o
                )
            };
            return [e, later];
        })
    ],
    [
        'a won deal closing later (a slower deal)',
        fc.tuple(accountArb, fc.nat(), fc.integer({ min: 1, max: 120 })).map(([e, pick, days]) => {
            const won = e.opportunities.filter(
                (o) => o.isWon && o.closeDate !== null && o.closeDate + days <= PROPERTY_AS_OF
            );
            const target = won[pick % Math.max(1, won.length)];
            const later: AccountEvidence = {
                ...e,
                opportunities: e.opportunities.map((o) =>
                    o === target && o.closeDate !== null ? { ...o, closeDate: o.closeDate + days } : o
                )
            };
            return [e, later];
        })
    ],
    [
        'a won renewal turning out lost (churn)',
        fc.tuple(accountArb, fc.nat()).map(([e, pick]) => {
            const won = e.opportunities.filter((o) => o.type === 'Renewal' && o.isClosed && o.isWon);
            const target = won[pick % Math.max(1, won.length)];
            const lost: AccountEvidence = {
                ...e,
                opportunities: e.opportunities.map((o) =>
                    o === target ? { ...o, isWon: false, stageName: 'Closed Lost' } : o
                )
            };
            return [e, lost];
        })
    ],
    [
        'one more escalation',
        fc.tuple(accountArb, fc.nat()).map(([e, pick]) => {
            const calm = e.cases.filter((c) => !c.isEscalated);
            const target = calm[pick % Math.max(1, calm.length)];
            const escalated: AccountEvidence = {
                ...e,
                cases: e.cases.map((c) => (c === target ? { ...c, isEscalated: true } : c))
            };
            return [e, escalated];
        })
    ],
    [
        'one more escalated case (not a dispute)',
        accountArb
            .filter(hasRecentCase)
            .map((e) => [e, { ...e, cases: [...e.cases, freshCase(e, { isEscalated: true })] }])
    ],
    [
        'a case turning out to be a dispute',
        fc.tuple(accountArb, fc.nat()).map(([e, pick]) => {
            const calm = e.cases.filter(
                (c) => c.type !== 'Billing' && c.reason !== 'Billing Dispute' && c.reason !== 'Refund'
            );
            const target = calm[pick % Math.max(1, calm.length)];
            const disputed: AccountEvidence = {
                ...e,
                cases: e.cases.map((c) => (c === target ? { ...c, type: 'Billing' } : c))
            };
            return [e, disputed];
        })
    ],
    [
        'one more dispute case',
        accountArb
            .filter(hasRecentCase)
            .map((e) => [e, { ...e, cases: [...e.cases, freshCase(e, { type: 'Billing' })] }])
    ],
    [
        'a lower reference rating',
        fc.tuple(accountArb, fc.nat()).map(([e, pick]) => {
            const rated = e.references.filter((r) => r.rating !== null && r.rating > 1);
            const target = rated[pick % Math.max(1, rated.length)];
            const lower: AccountEvidence = {
                ...e,
                references: e.references.map((r) =>
                    r === target && r.rating !== null ? { ...r, rating: r.rating - 1 } : r
                )
            };
            return [e, lower];
        })
    ],
    [
        'a broken promise (an existing one broken, or a new broken one)',
        fc.tuple(accountArb, fc.nat(), fc.integer({ min: 0, max: 1000 })).map(([e, pick, age]) => {
            const broken: AccountEvidence =
                e.commitments.length > 0 && pick % 3 !== 0
                    ? {
                          ...e,
                          commitments: e.commitments.map((c, i) =>
                              i === pick % e.commitments.length
                                  ? { ...c, status: 'Broken', deliveredOn: null }
                                  : c
                          )
                      }
                    : {
                          ...e,
                          commitments: [
                              ...e.commitments,
                              {
                                  id: 'a0A999999999999AAA',
                                  accountId: e.account.id,
                                  opportunityId: null,
                                  madeByTeam: 'Sales',
                                  promisedOn: PROPERTY_AS_OF - age - 30,
                                  dueOn: PROPERTY_AS_OF - age,
                                  deliveredOn: null,
                                  status: 'Broken',
                                  description: null
                              }
                          ]
                      };
            return [e, broken];
        })
    ]
];

describe('engine properties', () => {
    it('keeps every score, pillar and signal within 0–100 and confidence within 0–1', () => {
        fc.assert(
            fc.property(accountArb, (e) => {
                const r = score(e);
                const values = [
                    r.score,
                    ...Object.values(r.pillars),
                    ...SIGNAL_IDS.map((s) => r.signals[s].score)
                ];
                for (const v of values) if (v !== null) expect(v >= 0 && v <= 100).toBe(true);
                expect(r.confidence >= 0 && r.confidence <= 1).toBe(true);
                for (const s of SIGNAL_IDS)
                    expect(r.signals[s].confidence >= 0 && r.signals[s].confidence <= 1).toBe(true);
            }),
            RUNS
        );
    });

    it('gives an account with no evidence no score (null, never 50) and zero confidence', () => {
        const r = score(emptyEvidence({ id: '001000000000000AAA', name: 'Nothing' }));
        expect(r.score).toBeNull();
        expect(r.band).toBeNull();
        expect(r.confidence).toBe(0);
        for (const p of PILLAR_IDS) expect(r.pillars[p]).toBeNull();
        for (const s of SIGNAL_IDS)
            expect(r.signals[s]).toEqual({
                pillar: model.signals[s].pillar,
                score: null,
                confidence: 0,
                summary: 'No evidence yet',
                evidence: []
            });
        expect(r.drivers).toEqual([]);
    });

    it('lists every catalog signal, and a signal without evidence has score null and no evidence', () => {
        fc.assert(
            fc.property(accountArb, (e) => {
                const r = score(e);
                expect(Object.keys(r.signals).sort()).toEqual([...SIGNAL_IDS].sort());
                for (const s of SIGNAL_IDS) {
                    if (r.signals[s].score === null) {
                        expect(r.signals[s].confidence).toBe(0);
                        expect(r.signals[s].evidence).toEqual([]);
                    }
                }
            }),
            RUNS
        );
    });

    it('is deterministic: same input twice, a deep copy, or records in another order give identical output', () => {
        fc.assert(
            fc.property(accountArb, fc.integer(), (e, seed) => {
                const first = score(e);
                expect(score(e)).toEqual(first);
                expect(score(structuredClone(e))).toEqual(first);
                const shuffle = <T>(list: T[]): T[] => {
                    const out = list.slice();
                    let x = seed | 1;
                    for (let i = out.length - 1; i > 0; i--) {
                        x = (x * 1103515245 + 12345) | 0;
                        const j = Math.abs(x) % (i + 1);
                        [out[i], out[j]] = [out[j] as T, out[i] as T];
                    }
                    return out;
                };
                const shuffled: AccountEvidence = {
                    ...e,
                    opportunities: shuffle(e.opportunities),
                    opportunityHistory: shuffle(e.opportunityHistory),
                    cases: shuffle(e.cases),
                    caseMilestones: shuffle(e.caseMilestones),
                    contracts: shuffle(e.contracts),
                    commitments: shuffle(e.commitments),
                    references: shuffle(e.references)
                };
                expect(score(shuffled)).toEqual(first);
            }),
            { numRuns: 150 }
        );
    });

    it('explains itself: 50 plus the drivers gives the score, and evidence adds up to its driver', () => {
        fc.assert(
            fc.property(accountArb, (e) => {
                const r = score(e);
                if (r.score === null) return;
                const total = 50 + r.drivers.reduce((sum, d) => sum + d.impact, 0);
                expect(Math.abs(total - r.score)).toBeLessThanOrEqual(0.05 + 0.005 * r.drivers.length);
                for (const d of r.drivers) {
                    const items = r.signals[d.signal]?.evidence ?? [];
                    const sum = items.reduce((acc, item) => acc + item.impact, 0);
                    expect(Math.abs(sum - d.impact)).toBeLessThanOrEqual(0.01 + 0.005 * items.length);
                }
            }),
            RUNS
        );
    });

    describe('monotonicity: making one piece of evidence worse never raises a signal, pillar or the score', () => {
        for (const [name, move] of WORSE_MOVES) {
            it(name, () => {
                fc.assert(
                    fc.property(move, ([before, after]) => expectNotRaised(score(before), score(after))),
                    RUNS
                );
            });
        }
    });

    describe('monotonicity at the pillar level: no worse evidence raises any pillar', () => {
        for (const [name, move] of WORSE_MOVES) {
            it.each(PILLAR_IDS.map((p) => [p]))(`${name}: %s`, (pillar) => {
                fc.assert(
                    fc.property(move, ([before, after]) => {
                        const b = score(before).pillars[pillar];
                        const a = score(after).pillars[pillar];
                        if (b !== null && a !== null) expect(a).toBeLessThanOrEqual(b);
                    }),
                    { numRuns: Math.ceil(RUNS.numRuns / 2) }
                );
            });
        }
    });

    it('recency: the same broken promise or lost deal hurts more when recent than when old', () => {
        fc.assert(
            fc.property(
                accountArb,
                fc.integer({ min: 0, max: 100 }),
                fc.integer({ min: 200, max: 1000 }),
                fc.boolean(),
                (e, recent, old, promise) => {
                    const at = (ago: number): AccountEvidence =>
                        promise
                            ? {
                                  ...e,
                                  commitments: [
                                      ...e.commitments,
                                      {
                                          id: 'a0A999999999999AAA',
                                          accountId: e.account.id,
                                          opportunityId: null,
                                          madeByTeam: 'Sales',
                                          promisedOn: PROPERTY_AS_OF - ago - 30,
                                          dueOn: PROPERTY_AS_OF - ago,
                                          deliveredOn: null,
                                          status: 'Broken',
                                          description: null
                                      }
                                  ]
                              }
                            : {
                                  ...e,
                                  opportunities: [
                                      ...e.opportunities,
                                      {
                                          id: '006999999999999AAA',
                                          accountId: e.account.id,
                                          type: 'New Customer',
                                          stageName: 'Closed Lost',
                                          isClosed: true,
                                          isWon: false,
                                          amount: 10_000,
                                          createdDate: (PROPERTY_AS_OF - ago - 60) * 86_400_000,
                                          closeDate: PROPERTY_AS_OF - ago,
                                          contractId: null,
                                          renewedContractId: null
                                      }
                                  ]
                              };
                    const whenRecent = score(at(recent));
                    const whenOld = score(at(old));
                    expect(whenRecent.score).not.toBeNull();
                    expect(whenRecent.score as number).toBeLessThanOrEqual(whenOld.score as number);
                }
            ),
            RUNS
        );
    });

    it('replays the past: scoring as of an earlier day ignores everything that happened after it', () => {
        fc.assert(
            fc.property(accountArb, fc.integer({ min: 1, max: 400 }), (e, back) => {
                const day = PROPERTY_AS_OF - back;
                expect(scoreAccount(e, model, baselines, day)).toEqual(
                    scoreAccount(asItWasOn(e, day), model, baselines, day)
                );
            }),
            RUNS
        );
    });

    it('reports switched-off signals as such, with no score', () => {
        fc.assert(
            fc.property(accountArb, fc.constantFrom(...SIGNAL_IDS), (e, off) => {
                const m: TrustModel = structuredClone(model);
                m.signals[off].enabled = false;
                const r = score(e, m);
                expect(r.signals[off]).toEqual({
                    pillar: m.signals[off].pillar,
                    score: null,
                    confidence: 0,
                    summary: 'Switched off in this model',
                    evidence: []
                });
                expect(r.drivers.some((d) => d.signal === off)).toBe(false);
                // Off counts exactly like a zero weight: same score, same pillars.
                const zero: TrustModel = structuredClone(model);
                zero.signals[off].weight = 0;
                const z = score(e, zero);
                expect(r.score).toBe(z.score);
                expect(r.pillars).toEqual(z.pillars);
            }),
            { numRuns: 100 }
        );
    });

    it('renormalises: weights of signals without evidence do not matter, and a lone signal is the score', () => {
        fc.assert(
            fc.property(accountArb, fc.double({ min: 0.1, max: 50, noNaN: true }), (e, weight) => {
                const r = score(e);
                const empty = SIGNAL_IDS.filter((s) => r.signals[s].score === null);
                fc.pre(empty.length > 0 && r.score !== null);
                const reweighted: TrustModel = structuredClone(model);
                for (const s of empty) reweighted.signals[s].weight = weight;
                expect(score(e, reweighted).score).toBe(r.score);
            }),
            RUNS
        );
        fc.assert(
            fc.property(accountArb, (e) => {
                const onlyPromises: AccountEvidence = {
                    ...emptyEvidence(e.account),
                    commitments: e.commitments
                };
                const r = score(onlyPromises);
                const signal = r.signals.promiseKeeping.score;
                if (signal === null) expect(r.score).toBeNull();
                else expect(Math.abs((r.score as number) - signal)).toBeLessThanOrEqual(0.05);
            }),
            RUNS
        );
    });
});

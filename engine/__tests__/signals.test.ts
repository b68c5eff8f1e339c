/**
 * Table-driven cases per signal: a small account, the signal's expected score (or null) and
 * what its receipt must say. Expected numbers follow the formulas in docs/scoring.md.
 */
import { DEFAULT_BASELINES, type OrgBaselines } from '../baselines';
import type { SignalId } from '../catalog';
import type { AccountEvidence, ContractRecord } from '../evidence';
import { defaultModel } from '../model';
import { scoreAccount } from '../score';
import {
    account,
    commitment,
    contract,
    day,
    history,
    milestone,
    opportunity,
    reference,
    supportCase
} from '../../test/support/evidence';

const AS_OF = day('2026-06-30');
const model = defaultModel();
const baselines: OrgBaselines = { ...DEFAULT_BASELINES, medianWonCycleDays: 60, winRatePrior: 0.5 };

function signal(evidence: AccountEvidence, id: SignalId, b: OrgBaselines = baselines) {
    return scoreAccount(evidence, model, b, AS_OF).signals[id];
}

interface Case {
    name: string;
    evidence: () => AccountEvidence;
    score: number | null | [number, number];
    summary?: RegExp;
}

function run(id: SignalId, cases: Case[]): void {
    describe(id, () => {
        it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
            const result = signal(c.evidence(), id);
            if (Array.isArray(c.score)) {
                expect(result.score).toBeGreaterThanOrEqual(c.score[0]);
                expect(result.score).toBeLessThanOrEqual(c.score[1]);
            } else expect(result.score).toBe(c.score);
            if (c.score === null) {
                expect(result.confidence).toBe(0);
                expect(result.evidence).toEqual([]);
            }
            if (c.summary)
                expect([result.summary, ...result.evidence.map((e) => e.summary)].join(' | ')).toMatch(
                    c.summary
                );
        });
    });
}

/** A renewal of `c` closing on `close`, created 90 days before the contract end. */
function renewalOf(end: string, close: string, extra: Parameters<typeof opportunity>[0] = {}) {
    const created = new Date(Date.parse(`${end}T00:00:00Z`) - 90 * 86_400_000).toISOString().slice(0, 10);
    return opportunity({ type: 'Renewal', created, close, ...extra });
}

/** An annual contract a renewal renews, and the next term's: [end, start]. */
const RENEWED_TERM = ['2026-03-31', '2025-04-01'] as const;
const NEXT_TERM = ['2027-03-31', '2026-04-01'] as const;

/**
 * An account holding `contracts` and one renewal that carries `carried` on its ContractId,
 * opened on `created` and closing on `close`; `plan` is its first planned close date, if any.
 */
function carrying(
    contracts: ContractRecord[],
    carried: ContractRecord,
    close: string,
    { created = '2026-01-01', plan }: { created?: string; plan?: string } = {}
): AccountEvidence {
    const r = opportunity({ type: 'Renewal', created, close, contractId: carried.id });
    return account({
        contracts,
        opportunities: [r],
        opportunityHistory: plan === undefined ? [] : [history(r.id, plan, created)]
    });
}

run('renewalTimeliness', [
    { name: 'no renewals → no evidence', evidence: () => account(), score: null },
    {
        name: 'renewed with no contract end or planned date: says so instead of "on time"',
        evidence: () =>
            account({
                opportunities: [opportunity({ type: 'Renewal', created: '2026-01-10', close: '2026-02-01' })]
            }),
        score: 100,
        summary: /^1 renewal: 1 renewed with no due date to compare \|/
    },
    {
        name: 'date matching never takes the contract the renewal itself started as the one it renews',
        evidence: () => {
            // The contract it renews ended outside the matching window; the only contract in
            // reach is the one this renewal created.
            const own = contract('2026-11-30', '2025-12-20');
            return account({
                contracts: [contract('2025-10-15'), own],
                opportunities: [
                    opportunity({
                        type: 'Renewal',
                        created: '2025-12-01',
                        close: '2025-12-20',
                        contractId: own.id
                    })
                ]
            });
        },
        score: 100,
        summary: /renewed with no due date to compare/
    },
    {
        name: 'a renewal whose ContractId is the contract it renews is matched to it: late by its end',
        evidence: () => {
            // Orgs that put the renewed contract on the renewal: the next term's contract
            // belongs to the next renewal and lies beyond the matching window.
            const renewed = contract(...RENEWED_TERM);
            return carrying([renewed, contract(...NEXT_TERM)], renewed, '2026-04-30');
        },
        score: [83, 84],
        summary: /Renewal closed 30 days after contract end/
    },
    {
        name: 'a renewal whose ContractId is the contract it renews, with a plan: on time by its end',
        evidence: () => {
            const renewed = contract(...RENEWED_TERM);
            return carrying([renewed], renewed, '2026-03-20', { plan: '2026-04-15' });
        },
        score: 100,
        summary: /Renewed on time \(contract end 2026-03-31\)/
    },
    {
        name: 'a renewal opened the day the contract it renews started is still matched to it',
        evidence: () => {
            // A renewal created when its contract was activated, with no close-date history.
            const renewed = contract(...RENEWED_TERM);
            return carrying([renewed], renewed, '2026-04-30', { created: RENEWED_TERM[1] });
        },
        score: [83, 84],
        summary: /Renewal closed 30 days after contract end/
    },
    {
        name: 'a renewal whose ContractId is the contract it started is matched to the one it renews',
        evidence: () => {
            const own = contract(...NEXT_TERM);
            return carrying([own, contract(...RENEWED_TERM)], own, '2026-04-30', { plan: '2026-03-31' });
        },
        score: [83, 84],
        summary: /Renewal closed 30 days after contract end/
    },
    {
        name: 'the contract a renewal started on its planned close day is never what it renews',
        evidence: () => {
            // The renewed contract is not in the org; the renewal's own contract ends within a
            // year of the plan and would otherwise make a 29-day-late renewal look on time.
            const own = contract(...NEXT_TERM);
            return carrying([own], own, '2026-04-30', { plan: NEXT_TERM[1] });
        },
        score: [83, 84],
        summary: /Renewal closed 29 days after first planned close date/
    },
    {
        name: 'renewed before the contract ended → 100',
        evidence: () =>
            account({
                contracts: [contract('2026-03-31')],
                opportunities: [renewalOf('2026-03-31', '2026-03-20')]
            }),
        score: 100,
        summary: /Renewed on time \(contract end 2026-03-31\)/
    },
    {
        name: '90 days late → 50',
        evidence: () =>
            account({
                contracts: [contract('2026-01-01')],
                opportunities: [renewalOf('2026-01-01', '2026-04-01')]
            }),
        score: 50,
        summary: /closed 90 days after contract end/
    },
    {
        name: 'lost renewal (churn) → 0',
        evidence: () =>
            account({
                contracts: [contract('2026-01-01')],
                opportunities: [
                    renewalOf('2026-01-01', '2026-01-05', { isWon: false, stageName: 'Closed Lost' })
                ]
            }),
        score: 0,
        summary: /Renewal lost \(churn\)/
    },
    {
        name: 'open renewal 45 days past the contract end → 75',
        evidence: () =>
            account({
                contracts: [contract('2026-05-16')],
                opportunities: [renewalOf('2026-05-16', '2026-07-30', { isClosed: false, isWon: false })]
            }),
        score: 75,
        summary: /still open 45 days after contract end/
    },
    {
        name: 'open renewal not yet due → no evidence',
        evidence: () =>
            account({
                contracts: [contract('2026-09-30')],
                opportunities: [renewalOf('2026-09-30', '2026-09-15', { isClosed: false, isWon: false })]
            }),
        score: null
    },
    {
        name: 'without contracts, the first planned close date is the due date',
        evidence: () => {
            const r = opportunity({ type: 'Renewal', created: '2025-10-01', close: '2026-02-28' });
            return account({
                opportunities: [r],
                opportunityHistory: [
                    history(r.id, '2026-01-29', '2025-10-01'),
                    history(r.id, '2026-02-28', '2026-01-20')
                ]
            });
        },
        score: [83, 84],
        summary: /30 days after first planned close date/
    },
    {
        name: "the model's lookup field names the renewed contract even when dates would match another",
        evidence: () => {
            const old = contract('2025-06-30');
            const recent = contract('2026-03-31');
            const r = renewalOf('2026-03-31', '2026-04-10', { renewedContractId: old.id });
            return account({ contracts: [old, recent], opportunities: [r] });
        },
        score: [0, 1],
        summary: /284 days after contract end/
    },
    {
        name: "the model's lookup field comes first when the renewal's ContractId is its own contract",
        evidence: () => {
            // CPQ: the renewed contract on its own field, the contract the renewal created on ContractId.
            const renewed = contract('2025-12-31', '2025-01-01');
            const own = contract('2026-12-31', '2026-01-01');
            const r = renewalOf('2025-12-31', '2026-01-30', {
                renewedContractId: renewed.id,
                contractId: own.id
            });
            return account({ contracts: [own, renewed], opportunities: [r] });
        },
        score: [83, 84],
        summary: /Renewal closed 30 days after contract end/
    },
    {
        name: 'a downsized renewal scores below an on-time full renewal',
        evidence: () => {
            const c = contract('2026-03-31');
            return account({
                contracts: [c],
                opportunities: [
                    opportunity({
                        contractId: c.id,
                        amount: 100_000,
                        created: '2025-01-01',
                        close: '2025-03-31'
                    }),
                    renewalOf('2026-03-31', '2026-03-30', { amount: 50_000 })
                ]
            });
        },
        score: 75,
        summary: /downsized to 50% of the contract/
    }
]);

run('dealVelocity', [
    {
        name: 'no won deals → no evidence',
        evidence: () => account({ opportunities: [opportunity({ isWon: false })] }),
        score: null
    },
    {
        // Loaded without audit fields: created on the load day, long after it closed.
        name: 'a deal closed before it was created has no cycle → no evidence, not "won in 0 days"',
        evidence: () =>
            account({ opportunities: [opportunity({ created: '2026-05-01', close: '2025-11-15' })] }),
        score: null
    },
    {
        name: 'a deal at the org median cycle → 50',
        evidence: () =>
            account({ opportunities: [opportunity({ created: '2026-01-01', close: '2026-03-02' })] }),
        score: 50,
        summary: /Won in 60 days \(org median 60 days\)/
    },
    {
        name: 'a deal in half the median → 80',
        evidence: () =>
            account({ opportunities: [opportunity({ created: '2026-01-01', close: '2026-01-31' })] }),
        score: 80
    },
    {
        name: 'two close-date pushes cost 15% each',
        evidence: () => {
            const o = opportunity({ created: '2026-01-01', close: '2026-01-31' });
            return account({
                opportunities: [o],
                opportunityHistory: [
                    history(o.id, '2026-01-10', '2026-01-01'),
                    history(o.id, '2026-01-20', '2026-01-08'),
                    history(o.id, '2026-01-31', '2026-01-18')
                ]
            });
        },
        score: 57.8,
        summary: /close date pushed 2 times/
    },
    {
        name: 'renewals do not count as deal velocity',
        evidence: () => account({ opportunities: [opportunity({ type: 'Renewal' })] }),
        score: null
    }
]);

run('winRate', [
    {
        name: 'no closed deals → no evidence',
        evidence: () => account({ opportunities: [opportunity({ isClosed: false, isWon: false })] }),
        score: null
    },
    {
        name: 'one win is pulled toward the org prior',
        evidence: () =>
            account({ opportunities: [opportunity({ created: '2026-06-30', close: '2026-06-30' })] }),
        // Rate (1 + 2·⅓) / 3 = 5/9 against the org's ⅓ (50% with losses doubled): 50 + 75·(5/9 − ⅓)
        score: 66.7,
        summary: /Org win rate 50% scores 50/
    },
    {
        name: 'losses weigh more than wins (loss aversion): one loss costs more than one win adds',
        evidence: () =>
            account({
                opportunities: [opportunity({ created: '2026-06-30', close: '2026-06-30', isWon: false })]
            }),
        // Org rate 50% seen with losses doubled: 1/3. Rate (0 + 2·⅓) / (2 + 2) = ⅙ → 50 − 150·(⅓ − ⅙)
        score: 25
    },
    {
        name: 'a win and a loss in an org that wins half its deals is exactly average: 50',
        evidence: () =>
            account({
                opportunities: [
                    opportunity({ created: '2026-06-30', close: '2026-06-30' }),
                    opportunity({ created: '2026-06-30', close: '2026-06-30', isWon: false })
                ]
            }),
        score: 50
    }
]);

run('expansion', [
    {
        name: 'no upgrades or downgrades → no evidence',
        evidence: () => account({ opportunities: [opportunity()] }),
        score: null
    },
    {
        name: 'a won upgrade the size of a typical deal → 75',
        evidence: () =>
            account({
                opportunities: [
                    opportunity({
                        type: 'Existing Customer - Upgrade',
                        created: '2026-06-30',
                        close: '2026-06-30',
                        amount: 50_000
                    })
                ]
            }),
        score: 75,
        summary: /Expanded: Existing Customer - Upgrade \(50,000\)/
    },
    {
        name: 'a downgrade → below 50',
        evidence: () =>
            account({
                opportunities: [
                    opportunity({
                        type: 'Existing Customer - Downgrade',
                        created: '2026-06-30',
                        close: '2026-06-30',
                        amount: 50_000
                    })
                ]
            }),
        score: [16, 17],
        summary: /Downgraded/
    }
]);

run('referenceQuality', [
    { name: 'no references → no evidence', evidence: () => account(), score: null },
    {
        name: 'a 5/5 reference → 100',
        evidence: () => account({ references: [reference({ rating: 5 })] }),
        score: 100,
        summary: /rated 5\/5/
    },
    {
        name: 'a 3/5 reference → 50',
        evidence: () => account({ references: [reference({ rating: 3 })] }),
        score: 50
    },
    {
        name: 'a declined request → 15',
        evidence: () => account({ references: [reference({ status: 'Declined', rating: null })] }),
        score: 15,
        summary: /declined/
    },
    {
        name: 'a request unanswered for months counts as no response',
        evidence: () =>
            account({
                references: [reference({ status: 'Requested', rating: null, requested: '2026-03-01' })]
            }),
        score: 30,
        summary: /unanswered since 2026-03-01/
    },
    {
        name: 'a fresh request is not evidence yet',
        evidence: () =>
            account({
                references: [reference({ status: 'Requested', rating: null, requested: '2026-06-20' })]
            }),
        score: null
    }
]);

run('promiseKeeping', [
    { name: 'no promises → no evidence', evidence: () => account(), score: null },
    {
        name: 'kept on time → 100',
        evidence: () =>
            account({
                commitments: [commitment({ status: 'Kept', due: '2026-05-01', delivered: '2026-04-28' })]
            }),
        score: 100
    },
    {
        name: 'kept 20 days late → 80',
        evidence: () =>
            account({
                commitments: [commitment({ status: 'Kept', due: '2026-05-01', delivered: '2026-05-21' })]
            }),
        score: 80,
        summary: /kept 20 days late/
    },
    {
        name: 'broken → 0',
        evidence: () => account({ commitments: [commitment({ status: 'Broken', due: '2026-05-01' })] }),
        score: 0,
        summary: /broken/
    },
    {
        name: 'open and 30 days overdue → 20',
        evidence: () => account({ commitments: [commitment({ status: 'Open', due: '2026-05-31' })] }),
        score: 20,
        summary: /open, 30 days overdue/
    },
    {
        name: 'open and not yet due → no evidence',
        evidence: () => account({ commitments: [commitment({ status: 'Open', due: '2026-08-01' })] }),
        score: null
    },
    {
        name: 'withdrawn → no evidence',
        evidence: () => account({ commitments: [commitment({ status: 'Withdrawn', due: '2026-05-01' })] }),
        score: null
    }
]);

run('supportResponsiveness', [
    { name: 'no cases → no evidence', evidence: () => account(), score: null },
    {
        name: 'a Medium case closed within target scores well',
        evidence: () =>
            account({
                cases: [supportCase({ created: '2026-06-01T09:00:00Z', closed: '2026-06-02T09:00:00Z' })]
            }),
        // 100 / (1 + (24/72/1.5)³)
        score: 98.9,
        summary: /resolved in 24 h \(target 3 days\)/
    },
    {
        name: 'a High case at 1.5× its 24 h target → 50',
        evidence: () =>
            account({
                cases: [
                    supportCase({
                        priority: 'High',
                        created: '2026-06-01T00:00:00Z',
                        closed: '2026-06-02T12:00:00Z'
                    })
                ]
            }),
        score: 50
    },
    {
        name: 'milestones, where present, decide instead of resolution time',
        evidence: () => {
            const c = supportCase({
                priority: 'High',
                created: '2026-06-01T00:00:00Z',
                closed: '2026-06-20T00:00:00Z'
            });
            return account({ cases: [c], caseMilestones: [milestone(c.id, false), milestone(c.id, true)] });
        },
        score: 50,
        summary: /1 of 2 milestones violated/
    },
    {
        name: 'an open case past its target counts against',
        evidence: () =>
            account({
                cases: [
                    supportCase({
                        priority: 'Critical',
                        isClosed: false,
                        status: 'New',
                        created: '2026-06-20T00:00:00Z',
                        closed: null as unknown as string
                    })
                ]
            }),
        score: [0, 5],
        summary: /open for 11 days/
    }
]);

/** caseHealth's formula: 100 / (1 + rate/perCase), rate smoothed with 5 org-typical cases. */
function expectedCaseHealth(trouble: number, quietCases: number, perCase: number): number {
    const rate = (trouble + 5 * perCase) / (quietCases + 5);
    return Math.round(1000 / (1 + rate / perCase)) / 10;
}

/** A case created and closed today, so its trouble is undecayed. */
const todayCase = (extra: Parameters<typeof supportCase>[0] = {}) =>
    supportCase({ created: '2026-06-30T08:00:00Z', closed: '2026-06-30T10:00:00Z', ...extra });

run('caseHealth', [
    { name: 'no cases → no evidence', evidence: () => account(), score: null },
    {
        name: 'one routine case today (no trouble, smoothed with 5 cases at the default 0.3)',
        evidence: () => account({ cases: [todayCase()] }),
        score: expectedCaseHealth(0, 1, 0.3)
    },
    {
        name: 'one escalation today (2 points)',
        evidence: () => account({ cases: [todayCase({ isEscalated: true })] }),
        score: expectedCaseHealth(2, 0, 0.3),
        summary: /1 case, 1 escalated; trouble 0\.70 per quiet case vs org average 0\.30/
    },
    {
        name: 'escalated, High priority and re-opened (2 + 1 + 1)',
        evidence: () =>
            account({
                cases: [
                    todayCase({
                        isEscalated: true,
                        priority: 'High',
                        status: 'Reopened',
                        isClosed: false,
                        closed: null
                    })
                ]
            }),
        score: expectedCaseHealth(4, 0, 0.3),
        summary: /Case: escalated, High priority, re-opened/
    }
]);

describe('caseHealth against the org', () => {
    it('scores an account exactly as troubled per quiet case as the org average at 50', () => {
        expect(
            signal(account({ cases: [todayCase({ priority: 'High' }), todayCase()] }), 'caseHealth', {
                ...baselines,
                caseTroublePerCase: 1
            }).score
        ).toBe(50);
    });

    it('judges the rate, not the volume: 40 routine cases score like a calm account, not a troubled one', () => {
        const routine = signal(
            account({ cases: Array.from({ length: 40 }, () => todayCase()) }),
            'caseHealth'
        );
        expect(routine.score).toBe(expectedCaseHealth(0, 40, 0.3));
        expect(routine.score as number).toBeGreaterThan(50);
        const troubled = signal(
            account({ cases: Array.from({ length: 40 }, (_, i) => todayCase({ isEscalated: i % 4 === 0 })) }),
            'caseHealth'
        );
        expect(troubled.score).toBe(expectedCaseHealth(10 * 2, 30, 0.3));
        expect(troubled.score as number).toBeLessThan(routine.score as number);
    });
});

/** disputes' formula: 100 / (1 + rate/perCase), rate per quiet case smoothed with 5 at the org rate. */
const expectedDisputes = (points: number, quietCases: number, perCase = 0.05): number =>
    expectedCaseHealth(points, quietCases, perCase);

run('disputes', [
    { name: 'no cases → no evidence', evidence: () => account(), score: null },
    {
        name: 'two quiet cases say little: a little above 50',
        evidence: () => account({ cases: [supportCase(), supportCase()] }),
        score: expectedDisputes(0, 2),
        summary: /0 disputes among 2 cases/
    },
    {
        name: 'more quiet cases say more',
        evidence: () => account({ cases: Array.from({ length: 20 }, () => supportCase()) }),
        score: expectedDisputes(0, 20)
    },
    {
        name: 'one dispute today among one case',
        evidence: () =>
            account({
                cases: [
                    supportCase({
                        type: 'Billing',
                        reason: 'Billing Dispute',
                        created: '2026-06-30T08:00:00Z'
                    })
                ]
            }),
        score: expectedDisputes(1, 0),
        summary: /Dispute: Billing Dispute/
    },
    {
        name: 'an escalated dispute weighs double',
        evidence: () =>
            account({
                cases: [supportCase({ type: 'Billing', isEscalated: true, created: '2026-06-30T08:00:00Z' })]
            }),
        score: expectedDisputes(2, 0),
        summary: /Dispute: Billing, escalated/
    },
    {
        name: 'a dispute reason alone is enough',
        evidence: () =>
            account({
                cases: [supportCase({ type: 'Question', reason: 'Refund', created: '2026-06-30T08:00:00Z' })]
            }),
        score: expectedDisputes(1, 0)
    }
]);

describe('renewalTimeliness: the renewed contract’s value', () => {
    // Found by the monotonicity property: the deal that created the contract turning out lost
    // erased the open renewal's downsizing and raised the signal.
    function evidence(creatorWon: boolean): AccountEvidence {
        const renewed = contract('2026-01-31', '2025-02-01');
        const creator = opportunity({
            created: '2025-01-01',
            close: '2025-01-20',
            amount: 100_000,
            contractId: renewed.id,
            ...(creatorWon ? {} : { stageName: 'Closed Lost', isWon: false })
        });
        const open = renewalOf('2026-01-31', '2026-01-31', {
            stageName: 'Negotiation',
            isClosed: false,
            isWon: false,
            amount: 60_000,
            renewedContractId: renewed.id
        });
        return account({ contracts: [renewed], opportunities: [creator, open] });
    }

    it('is the amount of the deal that created it, whatever that deal’s stage says now', () => {
        const won = signal(evidence(true), 'renewalTimeliness');
        const lost = signal(evidence(false), 'renewalTimeliness');
        expect(won.evidence.map((e) => e.summary).join(' | ')).toMatch(/downsized to 60% of the contract/);
        expect(lost.score).toBe(won.score);
    });
});

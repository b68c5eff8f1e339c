/**
 * The path to the next band: each kind of step on a hand-built account, and over generated
 * accounts the promises a rep relies on: each step, applied to the evidence and re-scored,
 * moves the score by exactly its points; the steps, all applied, earn the band when they say
 * so; the same input gives the same path; no path in the top band; only the named records
 * change, and the as-of day never does.
 */
import fc from 'fast-check';
import { DEFAULT_BASELINES, type OrgBaselines } from '../../baselines';
import { emptyEvidence, type AccountEvidence, type CaseRecord, type CommitmentRecord } from '../../evidence';
import { MS_PER_DAY } from '../../dates';
import { defaultModel, type TrustModel } from '../../model';
import type { NextBandAction, TrustResult } from '../../result';
import { scoreAccount } from '../../score';
import { accountArb, PROPERTY_AS_OF } from '../../../test/support/arbitraries';
import { evidenceAfterStep } from '..';

// Hand-built accounts hold one kind of evidence: too little for the shipped minConfidence.
const model: TrustModel = { ...defaultModel(), minConfidence: 0 };
const baselines: OrgBaselines = { ...DEFAULT_BASELINES, caseTroublePerCase: 0.4 };
const AS_OF = PROPERTY_AS_OF;
const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS ?? 200) };
const round1 = (v: number): number => Math.round(v * 10) / 10;

const withNext = (e: AccountEvidence, m: TrustModel = model): TrustResult =>
    scoreAccount(e, m, baselines, AS_OF);
const plain = (e: AccountEvidence, m: TrustModel = model): TrustResult =>
    scoreAccount(e, m, baselines, AS_OF, { nextBand: false });

function promise(
    id: string,
    status: string,
    dueAgo: number,
    deliveredAgo: number | null = null
): CommitmentRecord {
    return {
        id,
        accountId: '001A',
        opportunityId: null,
        madeByTeam: 'Sales',
        promisedOn: AS_OF - dueAgo - 30,
        dueOn: AS_OF - dueAgo,
        deliveredOn: deliveredAgo === null ? null : AS_OF - deliveredAgo,
        status,
        description: null
    };
}

function openCase(id: string, openedAgo: number, escalated: boolean): CaseRecord {
    return {
        id,
        accountId: '001A',
        isClosed: false,
        isEscalated: escalated,
        priority: 'Medium',
        status: 'Reopened',
        type: 'Problem',
        reason: null,
        origin: 'Email',
        createdDate: (AS_OF - openedAgo) * MS_PER_DAY,
        closedDate: null
    };
}

function account(parts: Partial<AccountEvidence>): AccountEvidence {
    return { ...emptyEvidence({ id: '001A', name: 'Acme' }), ...parts };
}

/** Each step applied in turn, re-scored in full: the score moves by the step's points. */
function expectStepsHold(evidence: AccountEvidence, result: TrustResult, m: TrustModel = model): void {
    let current = evidence;
    let before = plain(current, m);
    for (const step of result.nextBand?.steps ?? []) {
        current = evidenceAfterStep(current, step, m, AS_OF);
        const after = plain(current, m);
        expect(round1((after.score as number) - (before.score as number))).toBe(step.points);
        expect(step.points).toBeGreaterThanOrEqual(0.1);
        before = after;
    }
    if (result.nextBand) {
        const ranks = m.bands.map((b) => b.name);
        const earned =
            before.band !== null && ranks.indexOf(before.band) >= ranks.indexOf(result.nextBand.band);
        expect(earned).toBe(result.nextBand.reaches);
    }
}

describe('next band: each kind of step', () => {
    const cases: [NextBandAction, AccountEvidence][] = [
        [
            'deliverOverduePromises',
            account({
                commitments: [
                    promise('a01', 'Open', 40),
                    promise('a02', 'Kept', 200, 200),
                    promise('a03', 'Broken', 100)
                ]
            })
        ],
        [
            'deliverOpenPromises',
            account({
                commitments: [
                    promise('a01', 'Open', -20),
                    promise('a02', 'Broken', 60),
                    promise('a03', 'Kept', 90, 80)
                ]
            })
        ],
        [
            'resolveEscalations',
            account({
                cases: [openCase('500A', 3, true), openCase('500B', 400, false)]
            })
        ],
        ['resolveOpenCases', account({ cases: [openCase('500A', 2, false), openCase('500B', 300, true)] })],
        [
            'completeReferences',
            account({
                references: [
                    {
                        id: 'a0B1',
                        accountId: '001A',
                        contactId: null,
                        requestedOn: AS_OF - 120,
                        type: 'Reference Call',
                        status: 'No Response',
                        rating: null
                    },
                    {
                        id: 'a0B2',
                        accountId: '001A',
                        contactId: null,
                        requestedOn: AS_OF - 200,
                        type: 'Case Study',
                        status: 'Declined',
                        rating: null
                    }
                ]
            })
        ]
    ];

    it.each(cases)('%s: a step naming the right records, worth its points', (action, evidence) => {
        const result = withNext(evidence);
        expect(result.band).not.toBe('Trusted');
        const step = result.nextBand?.steps.find((s) => s.action === action);
        expect(step).toBeDefined();
        expect(step?.points).toBeGreaterThan(0);
        expectStepsHold(evidence, result);
    });

    it('never offers a declined reference, a kept promise or a closed case', () => {
        const evidence = cases[4]?.[1] as AccountEvidence;
        const ids = withNext(evidence).nextBand?.steps.flatMap((s) => s.recordIds);
        expect(ids).toEqual(['a0B1']);
    });

    it('reports an overdue promise kept on the as-of day as kept late, not on time', () => {
        const evidence = cases[0]?.[1] as AccountEvidence;
        const after = evidenceAfterStep(
            evidence,
            { action: 'deliverOverduePromises', recordIds: ['a01'] },
            model,
            AS_OF
        );
        const kept = after.commitments.find((c) => c.id === 'a01');
        expect(kept).toMatchObject({ status: 'Kept', deliveredOn: AS_OF });
        expect(plain(after).signals.promiseKeeping.evidence.map((e) => e.summary)).toContain(
            'Promise (Sales) kept 40 days late'
        );
    });

    it('says when the changes the account can make do not reach the band', () => {
        // One overdue promise among many broken ones: it helps, but not enough for Steady.
        const evidence = account({
            commitments: [
                promise('a01', 'Open', 10),
                ...Array.from({ length: 8 }, (_, i) => promise(`a1${i}`, 'Broken', 20 + i))
            ]
        });
        const result = withNext(evidence);
        expect(result.band).toBe('At Risk');
        expect(result.nextBand).toMatchObject({ band: 'Fragile', reaches: false });
        expect(result.nextBand?.steps).toEqual([
            { action: 'deliverOverduePromises', recordIds: ['a01'], points: expect.any(Number) }
        ]);
        expectStepsHold(evidence, result);
    });

    it('stops at the fewest records that earn the band', () => {
        const evidence = account({
            commitments: [
                promise('a01', 'Kept', 300, 300),
                promise('a02', 'Kept', 250, 250),
                ...Array.from({ length: 6 }, (_, i) => promise(`a1${i}`, 'Open', 10 + i))
            ]
        });
        const result = withNext(evidence);
        expect(result.nextBand?.reaches).toBe(true);
        const ids = result.nextBand?.steps.flatMap((s) => s.recordIds) ?? [];
        expect(ids.length).toBeLessThan(6);
        expectStepsHold(evidence, result);
    });
});

describe('next band: where it applies', () => {
    it('is absent in the top band, for a provisional score and without a score', () => {
        const trusted = account({
            commitments: Array.from({ length: 6 }, (_, i) => promise(`a0${i}`, 'Kept', 20 + i, 20 + i))
        });
        expect(withNext(trusted).band).toBe('Trusted');
        expect(withNext(trusted)).not.toHaveProperty('nextBand');
        const strict = { ...model, minConfidence: 0.9 };
        const thin = account({ commitments: [promise('a01', 'Open', 10)] });
        expect(withNext(thin, strict).provisional).toBe(true);
        expect(withNext(thin, strict)).not.toHaveProperty('nextBand');
        expect(withNext(account({}))).not.toHaveProperty('nextBand');
    });

    it('changes no score: the result is the one without it, plus the nextBand field', () => {
        fc.assert(
            fc.property(accountArb, (e) => {
                const result = withNext(e);
                delete result.nextBand;
                expect(result).toEqual(plain(e));
            }),
            RUNS
        );
    });
});

describe('next band: properties over generated accounts', () => {
    it('each step, applied, really moves the score by its points', () => {
        fc.assert(
            fc.property(accountArb, (e) => {
                expectStepsHold(e, withNext(e));
            }),
            RUNS
        );
    });

    it('is deterministic, whatever order the source listed the records in', () => {
        fc.assert(
            fc.property(accountArb, (e) => {
                const reversed: AccountEvidence = {
                    ...e,
                    cases: e.cases.slice().reverse(),
                    commitments: e.commitments.slice().reverse(),
                    references: e.references.slice().reverse()
                };
                expect(withNext(reversed).nextBand).toEqual(withNext(e).nextBand);
            }),
            RUNS
        );
    });

    it('is honest: a step changes only the records it names, and only in ways the team can', () => {
        fc.assert(
            fc.property(accountArb, (e) => {
                for (const step of withNext(e).nextBand?.steps ?? []) {
                    const after = evidenceAfterStep(e, step, model, AS_OF);
                    const named = new Set(step.recordIds);
                    for (const kind of [
                        'commitments',
                        'cases',
                        'references',
                        'opportunities',
                        'contracts'
                    ] as const) {
                        const list = after[kind] as { id: string }[];
                        expect(list.map((r) => r.id)).toEqual((e[kind] as { id: string }[]).map((r) => r.id));
                        list.forEach((r, i) => {
                            if (!named.has(r.id)) expect(r).toBe(e[kind][i]);
                        });
                    }
                    // Nothing is dated after the as-of day: no step waits for time to pass.
                    for (const c of after.commitments) if (named.has(c.id)) expect(c.deliveredOn).toBe(AS_OF);
                    for (const c of after.cases)
                        if (named.has(c.id)) expect(c.closedDate).toBeLessThan((AS_OF + 1) * MS_PER_DAY);
                    for (const r of after.references) if (named.has(r.id)) expect(r.rating).toBeNull();
                }
            }),
            RUNS
        );
    });
});

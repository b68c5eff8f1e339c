/**
 * fast-check generators of whole accounts around a fixed as-of day: every kind of evidence,
 * with dates spread over (and beyond) the look-back so decay, windows and edge cases occur.
 */
import fc from 'fast-check';
import type {
    AccountEvidence,
    CaseMilestoneRecord,
    CaseRecord,
    CommitmentRecord,
    ContractRecord,
    OpportunityHistoryRecord,
    OpportunityRecord,
    ReferenceRecord
} from '../../engine/evidence';
import { MS_PER_DAY } from '../../engine/dates';
import { ACCOUNT_ID, day } from './evidence';

export const PROPERTY_AS_OF = day('2026-06-30');
const A = PROPERTY_AS_OF;

const id = (prefix: string, i: number): string => `${prefix}${String(i).padStart(15, '0')}`;
const dayIn = (from: number, to: number) => fc.integer({ min: A + from, max: A + to });
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null, freq: 4 });

const OPP_TYPES = [
    'New Customer',
    'Renewal',
    'Existing Customer - Upgrade',
    'Existing Customer - Downgrade',
    null
];
const PRIORITIES = ['Low', 'Medium', 'High', 'Critical', null];
const CASE_TYPES = ['Question', 'Problem', 'Billing', null];
const CASE_REASONS = ['Billing Dispute', 'Refund', 'Performance', null];
const PROMISE_STATUSES = ['Open', 'Kept', 'Broken', 'Renegotiated', 'Withdrawn'];
const REF_STATUSES = ['Requested', 'Completed', 'Declined', 'No Response'];
const REF_TYPES = ['Reference Call', 'Case Study', 'Site Visit', 'Peer Review', 'Speaking', 'Referral'];

const contractArb = fc.record({ end: dayIn(-1100, 300), term: fc.integer({ min: 180, max: 1100 }) });
const oppArb = fc.record({
    type: fc.constantFrom(...OPP_TYPES),
    closed: fc.boolean(),
    won: fc.boolean(),
    created: dayIn(-1300, 0),
    cycle: fc.integer({ min: 0, max: 400 }),
    amount: maybe(fc.integer({ min: 1_000, max: 500_000 })),
    contractIndex: maybe(fc.nat(5)),
    history: fc.array(
        fc.record({ shift: fc.integer({ min: -60, max: 90 }), after: fc.integer({ min: 0, max: 200 }) }),
        { maxLength: 3 }
    )
});
const caseArb = fc.record({
    created: dayIn(-1200, 0),
    hours: maybe(fc.integer({ min: 1, max: 2000 })),
    escalated: fc.boolean(),
    priority: fc.constantFrom(...PRIORITIES),
    type: fc.constantFrom(...CASE_TYPES),
    reason: fc.constantFrom(...CASE_REASONS),
    reopened: fc.boolean(),
    milestones: fc.array(
        fc.record({
            violated: fc.boolean(),
            targetHours: fc.integer({ min: 1, max: 600 }),
            doneHours: maybe(fc.integer({ min: 0, max: 900 }))
        }),
        {
            maxLength: 2
        }
    )
});
const promiseArb = fc.record({
    status: fc.constantFrom(...PROMISE_STATUSES),
    promised: dayIn(-1200, 0),
    lead: fc.integer({ min: 0, max: 200 }),
    late: maybe(fc.integer({ min: -30, max: 120 })),
    team: fc.constantFrom('Sales', 'Executive', 'Support')
});
const referenceArb = fc.record({
    status: fc.constantFrom(...REF_STATUSES),
    requested: dayIn(-1200, 0),
    rating: maybe(fc.integer({ min: 1, max: 5 })),
    type: fc.constantFrom(...REF_TYPES)
});

export const accountArb: fc.Arbitrary<AccountEvidence> = fc
    .record({
        contracts: fc.array(contractArb, { maxLength: 4 }),
        opps: fc.array(oppArb, { maxLength: 10 }),
        cases: fc.array(caseArb, { maxLength: 12 }),
        promises: fc.array(promiseArb, { maxLength: 6 }),
        references: fc.array(referenceArb, { maxLength: 5 })
    })
    .map((g) => {
        const contracts: ContractRecord[] = g.contracts.map((c, i) => ({
            id: id('800', i),
            accountId: ACCOUNT_ID,
            startDate: c.end - c.term,
            endDate: c.end,
            status: 'Activated'
        }));
        const opportunities: OpportunityRecord[] = [];
        const opportunityHistory: OpportunityHistoryRecord[] = [];
        g.opps.forEach((o, i) => {
            const close = o.created + o.cycle;
            const closed = o.closed && close <= A;
            const contractId =
                o.contractIndex !== null && contracts[o.contractIndex]
                    ? (contracts[o.contractIndex] as ContractRecord).id
                    : null;
            const opp: OpportunityRecord = {
                id: id('006', i),
                accountId: ACCOUNT_ID,
                type: o.type,
                stageName: closed ? (o.won ? 'Closed Won' : 'Closed Lost') : 'Negotiation',
                isClosed: closed,
                isWon: closed && o.won,
                amount: o.amount,
                createdDate: o.created * MS_PER_DAY,
                closeDate: close,
                contractId,
                renewedContractId: null
            };
            opportunities.push(opp);
            o.history.forEach((h, j) =>
                opportunityHistory.push({
                    id: id('008', i * 10 + j),
                    opportunityId: opp.id,
                    stageName: 'Prospecting',
                    closeDate: close + h.shift,
                    createdDate: (o.created + Math.min(h.after, o.cycle)) * MS_PER_DAY
                })
            );
        });
        const cases: CaseRecord[] = [];
        const caseMilestones: CaseMilestoneRecord[] = [];
        g.cases.forEach((c, i) => {
            const created = c.created * MS_PER_DAY + 9 * 3_600_000;
            const closedAt = c.hours === null ? null : created + c.hours * 3_600_000;
            const isClosed = closedAt !== null && closedAt < (A + 1) * MS_PER_DAY;
            const record: CaseRecord = {
                id: id('500', i),
                accountId: ACCOUNT_ID,
                isClosed,
                isEscalated: c.escalated,
                priority: c.priority,
                status: isClosed ? 'Closed' : c.reopened ? 'Reopened' : 'Working',
                type: c.type,
                reason: c.reason,
                origin: 'Email',
                createdDate: created,
                closedDate: isClosed ? closedAt : null
            };
            cases.push(record);
            c.milestones.forEach((m, j) => {
                const target = created + m.targetHours * 3_600_000;
                const done = m.doneHours === null ? null : created + m.doneHours * 3_600_000;
                caseMilestones.push({
                    id: id('55n', i * 10 + j),
                    caseId: record.id,
                    isViolated: m.violated || (done !== null && done > target),
                    isCompleted: done !== null,
                    targetDate: target,
                    completionDate: done
                });
            });
        });
        const commitments: CommitmentRecord[] = g.promises.map((p, i) => ({
            id: id('a0A', i),
            accountId: ACCOUNT_ID,
            opportunityId: null,
            madeByTeam: p.team,
            promisedOn: p.promised,
            dueOn: p.promised + p.lead,
            deliveredOn: p.status === 'Kept' && p.late !== null ? p.promised + p.lead + p.late : null,
            status: p.status,
            description: null
        }));
        const references: ReferenceRecord[] = g.references.map((r, i) => ({
            id: id('a0B', i),
            accountId: ACCOUNT_ID,
            contactId: null,
            requestedOn: r.requested,
            type: r.type,
            status: r.status,
            rating: r.status === 'Completed' ? r.rating : null
        }));
        return {
            account: { id: ACCOUNT_ID, name: 'Generated' },
            opportunities,
            opportunityHistory,
            cases,
            caseMilestones,
            contracts,
            commitments,
            references,
            // Overrides change the band reported, never the score these properties are about.
            overrides: []
        };
    });

/**
 * The account as its CRM looked at the end of `day`: records created later are gone, and
 * whatever happened later (a close, a delivery, a completed milestone) has not happened yet.
 * Scoring this as of `day` must equal scoring the full account as of `day`.
 */
export function asItWasOn(e: AccountEvidence, day: number): AccountEvidence {
    const end = (day + 1) * MS_PER_DAY;
    const createdBy = (instant: number | null): boolean => instant === null || instant < end;
    const opportunities = e.opportunities
        .filter((o) => createdBy(o.createdDate))
        .map((o) =>
            o.isClosed && o.closeDate !== null && o.closeDate > day
                ? { ...o, isClosed: false, isWon: false, stageName: 'Negotiation' }
                : o
        );
    const cases = e.cases
        .filter((c) => createdBy(c.createdDate))
        .map((c) =>
            c.closedDate !== null && c.closedDate >= end
                ? { ...c, isClosed: false, closedDate: null, status: 'Working' }
                : c
        );
    const caseIds = new Set(cases.map((c) => c.id));
    return {
        ...e,
        opportunities,
        opportunityHistory: e.opportunityHistory.filter(
            (h) => createdBy(h.createdDate) && opportunities.some((o) => o.id === h.opportunityId)
        ),
        cases,
        caseMilestones: e.caseMilestones
            .filter((m) => caseIds.has(m.caseId))
            .map((m) => ({
                ...m,
                // A milestone is violated once its target has passed, completed once done.
                isViolated: m.isViolated && (m.targetDate === null || m.targetDate < end),
                isCompleted: m.isCompleted && (m.completionDate === null || m.completionDate < end),
                completionDate: m.completionDate !== null && m.completionDate >= end ? null : m.completionDate
            })),
        commitments: e.commitments
            .filter((c) => c.promisedOn === null || c.promisedOn <= day)
            .map((c) =>
                c.deliveredOn !== null && c.deliveredOn > day
                    ? { ...c, deliveredOn: null, status: 'Open' }
                    : c
            ),
        references: e.references.filter((r) => r.requestedOn === null || r.requestedOn <= day)
    };
}

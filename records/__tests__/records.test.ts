import path from 'node:path';
import { SIGNAL_FIELDS, SIGNAL_IDS, PILLAR_FIELDS, PILLAR_IDS, type SignalId } from '../../engine/catalog';
import { computeBaselines } from '../../engine/baselines';
import { parseDay } from '../../engine/dates';
import { defaultModel, type TrustModel } from '../../engine/model';
import { scoreAccount } from '../../engine/score';
import type { TrustResult } from '../../engine/result';
import { EvidencePager } from '../graphqlEvidence';
import { activeModelVersion, modelVersions } from '../modelRecord';
import { accountTrustFields, receiptRecord, receiptUpdateFields } from '../receipt';
import { receiptCoverage, storedReceipts } from '../storedReceipt';
import { changesNeedingEvidence, whatIf } from '../whatIf';
import { REPO } from '../../test/support/cli';
import {
    answerAccountQuery,
    evidenceQueries,
    pageEvidence,
    readCsvOrg
} from '../../test/support/graphqlFake';

const AS_OF = '2026-06-30';
const DAY = parseDay(AS_OF) as number;
const org = readCsvOrg(path.join(REPO, 'data', 'demo'));
const QUERIES = evidenceQueries();
const QUERY = QUERIES.core;

function demoEvidence() {
    return org.rows.Account.map((a) => {
        const pager = new EvidencePager(a.Id as string);
        pageEvidence(org, pager);
        return pager.evidence();
    });
}
const evidence = demoEvidence();
const model = defaultModel();
const baselines = computeBaselines(evidence, model, DAY);
const results = evidence.map((e) => scoreAccount(e, model, baselines, DAY));

/** A receipt record as UI API GraphQL returns it: `{ value }` fields, `Model__r` nested. */
function asNode(record: Record<string, unknown>, id: string): Record<string, unknown> {
    const node: Record<string, unknown> = { Id: id };
    for (const [k, v] of Object.entries(record)) node[k] = { value: v, displayValue: null };
    node.Model__r = { Name: { value: 'Default' }, Version__c: { value: 3 } };
    return node;
}
const connection = (nodes: Record<string, unknown>[]) => ({ edges: nodes.map((node) => ({ node })) });

describe('EvidencePager', () => {
    it('refuses a page size the UI API would refuse', () => {
        expect(() => new EvidencePager('001', 199)).toThrow(/pageSize must be 200–2000/);
        expect(() => new EvidencePager('001', 2001)).toThrow(/pageSize must be 200–2000/);
        expect(() => new EvidencePager('001', 0, null)).toThrow(/pageSize must be 1–2000/);
        expect(() => new EvidencePager('001', 500, 300)).toThrow(
            /upperBound must be a whole number ≥ pageSize/
        );
    });

    it('says when the account is missing or not visible', () => {
        const pager = new EvidencePager('001000000000000AAA');
        expect(() => pager.add({ Account: { edges: [] } })).toThrow(/not found or is not visible/);
    });

    it('names the object, record and field of an unreadable value', () => {
        const pager = new EvidencePager('001A');
        const empty = { edges: [], pageInfo: { hasNextPage: false } };
        pager.add({
            Account: { edges: [{ node: { Id: '001A', Name: { value: 'Acme' } } }] },
            Opportunity: {
                edges: [{ node: { Id: '006X', CloseDate: { value: '30/06/2026' } } }],
                pageInfo: { hasNextPage: false }
            },
            Case: empty,
            Contract: empty,
            Trust_Commitment__c: empty,
            Customer_Reference__c: empty,
            Trust_Override__c: empty
        });
        pager.add({ OpportunityHistory: empty });
        pager.add({ CaseMilestone: empty });
        expect(() => pager.evidence()).toThrow(
            'Opportunity 006X: CloseDate is "30/06/2026", expected a date (yyyy-mm-dd)'
        );
    });

    it('asks a complete connection again from its last cursor (an empty page) and keeps paging the others', () => {
        const id = org.rows.Account[0]?.Id as string;
        const pager = new EvidencePager(id, 1, null);
        pager.add(answerAccountQuery(org, QUERY, pager.variables()).uiapi.query as never);
        const vars = pager.variables();
        const e = evidence[0];
        // After one record per connection, a connection with records has a cursor to continue from.
        expect(typeof vars.opportunitiesAfter).toBe((e?.opportunities.length ?? 0) > 0 ? 'string' : 'object');
        expect(typeof vars.casesAfter).toBe((e?.cases.length ?? 0) > 0 ? 'string' : 'object');
        pageEvidence(org, pager);
        const read = pager.evidence();
        expect(read.opportunities.length).toBe(e?.opportunities.length);
        expect(read.cases.length).toBe(e?.cases.length);
        expect(read.references.length).toBe(e?.references.length);
        const core = [e?.opportunities, e?.cases, e?.contracts, e?.commitments, e?.references];
        const pagesOf = (n: number) => Math.max(1, n);
        // Pages of one: the core query as many times as its longest connection (the others
        // answering empty), then each supplementary query on its own.
        expect(pager.requests).toBe(
            pagesOf(Math.max(...core.map((l) => l?.length ?? 0))) +
                pagesOf(e?.opportunityHistory.length ?? 0) +
                pagesOf(e?.caseMilestones.length ?? 0)
        );
    });

    it('runs the core query, then OpportunityHistory, then CaseMilestone, each with its own cursor', () => {
        const e = evidence.find((x) => x.opportunityHistory.length > 1 && x.caseMilestones.length > 1);
        const pager = new EvidencePager(e?.account.id as string, 1, null);
        const steps: Array<string | null> = [];
        for (let step = pager.nextQuery; step !== null; step = pager.nextQuery) {
            if (steps[steps.length - 1] !== step) steps.push(step);
            const vars = pager.variables();
            if (step !== 'core')
                expect(Object.keys(vars).sort()).toEqual(['accountId', 'after', 'pageSize', 'upperBound']);
            pager.add(answerAccountQuery(org, QUERIES[step], vars).uiapi.query as never);
        }
        expect(steps).toEqual(['core', 'opportunityHistory', 'caseMilestones']);
        expect(pager.evidence().opportunityHistory.length).toBe(e?.opportunityHistory.length);
        expect(pager.evidence().caseMilestones.length).toBe(e?.caseMilestones.length);
        expect(pager.complete).toBe(true);
    });

    it('scores without evidence the org cannot serve, and names it', () => {
        const e = evidence.find((x) => x.caseMilestones.length > 0);
        const pager = new EvidencePager(e?.account.id as string);
        expect(() => pager.unavailable('no')).toThrow(/only for the supplementary queries, not core/);
        pager.add(answerAccountQuery(org, QUERIES.core, pager.variables()).uiapi.query as never);
        pager.add(
            answerAccountQuery(org, QUERIES.opportunityHistory, pager.variables()).uiapi.query as never
        );
        expect(pager.nextQuery).toBe('caseMilestones');
        expect(pager.unavailable('CaseMilestone is not supported by this org')).toBe(true);
        expect(pager.missing).toEqual([
            { object: 'CaseMilestone', reason: 'CaseMilestone is not supported by this org' }
        ]);
        expect(pager.complete).toBe(false);
        const read = pager.evidence();
        expect(read.caseMilestones).toEqual([]);
        expect(read.cases.length).toBe(e?.cases.length);
    });

    it('reports objects that reach the upper bound, so a truncated account is not scored as complete', () => {
        const e = [...evidence].sort((a, b) => b.caseMilestones.length - a.caseMilestones.length)[0];
        const bound = 200;
        expect(e?.caseMilestones.length).toBeGreaterThanOrEqual(bound);
        const pager = new EvidencePager(e?.account.id as string, 200, bound);
        pageEvidence(org, pager);
        expect(pager.truncated).toEqual(['CaseMilestone']);
        expect(pager.evidence().caseMilestones.length).toBe(bound);
        expect(new EvidencePager(e?.account.id as string).variables().upperBound).toBe(20_000);
        expect(pager.variables().upperBound).toBe(bound);
    });

    it('fills the renewal contract from a separately read field', () => {
        const account = evidence.find((e) => e.opportunities.length > 0);
        const pager = new EvidencePager(account?.account.id as string);
        pageEvidence(org, pager);
        const [first] = pager.opportunityIds();
        const read = pager.evidence({ [first as string]: '800000000000009AAA' });
        expect(read.opportunities.find((o) => o.id === first)?.renewedContractId).toBe('800000000000009AAA');
    });
});

describe('stored receipts', () => {
    const ctx = {
        asOf: AS_OF,
        model: { name: 'Default', version: 3, recordId: 'a03000000000001AAA' },
        scoredAt: '2026-06-30T10:00:00.000Z',
        source: 'Panel' as const
    };

    it('read back the numbers, drivers and evidence a receipt was written with', () => {
        const result = results.find((r) => r.score !== null) as TrustResult;
        const record = receiptRecord(result, 61.5, ctx);
        const [receipt] = storedReceipts(connection([asNode(record, 'a02000000000001AAA')]));
        expect(receipt?.score).toBe(result.score);
        expect(receipt?.previousScore).toBe(61.5);
        expect(receipt?.modelVersion).toBe(3);
        expect(receipt?.drivers).toEqual(result.drivers);
        for (const p of PILLAR_IDS) expect(receipt?.pillars[p]).toBe(result.pillars[p]);
        for (const s of SIGNAL_IDS) {
            expect(receipt?.signals[s]?.pillar).toBe(model.signals[s].pillar);
            expect(receipt?.signalScores[s]).toBe(result.signals[s].score);
            expect(receipt?.signals[s]?.evidenceCount).toBe(result.signals[s].evidence.length);
        }
        const coverage = receiptCoverage(receipt as never);
        // Distinct records: a case feeding three signals is one record, a baseline is none.
        const ids = new Set(
            SIGNAL_IDS.flatMap((s) => result.signals[s].evidence.map((e) => e.recordId)).filter(
                (id) => id !== null
            )
        );
        expect(coverage.records).toBe(ids.size);
        expect(coverage.records).toBeLessThan(
            SIGNAL_IDS.reduce((n, s) => n + result.signals[s].evidence.length, 0)
        );
        expect(coverage.signalsWithoutEvidence).toEqual(
            SIGNAL_IDS.filter((s) => result.signals[s].score === null)
        );
    });

    it('store a provisional score with no band, the Provisional flag, and "Not enough evidence" on the Account', () => {
        const thin = results.find((r) => r.provisional) as TrustResult;
        const firm = results.find((r) => r.score !== null && !r.provisional) as TrustResult;
        expect(thin.score).not.toBeNull();
        const thinRecord = receiptRecord(thin, null, ctx);
        expect(thinRecord).toMatchObject({ Score__c: thin.score, Band__c: null, Provisional__c: true });
        expect(accountTrustFields(thin, null, AS_OF).Current_Trust_Band__c).toBe('Not enough evidence');
        expect(receiptRecord(firm, null, ctx)).toMatchObject({ Band__c: firm.band, Provisional__c: false });
        expect(accountTrustFields(firm, null, AS_OF).Current_Trust_Band__c).toBe(firm.band);
    });

    it('keep the path to the next band, and read none from a receipt written without it', () => {
        const result: TrustResult = {
            ...(results.find((r) => r.band === 'Steady') as TrustResult),
            nextBand: {
                band: 'Trusted',
                reaches: true,
                steps: [{ action: 'deliverOverduePromises', recordIds: ['a0A1', 'a0A2'], points: 4.2 }]
            }
        };
        const [kept, older, broken] = storedReceipts(
            connection([
                asNode(receiptRecord(result, null, ctx), 'a02000000000001AAA'),
                asNode(receiptRecord({ ...result, nextBand: undefined }, null, ctx), 'a02000000000002AAA'),
                asNode(
                    {
                        Score__c: 70,
                        Drivers__c: JSON.stringify({ nextBand: { band: 'Trusted', steps: 'x' } })
                    },
                    'a02000000000003AAA'
                )
            ])
        );
        expect(kept?.nextBand).toEqual(result.nextBand);
        expect(older?.nextBand).toBeNull();
        expect(broken?.nextBand).toBeNull();
    });

    it('say when Drivers__c cannot be read instead of showing no reasons silently', () => {
        const [receipt] = storedReceipts(
            connection([{ Id: 'a02X', Score__c: { value: 50 }, Drivers__c: { value: '{oops' } }])
        );
        expect(receipt?.detailProblem).toBe('Trust_Score__c a02X: Drivers__c is not valid JSON');
        expect(receipt?.drivers).toEqual([]);
    });

    it('update today’s receipt without touching its parent or key', () => {
        const record = receiptRecord(results[0] as TrustResult, null, ctx);
        const update = receiptUpdateFields(record, 'a02000000000001AAA');
        expect(update.Id).toBe('a02000000000001AAA');
        expect(update).not.toHaveProperty('Account__c');
        expect(update).not.toHaveProperty('Key__c');
        expect(Object.keys(update).length).toBe(Object.keys(record).length - 1);
    });
});

describe('model versions', () => {
    const node = (id: string, version: number, active: boolean, definition: unknown) => ({
        Id: id,
        Name: { value: 'Default' },
        Version__c: { value: version },
        Active__c: { value: active },
        Definition__c: { value: typeof definition === 'string' ? definition : JSON.stringify(definition) },
        Baselines__c: { value: JSON.stringify({ ...baselines, computedAsOf: AS_OF }) }
    });

    it('use the highest active version, as the CLI does when two are active', () => {
        const list = connection([
            node('a1', 1, true, { ...model, version: 1 }),
            node('a3', 3, false, { ...model, version: 3 }),
            node('a2', 2, true, { ...model, version: 2 })
        ]);
        expect(modelVersions(list).map((v) => v.version)).toEqual([3, 2, 1]);
        const active = activeModelVersion(list);
        expect(active.recordId).toBe('a2');
        expect(active.baselines).toEqual(baselines);
        expect(active.hasStoredBaselines).toBe(true);
    });

    it('fall back to the built-in default when no version is active', () => {
        const active = activeModelVersion(connection([]));
        expect(active.recordId).toBeNull();
        expect(active.model).toEqual(model);
        expect(active.hasStoredBaselines).toBe(false);
    });

    it('keep an invalid stored definition with the validator’s messages', () => {
        const bad = {
            ...model,
            signals: { ...model.signals, winRate: { ...model.signals.winRate, weight: -1 } }
        };
        const active = activeModelVersion(connection([node('a1', 1, true, bad)]));
        expect(active.model).toBeNull();
        expect(active.issues.map((i) => i.path)).toContain('signals.winRate.weight');
        expect(activeModelVersion(connection([node('a1', 1, true, '{')])).issues[0]?.message).toMatch(
            /not valid JSON/
        );
    });
});

describe('what-if from stored signal scores', () => {
    const receipts = results.map((r) => ({
        accountId: r.accountId,
        score: r.score,
        band: r.band,
        confidence: r.confidence,
        provisional: r.provisional,
        signalScores: Object.fromEntries(SIGNAL_IDS.map((s) => [s, r.signals[s].score])) as Record<
            SignalId,
            number | null
        >
    }));
    const reweighted: TrustModel = {
        ...model,
        pillars: { ...model.pillars, fairness: model.pillars.fairness * 3 },
        signals: { ...model.signals, caseHealth: { ...model.signals.caseHealth, weight: 0.5 } }
    };

    it('gives the stored scores back under the same model', () => {
        const summary = whatIf(receipts, model);
        for (const row of summary.rows) {
            if (row.before.score === null) expect(row.after.score).toBeNull();
            else
                expect(Math.abs((row.after.score as number) - row.before.score)).toBeLessThanOrEqual(
                    0.1 + 1e-9
                );
        }
    });

    it('matches scoring the evidence again under a re-weighted draft (within the stored rounding)', () => {
        const summary = whatIf(receipts, reweighted, 5);
        const fresh = evidence.map((e) => scoreAccount(e, reweighted, baselines, DAY));
        summary.rows.forEach((row, i) => {
            const score = fresh[i]?.score ?? null;
            if (score === null) expect(row.after.score).toBeNull();
            else expect(Math.abs((row.after.score as number) - score)).toBeLessThanOrEqual(0.1 + 1e-9);
        });
        const total = (bands: Record<string, number>) => Object.values(bands).reduce((a, b) => a + b, 0);
        expect(total(summary.bandsBefore)).toBe(receipts.length);
        expect(total(summary.bandsAfter)).toBe(receipts.length);
        expect(summary.changedBand).toBe(summary.rows.filter((r) => r.before.band !== r.after.band).length);
        expect(summary.movers.length).toBeLessThanOrEqual(5);
        const moves = summary.movers.map((r) => Math.abs((r.after.score ?? 0) - (r.before.score ?? 0)));
        expect([...moves].sort((a, b) => b - a)).toEqual(moves);
    });

    it('counts provisional accounts before and after, under the draft minConfidence', () => {
        const same = whatIf(receipts, model);
        const provisional = results.filter((r) => r.provisional).length;
        expect(provisional).toBeGreaterThan(0);
        expect(same.provisionalBefore).toBe(provisional);
        expect(same.provisionalAfter).toBe(provisional);
        expect(same.bandsAfter['(provisional)']).toBe(provisional);
        expect(same.changedBand).toBe(0);
        const strict = whatIf(receipts, { ...model, minConfidence: 0.9 });
        const below = results.filter((r) => r.score !== null && r.confidence < 0.9).length;
        expect(below).toBeGreaterThan(provisional);
        expect(strict.provisionalAfter).toBe(below);
        expect(strict.changedBand).toBe(below - provisional);
        const off = whatIf(receipts, { ...model, minConfidence: 0 });
        expect(off.provisionalAfter).toBe(0);
        expect(off.bandsAfter['(provisional)']).toBeUndefined();
    });

    it('reads a stored receipt with a score and no band as provisional when Provisional__c is missing', () => {
        const old = receipts.map((r) => ({ ...r, provisional: undefined }));
        expect(whatIf(old, model).provisionalBefore).toBe(results.filter((r) => r.provisional).length);
    });

    it('does not count a renamed band as a change of band', () => {
        const renamed: TrustModel = {
            ...model,
            bands: model.bands.map((b, i) => ({ ...b, name: `Band ${i}` }))
        };
        const summary = whatIf(receipts, renamed, 10, model);
        expect(summary.changedBand).toBe(0);
        expect(summary.bandsBefore).toEqual(summary.bandsAfter);
        expect(Object.keys(summary.bandsBefore).slice(0, renamed.bands.length)).toEqual(
            renamed.bands.map((b) => b.name)
        );
        // Without the current model the names differ, so every scored account looks moved.
        expect(whatIf(receipts, renamed).changedBand).toBe(receipts.filter((r) => r.band !== null).length);
        expect(summary.provisionalAfter).toBe(summary.provisionalBefore);
    });

    it('names the draft changes stored scores cannot answer', () => {
        expect(changesNeedingEvidence(model, reweighted)).toEqual([]);
        const timing = {
            ...model,
            halfLifeDays: model.halfLifeDays + 30,
            mappings: { ...model.mappings, disputeCaseTypes: ['Billing'] }
        };
        expect(changesNeedingEvidence(model, timing)).toEqual(['halfLifeDays', 'mappings.disputeCaseTypes']);
        const off = {
            ...model,
            signals: { ...model.signals, winRate: { ...model.signals.winRate, enabled: false } }
        };
        expect(changesNeedingEvidence(off, model)).toEqual(['signals.winRate.enabled']);
    });
});

it('keeps field names in one place', () => {
    expect(SIGNAL_FIELDS.winRate).toBe('Win_Rate__c');
    expect(PILLAR_FIELDS.fairness).toBe('Fairness__c');
});

/**
 * Regenerates the Trust panel's Jest payloads (force-app/…/lwc/trustPanel/__tests__/data) from
 * the demo org in `data/demo`, for one account: PANEL_QUERY and EVIDENCE_QUERIES responses shaped
 * like UI API GraphQL responses (only the selected fields, as `{ value }` or
 * `{ value, displayValue }`; connections as `edges/node` with `pageInfo`), and the batch CLI's
 * result for the same export and day. Run: `npx tsx tools/build/panelTestFixtures.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { parseDay } from '../../engine/dates';
import { defaultModel } from '../../engine/model';
import { scoreAccount } from '../../engine/score';
import type { TrustResult } from '../../engine/result';
import { EvidencePager, type EvidenceQueryResult } from '../../records/graphqlEvidence';
import { receiptRecord } from '../../records/receipt';
import { prepareOfflineRun } from '../../batch/run/offlineScore';
import { REPO_ROOT } from './engineBundle';

const ACCOUNT = '001Kd00000xIcgVIAS'; // Falcongate Foods, the README's `explain` example
const AS_OF = '2026-06-30';
const DEMO = path.join(REPO_ROOT, 'data/demo');
const OUT = path.join(REPO_ROOT, 'force-app/main/panel/lwc/trustPanel/__tests__/data');
const MODELS = [
    { id: 'a0CKd000002ZvYbMAK', name: 'Default', version: 1 },
    { id: 'a0CKd000002ZvYcMAK', name: 'Default', version: 2 }
] as const;
/** Month ends before AS_OF; the model moved to version 2 from the ninth receipt on. */
const RECEIPT_DAYS = [
    '2025-07-31',
    '2025-08-31',
    '2025-09-30',
    '2025-10-31',
    '2025-11-30',
    '2025-12-31',
    '2026-01-31',
    '2026-02-28',
    '2026-03-31',
    '2026-04-30',
    '2026-05-31',
    '2026-06-29'
];

type Row = Record<string, string>;
type Kind = 'text' | 'bool' | 'num';
type Node = Record<string, unknown>;

const rows = (object: string): Row[] =>
    parse(readFileSync(path.join(DEMO, `${object}.csv`)), { columns: true, skip_empty_lines: true }) as Row[];
const required = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`panelTestFixtures: no ${what}`);
    return value;
};

/** A record as a node: `Id` plain, each field `{ value }` typed as the UI API types it. */
function node(row: Row, fields: Record<string, Kind>): Node {
    const out: Node = { Id: row.Id };
    for (const [name, kind] of Object.entries(fields)) {
        const raw = row[name] ?? '';
        if (kind === 'bool') out[name] = { value: raw === 'true' };
        else if (raw === '') out[name] = { value: null };
        else out[name] = { value: kind === 'num' ? Number(raw) : raw };
    }
    return out;
}
const connection = (nodes: Node[]) => ({
    edges: nodes.map((n) => ({ node: n })),
    pageInfo: {
        hasNextPage: false,
        endCursor: nodes.length ? Buffer.from(`v1:${nodes.length}`).toString('base64') : null
    }
});
/** `6/29/2026`: how the UI API formats a date's displayValue for an en_US user. */
const usDate = (day: string): string => {
    const [y, m, d] = day.split('-');
    return `${Number(m)}/${Number(d)}/${y}`;
};

function evidenceQuery(accountName: string) {
    const opportunities = rows('Opportunity').filter((r) => r.AccountId === ACCOUNT);
    const oppIds = new Set(opportunities.map((r) => r.Id));
    const cases = rows('Case').filter((r) => r.AccountId === ACCOUNT);
    const caseIds = new Set(cases.map((r) => r.Id));
    const text = 'text';
    return {
        uiapi: {
            query: {
                Account: { edges: [{ node: { Id: ACCOUNT, Name: { value: accountName } } }] },
                Opportunity: connection(
                    opportunities.map((r) =>
                        node(r, {
                            AccountId: text,
                            Type: text,
                            StageName: text,
                            IsClosed: 'bool',
                            IsWon: 'bool',
                            Amount: 'num',
                            CreatedDate: text,
                            CloseDate: text,
                            ContractId: text
                        })
                    )
                ),
                OpportunityHistory: connection(
                    rows('OpportunityHistory')
                        .filter((r) => oppIds.has(r.OpportunityId ?? ''))
                        .map((r) =>
                            node(r, {
                                OpportunityId: text,
                                StageName: text,
                                CloseDate: text,
                                CreatedDate: text
                            })
                        )
                ),
                Case: connection(
                    cases.map((r) =>
                        node(r, {
                            AccountId: text,
                            IsClosed: 'bool',
                            IsEscalated: 'bool',
                            Priority: text,
                            Status: text,
                            Type: text,
                            Reason: text,
                            Origin: text,
                            CreatedDate: text,
                            ClosedDate: text
                        })
                    )
                ),
                CaseMilestone: connection(
                    rows('CaseMilestone')
                        .filter((r) => caseIds.has(r.CaseId ?? ''))
                        .map((r) =>
                            node(r, {
                                CaseId: text,
                                IsViolated: 'bool',
                                IsCompleted: 'bool',
                                TargetDate: text,
                                CompletionDate: text
                            })
                        )
                ),
                Contract: connection(
                    rows('Contract')
                        .filter((r) => r.AccountId === ACCOUNT)
                        .map((r) =>
                            node(r, { AccountId: text, StartDate: text, EndDate: text, Status: text })
                        )
                ),
                Trust_Commitment__c: connection(
                    rows('Trust_Commitment__c')
                        .filter((r) => r.Account__c === ACCOUNT)
                        .map((r) =>
                            node(r, {
                                Account__c: text,
                                Opportunity__c: text,
                                Made_By_Team__c: text,
                                Promised_On__c: text,
                                Due_On__c: text,
                                Delivered_On__c: text,
                                Status__c: text,
                                Description__c: text
                            })
                        )
                ),
                Customer_Reference__c: connection(
                    rows('Customer_Reference__c')
                        .filter((r) => r.Account__c === ACCOUNT)
                        .map((r) =>
                            node(r, {
                                Account__c: text,
                                Contact__c: text,
                                Requested_On__c: text,
                                Type__c: text,
                                Status__c: text,
                                Rating__c: 'num'
                            })
                        )
                ),
                // The demo org sets no overrides: the panel's override tests bring their own.
                Trust_Override__c: connection([])
            }
        }
    };
}

/** Receipt nodes newest first, as the batch would have stored them month by month. */
function receiptNodes(score: (day: string) => TrustResult): Node[] {
    const nodes: Node[] = [];
    let previous: number | null = null;
    RECEIPT_DAYS.forEach((day, i) => {
        const model = required(MODELS[i < 8 ? 0 : 1], 'model');
        const result = score(day);
        const record = receiptRecord(result, previous, {
            asOf: day,
            model: { name: model.name, version: model.version, recordId: model.id },
            scoredAt: `${day}T02:00:00.000Z`,
            source: i === 10 ? 'Panel' : 'Batch'
        });
        previous = result.score;
        const n: Node = { Id: `a0DKd00000${String(700 + i).padStart(8, '0')}` };
        for (const [field, value] of Object.entries(record)) {
            if (field === 'Account__c') continue;
            if (field === 'As_Of__c') n[field] = { value, displayValue: usDate(day) };
            else if (field === 'Scored_At__c') n[field] = { value, displayValue: `${usDate(day)}, 2:00 AM` };
            else n[field] = { value };
        }
        n.Model__r = { Name: { value: model.name }, Version__c: { value: model.version } };
        nodes.unshift(n);
    });
    return nodes;
}

/** Two open promises, one overdue on AS_OF (made up: the demo export has none open here). */
function commitment(
    id: string,
    name: string,
    description: string | null,
    team: string,
    promised: string,
    due: string
): Node {
    return {
        Id: id,
        Name: { value: name },
        Description__c: { value: description },
        Made_By_Team__c: { value: team, displayValue: team },
        Promised_On__c: { value: promised, displayValue: usDate(promised) },
        Due_On__c: { value: due, displayValue: usDate(due) },
        Status__c: { value: 'Open', displayValue: 'Open' },
        Opportunity__c: { value: null }
    };
}

async function main(): Promise<void> {
    const account = required(
        rows('Account').find((r) => r.Id === ACCOUNT),
        `account ${ACCOUNT}`
    );
    const asOf = required(parseDay(AS_OF) ?? undefined, 'as-of day');
    const run = await prepareOfflineRun({ folder: DEMO, model: defaultModel(), asOf });
    // One response per query of EVIDENCE_QUERIES, each holding only its own connections.
    const { OpportunityHistory, CaseMilestone, ...core } = evidenceQuery(account.Name ?? '').uiapi.query;
    const responses = {
        core: { uiapi: { query: core } },
        opportunityHistory: { uiapi: { query: { OpportunityHistory } } },
        caseMilestones: { uiapi: { query: { CaseMilestone } } }
    };
    const pager = new EvidencePager(ACCOUNT);
    for (let step = pager.nextQuery; step !== null; step = pager.nextQuery) {
        pager.add(responses[step].uiapi.query as unknown as EvidenceQueryResult);
    }
    const accountEvidence = pager.evidence();
    const score = (day: string): TrustResult =>
        scoreAccount(
            accountEvidence,
            defaultModel(),
            run.baselines,
            required(parseDay(day) ?? undefined, day)
        );
    const receipts = receiptNodes(score);
    const newest = required(receipts[0], 'receipt') as Record<string, { value: unknown }>;
    const open = [
        commitment(
            'a0AKd00000HHNyyMAH',
            'Send the revised SLA & escalation matrix',
            'Promised in the renewal call',
            'Customer Success',
            '2026-05-20',
            '2026-06-12'
        ),
        commitment(
            'a0AKd00000HHNzzMAH',
            'Quarterly business review with the CFO',
            null,
            'Executive',
            '2026-06-15',
            '2026-07-31'
        )
    ];
    const accountNode = (scored: boolean): Node => ({
        Id: ACCOUNT,
        Name: { value: account.Name },
        Current_Trust_Score__c: scored
            ? { value: newest.Score__c?.value, displayValue: String(newest.Score__c?.value) }
            : { value: null, displayValue: null },
        Current_Trust_Band__c: { value: scored ? newest.Band__c?.value : null },
        Trust_Score_Change__c: { value: scored ? newest.Score_Change__c?.value : null },
        Trust_Scored_On__c: scored
            ? { value: '2026-06-29', displayValue: '6/29/2026' }
            : { value: null, displayValue: null }
    });
    const panel = (scored: boolean) => ({
        uiapi: {
            query: {
                Account: { edges: [{ node: accountNode(scored) }] },
                Trust_Score__c: { edges: (scored ? receipts : []).map((n) => ({ node: n })) },
                Trust_Commitment__c: { edges: open.map((n) => ({ node: n })), totalCount: open.length },
                Trust_Model__c: {
                    edges: [
                        {
                            node: {
                                Id: MODELS[1].id,
                                Name: { value: MODELS[1].name },
                                Version__c: { value: MODELS[1].version },
                                Priority__c: { value: null },
                                Definition__c: {
                                    value: JSON.stringify({ ...defaultModel(), version: MODELS[1].version })
                                },
                                Baselines__c: {
                                    value: JSON.stringify({ ...run.baselines, computedAsOf: AS_OF })
                                }
                            }
                        }
                    ]
                }
            }
        }
    });
    const write = (name: string, value: unknown): void =>
        writeFileSync(path.join(OUT, name), `${JSON.stringify(value, null, 4)}\n`);
    write('panelQuery.json', panel(true));
    write('panelQueryNeverScored.json', panel(false));
    write('evidenceCore.json', responses.core);
    write('evidenceOpportunityHistory.json', responses.opportunityHistory);
    write('evidenceCaseMilestones.json', responses.caseMilestones);
    process.stdout.write(
        `wrote ${path.relative(REPO_ROOT, OUT)}: ${account.Name}, ${receipts.length} receipts\n`
    );
}

main().catch((error: unknown) => {
    process.stderr.write(`panelTestFixtures failed: ${String(error)}\n`);
    process.exitCode = 1;
});

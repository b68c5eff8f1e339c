// The evidence reader without a DOM: a fake container records what the reader asks the wire
// for and feeds it responses shaped like UI API GraphQL answers (the Trust panel's payloads,
// see trustPanel/__tests__/data/README.md).
const { mockLabels, label, flushPromises, panelEvidence } = require('../../../../../test/lwcTestUtils');

jest.mock('c/trustQueries', () => require('../../../../../test/lwcTestUtils').namedEvidenceQueries());
mockLabels();
const { EvidenceReader, evidenceCaveats } = require('c/trustEvidenceReader');
const { EvidencePager } = require('c/trustEngine');

const { ACCOUNT_ID, CORE, HISTORY, MILESTONES } = panelEvidence();
const OTHER_ID = '001Kd00000OTHERIAS';
const clone = (value) => JSON.parse(JSON.stringify(value));
const answer = (data) => ({ data, errors: undefined });
const refusal = (errors) => ({ data: undefined, errors });

/** Reads `ACCOUNT_ID` with these results fed to the wire, one after the other. */
function readWith(reader, ...results) {
    reader.read([ACCOUNT_ID]);
    for (const result of results) reader.wired(result);
}

const NO_MILESTONES = [
    {
        message:
            "Validation error of type FieldUndefined: Field 'CaseMilestone' in type 'RecordQuery' is undefined @ 'uiapi/query/CaseMilestone'",
        extensions: { classification: 'ValidationError' }
    }
];
const NO_HISTORY_ACCESS = [{ message: 'insufficient access rights on object id', extensions: {} }];

/** The core answer for another account: the same records under that account's id. */
function coreOf(accountId) {
    const data = clone(CORE);
    data.uiapi.query.Account.edges[0].node.Id = accountId;
    return data;
}

/** A container in miniature: what the reader asked for, handed on and reported. */
function harness(pagerOptions) {
    const log = { asks: [], accounts: [], done: 0, failed: [] };
    const reader = new EvidenceReader(
        {
            ask: (request) => log.asks.push(request),
            account: (pager) => log.accounts.push(pager),
            done: () => {
                log.done += 1;
            },
            failed: (problem) => log.failed.push(problem)
        },
        pagerOptions
    );
    const asked = () => log.asks[log.asks.length - 1];
    return { reader, log, asked };
}

describe('c-trust-evidence-reader', () => {
    describe('paging', () => {
        it('asks the core query, then each supplementary one, and hands the account on once', () => {
            const { reader, log, asked } = harness();
            reader.read([ACCOUNT_ID]);
            expect(reader.busy).toBe(true);
            expect(asked()).toEqual({
                query: 'EVIDENCE_CORE',
                variables: expect.objectContaining({ accountId: ACCOUNT_ID, casesAfter: null })
            });
            reader.wired(answer(CORE));
            expect(asked()).toEqual({
                query: 'EVIDENCE_HISTORY',
                variables: expect.objectContaining({ accountId: ACCOUNT_ID, after: null })
            });
            reader.wired(answer(HISTORY));
            expect(asked().query).toBe('EVIDENCE_MILESTONES');
            expect(log.accounts).toEqual([]);
            reader.wired(answer(MILESTONES));

            expect(log.asks).toHaveLength(3);
            expect(log.accounts).toHaveLength(1);
            expect(log.done).toBe(1);
            expect(log.failed).toEqual([]);
            expect(reader.busy).toBe(false);
            const [pager] = log.accounts;
            expect(pager.complete).toBe(true);
            expect(reader.caveats(pager)).toEqual([]);
            const evidence = pager.evidence();
            expect(evidence.account.id).toBe(ACCOUNT_ID);
            expect(evidence.cases).toHaveLength(CORE.uiapi.query.Case.edges.length);
            expect(evidence.opportunityHistory).toHaveLength(
                HISTORY.uiapi.query.OpportunityHistory.edges.length
            );
        });

        it('follows a connection page by page with its cursor before moving on', () => {
            const { reader, log, asked } = harness();
            const edges = CORE.uiapi.query.Case.edges;
            const first = clone(CORE);
            first.uiapi.query.Case = {
                edges: edges.slice(0, 2),
                pageInfo: { hasNextPage: true, endCursor: 'c2' }
            };
            const second = {
                uiapi: {
                    query: {
                        Account: CORE.uiapi.query.Account,
                        Case: { edges: edges.slice(2), pageInfo: { hasNextPage: false, endCursor: 'c9' } }
                    }
                }
            };
            reader.read([ACCOUNT_ID]);
            reader.wired(answer(first));
            expect(asked()).toMatchObject({ query: 'EVIDENCE_CORE', variables: { casesAfter: 'c2' } });
            expect(reader.pager.recordCount).toBeGreaterThan(0);
            reader.wired(answer(second));
            reader.wired(answer(HISTORY));
            reader.wired(answer(MILESTONES));
            expect(log.accounts[0].evidence().cases).toHaveLength(edges.length);
        });

        it('ignores answers meant for another request, and everything while idle', () => {
            const { reader, log, asked } = harness();
            reader.wired(answer(CORE));
            reader.wired(undefined);
            expect(log.asks).toEqual([]);

            reader.read([ACCOUNT_ID]);
            // An empty emission, another account's core answer, a supplementary answer, a page
            // of scored accounts: none answers this account's core query.
            reader.wired(answer(undefined));
            reader.wired(answer(coreOf(OTHER_ID)));
            reader.wired(answer(HISTORY));
            reader.wired(answer({ uiapi: { query: { Account: { edges: [{ node: { Id: OTHER_ID } }] } } } }));
            expect(log.asks).toHaveLength(1);
            reader.wired(answer(CORE));
            expect(asked().query).toBe('EVIDENCE_HISTORY');
            // The core answer again, while the history is awaited.
            reader.wired(answer(CORE));
            expect(log.asks).toHaveLength(2);
            expect(log.failed).toEqual([]);

            reader.cancel();
            reader.wired(answer(HISTORY));
            expect(log.asks).toHaveLength(2);
            expect(log.accounts).toEqual([]);
        });

        it('reads accounts one after the other and skips, for the later ones, a query the org refused', () => {
            const { reader, log, asked } = harness();
            reader.read([ACCOUNT_ID, OTHER_ID]);
            reader.wired(answer(CORE));
            reader.wired(answer(HISTORY));
            reader.wired(refusal(NO_MILESTONES));
            expect(log.accounts).toHaveLength(1);
            expect(asked()).toMatchObject({ query: 'EVIDENCE_CORE', variables: { accountId: OTHER_ID } });
            reader.wired(answer(coreOf(OTHER_ID)));
            reader.wired(answer(HISTORY));
            // No CaseMilestone query for the second account: the org has none.
            expect(log.asks.map((r) => r.query)).toEqual([
                'EVIDENCE_CORE',
                'EVIDENCE_HISTORY',
                'EVIDENCE_MILESTONES',
                'EVIDENCE_CORE',
                'EVIDENCE_HISTORY'
            ]);
            expect(log.accounts.map((p) => p.accountId)).toEqual([ACCOUNT_ID, OTHER_ID]);
            expect(log.accounts.map((p) => p.complete)).toEqual([false, false]);
            expect([...reader.missingObjects]).toEqual(['CaseMilestone']);
            expect(log.done).toBe(1);
        });

        it('refreshes a request the wire holds instead of reading a cached page', async () => {
            const { reader, log } = harness();
            const refresh = jest.fn(() => Promise.resolve());
            reader.read([ACCOUNT_ID]);
            // An account whose core query fails: the wire keeps holding that core request.
            reader.wired({ ...refusal([{ message: 'An unexpected error occurred.' }]), refresh });
            expect(log.failed).toHaveLength(1);

            reader.read([ACCOUNT_ID]);
            // Same query, same variables: not asked again (the wire would answer from its cache).
            expect(log.asks).toHaveLength(1);
            expect(refresh).toHaveBeenCalledTimes(1);
            // The refreshed answer arrives through the wire, then refresh() settles: taken once.
            reader.wired({ ...answer(CORE), refresh });
            await flushPromises();
            expect(log.asks.map((r) => r.query)).toEqual(['EVIDENCE_CORE', 'EVIDENCE_HISTORY']);
            reader.wired(answer(HISTORY));
            reader.wired(answer(MILESTONES));
            expect(log.accounts).toHaveLength(1);
            expect(log.failed).toHaveLength(1);
        });

        it('takes the refreshed result when the wire did not deliver it before refresh() settled', async () => {
            const { reader, log } = harness();
            const held = { ...refusal([{ message: 'An unexpected error occurred.' }]) };
            held.refresh = jest.fn(() => {
                // The refreshed data lands on the wire's result.
                Object.assign(held, answer(CORE), { errors: undefined });
                return Promise.resolve();
            });
            reader.read([ACCOUNT_ID]);
            reader.wired(held);
            reader.read([ACCOUNT_ID]);
            await flushPromises();
            expect(held.refresh).toHaveBeenCalledTimes(1);
            expect(log.asks.map((r) => r.query)).toEqual(['EVIDENCE_CORE', 'EVIDENCE_HISTORY']);
        });

        it('stops with the load caveat when asking the server again fails', async () => {
            const { reader, log } = harness();
            const refresh = jest.fn(() => Promise.reject(new Error('Network down')));
            reader.read([ACCOUNT_ID]);
            reader.wired({ ...refusal([{ message: 'An unexpected error occurred.' }]), refresh });
            reader.read([ACCOUNT_ID]);
            await flushPromises();
            expect(log.failed[1]).toEqual({
                message: label('TL_Error_Load'),
                errors: new Error('Network down'),
                variant: 'error'
            });
            expect(reader.busy).toBe(false);
        });
    });

    describe('completeness and caps', () => {
        it('reads on without an object the org lacks, and says so in one caveat', () => {
            const { reader, log } = harness();
            readWith(reader, answer(CORE), answer(HISTORY), refusal(NO_MILESTONES));
            const [pager] = log.accounts;
            expect(pager.complete).toBe(false);
            expect(reader.caveats(pager)).toEqual([
                {
                    key: 'missing-CaseMilestone',
                    message: label(
                        'TL_Panel_Evidence_Missing',
                        'Case milestones',
                        label('TL_Panel_Object_Not_In_Org', 'CaseMilestone')
                    ),
                    errors: NO_MILESTONES,
                    variant: 'warning'
                }
            ]);
            expect(log.failed).toEqual([]);
        });

        it('reads on without an object the user may not read, and says it is access', () => {
            const { reader, log } = harness();
            readWith(reader, answer(CORE), refusal(NO_HISTORY_ACCESS), answer(MILESTONES));
            expect(reader.caveats(log.accounts[0]).map((c) => c.message)).toEqual([
                label(
                    'TL_Panel_Evidence_Missing',
                    'Close-date history',
                    label('TL_Panel_Object_No_Access', 'insufficient access rights on object id')
                )
            ]);
        });

        it('says which objects were cut at the upper bound', () => {
            const { reader, log } = harness({ pageSize: 200, upperBound: 200 });
            const data = clone(CORE);
            const template = data.uiapi.query.Case.edges[0].node;
            data.uiapi.query.Case = {
                edges: Array.from({ length: 200 }, (_, i) => ({ node: { ...template, Id: `500CASE${i}` } })),
                // With an upper bound the API stops paging there.
                pageInfo: { hasNextPage: false, endCursor: 'c200' }
            };
            readWith(reader, answer(data), answer(HISTORY), answer(MILESTONES));
            expect(log.asks[1].query).toBe('EVIDENCE_HISTORY');
            const [pager] = log.accounts;
            expect(pager.complete).toBe(false);
            expect(reader.caveats(pager)).toEqual([
                {
                    key: 'truncated-Case',
                    message: label('TL_Panel_Evidence_Truncated', 'Cases', '200'),
                    errors: undefined,
                    variant: 'warning'
                }
            ]);
            expect([...reader.truncatedObjects]).toEqual(['Case']);
        });

        it("names every left-out and cut object in the rep's words, with numbers in their locale", () => {
            expect(evidenceCaveats({ missing: [], truncated: [], upperBound: 20000 })).toEqual([]);
            const caveats = evidenceCaveats({
                missing: [{ object: 'OpportunityHistory', reason: 'no access' }],
                truncated: ['Case'],
                upperBound: 20000
            });
            expect(caveats.map((c) => c.message)).toEqual([
                label('TL_Panel_Evidence_Missing', 'Close-date history', 'no access'),
                label('TL_Panel_Evidence_Truncated', 'Cases', '20,000')
            ]);
        });
    });

    describe('failures, one caveat each', () => {
        it('stops, telling the user what to ask for, when the core evidence is not theirs to read', () => {
            const { reader, log } = harness();
            const errors = [
                {
                    message:
                        "Validation error of type FieldUndefined: Field 'Trust_Commitment__c' in type 'RecordQuery' is undefined"
                }
            ];
            reader.read([ACCOUNT_ID, OTHER_ID]);
            reader.wired(refusal(errors));
            expect(log.failed).toEqual([
                { message: label('TL_Panel_Recalculate_No_Read'), errors, variant: 'warning' }
            ]);
            expect(log.accounts).toEqual([]);
            expect(log.done).toBe(0);
            expect(reader.busy).toBe(false);
        });

        it('stops with the load caveat and the details when the core query fails otherwise', () => {
            const { reader, log } = harness();
            const errors = [
                { message: 'An unexpected error occurred.', extensions: { errorType: 'InternalError' } }
            ];
            reader.read([ACCOUNT_ID]);
            reader.wired(refusal(errors));
            expect(log.failed).toEqual([{ message: label('TL_Error_Load'), errors, variant: 'error' }]);
        });

        it('stops with the load caveat when an answer cannot be read', () => {
            const { reader, log } = harness();
            const data = clone(CORE);
            data.uiapi.query.Account.edges = [];
            reader.read([ACCOUNT_ID]);
            reader.wired(answer(data));
            expect(log.failed).toHaveLength(1);
            expect(log.failed[0]).toMatchObject({ message: label('TL_Error_Load'), variant: 'error' });
            expect(log.failed[0].errors.message).toBe(
                `Account ${ACCOUNT_ID} was not found or is not visible to you.`
            );
        });

        it('stops when the container cannot use an account it was handed', () => {
            const failed = [];
            const reader = new EvidenceReader({
                ask: () => {},
                account: () => {
                    throw new Error('No model to score with.');
                },
                failed: (problem) => failed.push(problem)
            });
            reader.read([ACCOUNT_ID, OTHER_ID]);
            reader.wired(answer(CORE));
            reader.wired(answer(HISTORY));
            reader.wired(answer(MILESTONES));
            expect(failed).toEqual([
                {
                    message: label('TL_Error_Load'),
                    errors: new Error('No model to score with.'),
                    variant: 'error'
                }
            ]);
            expect(reader.busy).toBe(false);
        });
    });

    it('drives the same pager the engine exports', () => {
        const { reader } = harness();
        reader.read([ACCOUNT_ID]);
        expect(reader.pager).toBeInstanceOf(EvidencePager);
    });
});

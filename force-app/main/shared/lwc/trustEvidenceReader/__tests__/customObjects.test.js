// The evidence reader with a model's custom signals: after the catalog's queries it asks one
// query per custom object (built from the model and parsed with gql at run time), reads the
// records into the account's evidence, and leaves out an object the user cannot read, said
// in the one caveat shape, with its signal out of the score (null, never 50).
const path = require('path');
const { mockLabels, label, panelEvidence } = require('../../../../../test/lwcTestUtils');

jest.mock('c/trustQueries', () => require('../../../../../test/lwcTestUtils').namedEvidenceQueries());
mockLabels();
const { gql } = require('lightning/graphql');
const { EvidenceReader } = require('c/trustEvidenceReader');
const {
    computeBaselines,
    customEvidenceObjects,
    customEvidenceQuery,
    parseModel,
    scoreAccount
} = require('c/trustEngine');

const { ACCOUNT_ID, CORE, HISTORY, MILESTONES } = panelEvidence();
const OTHER_ID = '001Kd00000OTHERIAS';
const MODEL = parseModel(
    require(path.join(__dirname, '../../../../../../examples/custom-signals/recipes-model.json'))
);
// Product_Usage__c, Survey__c, Event, Invoice__c: one query each.
const OBJECTS = customEvidenceObjects(MODEL);
const DAY = Date.UTC(2026, 5, 30) / 86_400_000;

const clone = (value) => JSON.parse(JSON.stringify(value));
const answer = (data) => ({ data, errors: undefined });
const refusal = (errors) => ({ data: undefined, errors });
const cell = (value) => ({ value, displayValue: null });
const connection = (object, nodes) => ({
    uiapi: {
        query: { [object]: { edges: nodes.map((node) => ({ node })), pageInfo: { hasNextPage: false } } }
    }
});
const NO_SURVEY_ACCESS = [
    {
        // What a user without access to a custom object gets: it is not in their schema.
        message:
            "Validation error of type FieldUndefined: Field 'Survey__c' in type 'RecordQuery' is undefined",
        extensions: { classification: 'ValidationError' }
    }
];

function coreOf(accountId) {
    const data = clone(CORE);
    data.uiapi.query.Account.edges[0].node.Id = accountId;
    return data;
}

/** The custom objects' answers for an account: a week of usage, an NPS answer, a meeting, an invoice. */
function customAnswers(accountId) {
    return {
        Product_Usage__c: connection('Product_Usage__c', [
            {
                Id: 'a0C1',
                Account__c: cell(accountId),
                Week__c: cell('2026-06-15'),
                Adoption__c: cell(72),
                Type__c: cell('Seats')
            }
        ]),
        Survey__c: connection('Survey__c', [
            {
                Id: 'a0D1',
                Account__c: cell(accountId),
                Answered_On__c: cell('2026-05-12'),
                NPS__c: cell(9),
                Survey_Type__c: cell('NPS'),
                CSAT__c: cell(null)
            }
        ]),
        Event: connection('Event', [
            {
                Id: '00U1',
                AccountId: cell(accountId),
                ActivityDate: cell('2026-06-01'),
                Type: cell('Meeting')
            }
        ]),
        Invoice__c: connection('Invoice__c', [
            {
                Id: 'a0E1',
                Account__c: cell(accountId),
                Due_Date__c: cell('2026-05-31'),
                Days_Overdue__c: cell(3)
            }
        ])
    };
}

function harness() {
    const log = { asks: [], accounts: [], done: 0, failed: [] };
    const reader = new EvidenceReader({
        ask: (request) => log.asks.push(request),
        account: (pager) => log.accounts.push(pager),
        done: () => {
            log.done += 1;
        },
        failed: (problem) => log.failed.push(problem)
    });
    return { reader, log, asked: () => log.asks[log.asks.length - 1] };
}

/** The catalog's answers for the account being read. */
function answerCatalog(reader, accountId = ACCOUNT_ID) {
    reader.wired(answer(coreOf(accountId)));
    reader.wired(answer(HISTORY));
    reader.wired(answer(MILESTONES));
}

describe('c-trust-evidence-reader with custom objects', () => {
    beforeEach(() => {
        // The stub's gql returns nothing: give back the text, so a test sees what was parsed.
        gql.mockImplementation((strings, ...values) => ({ parsed: String.raw({ raw: strings }, ...values) }));
    });
    afterEach(() => {
        gql.mockReset();
    });

    it('asks one query per custom object after the catalog and reads its records into the evidence', () => {
        const { reader, log, asked } = harness();
        const answers = customAnswers(ACCOUNT_ID);
        reader.read([ACCOUNT_ID], OBJECTS);
        answerCatalog(reader);
        for (const object of OBJECTS) {
            expect(asked()).toEqual({
                query: { parsed: customEvidenceQuery(object) },
                variables: { accountId: ACCOUNT_ID, pageSize: 2000, upperBound: 20_000, after: null }
            });
            expect(log.accounts).toEqual([]);
            reader.wired(answer(answers[object.object]));
        }
        expect(log.asks).toHaveLength(3 + OBJECTS.length);
        expect(log.done).toBe(1);
        const [pager] = log.accounts;
        expect(pager.complete).toBe(true);
        expect(reader.caveats(pager)).toEqual([]);
        const evidence = pager.evidence();
        expect(evidence.custom.Product_Usage__c).toEqual([
            {
                id: 'a0C1',
                accountId: ACCOUNT_ID,
                values: { Week__c: Date.UTC(2026, 5, 15) / 86_400_000, Adoption__c: 72, Type__c: 'Seats' }
            }
        ]);
        const result = scoreAccount(evidence, MODEL, computeBaselines([evidence], MODEL, DAY), DAY);
        for (const id of ['productUsage', 'nps', 'meetingsHeld', 'overdueInvoices'])
            expect(result.signals[id].score).not.toBeNull();
    });

    it('ignores an answer for another object while it waits for a custom one', () => {
        const { reader, log, asked } = harness();
        const answers = customAnswers(ACCOUNT_ID);
        reader.read([ACCOUNT_ID], OBJECTS);
        answerCatalog(reader);
        reader.wired(answer(answers.Survey__c));
        expect(asked().query).toEqual({ parsed: customEvidenceQuery(OBJECTS[0]) });
        reader.wired(answer(answers.Product_Usage__c));
        expect(asked().query).toEqual({ parsed: customEvidenceQuery(OBJECTS[1]) });
        expect(log.failed).toEqual([]);
    });

    it('leaves out a custom object the user cannot read, says so, and scores its signal as null', () => {
        const { reader, log } = harness();
        const answers = customAnswers(ACCOUNT_ID);
        reader.read([ACCOUNT_ID], OBJECTS);
        answerCatalog(reader);
        reader.wired(answer(answers.Product_Usage__c));
        reader.wired(refusal(NO_SURVEY_ACCESS));
        reader.wired(answer(answers.Event));
        reader.wired(answer(answers.Invoice__c));

        expect(log.failed).toEqual([]);
        const [pager] = log.accounts;
        expect(pager.complete).toBe(false);
        expect(reader.caveats(pager)).toEqual([
            {
                key: 'missing-Survey__c',
                message: label(
                    'TL_Panel_Evidence_Missing',
                    'Survey__c',
                    label('TL_Panel_Object_No_Access', NO_SURVEY_ACCESS[0].message)
                ),
                errors: NO_SURVEY_ACCESS,
                variant: 'warning'
            }
        ]);
        const evidence = pager.evidence();
        expect(Object.keys(evidence.custom)).toEqual(['Product_Usage__c', 'Event', 'Invoice__c']);
        const result = scoreAccount(evidence, MODEL, computeBaselines([evidence], MODEL, DAY), DAY);
        expect(result.signals.nps.score).toBeNull();
        expect(result.signals.csat.score).toBeNull();
        expect(result.signals.productUsage.score).not.toBeNull();
    });

    it('does not ask again, for later accounts of the reading, a custom object the org refused', () => {
        const { reader, log } = harness();
        reader.read([ACCOUNT_ID, OTHER_ID], OBJECTS);
        answerCatalog(reader);
        const first = customAnswers(ACCOUNT_ID);
        reader.wired(answer(first.Product_Usage__c));
        reader.wired(refusal(NO_SURVEY_ACCESS));
        reader.wired(answer(first.Event));
        reader.wired(answer(first.Invoice__c));
        answerCatalog(reader, OTHER_ID);
        const second = customAnswers(OTHER_ID);
        reader.wired(answer(second.Product_Usage__c));
        reader.wired(answer(second.Event));
        reader.wired(answer(second.Invoice__c));

        expect(log.done).toBe(1);
        expect(log.accounts).toHaveLength(2);
        // Per account three catalog queries, then four custom objects for the first and three
        // for the second: the refused one is not asked again.
        expect(log.asks).toHaveLength(3 + 4 + 3 + 3);
        expect(log.asks.filter((a) => a.query.parsed?.includes('Survey__c'))).toHaveLength(1);
        expect(log.accounts[1].missing.map((m) => m.object)).toEqual(['Survey__c']);
    });

    it('reads only the catalog when the model has no custom signals', () => {
        const { reader, log } = harness();
        reader.read([ACCOUNT_ID]);
        answerCatalog(reader);
        expect(log.asks).toHaveLength(3);
        expect(log.accounts[0].evidence().custom).toBeUndefined();
        expect(gql).not.toHaveBeenCalled();
    });
});

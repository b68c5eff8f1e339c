// The Trust panel container against payloads shaped like UI API GraphQL responses (see
// data/README.md): what a rep sees, what "Recalculate" reads and writes, field by field.
const {
    mockLabels,
    label,
    flushPromises,
    removeChildren,
    SCORE_FIELDS,
    ACCOUNT_TRUST_FIELDS
} = require('../../../../../test/lwcTestUtils');

jest.mock('c/trustQueries', () => ({
    PANEL_QUERY: 'PANEL_QUERY',
    OPEN_ALERT_QUERY: 'OPEN_ALERT_QUERY',
    EVIDENCE_QUERIES: {
        core: 'EVIDENCE_CORE',
        opportunityHistory: 'EVIDENCE_HISTORY',
        caseMilestones: 'EVIDENCE_MILESTONES'
    },
    EVIDENCE_QUERY: 'EVIDENCE_CORE'
}));
jest.mock('lightning/navigation', () => {
    const Navigate = Symbol('Navigate');
    const GenerateUrl = Symbol('GenerateUrl');
    const mockNavigate = jest.fn();
    // The URL a record page has in Lightning Experience.
    const mockGenerateUrl = jest.fn((pageReference) =>
        Promise.resolve(`/lightning/r/${pageReference.attributes.recordId}/view`)
    );
    const NavigationMixin = (Base) =>
        class extends Base {
            [Navigate](pageReference) {
                mockNavigate(pageReference);
            }
            [GenerateUrl](pageReference) {
                return mockGenerateUrl(pageReference);
            }
        };
    NavigationMixin.Navigate = Navigate;
    NavigationMixin.GenerateUrl = GenerateUrl;
    return { NavigationMixin, mockNavigate, mockGenerateUrl };
});

mockLabels();
const { createElement } = require('lwc');
const TrustPanel = require('c/trustPanel').default;
const { graphql } = require('lightning/graphql');
const { getObjectInfo } = require('lightning/uiObjectInfoApi');
const {
    createRecord,
    updateRecord,
    getRecords,
    notifyRecordUpdateAvailable
} = require('lightning/uiRecordApi');
const { mockNavigate, mockGenerateUrl } = require('lightning/navigation');

const PANEL = require('./data/panelQuery.json');
const NEVER_SCORED = require('./data/panelQueryNeverScored.json');
const EVIDENCE = require('./data/evidenceCore.json');
const HISTORY = require('./data/evidenceOpportunityHistory.json');
const MILESTONES = require('./data/evidenceCaseMilestones.json');
const CLI = require('./data/cliScore.json').accounts[0];

const ACCOUNT_ID = '001Kd00000xIcgVIAS';
const TODAY_KEY = `${ACCOUNT_ID}:2026-06-30`;
const clone = (value) => JSON.parse(JSON.stringify(value));

// ---- UI API object infos (only the parts the panel reads: object and field CRUD/FLS) -------

const ACCOUNT_FIELDS = ['Name', ...ACCOUNT_TRUST_FIELDS];
const COMMITMENT_FIELDS = ['Name', 'Status__c', 'Due_On__c', 'Delivered_On__c'];

function objectInfo(apiName, fieldNames, { createable = true, updateable = true, readOnlyFields = [] } = {}) {
    const fields = {};
    for (const name of fieldNames) {
        const writable = !readOnlyFields.includes(name);
        fields[name] = { apiName: name, createable: writable, updateable: writable && name !== 'Account__c' };
    }
    return { apiName, createable, updateable, deletable: false, queryable: true, fields };
}
const byObject = (name) => (config) => (config.objectApiName?.objectApiName ?? config.objectApiName) === name;

function emitObjectInfos({ score = {}, account = {}, commitment = {} } = {}) {
    getObjectInfo.emit(objectInfo('Trust_Score__c', SCORE_FIELDS, score), byObject('Trust_Score__c'));
    getObjectInfo.emit(objectInfo('Account', ACCOUNT_FIELDS, account), byObject('Account'));
    getObjectInfo.emit(
        objectInfo('Trust_Commitment__c', COMMITMENT_FIELDS, commitment),
        byObject('Trust_Commitment__c')
    );
}

// ---- GraphQL --------------------------------------------------------------------------------

const isPanel = (config) => config.query === 'PANEL_QUERY';
const isEvidence = (config) => String(config.query).startsWith('EVIDENCE_');
const isQuery = (query) => (config) => config.query === query;
let panelRefresh;

/** Emits a PANEL_QUERY result; its refresh re-emits `next()` (the data after a save). */
function emitPanel(data, next = () => data) {
    panelRefresh = jest.fn(() => {
        graphql.emit(next(), isPanel, panelRefresh);
        return Promise.resolve();
    });
    graphql.emit(data, isPanel, panelRefresh);
}

/** The evidence split into two pages by Case, as the API pages a large connection. */
function evidencePages() {
    const all = EVIDENCE.uiapi.query;
    const edges = all.Case.edges;
    const half = Math.ceil(edges.length / 2);
    const first = clone(EVIDENCE);
    first.uiapi.query.Case = {
        edges: edges.slice(0, half),
        pageInfo: { hasNextPage: true, endCursor: 'djE6NQ==' }
    };
    const second = {
        uiapi: {
            query: {
                Account: all.Account,
                Case: { edges: edges.slice(half), pageInfo: { hasNextPage: false, endCursor: 'djE6OQ==' } }
            }
        }
    };
    return [first, second];
}

/** Panel data as it reads after today's receipt was stored: `fields` as the save wrote them. */
function withTodaysReceipt(fields, id = 'a0DKd00000TODAY0MAA') {
    const data = clone(PANEL);
    const node = { Id: id };
    for (const [name, value] of Object.entries(fields)) {
        if (name !== 'Account__c' && name !== 'Id') node[name] = { value };
    }
    node.Key__c = { value: TODAY_KEY };
    node.As_Of__c = { value: '2026-06-30', displayValue: '6/30/2026' };
    node.Model__r = { Name: { value: 'Default' }, Version__c: { value: 2 } };
    data.uiapi.query.Trust_Score__c.edges.unshift({ node });
    data.uiapi.query.Trust_Score__c.edges.pop();
    return data;
}

// ---- mounting -------------------------------------------------------------------------------

function mount(props = {}) {
    const element = createElement('c-trust-panel', { is: TrustPanel });
    Object.assign(element, { recordId: ACCOUNT_ID, objectApiName: 'Account', ...props });
    document.body.appendChild(element);
    return element;
}

/** Wires receive their config right after connecting; emits before that reach nobody. */
async function mountConnected(props) {
    const element = mount(props);
    await flushPromises();
    return element;
}

/** Every graphql wire's current config (the stub's getLastConfig only keeps the last one). */
function graphqlConfigs() {
    const configs = [];
    graphql.emit(undefined, (config) => {
        configs.push(config);
        return false;
    });
    return configs;
}
const evidenceConfig = () => graphqlConfigs().find(isEvidence);

async function mountWithData(data = PANEL, props = {}, infos = {}) {
    const element = await mountConnected(props);
    emitPanel(data);
    emitObjectInfos(infos);
    await flushPromises();
    return element;
}

const $ = (element, selector) => element.shadowRoot.querySelector(selector);
const recalcButton = (element) => $(element, 'lightning-button.recalculate');
const toasts = [];

/** The answers to the three evidence queries, in the order the pager asks them. */
const ALL_EVIDENCE = [
    ['EVIDENCE_CORE', EVIDENCE],
    ['EVIDENCE_HISTORY', HISTORY],
    ['EVIDENCE_MILESTONES', MILESTONES]
];

/** Clicks Recalculate and answers each query; a `[query, data]` pair only reaches that query. */
async function recalculate(element, pages = ALL_EVIDENCE) {
    recalcButton(element).click();
    await flushPromises();
    for (const [query, page] of pages) {
        graphql.emit(page, isQuery(query));
        // eslint-disable-next-line no-await-in-loop
        await flushPromises();
    }
    await flushPromises();
}

describe('c-trust-panel', () => {
    beforeEach(() => {
        // "Today" is the demo org's as-of day, so a recalculation must match the CLI's run.
        jest.useFakeTimers({
            now: new Date('2026-06-30T15:00:00.000Z'),
            doNotFake: [
                'nextTick',
                'setImmediate',
                'clearImmediate',
                'setInterval',
                'clearInterval',
                'setTimeout',
                'clearTimeout',
                'queueMicrotask'
            ]
        });
        jest.clearAllMocks();
        createRecord.mockResolvedValue({ id: 'a0DKd00000TODAY0MAA' });
        updateRecord.mockResolvedValue({});
        notifyRecordUpdateAvailable.mockResolvedValue();
        toasts.length = 0;
        document.addEventListener('lightning__showtoast', collectToast);
    });

    afterEach(() => {
        document.removeEventListener('lightning__showtoast', collectToast);
        removeChildren();
        jest.useRealTimers();
    });

    function collectToast(event) {
        toasts.push(event.detail);
    }

    describe('reading', () => {
        it('shows a spinner with words while the panel query loads', async () => {
            const element = mount();
            await flushPromises();
            expect($(element, 'lightning-spinner').alternativeText).toBe('Loading the trust score…');
            expect($(element, 'c-trust-gauge')).toBeNull();
            await expect(element).toBeAccessible();
        });

        it('renders the latest stored receipt from one query: score, band, drivers, pillars, trend, commitments', async () => {
            const element = await mountWithData();
            expect(graphqlConfigs().find(isPanel)?.variables).toEqual({
                accountId: ACCOUNT_ID
            });
            const gauge = $(element, 'c-trust-gauge');
            expect(gauge.receipt).toMatchObject({
                asOf: '2026-06-29',
                score: 57.8,
                band: 'Fragile',
                modelVersion: 2
            });
            expect(gauge.bandTone).toBe('warning');
            expect(gauge.previousAsOf).toBe('2026-05-31');
            expect(gauge.unsaved).toBe(false);
            const gaugeText = gauge.shadowRoot.textContent;
            expect(gaugeText).toContain('57.8 of 100');
            expect(gaugeText).toContain('Fragile');
            expect(gaugeText).toContain('\u22123.9 since May 31, 2026');

            // The path to the next band the batch stored with the receipt.
            expect($(element, 'c-trust-next-band').nextBand).toEqual(CLI.nextBand);
            const drivers = $(element, 'c-trust-drivers');
            expect(drivers.lowered.map((d) => d.signal)).toEqual(['caseHealth', 'winRate', 'disputes']);
            expect(drivers.raised.map((d) => d.signal)).toEqual(['renewalTimeliness', 'dealVelocity']);
            expect($(element, 'c-trust-pillar-list').pillars).toHaveLength(4);
            expect($(element, 'c-trust-trend').receipts).toHaveLength(12);
            const promises = $(element, 'c-trust-promises');
            expect(promises.commitments.map((c) => [c.name, c.overdue])).toEqual([
                ['Send the revised SLA & escalation matrix', true],
                ['Quarterly business review with the CFO', false]
            ]);
            expect(promises.canCreate).toBe(true);
            expect(promises.canUpdate).toBe(true);
            expect(recalcButton(element).disabled).toBe(false);
            expect($(element, 'c-error-panel')).toBeNull();
            await expect(element).toBeAccessible();
        });

        it('follows the App Builder settings', async () => {
            const element = await mountWithData(PANEL, {
                driverCount: 1,
                collapseSignals: true,
                hideTrend: true,
                hideCommitments: true
            });
            const drivers = $(element, 'c-trust-drivers');
            expect(drivers.lowered).toHaveLength(1);
            expect(drivers.raised).toHaveLength(1);
            expect($(element, 'c-trust-pillar-list').collapsed).toBe(true);
            expect($(element, 'c-trust-trend')).toBeNull();
            expect($(element, 'c-trust-promises')).toBeNull();
        });

        it('shows an empty state for an account never scored, with Recalculate available', async () => {
            const element = await mountWithData(NEVER_SCORED);
            expect($(element, '.never-scored').textContent).toContain("This account hasn't been scored yet");
            expect($(element, 'c-trust-gauge')).toBeNull();
            expect($(element, 'c-trust-promises')).not.toBeNull();
            expect(recalcButton(element).disabled).toBe(false);
            await expect(element).toBeAccessible();
        });

        it('explains a failed load in words, with the details behind a toggle', async () => {
            const element = await mountConnected();
            graphql.emitErrors(
                [{ message: 'An unexpected error occurred.', extensions: { errorType: 'InternalError' } }],
                isPanel
            );
            await flushPromises();
            const panel = $(element, 'c-error-panel.load-error');
            expect(panel.friendlyMessage).toBe(label('TL_Error_Load'));
            expect(panel.shadowRoot.querySelector('li').textContent).toBe('An unexpected error occurred.');
            expect($(element, 'c-trust-gauge')).toBeNull();
            await expect(element).toBeAccessible();
        });

        it('tells a user without access what to ask for instead of showing an error', async () => {
            const element = await mountConnected();
            graphql.emitErrors(
                [
                    {
                        message:
                            "Validation error of type FieldUndefined: Field 'Trust_Score__c' in type 'RecordQuery' is undefined @ 'uiapi/query/Trust_Score__c'",
                        locations: [{ line: 31, column: 17 }],
                        extensions: { classification: 'ValidationError' }
                    }
                ],
                isPanel
            );
            getObjectInfo.emitError({
                status: 403,
                body: [{ errorCode: 'INSUFFICIENT_ACCESS', message: 'No access' }]
            });
            await flushPromises();
            const panel = $(element, 'c-error-panel.no-access');
            expect(panel.friendlyMessage).toBe(label('TL_Panel_No_Access'));
            expect(panel.variant).toBe('warning');
            expect($(element, 'c-error-panel.load-error')).toBeNull();
            expect(recalcButton(element).disabled).toBe(true);
            await expect(element).toBeAccessible();
        });

        it('shows an unreadable stored receipt as a load problem, not a blank card', async () => {
            const data = clone(PANEL);
            data.uiapi.query.Trust_Score__c.edges[0].node.Score__c = { value: 'n/a' };
            const element = await mountWithData(data);
            const panel = $(element, 'c-error-panel.load-error');
            expect(reduce(panel)).toEqual([
                'Trust_Score__c a0DKd0000000000711: Score__c is "n/a", expected a number'
            ]);
        });
    });

    describe('override', () => {
        /** Panel data with these Trust_Override__c rows, newest first as the query orders them. */
        function withOverrides(rows) {
            const data = clone(PANEL);
            data.uiapi.query.Trust_Override__c = {
                edges: rows.map(([id, band, expires, created, by]) => ({
                    node: {
                        Id: id,
                        Account__c: { value: ACCOUNT_ID },
                        Band__c: { value: band },
                        Reason__c: { value: 'New CFO confirmed the renewal budget' },
                        Expires_On__c: { value: expires },
                        CreatedDate: { value: created },
                        CreatedBy: { Name: { value: by } }
                    }
                }))
            };
            return data;
        }
        const overrideText = (element) =>
            $(element, 'c-trust-override')?.shadowRoot.querySelector('.override')?.textContent ?? null;

        it('shows the override in force: band, who, when, why and until when', async () => {
            const element = await mountWithData(
                withOverrides([
                    ['a0O000000000002AAA', 'Trusted', '2026-07-31', '2026-06-01T09:00:00.000Z', 'Dana Reyes'],
                    ['a0O000000000001AAA', 'Fragile', '2026-07-31', '2026-05-01T09:00:00.000Z', 'Sam Ortiz']
                ])
            );
            const text = overrideText(element);
            expect(text).toContain('Band set by hand: Trusted');
            expect(text).toContain('Set by Dana Reyes on Jun 1, 2026, until Jul 31, 2026');
            expect(text).toContain('Why: New CFO confirmed the renewal budget');
            await expect(element).toBeAccessible();
        });

        it('shows none when the only override has expired or names a band the model does not have', async () => {
            const element = await mountWithData(
                withOverrides([
                    ['a0O000000000002AAA', 'Golden', '2026-07-31', '2026-06-01T09:00:00.000Z', 'Dana Reyes'],
                    ['a0O000000000001AAA', 'Trusted', '2026-06-29', '2026-05-01T09:00:00.000Z', 'Sam Ortiz']
                ])
            );
            expect(overrideText(element)).toBeNull();
        });

        it('shows none when the panel query has no overrides', async () => {
            const element = await mountWithData();
            expect(overrideText(element)).toBeNull();
        });
    });

    describe('open trust alert', () => {
        const isAlert = isQuery('OPEN_ALERT_QUERY');
        const tasks = (...nodes) => ({
            uiapi: { query: { Task: { edges: nodes.map((node) => ({ node })) } } }
        });
        const task = (id, subject, due = '2026-07-07') => ({
            Id: id,
            Subject: { value: subject },
            ActivityDate: { value: due }
        });
        const alertOf = (element) => $(element, 'c-trust-alert').alert;

        it('asks for the open tasks whose subject begins with the active model’s alert prefix, once the model is read', async () => {
            mount();
            await flushPromises();
            expect(graphqlConfigs().some(isAlert)).toBe(false);
            emitPanel(PANEL);
            await flushPromises();
            expect(graphqlConfigs().find(isAlert)?.variables).toEqual({
                accountId: ACCOUNT_ID,
                subjectLike: 'Trust drop: %'
            });
        });

        it('shows the newest alert of the model, with a link to its task', async () => {
            const element = await mountWithData();
            expect(alertOf(element)).toBeNull();
            graphql.emit(
                tasks(
                    task('00TKd00000ALERT2MAA', 'Trust drop: Steady → Fragile (since 2026-06-11)'),
                    task('00TKd00000ALERT1MAA', 'Trust drop: Trusted → Steady (since 2026-03-31)')
                ),
                isAlert
            );
            await flushPromises();
            expect(alertOf(element)).toEqual({
                recordId: '00TKd00000ALERT2MAA',
                from: 'Steady',
                to: 'Fragile',
                since: '2026-06-11',
                dueOn: '2026-07-07',
                url: '/lightning/r/00TKd00000ALERT2MAA/view'
            });
            $(element, 'c-trust-alert').dispatchEvent(
                new CustomEvent('openrecord', { detail: { recordId: '00TKd00000ALERT2MAA' } })
            );
            expect(mockNavigate).toHaveBeenCalledWith({
                type: 'standard__recordPage',
                attributes: { recordId: '00TKd00000ALERT2MAA', actionName: 'view' }
            });
            await expect(element).toBeAccessible();
        });

        it('shows none when the tasks cannot be read, and the panel stands', async () => {
            const element = await mountWithData();
            graphql.emitErrors([{ message: 'Task is not supported' }], isAlert);
            await flushPromises();
            expect(alertOf(element)).toBeNull();
            expect($(element, 'c-trust-gauge')).not.toBeNull();
        });
    });

    describe('override actions without Override_Trust_Band', () => {
        it('shows the override read-only: no form, no actions', async () => {
            const element = await mountWithData();
            const override = $(element, 'c-trust-override');
            expect(override.canEdit).toBe(false);
            expect(override.shadowRoot.querySelector('lightning-button')).toBeNull();
            expect($(element, 'c-trust-override-form')).toBeNull();
        });
    });

    describe('recalculate permission', () => {
        it('is disabled, with the reason, for a user who cannot write scores', async () => {
            const element = await mountWithData(PANEL, {}, { score: { createable: false } });
            expect(recalcButton(element).disabled).toBe(true);
            expect($(element, '.recalc-explanation').textContent.trim()).toBe(
                label('TL_Panel_Recalculate_No_Permission')
            );
            await expect(element).toBeAccessible();
        });

        it('is disabled, with the reason, when the user cannot see trust scores at all', async () => {
            const element = await mountConnected();
            emitPanel(NEVER_SCORED);
            getObjectInfo.emitError(
                { status: 403, body: [{ errorCode: 'INSUFFICIENT_ACCESS', message: 'No access to entity' }] },
                byObject('Trust_Score__c')
            );
            getObjectInfo.emit(objectInfo('Account', ACCOUNT_FIELDS), byObject('Account'));
            await flushPromises();
            expect(recalcButton(element).disabled).toBe(true);
            expect($(element, '.recalc-explanation').textContent.trim()).toBe(
                label('TL_Panel_Recalculate_No_Permission')
            );
        });

        it('is disabled when one Account trust field is read-only for the user', async () => {
            const element = await mountWithData(
                PANEL,
                {},
                { account: { readOnlyFields: ['Trust_Scored_On__c'] } }
            );
            expect(recalcButton(element).disabled).toBe(true);
            expect($(element, '.recalc-explanation')).not.toBeNull();
        });

        it('is disabled, naming the setting, when the active model is invalid', async () => {
            const data = clone(PANEL);
            const model = JSON.parse(data.uiapi.query.Trust_Model__c.edges[0].node.Definition__c.value);
            model.halfLifeDays = 0;
            data.uiapi.query.Trust_Model__c.edges[0].node.Definition__c.value = JSON.stringify(model);
            const element = await mountWithData(data);
            expect(recalcButton(element).disabled).toBe(true);
            const text = $(element, '.recalc-explanation').textContent;
            // The setting and the problem in the admin's words (labels), never the engine's English.
            expect(text).toBe("The active trust model isn't valid: Half-life (days): Enter 7 or more.");
            expect(text).not.toContain('halfLifeDays');
        });
    });

    describe('recalculating', () => {
        it('reads nothing before the click, then pages the evidence query for this account', async () => {
            const element = await mountWithData();
            expect(evidenceConfig()).toBeUndefined();
            recalcButton(element).click();
            await flushPromises();
            const config = evidenceConfig();
            expect(config.variables).toMatchObject({
                accountId: ACCOUNT_ID,
                pageSize: 2000,
                upperBound: 20000,
                opportunitiesAfter: null,
                casesAfter: null
            });
            expect(recalcButton(element).label).toBe(label('TL_Panel_Recalculating'));
            expect(recalcButton(element).disabled).toBe(true);
        });

        it("stores exactly the batch CLI's numbers as today's receipt and on the Account", async () => {
            const element = await mountWithData();
            panelRefresh.mockImplementation(() => {
                graphql.emit(withTodaysReceipt(createRecord.mock.calls[0][0].fields), isPanel, panelRefresh);
                return Promise.resolve();
            });
            await recalculate(element);

            expect(createRecord).toHaveBeenCalledTimes(1);
            const { apiName, fields } = createRecord.mock.calls[0][0];
            expect(apiName).toBe('Trust_Score__c');
            expect(fields).toMatchObject({
                Key__c: TODAY_KEY,
                Account__c: ACCOUNT_ID,
                As_Of__c: '2026-06-30',
                Score__c: CLI.score,
                Band__c: CLI.band,
                Confidence__c: CLI.confidence,
                Understanding__c: CLI.pillars.understanding,
                Reliability__c: CLI.pillars.reliability,
                Capability__c: CLI.pillars.capability,
                Fairness__c: CLI.pillars.fairness,
                Renewal_Timeliness__c: CLI.signals.renewalTimeliness.score,
                Deal_Velocity__c: CLI.signals.dealVelocity.score,
                Reference_Quality__c: null,
                Win_Rate__c: CLI.signals.winRate.score,
                Promise_Keeping__c: null,
                Support_Responsiveness__c: CLI.signals.supportResponsiveness.score,
                Case_Health__c: CLI.signals.caseHealth.score,
                Disputes__c: CLI.signals.disputes.score,
                Previous_Score__c: 57.8,
                Score_Change__c: Math.round((CLI.score - 57.8) * 10) / 10,
                Scored_At__c: '2026-06-30T15:00:00.000Z',
                Source__c: 'Panel',
                Model__c: 'a0CKd000002ZvYcMAK'
            });
            expect(Object.keys(fields).sort()).toEqual([...SCORE_FIELDS].sort());
            expect(JSON.parse(fields.Drivers__c).drivers).toEqual(
                CLI.drivers.map((d) => expect.objectContaining(d))
            );

            expect(updateRecord).toHaveBeenCalledTimes(1);
            expect(updateRecord).toHaveBeenCalledWith({
                fields: {
                    Id: ACCOUNT_ID,
                    Current_Trust_Score__c: CLI.score,
                    Current_Trust_Band__c: CLI.band,
                    Trust_Score_Change__c: Math.round((CLI.score - 57.8) * 10) / 10,
                    Trust_Scored_On__c: '2026-06-30'
                }
            });
            expect(panelRefresh).toHaveBeenCalled();
            expect(notifyRecordUpdateAvailable).toHaveBeenCalledWith([{ recordId: ACCOUNT_ID }]);
            expect(toasts).toEqual([
                expect.objectContaining({ title: label('TL_Panel_Recalculated'), variant: 'success' })
            ]);

            const gauge = $(element, 'c-trust-gauge');
            expect(gauge.receipt).toMatchObject({
                key: TODAY_KEY,
                asOf: '2026-06-30',
                score: CLI.score,
                source: 'Panel'
            });
            expect(gauge.unsaved).toBe(false);
            expect(recalcButton(element).disabled).toBe(false);
            expect($(element, 'c-error-panel')).toBeNull();
            await expect(element).toBeAccessible();
        });

        it('follows every page of a large account before scoring, with the same result as one page', async () => {
            const single = await mountWithData();
            await recalculate(single);
            const expected = createRecord.mock.calls[0][0].fields;
            removeChildren();
            createRecord.mockClear();

            const element = await mountWithData();
            const [first, second] = evidencePages();
            recalcButton(element).click();
            await flushPromises();
            graphql.emit(first, isQuery('EVIDENCE_CORE'));
            await flushPromises();
            expect(createRecord).not.toHaveBeenCalled();
            // Cases continue from their cursor; the other connections, complete, are asked again
            // from their last cursor (the wire adapter cannot leave them out with @include).
            const next = evidenceConfig().variables;
            expect(next.casesAfter).toBe('djE6NQ==');
            expect(next.upperBound).toBe(20000);
            expect(next.opportunitiesAfter).toBe(first.uiapi.query.Opportunity.pageInfo.endCursor);
            expect($(element, '.progress').textContent).toMatch(/Recalculating… \d+ records read/);
            graphql.emit(second, isQuery('EVIDENCE_CORE'));
            await flushPromises();
            expect(createRecord).not.toHaveBeenCalled();
            graphql.emit(HISTORY, isQuery('EVIDENCE_HISTORY'));
            await flushPromises();
            graphql.emit(MILESTONES, isQuery('EVIDENCE_MILESTONES'));
            await flushPromises();
            await flushPromises();
            expect(createRecord).toHaveBeenCalledTimes(1);
            const { Scored_At__c: a, ...paged } = createRecord.mock.calls[0][0].fields;
            const { Scored_At__c: b, ...whole } = expected;
            expect(a && b).toBeTruthy();
            expect(paged).toEqual(whole);
        });

        it("updates today's receipt by its key instead of creating a second one", async () => {
            const data = clone(PANEL);
            const newest = data.uiapi.query.Trust_Score__c.edges[0].node;
            newest.Key__c.value = TODAY_KEY;
            newest.As_Of__c = { value: '2026-06-30', displayValue: '6/30/2026' };
            const element = await mountWithData(data);
            await recalculate(element);

            expect(createRecord).not.toHaveBeenCalled();
            expect(updateRecord).toHaveBeenCalledTimes(2);
            const receipt = updateRecord.mock.calls[0][0].fields;
            expect(receipt.Id).toBe(newest.Id);
            expect(receipt).not.toHaveProperty('Key__c');
            expect(receipt).not.toHaveProperty('Account__c');
            expect(receipt).toMatchObject({
                As_Of__c: '2026-06-30',
                Score__c: CLI.score,
                Previous_Score__c: 61.7
            });
            expect(updateRecord.mock.calls[1][0].fields.Id).toBe(ACCOUNT_ID);
        });

        it('updates the receipt the batch wrote meanwhile when creating hits DUPLICATE_VALUE', async () => {
            const element = await mountWithData();
            createRecord.mockRejectedValue({
                status: 400,
                body: {
                    message:
                        'duplicate value found: Key__c duplicates value on record with id: a0DKd00000BATCH0MAA',
                    output: {
                        errors: [{ errorCode: 'DUPLICATE_VALUE', message: 'duplicate value found' }],
                        fieldErrors: {}
                    }
                }
            });
            panelRefresh.mockImplementation(() => {
                graphql.emit(
                    withTodaysReceipt({ Score__c: 51, Band__c: 'Fragile' }, 'a0DKd00000BATCH0MAA'),
                    isPanel,
                    panelRefresh
                );
                return Promise.resolve();
            });
            await recalculate(element);

            expect(createRecord).toHaveBeenCalledTimes(1);
            expect(updateRecord.mock.calls[0][0].fields).toMatchObject({
                Id: 'a0DKd00000BATCH0MAA',
                Score__c: CLI.score
            });
            expect(updateRecord.mock.calls[1][0].fields.Id).toBe(ACCOUNT_ID);
            expect($(element, 'c-error-panel')).toBeNull();
        });

        it('keeps the recalculated score on screen, marked not saved, when the save fails', async () => {
            const element = await mountWithData();
            createRecord.mockRejectedValue({
                status: 400,
                body: { message: 'Storage limit exceeded.', errorCode: 'STORAGE_LIMIT_EXCEEDED' }
            });
            await recalculate(element);

            const problem = $(element, 'c-error-panel.recalc-problem');
            expect(problem.friendlyMessage).toBe(label('TL_Error_Save'));
            expect(reduce(problem)).toEqual(['Storage limit exceeded.']);
            const gauge = $(element, 'c-trust-gauge');
            expect(gauge.unsaved).toBe(true);
            expect(gauge.receipt.score).toBe(CLI.score);
            expect(updateRecord).not.toHaveBeenCalled();
            expect(recalcButton(element).disabled).toBe(false);
            await expect(element).toBeAccessible();
        });

        it('says precisely that the receipt saved but the Account fields did not', async () => {
            const element = await mountWithData();
            updateRecord.mockRejectedValue({
                status: 400,
                body: {
                    message: 'Check the fields.',
                    output: {
                        errors: [],
                        fieldErrors: {
                            Current_Trust_Band__c: [
                                { errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', message: 'Band is locked.' }
                            ]
                        }
                    }
                }
            });
            await recalculate(element);

            expect(createRecord).toHaveBeenCalledTimes(1);
            const problem = $(element, 'c-error-panel.recalc-problem');
            expect(problem.friendlyMessage).toBe(label('TL_Panel_Account_Update_Failed'));
            expect(problem.variant).toBe('warning');
            expect(reduce(problem)).toEqual(['Check the fields.', 'Band is locked.']);
            expect(toasts).toEqual([]);
            expect($(element, 'c-trust-gauge').unsaved).toBe(false);
        });

        it('stops with a message and saves nothing when the core evidence cannot be read', async () => {
            const element = await mountWithData();
            recalcButton(element).click();
            await flushPromises();
            graphql.emitErrors(
                [
                    {
                        message:
                            "Validation error of type FieldUndefined: Field 'Trust_Commitment__c' in type 'RecordQuery' is undefined"
                    }
                ],
                isQuery('EVIDENCE_CORE')
            );
            await flushPromises();
            const problem = $(element, 'c-error-panel.recalc-problem');
            expect(problem.friendlyMessage).toBe(label('TL_Panel_Recalculate_No_Read'));
            expect(evidenceConfig().query).toBe('EVIDENCE_CORE');
            expect(createRecord).not.toHaveBeenCalled();
            expect(updateRecord).not.toHaveBeenCalled();
            expect(recalcButton(element).disabled).toBe(false);
        });

        it('scores without case milestones in an org without them, names what it could not read, and saves', async () => {
            const element = await mountWithData();
            const noMilestones = [
                {
                    message:
                        "Validation error of type FieldUndefined: Field 'CaseMilestone' in type 'RecordQuery' is undefined @ 'uiapi/query/CaseMilestone'",
                    extensions: { classification: 'ValidationError' }
                }
            ];
            recalcButton(element).click();
            await flushPromises();
            graphql.emit(EVIDENCE, isQuery('EVIDENCE_CORE'));
            await flushPromises();
            expect(evidenceConfig()).toMatchObject({
                query: 'EVIDENCE_HISTORY',
                variables: { accountId: ACCOUNT_ID, after: null }
            });
            graphql.emit(HISTORY, isQuery('EVIDENCE_HISTORY'));
            await flushPromises();
            expect(evidenceConfig().query).toBe('EVIDENCE_MILESTONES');
            graphql.emitErrors(noMilestones, isQuery('EVIDENCE_MILESTONES'));
            await flushPromises();
            await flushPromises();

            // No stored receipt of today: the score is stored, with the caveat on screen.
            expect(createRecord).toHaveBeenCalledTimes(1);
            expect(createRecord.mock.calls[0][0].fields.Score__c).toBe(CLI.score);
            expect(
                [...element.shadowRoot.querySelectorAll('.evidence-caveats li')].map((li) => li.textContent)
            ).toEqual([
                label(
                    'TL_Panel_Evidence_Missing',
                    'Case milestones',
                    label('TL_Panel_Object_Not_In_Org', 'CaseMilestone')
                )
            ]);
            // The org lacks the object: not the user's permission problem, not a failure.
            expect($(element, 'c-error-panel.recalc-problem')).toBeNull();
            expect($(element, '.not-saved')).toBeNull();
            await expect(element).toBeAccessible();
        });

        it("keeps today's batch receipt instead of overwriting it with a score from incomplete evidence", async () => {
            const data = clone(PANEL);
            const newest = data.uiapi.query.Trust_Score__c.edges[0].node;
            newest.Key__c.value = TODAY_KEY;
            newest.As_Of__c = { value: '2026-06-30', displayValue: '6/30/2026' };
            newest.Source__c = { value: 'Batch' };
            const element = await mountWithData(data);
            await recalculate(element, [['EVIDENCE_CORE', EVIDENCE]]);
            // OpportunityHistory refused: the pager moves on to the milestones.
            expect(evidenceConfig().query).toBe('EVIDENCE_HISTORY');
            graphql.emitErrors(
                [{ message: 'insufficient access rights on object id', extensions: {} }],
                isQuery('EVIDENCE_HISTORY')
            );
            await flushPromises();
            graphql.emit(MILESTONES, isQuery('EVIDENCE_MILESTONES'));
            await flushPromises();
            await flushPromises();

            expect(createRecord).not.toHaveBeenCalled();
            expect(updateRecord).not.toHaveBeenCalled();
            expect(toasts).toEqual([]);
            const gauge = $(element, 'c-trust-gauge');
            expect(gauge.unsaved).toBe(true);
            expect(gauge.receipt.source).toBe('Panel');
            expect($(element, '.not-saved').textContent).toBe(label('TL_Panel_Not_Saved_Batch_Kept'));
            expect($(element, '.evidence-caveats').textContent).toBe(
                label('TL_Panel_Evidence_Missing', 'Close-date history', label('TL_Panel_Object_No_Access'))
            );
            expect(recalcButton(element).disabled).toBe(false);
            await expect(element).toBeAccessible();
        });

        it("updates today's batch receipt when every piece of evidence was read", async () => {
            const data = clone(PANEL);
            const newest = data.uiapi.query.Trust_Score__c.edges[0].node;
            newest.Key__c.value = TODAY_KEY;
            newest.As_Of__c = { value: '2026-06-30', displayValue: '6/30/2026' };
            newest.Source__c = { value: 'Batch' };
            const element = await mountWithData(data);
            await recalculate(element);
            expect(updateRecord.mock.calls[0][0].fields).toMatchObject({ Id: newest.Id, Source__c: 'Panel' });
            expect($(element, '.evidence-caveats')).toBeNull();
            expect($(element, '.not-saved')).toBeNull();
        });

        it('reads a model-named renewal-contract field with getRecords before scoring', async () => {
            const data = clone(PANEL);
            const node = data.uiapi.query.Trust_Model__c.edges[0].node;
            const model = JSON.parse(node.Definition__c.value);
            model.mappings.renewalContractField = 'SBQQ__RenewedContract__c';
            node.Definition__c.value = JSON.stringify(model);
            const element = await mountWithData(data);
            await recalculate(element);

            expect(createRecord).not.toHaveBeenCalled();
            const renewals = EVIDENCE.uiapi.query.Opportunity.edges
                .map((e) => e.node)
                .filter((n) => model.mappings.renewalOpportunityTypes.includes(n.Type.value))
                .map((n) => n.Id);
            expect(renewals.length).toBeGreaterThan(0);
            expect(getRecords.getLastConfig()).toEqual({
                records: [{ recordIds: renewals, optionalFields: ['Opportunity.SBQQ__RenewedContract__c'] }]
            });
            getRecords.emit({
                results: renewals.map((id) => ({
                    statusCode: 200,
                    result: { apiName: 'Opportunity', id, fields: {} }
                }))
            });
            await flushPromises();
            await flushPromises();
            expect(createRecord).toHaveBeenCalledTimes(1);
            expect($(element, '.recalc-note').textContent).toBe(
                label('TL_Panel_Renewal_Field_Unreadable', 'SBQQ__RenewedContract__c')
            );
        });
    });

    describe('drivers and commitments', () => {
        it('opens the record behind a driver', async () => {
            const element = await mountWithData();
            $(element, 'c-trust-drivers').shadowRoot.querySelector('.record-link').click();
            expect(mockNavigate).toHaveBeenCalledWith({
                type: 'standard__recordPage',
                attributes: { recordId: '500Kd00000HEL9eIAH', actionName: 'view' }
            });
        });

        it('links drivers, evidence and promises to their records with the URL the platform generates', async () => {
            const element = await mountWithData();
            await flushPromises();
            expect(mockGenerateUrl).toHaveBeenCalledWith({
                type: 'standard__recordPage',
                attributes: { recordId: '500Kd00000HEL9eIAH', actionName: 'view' }
            });
            const driverLink = $(element, 'c-trust-drivers').shadowRoot.querySelector('a.record-link');
            expect(driverLink.getAttribute('href')).toBe(`/lightning/r/${driverLink.dataset.recordId}/view`);
            const evidenceLink = $(element, 'c-trust-pillar-list').shadowRoot.querySelector(
                'a.evidence-link'
            );
            expect(evidenceLink.getAttribute('href')).toBe(
                `/lightning/r/${evidenceLink.dataset.recordId}/view`
            );
            const promiseLink = $(element, 'c-trust-promises').shadowRoot.querySelector('a.name');
            expect(promiseLink.getAttribute('href')).toBe('/lightning/r/a0AKd00000HHNyyMAH/view');
            // One URL per record, however often the panel renders.
            const ids = mockGenerateUrl.mock.calls.map((call) => call[0].attributes.recordId);
            expect(new Set(ids).size).toBe(ids.length);
            await expect(element).toBeAccessible();
        });

        it('marks a commitment kept with today as its delivery date, then refreshes', async () => {
            const element = await mountWithData();
            const promises = $(element, 'c-trust-promises');
            promises.dispatchEvent(
                new CustomEvent('statuschange', {
                    detail: {
                        recordId: 'a0AKd00000HHNyyMAH',
                        status: 'Kept',
                        name: 'Send the revised SLA & escalation matrix'
                    }
                })
            );
            await flushPromises();
            expect(updateRecord).toHaveBeenCalledWith({
                fields: { Id: 'a0AKd00000HHNyyMAH', Status__c: 'Kept', Delivered_On__c: '2026-06-30' }
            });
            expect(toasts[0]).toMatchObject({
                title: '"Send the revised SLA & escalation matrix" marked kept.',
                variant: 'success'
            });
            expect(panelRefresh).toHaveBeenCalled();
        });

        it("uses the rep's own day, not UTC, for a kept promise and for what is overdue", async () => {
            // 02:00 UTC on July 1 is still June 30 in the user's zone (America/Los_Angeles in
            // sfdx-lwc-jest's i18n mock); the promise due June 30 is not overdue yet.
            jest.setSystemTime(new Date('2026-07-01T02:00:00.000Z'));
            const data = clone(PANEL);
            data.uiapi.query.Trust_Commitment__c.edges[0].node.Due_On__c = { value: '2026-06-30' };
            const element = await mountWithData(data);
            const promises = $(element, 'c-trust-promises');
            expect(promises.commitments.map((c) => c.overdue)).toEqual([false, false]);
            promises.dispatchEvent(
                new CustomEvent('statuschange', {
                    detail: { recordId: 'a0AKd00000HHNyyMAH', status: 'Kept', name: 'SLA' }
                })
            );
            await flushPromises();
            expect(updateRecord).toHaveBeenCalledWith({
                fields: { Id: 'a0AKd00000HHNyyMAH', Status__c: 'Kept', Delivered_On__c: '2026-06-30' }
            });
        });

        it('marks a commitment broken without a delivery date', async () => {
            const element = await mountWithData();
            $(element, 'c-trust-promises').dispatchEvent(
                new CustomEvent('statuschange', {
                    detail: { recordId: 'a0AKd00000HHNzzMAH', status: 'Broken', name: 'QBR' }
                })
            );
            await flushPromises();
            expect(updateRecord).toHaveBeenCalledWith({
                fields: { Id: 'a0AKd00000HHNzzMAH', Status__c: 'Broken' }
            });
        });

        it("shows the platform's reason when a commitment can't be updated", async () => {
            const element = await mountWithData();
            updateRecord.mockRejectedValue({
                body: {
                    message: 'insufficient access rights on cross-reference id',
                    errorCode: 'INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY'
                }
            });
            $(element, 'c-trust-promises').dispatchEvent(
                new CustomEvent('statuschange', {
                    detail: { recordId: 'a0AKd00000HHNzzMAH', status: 'Kept', name: 'QBR' }
                })
            );
            await flushPromises();
            expect(toasts[0]).toMatchObject({
                title: label('TL_Promise_Update_Failed'),
                message: 'insufficient access rights on cross-reference id',
                variant: 'error'
            });
            expect($(element, 'c-trust-promises').busyId).toBeUndefined();
        });

        it('refreshes after a commitment is logged', async () => {
            const element = await mountWithData();
            $(element, 'c-trust-promises').dispatchEvent(
                new CustomEvent('committed', { detail: { recordId: 'a0AKd00000HHO00MAH' } })
            );
            await flushPromises();
            expect(toasts[0]).toMatchObject({ title: label('TL_Promise_Logged') });
            expect(panelRefresh).toHaveBeenCalled();
        });
    });
});

/** The detail lines an error panel would show. */
function reduce(errorPanel) {
    return [...errorPanel.shadowRoot.querySelectorAll('li')].map((li) => li.textContent);
}

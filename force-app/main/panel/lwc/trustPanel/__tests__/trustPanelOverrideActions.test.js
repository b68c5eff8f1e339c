// The Trust panel for a user with the Override_Trust_Band custom permission: setting an override
// from the panel's form, ending the one in force, and a failed write, against payloads shaped
// like UI API GraphQL responses (see data/README.md). The read-only case is in trustPanel.test.js.
const { mockLabels, flushPromises, removeChildren } = require('../../../../../test/lwcTestUtils');

jest.mock('c/trustQueries', () => ({
    PANEL_QUERY: 'PANEL_QUERY',
    OPEN_ALERT_QUERY: 'OPEN_ALERT_QUERY',
    EVIDENCE_QUERIES: { core: 'EVIDENCE_CORE' },
    EVIDENCE_QUERY: 'EVIDENCE_CORE'
}));
jest.mock('@salesforce/customPermission/Override_Trust_Band', () => ({ default: true }), { virtual: true });

mockLabels();
const { createElement } = require('lwc');
const TrustPanel = require('c/trustPanel').default;
const { graphql } = require('lightning/graphql');
const { createRecord, updateRecord } = require('lightning/uiRecordApi');

const PANEL = require('./data/panelQuery.json');

const ACCOUNT_ID = '001Kd00000xIcgVIAS';
const OVERRIDE_ID = 'a0OKd00000OVRD1MAA';
const clone = (value) => JSON.parse(JSON.stringify(value));
const isPanel = (config) => config.query === 'PANEL_QUERY';
const $ = (element, selector) => element.shadowRoot.querySelector(selector);

/** The panel data with one Trust_Override__c node (created on the test's today). */
function withOverride(expiresOn) {
    const data = clone(PANEL);
    data.uiapi.query.Trust_Override__c = {
        edges: [
            {
                node: {
                    Id: OVERRIDE_ID,
                    Account__c: { value: ACCOUNT_ID },
                    Band__c: { value: 'Trusted' },
                    Reason__c: { value: 'New CFO confirmed the renewal budget' },
                    Expires_On__c: { value: expiresOn },
                    CreatedDate: { value: '2026-06-30T14:00:00.000Z' },
                    CreatedBy: { Name: { value: 'Dana Reyes' } }
                }
            }
        ]
    };
    return data;
}

/** Emits the panel data; its refresh re-emits `next()`, what the org holds after a write. */
function emitPanel(data, next = () => data) {
    const refresh = jest.fn(() => {
        graphql.emit(next(), isPanel, refresh);
        return Promise.resolve();
    });
    graphql.emit(data, isPanel, refresh);
    return refresh;
}

async function mountWithData(data, next) {
    const element = createElement('c-trust-panel', { is: TrustPanel });
    Object.assign(element, { recordId: ACCOUNT_ID, objectApiName: 'Account' });
    document.body.appendChild(element);
    await flushPromises();
    const refresh = emitPanel(data, next);
    await flushPromises();
    return { element, refresh };
}

const gaugeBand = (element) => $(element, 'c-trust-gauge').receipt.band;
const overridePart = (element) => $(element, 'c-trust-override');
const form = (element) => $(element, 'c-trust-override-form');
const toasts = [];
const collectToast = (event) => toasts.push(event.detail);

describe('c-trust-panel with Override_Trust_Band', () => {
    beforeEach(() => {
        jest.useFakeTimers({
            now: new Date('2026-06-30T15:00:00.000Z'),
            doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask', 'setTimeout', 'clearTimeout']
        });
        jest.clearAllMocks();
        toasts.length = 0;
        document.addEventListener('lightning__showtoast', collectToast);
    });

    afterEach(() => {
        document.removeEventListener('lightning__showtoast', collectToast);
        removeChildren();
        jest.useRealTimers();
    });

    it('sets an override from the form and shows its band once the panel has re-read', async () => {
        createRecord.mockResolvedValue({ id: OVERRIDE_ID });
        const { element, refresh } = await mountWithData(PANEL, () => withOverride('2026-07-15'));
        expect(gaugeBand(element)).toBe('Fragile');
        expect(overridePart(element).canEdit).toBe(true);
        expect(form(element)).toBeNull();

        overridePart(element).dispatchEvent(new CustomEvent('setoverride'));
        await flushPromises();
        const opened = form(element);
        expect(opened.model.bands.map((b) => b.name)).toEqual(['At Risk', 'Fragile', 'Steady', 'Trusted']);
        expect([opened.today, opened.setOn]).toEqual(['2026-06-30', '2026-06-30']);
        await expect(element).toBeAccessible();

        const draft = {
            band: 'Trusted',
            reason: 'New CFO confirmed the renewal budget',
            expiresOn: '2026-07-15'
        };
        opened.dispatchEvent(new CustomEvent('save', { detail: draft }));
        await flushPromises();
        expect(createRecord).toHaveBeenCalledWith({
            apiName: 'Trust_Override__c',
            fields: {
                Account__c: ACCOUNT_ID,
                Band__c: 'Trusted',
                Reason__c: 'New CFO confirmed the renewal budget',
                Expires_On__c: '2026-07-15'
            }
        });
        expect(refresh).toHaveBeenCalled();
        expect(form(element)).toBeNull();
        expect(gaugeBand(element)).toBe('Trusted');
        expect(overridePart(element).override).toMatchObject({ band: 'Trusted', setBy: 'Dana Reyes' });
        expect(toasts.map((t) => [t.title, t.variant])).toEqual([['Band overridden: Trusted', 'success']]);
    });

    it('ends the override in force by expiring it yesterday, and shows the computed band again', async () => {
        updateRecord.mockResolvedValue({});
        const { element } = await mountWithData(withOverride('2026-07-15'), () => withOverride('2026-06-29'));
        expect(gaugeBand(element)).toBe('Trusted');
        overridePart(element).dispatchEvent(
            new CustomEvent('endoverride', { detail: { recordId: OVERRIDE_ID } })
        );
        await flushPromises();
        expect(updateRecord).toHaveBeenCalledWith({
            fields: { Id: OVERRIDE_ID, Expires_On__c: '2026-06-29' }
        });
        expect(overridePart(element).override).toBeNull();
        expect(gaugeBand(element)).toBe('Fragile');
        expect(toasts.map((t) => t.variant)).toEqual(['success']);
    });

    it('keeps the form open and shows why when the org refuses the override', async () => {
        createRecord.mockRejectedValue({
            body: {
                output: {
                    errors: [
                        {
                            message:
                                'Only users with the Override Trust Band permission can set, change or end a trust override.'
                        }
                    ]
                }
            }
        });
        const { element, refresh } = await mountWithData(PANEL);
        overridePart(element).dispatchEvent(new CustomEvent('setoverride'));
        await flushPromises();
        form(element).dispatchEvent(
            new CustomEvent('save', { detail: { band: 'Trusted', reason: 'Why', expiresOn: '2026-07-15' } })
        );
        await flushPromises();
        const problem = $(element, 'c-error-panel.override-problem');
        expect(problem.friendlyMessage).toBe('The override could not be saved.');
        expect(problem.errors).toBeTruthy();
        expect(form(element)).not.toBeNull();
        expect(form(element).busy).toBe(false);
        expect(refresh).not.toHaveBeenCalled();
        expect(gaugeBand(element)).toBe('Fragile');
        await expect(element).toBeAccessible();
    });
});

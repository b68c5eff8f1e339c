// Helpers shared by the component tests: real label text, promise flushing, DOM cleanup.
const { readFileSync } = require('fs');
const path = require('path');

const LABELS_FILE = path.join(__dirname, '../main/default/labels/CustomLabels.labels-meta.xml');

const unescapeXml = (text) =>
    text
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, '&');

let cache;
/** Every custom label's English value, by name, read from the package's labels file. */
function labelValues() {
    if (!cache) {
        cache = {};
        const source = readFileSync(LABELS_FILE, 'utf8');
        for (const block of source.split('<labels>').slice(1)) {
            const name = /<fullName>([^<]+)<\/fullName>/.exec(block);
            const value = /<value\s*>([\s\S]*?)<\/value>/.exec(block);
            if (name && value) cache[name[1]] = unescapeXml(value[1]);
        }
    }
    return cache;
}

/**
 * Makes custom label imports resolve to the labels' real text, so tests read what
 * a rep reads (sfdx-lwc-jest's default is the label's name). Call it before requiring the
 * component under test: the mocks apply to modules loaded afterwards.
 */
function mockLabels() {
    for (const [name, value] of Object.entries(labelValues())) {
        jest.doMock(`@salesforce/label/c.${name}`, () => ({ default: value }), { virtual: true });
    }
}

/** A label's text with its `{0}`, `{1}` … placeholders filled in. */
function label(name, ...args) {
    const text = labelValues()[name];
    if (text === undefined) throw new Error(`test: no custom label ${name}`);
    return text.replace(/\{(\d+)\}/g, (match, index) => {
        const value = args[index];
        return value === undefined ? match : String(value);
    });
}

/** Lets pending promise callbacks (wire emits, awaited LDS calls) and re-renders run. */
function flushPromises() {
    // eslint-disable-next-line @lwc/lwc/no-async-operation
    return new Promise((resolve) => setTimeout(resolve, 0));
}

function removeChildren() {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
}

/**
 * Clicks a link as a user would (`init`: `{ctrlKey: true}` for a new tab …) and tells whether
 * the component left the click to the browser, i.e. would let it follow the link's `href`.
 * The browser's navigation itself is stopped: jsdom does not implement it.
 * @returns {boolean} true when the browser would follow the link
 */
function clickLink(link, init = {}) {
    let followed = false;
    const stop = (event) => {
        followed = !event.defaultPrevented;
        event.preventDefault();
    };
    document.addEventListener('click', stop);
    try {
        link.dispatchEvent(
            new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, ...init })
        );
    } finally {
        document.removeEventListener('click', stop);
    }
    return followed;
}

/**
 * Fields of `Trust_Score__c` and Account a recalculation writes, written out here (not read
 * from the component) so a test notices when the component stops asking for one.
 */
const SCORE_FIELDS = [
    'Key__c',
    'Account__c',
    'As_Of__c',
    'Score__c',
    'Band__c',
    'Computed_Band__c',
    'Confidence__c',
    'Provisional__c',
    'Previous_Score__c',
    'Score_Change__c',
    'Drivers__c',
    'Scored_At__c',
    'Source__c',
    'Model__c',
    'Understanding__c',
    'Reliability__c',
    'Capability__c',
    'Fairness__c',
    'Renewal_Timeliness__c',
    'Deal_Velocity__c',
    'Reference_Quality__c',
    'Win_Rate__c',
    'Expansion__c',
    'Promise_Keeping__c',
    'Support_Responsiveness__c',
    'Case_Health__c',
    'Disputes__c'
];
const ACCOUNT_TRUST_FIELDS = [
    'Current_Trust_Score__c',
    'Current_Trust_Band__c',
    'Trust_Score_Change__c',
    'Trust_Scored_On__c'
];

/**
 * `c/trustQueries` with each evidence query replaced by its name, so a test sees which query a
 * wire was pointed at (the `gql` stub of sfdx-lwc-jest returns nothing). Use as
 * `jest.mock('c/trustQueries', () => require('…/lwcTestUtils').namedEvidenceQueries())`.
 */
function namedEvidenceQueries() {
    return {
        EVIDENCE_QUERIES: {
            core: 'EVIDENCE_CORE',
            opportunityHistory: 'EVIDENCE_HISTORY',
            caseMilestones: 'EVIDENCE_MILESTONES'
        }
    };
}

/**
 * The Trust panel's evidence payloads (trustPanel/__tests__/data, see its README): the
 * `data` of one answer to each evidence query, for the account `ACCOUNT_ID`.
 */
function panelEvidence() {
    const data = path.join(__dirname, '../main/panel/lwc/trustPanel/__tests__/data');
    return {
        ACCOUNT_ID: '001Kd00000xIcgVIAS',
        CORE: require(path.join(data, 'evidenceCore.json')),
        HISTORY: require(path.join(data, 'evidenceOpportunityHistory.json')),
        MILESTONES: require(path.join(data, 'evidenceCaseMilestones.json'))
    };
}

/**
 * A custom signal for the panel's tests: the product-usage signal of examples/custom-signals.
 * `withUsage(models)` copies a Trust_Model__c connection with the signal added to every
 * version; `USAGE` answers the signal's object for `ACCOUNT_ID` (two weeks of seat adoption);
 * `textQueries(gql)` makes the `gql` stub (which returns nothing) hand back the text it
 * parsed, so `isUsageQuery` tells that query's wire config apart; `engineScore(version,
 * usage)` is the engine's result for the panel's evidence with `usage`, or with the object
 * left out (null), as the batch scores it.
 */
function productUsageSignal() {
    const { ACCOUNT_ID, CORE, HISTORY, MILESTONES } = panelEvidence();
    const model = require(path.join(__dirname, '../../examples/custom-signals/product-usage-model.json'));
    const cell = (value) => ({ value, displayValue: null });
    const node = ([Id, week, adoption]) => ({
        Id,
        Account__c: cell(ACCOUNT_ID),
        Week__c: cell(week),
        Adoption__c: cell(adoption),
        Type__c: cell('Seats')
    });
    const rows = [
        ['a0C1', '2026-06-15', 35],
        ['a0C2', '2026-06-22T09:00:00.000Z', 48]
    ];
    const USAGE = {
        uiapi: {
            query: {
                Product_Usage__c: {
                    edges: rows.map((row) => ({ node: node(row) })),
                    pageInfo: { hasNextPage: false, endCursor: 'u2' }
                }
            }
        }
    };
    function withUsage(models) {
        const copy = JSON.parse(JSON.stringify(models));
        for (const edge of copy.edges) {
            const definition = JSON.parse(edge.node.Definition__c.value);
            definition.customSignals = model.customSignals;
            edge.node.Definition__c.value = JSON.stringify(definition);
        }
        return copy;
    }
    function engineScore(version, usage) {
        const { EvidencePager, customEvidenceObjects, scoreAccount, todayUtc } = require('c/trustEngine');
        const pager = new EvidencePager(
            ACCOUNT_ID,
            undefined,
            undefined,
            customEvidenceObjects(version.model)
        );
        for (const data of [CORE, HISTORY, MILESTONES]) pager.add(data.uiapi.query);
        if (usage) pager.add(usage.uiapi.query);
        else pager.unavailable('no access');
        return scoreAccount(pager.evidence(), version.model, version.baselines, todayUtc(new Date()));
    }
    return {
        USAGE,
        withUsage,
        engineScore,
        textQueries: (gql) => gql.mockImplementation((strings) => ({ parsed: strings.join('') })),
        isUsageQuery: (config) => Boolean(config.query?.parsed?.includes('Product_Usage__c('))
    };
}

/**
 * A `lightning/navigation` for `jest.mock('lightning/navigation', () => navigationMock())`:
 * `mockNavigate` records each Navigate; GenerateUrl answers the URL Lightning Experience gives
 * a record page.
 */
function navigationMock() {
    const Navigate = Symbol('Navigate');
    const GenerateUrl = Symbol('GenerateUrl');
    const mockNavigate = jest.fn();
    const NavigationMixin = (Base) =>
        class extends Base {
            [Navigate](pageReference) {
                mockNavigate(pageReference);
            }
            [GenerateUrl](pageReference) {
                return Promise.resolve(`/lightning/r/${pageReference.attributes.recordId}/view`);
            }
        };
    NavigationMixin.Navigate = Navigate;
    NavigationMixin.GenerateUrl = GenerateUrl;
    return { NavigationMixin, mockNavigate };
}

module.exports = {
    navigationMock,
    namedEvidenceQueries,
    panelEvidence,
    productUsageSignal,
    mockLabels,
    label,
    flushPromises,
    removeChildren,
    clickLink,
    SCORE_FIELDS,
    ACCOUNT_TRUST_FIELDS
};

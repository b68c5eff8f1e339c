// View helpers of the Trust panel, without the DOM. Receipts come from the panel's GraphQL
// payload (see trustPanel/__tests__/data/README.md), read by c/trustEngine as the panel does.
const { mockLabels, SCORE_FIELDS, ACCOUNT_TRUST_FIELDS } = require('../../../../../test/lwcTestUtils');

mockLabels();
const {
    defaultModel,
    storedReceipts,
    receiptRecord,
    scoreAccount,
    emptyEvidence,
    parseDay
} = require('c/trustEngine');
const utils = require('c/trustPanelUtils');
const PANEL = require('../../../../panel/lwc/trustPanel/__tests__/data/panelQuery.json');

const receipts = () => storedReceipts(PANEL.uiapi.query.Trust_Score__c);
const BANDS = defaultModel().bands;

function objectInfo(fields, access = { createable: true, updateable: true }) {
    const out = { ...access, fields: {} };
    for (const name of fields) out.fields[name] = { apiName: name, createable: true, updateable: true };
    return out;
}
const ACCOUNT_FIELDS = ACCOUNT_TRUST_FIELDS;

describe('c-trust-panel-utils', () => {
    it('fills label placeholders and leaves missing ones visible', () => {
        expect(utils.formatLabel('{0} since {1}', '+3.2', 'May 31')).toBe('+3.2 since May 31');
        expect(utils.formatLabel('{0} of 100', null)).toBe('{0} of 100');
        expect(utils.formatLabel(undefined)).toBe('');
    });

    it('formats points with a real minus sign and scores with one decimal', () => {
        expect(utils.formatPoints(3.24)).toBe('+3.2');
        expect(utils.formatPoints(-3.26)).toBe('\u22123.3');
        expect(utils.formatPoints(0.04)).toBe('0.0');
        expect(utils.formatPoints(null)).toBeNull();
        expect(utils.formatScore(52.66)).toBe('52.7');
        expect(utils.formatScore(null)).toBeNull();
        expect(utils.formatPercent(0.38)).toBe('38%');
    });

    it('formats a day without shifting it into the user time zone', () => {
        expect(utils.formatDayText('2026-06-01')).toBe('Jun 1, 2026');
        expect(utils.formatDayText(null)).toBeNull();
    });

    it.each([
        ['At Risk', 'error'],
        ['Fragile', 'warning'],
        ['Steady', 'neutral'],
        ['Trusted', 'success'],
        ['Gold', 'neutral'],
        [null, 'neutral']
    ])('band %s reads as %s from its place among the model bands', (band, tone) => {
        expect(utils.bandTone(BANDS, band)).toBe(tone);
    });

    it('takes the band tone from the model, not from thresholds', () => {
        const three = [
            { name: 'Low', min: 0 },
            { name: 'Mid', min: 20 },
            { name: 'High', min: 90 }
        ];
        expect(['Low', 'Mid', 'High'].map((b) => utils.bandTone(three, b))).toEqual([
            'error',
            'neutral',
            'success'
        ]);
        expect(utils.bandTone([{ name: 'Only', min: 0 }], 'Only')).toBe('neutral');
    });

    it('finds the newest receipt before a day', () => {
        const list = receipts();
        expect(utils.previousReceipt(list, '2026-06-30').asOf).toBe('2026-06-29');
        expect(utils.previousReceipt(list, '2026-06-29').asOf).toBe('2026-05-31');
        expect(utils.previousReceipt(list, '2025-07-31')).toBeNull();
    });

    it('lists the strongest drivers each way with the records behind them', () => {
        const { raised, lowered } = utils.topDrivers(receipts()[0], 2);
        expect(raised.map((d) => [d.name, d.points])).toEqual([
            ['Renewal timeliness', '16.7'],
            ['Deal velocity', '0.8']
        ]);
        expect(lowered.map((d) => [d.name, d.points])).toEqual([
            ['Case health', '3.5'], // as `trust-ledger explain` prints it
            ['Win rate', '2.6']
        ]);
        expect(lowered[0].summary).toBe(
            'Case health 32.6/100: 9 cases, 1 escalated; trouble 0.87 per quiet case vs org average 0.42'
        );
        // Each record linked with the receipt's words for it when the receipt kept them.
        expect(lowered[1].records[0]).toMatchObject({
            recordId: '006Kd00000s91wNIAQ',
            object: 'Opportunity',
            impactText: '\u22122.3'
        });
        expect(lowered[0].records.map((r) => r.recordId)).toEqual([
            '500Kd00000HEL9eIAH',
            '500Kd00000HEL9kIAH',
            '500Kd00000HEL9gIAH'
        ]);
        expect(utils.topDrivers(receipts()[0], 1).lowered).toHaveLength(1);
    });

    it('names a custom signal driver by the model’s label, and by its id once the model dropped it', () => {
        const stored = receipts()[0];
        const receipt = {
            ...stored,
            drivers: [
                { signal: 'productUsage', pillar: 'capability', impact: 4.2, summary: 'Product usage 80/100' }
            ]
        };
        const model = {
            ...defaultModel(),
            customSignals: [{ id: 'productUsage', label: 'Product usage', pillar: 'capability' }]
        };
        expect(utils.topDrivers(receipt, 1, 3, model).raised.map((d) => d.name)).toEqual(['Product usage']);
        expect(utils.topDrivers(receipt, 1, 3, defaultModel()).raised.map((d) => d.name)).toEqual([
            'productUsage'
        ]);
    });

    it('shows signals without evidence as such, under the pillar the model puts them in', () => {
        // A receipt written before Drivers__c kept each signal's pillar: the model decides.
        const stored = receipts()[0];
        const receipt = { ...stored, signals: {} };
        for (const [id, signal] of Object.entries(stored.signals)) {
            receipt.signals[id] = { ...signal, pillar: null };
        }
        const rows = utils.pillarRows(receipt, defaultModel());
        expect(rows.map((r) => r.id)).toEqual(['understanding', 'reliability', 'capability', 'fairness']);
        const fairness = rows.find((r) => r.id === 'fairness');
        expect(fairness.name).toBe('Fairness');
        expect(fairness.signals.map((s) => s.id)).toEqual([
            'renewalTimeliness',
            'referenceQuality',
            'disputes'
        ]);
        const noEvidence = rows.flatMap((r) => r.signals).filter((s) => !s.hasEvidence);
        expect(noEvidence.length).toBeGreaterThan(0);
        expect(noEvidence.every((s) => s.score === null && s.scoreText === null)).toBe(true);

        const moved = defaultModel();
        moved.signals.disputes.pillar = 'capability';
        moved.signals.winRate.enabled = false;
        const movedRows = utils.pillarRows(receipt, moved);
        expect(movedRows.find((r) => r.id === 'capability').signals.map((s) => s.id)).toContain('disputes');
        expect(movedRows.flatMap((r) => r.signals).map((s) => s.id)).not.toContain('winRate');
    });

    it('lists custom signals after the catalog ones, named by the model, scored from the receipt', () => {
        const stored = receipts()[0];
        const receipt = {
            ...stored,
            signals: {
                ...stored.signals,
                productUsage: {
                    pillar: 'capability',
                    score: 72.5,
                    confidence: 0.8,
                    summary: 'Average 72.5',
                    evidence: [],
                    evidenceCount: 12
                },
                retired: {
                    pillar: 'fairness',
                    score: 40,
                    confidence: 0.5,
                    summary: '',
                    evidence: [],
                    evidenceCount: 1
                }
            }
        };
        const usage = { id: 'productUsage', label: 'Product usage', pillar: 'capability', enabled: true };
        const nps = { id: 'nps', label: 'NPS', pillar: 'understanding', enabled: true };
        const rows = utils.pillarRows(receipt, { ...defaultModel(), customSignals: [usage, nps] });
        const pillar = (id) => rows.find((r) => r.id === id).signals;
        expect(pillar('capability').map((s) => s.id)).toEqual(['caseHealth', 'productUsage']);
        expect(pillar('capability')[1]).toMatchObject({
            name: 'Product usage',
            score: 72.5,
            scoreText: '72.5',
            hasEvidence: true
        });
        // In the model but not yet scored: shown without evidence, as a catalog signal is.
        expect(pillar('understanding').find((s) => s.id === 'nps')).toMatchObject({
            name: 'NPS',
            hasEvidence: false
        });
        // Scored by this receipt but no longer in the model: still shown where it counted, by its id.
        expect(pillar('fairness').find((s) => s.id === 'retired')).toMatchObject({
            name: 'retired',
            score: 40
        });
        const off = utils.pillarRows(
            { ...receipt, signals: stored.signals },
            {
                ...defaultModel(),
                customSignals: [{ ...usage, enabled: false }]
            }
        );
        expect(off.flatMap((r) => r.signals).map((s) => s.id)).not.toContain('productUsage');
    });

    it("groups a receipt's signals by the pillar they had when scored, not the active model's", () => {
        const receipt = receipts()[0];
        expect(receipt.signals.disputes.pillar).toBe('fairness');
        const moved = defaultModel();
        moved.signals.disputes.pillar = 'capability';
        moved.signals.winRate.enabled = false;
        const rows = utils.pillarRows(receipt, moved);
        const ids = (pillar) => rows.find((r) => r.id === pillar).signals.map((s) => s.id);
        expect(ids('fairness')).toContain('disputes');
        expect(ids('capability')).not.toContain('disputes');
        // Switched off since, but scored in this receipt: still shown where it counted.
        expect(receipt.signalScores.winRate).not.toBeNull();
        expect(ids('understanding')).toContain('winRate');
    });

    it('draws the trend oldest first, breaks the line at a receipt without score and marks model changes', () => {
        const list = receipts();
        const g = utils.trendGeometry(list);
        expect(g.points).toHaveLength(12);
        expect(g.points[0].receipt.asOf).toBe('2025-07-31');
        expect(g.points[0].x).toBeLessThan(g.points[11].x);
        // Higher score, higher on the chart (smaller y).
        const [a, b] = [g.points[0], g.points[11]];
        expect(a.receipt.score > b.receipt.score).toBe(a.y < b.y);
        expect(g.modelChanges.map((c) => c.receipt.asOf)).toEqual(['2026-03-31']);
        expect(g.lines).toHaveLength(1);

        const gap = list.map((r, i) => (i === 5 ? { ...r, score: null } : r));
        const broken = utils.trendGeometry(gap);
        expect(broken.points).toHaveLength(11);
        expect(broken.lines).toHaveLength(2);
    });

    it('flags open commitments due before today as overdue', () => {
        const rows = utils.commitmentRows(
            PANEL.uiapi.query.Trust_Commitment__c.edges.map((e) => e.node),
            '2026-06-30'
        );
        expect(rows.map((r) => [r.name, r.overdue])).toEqual([
            ['Send the revised SLA & escalation matrix', true],
            ['Quarterly business review with the CFO', false]
        ]);
        expect(rows[0].dueText).toBe('Jun 12, 2026');
        expect(rows[0].team).toBe('Customer Success');
    });

    it("tells today's date in the user's time zone, not UTC", () => {
        // The jest i18n mock's zone is America/Los_Angeles: 03:00 UTC is still the evening before.
        expect(utils.localToday(new Date('2026-07-01T03:00:00Z'))).toBe('2026-06-30');
        expect(utils.localToday(new Date('2026-07-01T09:00:00Z'))).toBe('2026-07-01');
    });

    it("cuts a label at its placeholders so each argument can be styled, in the translation's order", () => {
        expect(utils.formatLabelParts('{1} · {0}', 'a', 'b')).toEqual([
            { key: 'part-0', text: 'b', arg: 1 },
            { key: 'part-1', text: ' · ', arg: null },
            { key: 'part-2', text: 'a', arg: 0 }
        ]);
        expect(utils.formatLabelParts('x {0}').map((p) => p.text)).toEqual(['x ', '{0}']);
    });

    it('links every driver, evidence and open promise record once', () => {
        const receipt = receipts()[0];
        const nodes = PANEL.uiapi.query.Trust_Commitment__c.edges.map((edge) => edge.node);
        const ids = utils.linkedRecordIds(receipt, nodes);
        expect(ids.has(nodes[0].Id)).toBe(true);
        for (const driver of receipt.drivers)
            for (const id of driver.recordIds) expect(ids.has(id)).toBe(true);
        // Evidence about no single record (an org baseline) links nowhere.
        const evidence = Object.values(receipt.signals)
            .flatMap((signal) => signal?.evidence ?? [])
            .filter((item) => item.recordId);
        expect(evidence.length).toBeGreaterThan(0);
        for (const item of evidence) expect(ids.has(item.recordId)).toBe(true);
        expect([...ids].every((id) => typeof id === 'string' && id !== '')).toBe(true);
        expect([...utils.linkedRecordIds(null, [{ Id: 'a0A1' }, { Id: 'a0A1' }])]).toEqual(['a0A1']);
    });

    it('allows storing scores only with create and edit on every receipt field and the Account trust fields', () => {
        const score = objectInfo(SCORE_FIELDS);
        const account = objectInfo(ACCOUNT_FIELDS);
        expect(utils.canStoreScores(score, account)).toBe(true);
        expect(utils.canStoreScores(undefined, account)).toBe(false);
        expect(utils.canStoreScores({ ...score, createable: false }, account)).toBe(false);

        const noDrivers = objectInfo(SCORE_FIELDS.filter((f) => f !== 'Drivers__c'));
        expect(utils.canStoreScores(noDrivers, account)).toBe(false);
        const readOnlyBand = objectInfo(ACCOUNT_FIELDS);
        readOnlyBand.fields.Current_Trust_Band__c.updateable = false;
        expect(utils.canStoreScores(score, readOnlyBand)).toBe(false);
    });

    it('reads a recalculated receipt back exactly as a stored one', () => {
        const evidence = emptyEvidence({ id: '001Kd00000xIcgVIAS', name: 'Falcongate Foods' });
        const asOf = parseDay('2026-06-30');
        const result = scoreAccount(evidence, defaultModel(), {}, asOf);
        const record = receiptRecord(result, 52.7, {
            asOf: '2026-06-30',
            model: { name: 'Default', version: 2, recordId: 'a0CKd000002ZvYcMAK' },
            scoredAt: '2026-06-30T10:00:00.000Z',
            source: 'Panel'
        });
        const receipt = utils.receiptFromRecord(record, { name: 'Default', version: 2 });
        expect(receipt).toMatchObject({
            key: '001Kd00000xIcgVIAS:2026-06-30',
            asOf: '2026-06-30',
            score: null,
            previousScore: 52.7,
            source: 'Panel',
            modelName: 'Default',
            modelVersion: 2,
            detailProblem: null
        });
    });
});

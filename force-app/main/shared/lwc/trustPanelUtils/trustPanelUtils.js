/**
 * View helpers of the Trust panel (service module, no DOM). The numbers come from
 * `c/trustEngine`; this module only decides how they read: label placeholders, the band's
 * tone, which drivers to show, the trend's geometry, overdue commitments and whether the
 * user may write what a recalculation saves.
 */
import LOCALE from '@salesforce/i18n/locale';
import TIME_ZONE from '@salesforce/i18n/timeZone';
import { PILLAR_IDS, SIGNAL_FIELDS, PILLAR_FIELDS, SIGNAL_IDS, storedReceiptFromNode } from 'c/trustEngine';

import UNDERSTANDING from '@salesforce/label/c.TL_Pillar_Understanding';
import UNDERSTANDING_QUESTION from '@salesforce/label/c.TL_Pillar_Understanding_Question';
import RELIABILITY from '@salesforce/label/c.TL_Pillar_Reliability';
import RELIABILITY_QUESTION from '@salesforce/label/c.TL_Pillar_Reliability_Question';
import CAPABILITY from '@salesforce/label/c.TL_Pillar_Capability';
import CAPABILITY_QUESTION from '@salesforce/label/c.TL_Pillar_Capability_Question';
import FAIRNESS from '@salesforce/label/c.TL_Pillar_Fairness';
import FAIRNESS_QUESTION from '@salesforce/label/c.TL_Pillar_Fairness_Question';
import RENEWAL_TIMELINESS from '@salesforce/label/c.TL_Signal_Renewal_Timeliness';
import DEAL_VELOCITY from '@salesforce/label/c.TL_Signal_Deal_Velocity';
import REFERENCE_QUALITY from '@salesforce/label/c.TL_Signal_Reference_Quality';
import WIN_RATE from '@salesforce/label/c.TL_Signal_Win_Rate';
import EXPANSION from '@salesforce/label/c.TL_Signal_Expansion';
import PROMISE_KEEPING from '@salesforce/label/c.TL_Signal_Promise_Keeping';
import SUPPORT_RESPONSIVENESS from '@salesforce/label/c.TL_Signal_Support_Responsiveness';
import CASE_HEALTH from '@salesforce/label/c.TL_Signal_Case_Health';
import DISPUTES from '@salesforce/label/c.TL_Signal_Disputes';

/** Pillar names and the customer's question each answers, by pillar id. */
export const PILLAR_TEXT = {
    understanding: { name: UNDERSTANDING, question: UNDERSTANDING_QUESTION },
    reliability: { name: RELIABILITY, question: RELIABILITY_QUESTION },
    capability: { name: CAPABILITY, question: CAPABILITY_QUESTION },
    fairness: { name: FAIRNESS, question: FAIRNESS_QUESTION }
};

/** Signal names by signal id. */
export const SIGNAL_NAMES = {
    renewalTimeliness: RENEWAL_TIMELINESS,
    dealVelocity: DEAL_VELOCITY,
    referenceQuality: REFERENCE_QUALITY,
    winRate: WIN_RATE,
    expansion: EXPANSION,
    promiseKeeping: PROMISE_KEEPING,
    supportResponsiveness: SUPPORT_RESPONSIVENESS,
    caseHealth: CASE_HEALTH,
    disputes: DISPUTES
};

/**
 * A label with `{0}`, `{1}` … placeholders filled in. Unknown placeholders stay as they are
 * so a translation with a missing argument shows the gap instead of "undefined".
 * @param {string} template
 * @param {...*} args
 * @returns {string}
 */
export function formatLabel(template, ...args) {
    return String(template ?? '').replace(/\{(\d+)\}/g, (match, index) => {
        const value = args[index];
        return value === undefined || value === null ? match : String(value);
    });
}

/**
 * A label cut at its placeholders, so a template can style each argument (bold name,
 * coloured effect) while the translation decides the order and the words between them.
 * @param {string} template label with `{0}`, `{1}` …
 * @param {...*} args
 * @returns {{key: string, text: string, arg: number|null}[]} parts in reading order; `arg` is
 *   the placeholder's index, null for the label's own words
 */
export function formatLabelParts(template, ...args) {
    const parts = [];
    const source = String(template ?? '');
    const pattern = /\{(\d+)\}/g;
    let last = 0;
    let match;
    while ((match = pattern.exec(source)) !== null) {
        if (match.index > last) parts.push({ text: source.slice(last, match.index), arg: null });
        const index = Number(match[1]);
        const value = args[index];
        if (value === undefined || value === null) parts.push({ text: match[0], arg: null });
        else parts.push({ text: String(value), arg: index });
        last = pattern.lastIndex;
    }
    if (last < source.length) parts.push({ text: source.slice(last), arg: null });
    return parts.map((part, i) => ({ key: `part-${i}`, ...part }));
}

/**
 * Whether a click on a record link is a plain one the panel should handle by navigating in
 * place; with a modifier key or another button the browser opens the link's URL itself
 * (new tab, new window).
 * @param {MouseEvent} event
 */
export function isPlainClick(event) {
    return !(event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) && (event.button ?? 0) === 0;
}

/**
 * Today's date (`yyyy-mm-dd`) where the user is: their Salesforce time zone, as the UI shows
 * dates. Promise dates (delivered, promised, overdue) are the rep's days. Receipts do not use
 * this: As_Of__c and Key__c stay the UTC day, the batch's convention (`todayUtc`).
 * @param {Date} [now]
 */
export function localToday(now = new Date()) {
    const options = { year: 'numeric', month: '2-digit', day: '2-digit' };
    let parts;
    try {
        parts = new Intl.DateTimeFormat('en-US', { ...options, timeZone: TIME_ZONE }).formatToParts(now);
    } catch {
        // An unknown zone name (old browsers): the browser's own zone is the user's best guess.
        parts = new Intl.DateTimeFormat('en-US', options).formatToParts(now);
    }
    const part = (type) => parts.find((p) => p.type === type)?.value;
    return `${part('year')}-${part('month')}-${part('day')}`;
}

const oneDecimal = () =>
    new Intl.NumberFormat(LOCALE, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A whole number in the user's locale ("20,000"). */
export function formatCount(value) {
    return typeof value === 'number' ? new Intl.NumberFormat(LOCALE).format(value) : value;
}

/** A score or pillar, one decimal in the user's locale ("71.5"); null stays null. */
export function formatScore(value) {
    return typeof value === 'number' && Number.isFinite(value) ? oneDecimal().format(value) : null;
}

/** Points with their sign: "+3.2", "−3.2" (a real minus sign, read as "minus"), "0.0". */
export function formatPoints(value) {
    if (typeof value !== 'number' || !Number.isFinite(value)) return null;
    const rounded = Math.round(value * 10) / 10;
    const text = oneDecimal().format(Math.abs(rounded));
    if (rounded > 0) return `+${text}`;
    if (rounded < 0) return `\u2212${text}`;
    return text;
}

/** A 0–1 share as a whole percentage in the user's locale ("38%"). */
export function formatPercent(value) {
    if (typeof value !== 'number' || !Number.isFinite(value)) return null;
    return new Intl.NumberFormat(LOCALE, { style: 'percent', maximumFractionDigits: 0 }).format(value);
}

/** A `yyyy-mm-dd` day in the user's locale; a day has no time zone, so it is read as UTC. */
export function formatDayText(day) {
    if (typeof day !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return day ?? null;
    return new Intl.DateTimeFormat(LOCALE, { dateStyle: 'medium', timeZone: 'UTC' }).format(
        new Date(`${day}T00:00:00Z`)
    );
}

/** An ISO datetime in the user's locale and Salesforce time zone. */
export function formatDateTimeText(iso) {
    if (typeof iso !== 'string' || iso === '') return null;
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return iso;
    try {
        return new Intl.DateTimeFormat(LOCALE, {
            dateStyle: 'medium',
            timeStyle: 'short',
            timeZone: TIME_ZONE
        }).format(date);
    } catch {
        // An unknown zone name (tests, old browsers): the browser's own zone is still right for the user.
        return new Intl.DateTimeFormat(LOCALE, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
    }
}

/**
 * The tone of a band from its place among the model's bands, never from thresholds: the
 * lowest reads as an error, the highest as success, the lower half as a warning, the rest
 * neutral. A band the model does not have (an older version's) is neutral.
 * @param {{name: string, min: number}[]} bands ascending, as the model keeps them
 * @param {string|null} band
 * @returns {'error'|'warning'|'neutral'|'success'}
 */
export function bandTone(bands, band) {
    const names = (bands ?? []).map((b) => b.name);
    const index = names.indexOf(band);
    if (index < 0 || names.length < 2) return 'neutral';
    if (index === 0) return 'error';
    if (index === names.length - 1) return 'success';
    return index / (names.length - 1) < 0.5 ? 'warning' : 'neutral';
}

/** The newest receipt scored for a day before `asOf` (receipts newest first or in any order). */
export function previousReceipt(receipts, asOf) {
    let best = null;
    for (const receipt of receipts ?? []) {
        if (receipt.asOf && receipt.asOf < asOf && (best === null || receipt.asOf > best.asOf))
            best = receipt;
    }
    return best;
}

/**
 * The receipt a recalculation is about to store, read back exactly as the panel reads stored
 * ones (`storedReceiptFromNode`), so what the rep sees before the save is what the save keeps.
 * @param {Record<string, *>} record fields from `receiptRecord`
 * @param {{name: string, version: number}} model
 */
export function receiptFromRecord(record, model) {
    const node = { Id: 'unsaved' };
    for (const [name, value] of Object.entries(record)) {
        node[name] = { value: value === undefined ? null : value, displayValue: null };
    }
    node.Model__r = { Name: { value: model.name }, Version__c: { value: model.version } };
    return storedReceiptFromNode(node);
}

/**
 * Records linked from a driver: the evidence item behind each record id when the receipt
 * kept it (its words and impact), else just the record.
 */
function driverRecords(driver, receipt, limit) {
    const evidence = receipt.signals?.[driver.signal]?.evidence ?? [];
    return (driver.recordIds ?? []).slice(0, limit).map((recordId) => {
        const item = evidence.find((e) => e.recordId === recordId);
        return {
            key: `${driver.signal}-${recordId}`,
            recordId,
            object: item?.object ?? null,
            summary: item?.summary ?? null,
            impactText: item ? formatPoints(item.impact) : null
        };
    });
}

/**
 * The strongest drivers each way: `raised` (largest positive first) and `lowered` (largest
 * negative first), at most `count` of each, with up to `recordsPerDriver` linked records;
 * `model` names custom signals by their labels.
 */
export function topDrivers(receipt, count, recordsPerDriver = 3, model = null) {
    const drivers = (receipt?.drivers ?? []).filter((d) => typeof d.impact === 'number');
    // A custom signal is named by the model's label, as under its pillar; one the model no
    // longer has keeps its id.
    const customLabels = {};
    for (const setting of model?.customSignals ?? [])
        if (setting?.id && setting.label) customLabels[setting.id] = setting.label;
    const view = (driver) => ({
        key: driver.signal,
        signal: driver.signal,
        name: SIGNAL_NAMES[driver.signal] ?? customLabels[driver.signal] ?? driver.signal,
        pillar: PILLAR_TEXT[driver.pillar]?.name ?? driver.pillar,
        summary: driver.summary,
        impact: driver.impact,
        points: oneDecimal().format(Math.abs(Math.round(driver.impact * 10) / 10)),
        records: driverRecords(driver, receipt, recordsPerDriver)
    });
    const raised = drivers
        .filter((d) => d.impact > 0)
        .sort((a, b) => b.impact - a.impact)
        .slice(0, count)
        .map(view);
    const lowered = drivers
        .filter((d) => d.impact < 0)
        .sort((a, b) => a.impact - b.impact)
        .slice(0, count)
        .map(view);
    return { raised, lowered };
}

/** Custom signal id → its setting: the model's, then those only the receipt scored (no label: the id names them). */
function customSettings(receipt, model) {
    const out = {};
    for (const setting of model?.customSignals ?? []) if (setting?.id) out[setting.id] = setting;
    for (const id of Object.keys(receipt.signals ?? {}))
        if (!SIGNAL_IDS.includes(id) && !out[id]) out[id] = { id, label: id, enabled: true };
    return out;
}

/**
 * The four pillars with their signals, in catalog order, then the model's custom signals in
 * the model's order (named by their label) and any other custom signal the receipt scored
 * (named by its id). A signal sits under the pillar it
 * had when the receipt was scored (`pillar` in Drivers__c), so an old receipt reads as it was
 * computed even after an admin moved the signal; receipts written before the pillar was
 * stored fall back to the model (admins may move signals). A signal disabled in the model is
 * left out unless the receipt scored it.
 * @param {object} receipt a StoredReceipt
 * @param {object|null} model the active TrustModel, or null to use the catalog's layout
 * @param {{pillar: string}[]} [catalog] fallback signal → pillar settings
 */
export function pillarRows(receipt, model, catalog) {
    const custom = customSettings(receipt, model);
    const settings = { ...(model?.signals ?? catalog ?? {}), ...custom };
    // A custom signal has no receipt field: its score is the one Drivers__c keeps.
    const scoreOf = (s) => {
        if (custom[s]) return receipt.signals?.[s]?.score ?? null;
        return receipt.signalScores?.[s] ?? null;
    };
    const pillarOf = (s) => receipt.signals?.[s]?.pillar ?? settings[s]?.pillar;
    const shown = (s) => {
        if (!receipt.signals?.[s]?.pillar) return settings[s]?.enabled !== false;
        return settings[s]?.enabled !== false || scoreOf(s) !== null;
    };
    const signalIds = [...SIGNAL_IDS, ...Object.keys(custom)];
    return PILLAR_IDS.map((pillar) => {
        const signals = signalIds
            .filter((s) => pillarOf(s) === pillar && shown(s))
            .map((s) => {
                const detail = receipt.signals?.[s];
                const score = scoreOf(s);
                const evidence = (detail?.evidence ?? []).map((item, index) => ({
                    key: `${s}-${index}`,
                    recordId: item.recordId,
                    object: item.object,
                    summary: item.summary,
                    impactText: formatPoints(item.impact)
                }));
                return {
                    id: s,
                    name: SIGNAL_NAMES[s] ?? custom[s]?.label ?? s,
                    score,
                    scoreText: formatScore(score),
                    hasEvidence: score !== null,
                    confidenceText: detail ? formatPercent(detail.confidence) : null,
                    summary: detail?.summary || null,
                    evidence,
                    moreCount: detail ? Math.max(0, detail.evidenceCount - evidence.length) : 0
                };
            });
        const score = receipt.pillars?.[pillar] ?? null;
        return {
            id: pillar,
            name: PILLAR_TEXT[pillar].name,
            question: PILLAR_TEXT[pillar].question,
            score,
            scoreText: formatScore(score),
            hasEvidence: score !== null,
            signals
        };
    });
}

const TREND = { width: 300, height: 90, left: 28, right: 8, top: 8, bottom: 16 };

/**
 * Geometry of the trend chart: receipts oldest → newest on x, 0–100 on y. A receipt without
 * a score breaks the line (no evidence is not a zero). `modelChanges` marks where the model
 * version differs from the receipt before.
 * @param {object[]} receipts StoredReceipts, newest first (as PANEL_QUERY returns them)
 * @param {number} [limit]
 */
export function trendGeometry(receipts, limit = 12) {
    const ordered = (receipts ?? []).slice(0, limit).reverse();
    const plotWidth = TREND.width - TREND.left - TREND.right;
    const plotHeight = TREND.height - TREND.top - TREND.bottom;
    const step = ordered.length > 1 ? plotWidth / (ordered.length - 1) : 0;
    const x = (i) => Math.round((TREND.left + (ordered.length > 1 ? i * step : plotWidth / 2)) * 10) / 10;
    const y = (score) => Math.round((TREND.top + plotHeight * (1 - score / 100)) * 10) / 10;
    const points = ordered.map((receipt, i) => ({
        key: receipt.id,
        receipt,
        x: x(i),
        y: receipt.score === null ? null : y(receipt.score)
    }));
    const segments = [];
    let current = [];
    for (const point of points) {
        if (point.y === null) {
            if (current.length) segments.push(current);
            current = [];
        } else current.push(point);
    }
    if (current.length) segments.push(current);
    const modelChanges = [];
    for (let i = 1; i < ordered.length; i++) {
        const before = ordered[i - 1];
        const after = ordered[i];
        const changed =
            (after.modelId ?? null) !== (before.modelId ?? null) ||
            (after.modelVersion ?? null) !== (before.modelVersion ?? null);
        if (changed) modelChanges.push({ key: after.id, x: x(i), receipt: after });
    }
    return {
        ...TREND,
        plotBottom: TREND.height - TREND.bottom,
        points: points.filter((p) => p.y !== null),
        lines: segments.map((segment, i) => ({
            key: `line-${i}`,
            points: segment.map((p) => `${p.x},${p.y}`).join(' ')
        })),
        modelChanges,
        gridLines: [0, 50, 100].map((value) => ({ key: `grid-${value}`, value, y: y(value) }))
    };
}

/**
 * The records the panel links to, each once: every driver's, every evidence item's and every
 * open promise's, so their record page URLs are asked for once.
 * @param {object|null} receipt a StoredReceipt
 * @param {{Id: string}[]} commitmentNodes
 * @returns {Set<string>}
 */
export function linkedRecordIds(receipt, commitmentNodes) {
    const ids = new Set((commitmentNodes ?? []).map((node) => node.Id));
    for (const driver of receipt?.drivers ?? []) for (const id of driver.recordIds ?? []) ids.add(id);
    for (const signal of Object.values(receipt?.signals ?? {})) {
        for (const item of signal?.evidence ?? []) ids.add(item.recordId);
    }
    for (const empty of [undefined, null, '']) ids.delete(empty);
    return ids;
}

/** Open commitments as the panel lists them; overdue = open and due before today. */
export function commitmentRows(nodes, today) {
    return (nodes ?? []).map((node) => {
        const due = node.Due_On__c?.value ?? null;
        return {
            id: node.Id,
            name: node.Name?.value ?? '',
            description: node.Description__c?.value ?? null,
            team: node.Made_By_Team__c?.displayValue ?? node.Made_By_Team__c?.value ?? null,
            dueOn: due,
            dueText: due ? formatDayText(due) : null,
            overdue: due !== null && (node.Status__c?.value ?? 'Open') === 'Open' && due < today
        };
    });
}

/** Receipt fields a recalculation writes; Account__c and Key__c only on create. */
const RECEIPT_FIELDS = [
    'As_Of__c',
    'Score__c',
    'Band__c',
    'Confidence__c',
    'Provisional__c',
    'Previous_Score__c',
    'Score_Change__c',
    'Drivers__c',
    'Scored_At__c',
    'Source__c',
    'Model__c',
    ...Object.values(PILLAR_FIELDS),
    ...Object.values(SIGNAL_FIELDS)
];
const ACCOUNT_FIELDS = [
    'Current_Trust_Score__c',
    'Current_Trust_Band__c',
    'Trust_Score_Change__c',
    'Trust_Scored_On__c'
];

/**
 * Whether the user may store a recalculation, from the UI API object infos (CRUD and FLS as
 * the platform reports them for this user): create and edit receipts with every field the
 * receipt has, and edit the Account's trust fields.
 */
export function canStoreScores(scoreInfo, accountInfo) {
    if (!scoreInfo || !accountInfo) return false;
    const scoreFields = scoreInfo.fields ?? {};
    const accountFields = accountInfo.fields ?? {};
    return (
        scoreInfo.createable === true &&
        scoreInfo.updateable === true &&
        ['Key__c', 'Account__c'].every((f) => scoreFields[f]?.createable === true) &&
        RECEIPT_FIELDS.every(
            (f) => scoreFields[f]?.createable === true && scoreFields[f]?.updateable === true
        ) &&
        accountInfo.updateable === true &&
        ACCOUNT_FIELDS.every((f) => accountFields[f]?.updateable === true)
    );
}

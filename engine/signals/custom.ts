/**
 * A custom signal (engine/signals/customSetting.ts) scored like a catalog signal: the records of
 * its object inside the look-back that pass its filter, weighed by the model's time decay,
 * turned into one value by its aggregate and placed on its scale (linear, clamped; bad > good
 * means lower is better). No records is no evidence (null), never a neutral 50.
 *
 * `average` is a decayed weighted mean of each record's scaled value with loss aversion,
 * exactly as the catalog's own means; `sum` and `count` add the records up, each weighed by its
 * decay, so recent ones count more; `latest`, `min` and `max` take one record's value. In every
 * case moving one value toward `good` can only raise the signal.
 */
import type { AccountEvidence, CustomRecord, Day } from '../evidence';
import { formatDay } from '../dates';
import type { CustomSignalSetting } from './customSetting';
import {
    type Observation,
    type SignalContext,
    type SignalOutcome,
    NO_EVIDENCE,
    clamp100,
    confidenceFrom,
    plural,
    weightedMean
} from './common';

/** Evidence (decayed records) at which a custom signal's confidence reaches 63%. */
export const CUSTOM_CONFIDENCE_K = 3;

/** One record that counts: inside the look-back, through the filter, with a date (and a value). */
interface Counted {
    id: string;
    day: Day;
    /** The value field's number; 0 for a count, which reads none. */
    value: number;
    weight: number;
}

/** The 0–100 a value earns on the signal's scale. */
export function scaledValue(setting: CustomSignalSetting, value: number): number {
    const { bad, good } = setting.scale;
    return clamp100((100 * (value - bad)) / (good - bad));
}

/**
 * Locale-free, so the browser and Node write the same summary. Turning a fraction into text is
 * the dearest step of a custom signal, and records repeat their values (a percentage to one
 * decimal, a head count), so each rounded value's text is made once, found by its hundredths
 * (an integer, the cheapest key; a bounded cache).
 */
const valueTexts = new Map<number, string>();

function formatValue(value: number): string {
    const hundredths = Math.round(value * 100);
    let text = valueTexts.get(hundredths);
    if (text === undefined) {
        if (valueTexts.size >= 65536) valueTexts.clear();
        valueTexts.set(hundredths, (text = String(hundredths / 100)));
    }
    return text;
}

/** Weekly or monthly records share a few days, so each day's text is made once (a bounded cache). */
const dayTexts = new Map<Day, string>();

function dayText(day: Day): string {
    let text = dayTexts.get(day);
    if (text === undefined) {
        if (dayTexts.size >= 4096) dayTexts.clear();
        dayTexts.set(day, (text = formatDay(day)));
    }
    return text;
}

/** A count's item says only which day a record is of: its text, once per label and day. */
const countTexts = new Map<string, Map<Day, string>>();

function countSummary(label: string, day: Day): string {
    let byDay = countTexts.get(label);
    if (!byDay) {
        if (countTexts.size >= 256) countTexts.clear();
        countTexts.set(label, (byDay = new Map()));
    }
    let text = byDay.get(day);
    if (text === undefined) {
        if (byDay.size >= 4096) byDay.clear();
        byDay.set(day, (text = `${label}: record of ${dayText(day)}`));
    }
    return text;
}

/** A setting's filter as sets, and the key that tells settings with the same window apart. */
interface Window {
    filter: [string, Set<string>][];
    /** The date field and the filter: settings with equal keys count the same records. */
    key: string;
}

const windowCache = new WeakMap<CustomSignalSetting, Window>();

function windowOf(setting: CustomSignalSetting): Window {
    let window = windowCache.get(setting);
    if (!window) {
        const entries = Object.entries(setting.filter);
        window = {
            filter: entries.map(([field, values]) => [field, new Set(values)]),
            key: JSON.stringify([setting.dateField, entries.map(([f, v]) => [f, [...new Set(v)].sort()])])
        };
        windowCache.set(setting, window);
    }
    return window;
}

/** A record passes when every filter field holds one of its allowed values (compared as text). */
function passes(record: CustomRecord, filter: [string, Set<string>][]): boolean {
    for (const [field, allowed] of filter) {
        const value = record.values[field];
        if (value === null || value === undefined || !allowed.has(String(value))) return false;
    }
    return true;
}

/** The records of one object inside the look-back that pass a filter, with their day and decay. */
interface Passing {
    records: CustomRecord[];
    days: Day[];
    weights: number[];
}

/**
 * Signals on one object usually share its date field and filter (adoption, peak users and
 * weeks reported all read the same weeks): the records that pass are found once per scoring
 * and reused by the next signal with the same window. The last object's rows and clock are
 * remembered; another object or another scoring (a new clock) starts afresh.
 */
let lastRows: readonly CustomRecord[] | null = null;
let lastTime: SignalContext['time'] | null = null;
const lastPassing = new Map<string, Passing>();

function passingRecords(setting: CustomSignalSetting, rows: readonly CustomRecord[], ctx: SignalContext) {
    if (rows !== lastRows || ctx.time !== lastTime) {
        lastRows = rows;
        lastTime = ctx.time;
        lastPassing.clear();
    }
    const window = windowOf(setting);
    let passing = lastPassing.get(window.key);
    if (!passing) {
        passing = { records: [], days: [], weights: [] };
        const { time } = ctx;
        for (const record of rows) {
            const day = record.values[setting.dateField];
            if (typeof day !== 'number' || !time.inWindow(day) || !passes(record, window.filter)) continue;
            passing.records.push(record);
            passing.days.push(day);
            passing.weights.push(time.decay(day));
        }
        lastPassing.set(window.key, passing);
    }
    return passing;
}

function countedRecords(setting: CustomSignalSetting, evidence: AccountEvidence, ctx: SignalContext) {
    const rows = evidence.custom?.[setting.object] ?? [];
    const out: Counted[] = [];
    if (rows.length === 0) return out;
    const { records, days, weights } = passingRecords(setting, rows, ctx);
    const valueField = setting.aggregate === 'count' ? null : setting.valueField;
    for (let i = 0; i < records.length; i++) {
        const record = records[i] as CustomRecord;
        let value = 0;
        if (valueField !== null) {
            const raw = record.values[valueField];
            if (typeof raw !== 'number' || !Number.isFinite(raw)) continue;
            value = raw;
        }
        out.push({ id: record.id, day: days[i] as Day, value, weight: weights[i] as number });
    }
    return out;
}

/** Whether `a` is the better pick for `latest`, `min` or `max`: the value, then the later day, then the higher id. */
function isBetter(a: Counted, b: Counted, aggregate: 'latest' | 'min' | 'max'): boolean {
    if (aggregate === 'min' && a.value !== b.value) return a.value < b.value;
    if (aggregate === 'max' && a.value !== b.value) return a.value > b.value;
    return a.day !== b.day ? a.day > b.day : a.id > b.id;
}

/** The record `latest`, `min` or `max` takes; on a tie, the later day, then the higher id. */
function chosen(records: Counted[], aggregate: 'latest' | 'min' | 'max'): Counted {
    let best = records[0] as Counted;
    for (const r of records) if (isBetter(r, best, aggregate)) best = r;
    return best;
}

export function customSignal(
    setting: CustomSignalSetting,
    evidence: AccountEvidence,
    ctx: SignalContext
): SignalOutcome {
    const records = countedRecords(setting, evidence, ctx);
    if (records.length === 0) return NO_EVIDENCE;
    const object = setting.object;
    const n = plural(records.length, 'record');
    if (setting.aggregate === 'average') {
        const observations: Observation[] = records.map((r) => ({
            recordId: r.id,
            object,
            summary: `${setting.label} ${formatValue(r.value)} on ${dayText(r.day)}`,
            value: scaledValue(setting, r.value),
            weight: r.weight,
            isEvidence: true
        }));
        let sum = 0;
        let weight = 0;
        for (const r of records) {
            sum += r.weight * r.value;
            weight += r.weight;
        }
        return weightedMean(
            observations,
            ctx,
            CUSTOM_CONFIDENCE_K,
            `average ${formatValue(sum / weight)} over ${n}, recent ones weighing more`
        );
    }
    let evidenceWeight = 0;
    let amount = 0;
    for (const r of records) {
        evidenceWeight += r.weight;
        // A record counts once however recent it is; decay makes old ones count less.
        amount += Math.min(1, r.weight);
    }
    const base = { confidence: confidenceFrom(evidenceWeight, CUSTOM_CONFIDENCE_K), amount };
    if (setting.aggregate === 'sum' || setting.aggregate === 'count') {
        let total = 0;
        for (const r of records) total += r.weight * (setting.aggregate === 'count' ? 1 : r.value);
        const score = scaledValue(setting, total);
        const what = setting.aggregate === 'count' ? 'count' : 'sum';
        // Each record's share of the distance from neutral is its share of the recency weight.
        const items = records.map((r) => ({
            recordId: r.id,
            object,
            summary:
                setting.aggregate === 'count'
                    ? countSummary(setting.label, r.day)
                    : `${setting.label} ${formatValue(r.value)} on ${dayText(r.day)}`,
            impact: ((score - 50) * r.weight) / evidenceWeight
        }));
        return {
            score,
            ...base,
            summary: `${what} ${formatValue(total)} over ${n}, recent ones weighing more`,
            items
        };
    }
    const pick = chosen(records, setting.aggregate);
    const score = scaledValue(setting, pick.value);
    return {
        score,
        ...base,
        summary: `${setting.aggregate} ${formatValue(pick.value)} (${dayText(pick.day)}) of ${n}`,
        items: [
            {
                recordId: pick.id,
                object,
                summary: `${setting.label} ${formatValue(pick.value)} on ${dayText(pick.day)}`,
                impact: score - 50
            }
        ]
    };
}

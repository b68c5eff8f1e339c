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

/** Locale-free, so the browser and Node write the same summary. */
function formatValue(value: number): string {
    return String(Math.round(value * 100) / 100);
}

const filterCache = new WeakMap<CustomSignalSetting, [string, Set<string>][]>();

/** The filter as sets, built once per setting object. */
function filterOf(setting: CustomSignalSetting): [string, Set<string>][] {
    let sets = filterCache.get(setting);
    if (!sets) {
        sets = Object.entries(setting.filter).map(([field, values]) => [field, new Set(values)]);
        filterCache.set(setting, sets);
    }
    return sets;
}

/** A record passes when every filter field holds one of its allowed values (compared as text). */
function passes(record: CustomRecord, filter: [string, Set<string>][]): boolean {
    for (const [field, allowed] of filter) {
        const value = record.values[field];
        if (value === null || value === undefined || !allowed.has(String(value))) return false;
    }
    return true;
}

function countedRecords(setting: CustomSignalSetting, evidence: AccountEvidence, ctx: SignalContext) {
    const rows = evidence.custom?.[setting.object] ?? [];
    const filter = filterOf(setting);
    const out: Counted[] = [];
    for (const record of rows) {
        const day = record.values[setting.dateField];
        if (typeof day !== 'number' || !ctx.time.inWindow(day) || !passes(record, filter)) continue;
        let value = 0;
        if (setting.valueField !== null && setting.aggregate !== 'count') {
            const raw = record.values[setting.valueField];
            if (typeof raw !== 'number' || !Number.isFinite(raw)) continue;
            value = raw;
        }
        out.push({ id: record.id, day, value, weight: ctx.time.decay(day) });
    }
    return out;
}

/** The record `latest`, `min` or `max` takes; on a tie, the later day, then the higher id. */
function chosen(records: Counted[], aggregate: 'latest' | 'min' | 'max'): Counted {
    const better = (a: Counted, b: Counted): boolean => {
        if (aggregate === 'min' && a.value !== b.value) return a.value < b.value;
        if (aggregate === 'max' && a.value !== b.value) return a.value > b.value;
        return a.day !== b.day ? a.day > b.day : a.id > b.id;
    };
    let best = records[0] as Counted;
    for (const r of records) if (better(r, best)) best = r;
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
            summary: `${setting.label} ${formatValue(r.value)} on ${formatDay(r.day)}`,
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
                    ? `${setting.label}: record of ${formatDay(r.day)}`
                    : `${setting.label} ${formatValue(r.value)} on ${formatDay(r.day)}`,
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
        summary: `${setting.aggregate} ${formatValue(pick.value)} (${formatDay(pick.day)}) of ${n}`,
        items: [
            {
                recordId: pick.id,
                object,
                summary: `${setting.label} ${formatValue(pick.value)} on ${formatDay(pick.day)}`,
                impact: score - 50
            }
        ]
    };
}

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
    type SignalContext,
    type SignalOutcome,
    NO_EVIDENCE,
    clamp100,
    confidenceFrom,
    lossAversionFactor,
    plural
} from './common';
import { ListedOutcome, type ItemList } from '../itemList';

/** Evidence (decayed records) at which a custom signal's confidence reaches 63%. */
export const CUSTOM_CONFIDENCE_K = 3;

/**
 * The records that count (inside the look-back, through the filter, with a date and a value),
 * as parallel lists: a signal reads each record a few times over, and lists cost no object per
 * record for every signal of every account.
 */
interface Counted {
    ids: string[];
    days: Day[];
    /** The value field's numbers; none for a count, which reads none. */
    values: number[];
    weights: number[];
}

/** A count's values: it reads none, and nothing reads them. */
const NO_VALUES: number[] = [];

const NOTHING_COUNTED: Counted = Object.freeze({ ids: [], days: [], values: [], weights: [] });

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

/** The texts of 0.00 … 655.35 (percentages, head counts, weighted counts) by hundredths: an array is cheaper than a map. */
const SMALL_VALUES = 1 << 16;
const smallValueTexts = new Array<string | undefined>(SMALL_VALUES).fill(undefined);

function formatValue(value: number): string {
    const hundredths = Math.round(value * 100);
    if (hundredths >= 0 && hundredths < SMALL_VALUES) {
        let text = smallValueTexts[hundredths];
        if (text === undefined) smallValueTexts[hundredths] = text = String(hundredths / 100);
        return text;
    }
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
    ids: string[];
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
        passing = { records: [], ids: [], days: [], weights: [] };
        const { time } = ctx;
        for (const record of rows) {
            const day = record.values[setting.dateField];
            if (typeof day !== 'number' || !time.inWindow(day) || !passes(record, window.filter)) continue;
            passing.records.push(record);
            passing.ids.push(record.id);
            passing.days.push(day);
            passing.weights.push(time.decay(day));
        }
        lastPassing.set(window.key, passing);
    }
    return passing;
}

function countedRecords(
    setting: CustomSignalSetting,
    evidence: AccountEvidence,
    ctx: SignalContext
): Counted {
    const rows = evidence.custom?.[setting.object] ?? [];
    if (rows.length === 0) return NOTHING_COUNTED;
    const passing = passingRecords(setting, rows, ctx);
    const { records, days, weights } = passing;
    const n = records.length;
    // A count reads no value; the lists of the records that pass serve it as they are.
    if (setting.aggregate === 'count') return { ids: passing.ids, days, values: NO_VALUES, weights };
    const valueField = setting.valueField;
    const values: number[] = [];
    for (let i = 0; i < n; i++) {
        const raw = (records[i] as CustomRecord).values[valueField as string];
        if (typeof raw !== 'number' || !Number.isFinite(raw)) break;
        values.push(raw);
    }
    // Every record has a value (the usual case): no list is copied but the values.
    if (values.length === n) return { ids: passing.ids, days, values, weights };
    const out: Counted = { ids: [], days: [], values: [], weights: [] };
    for (let i = 0; i < n; i++) {
        const raw = (records[i] as CustomRecord).values[valueField as string];
        if (typeof raw !== 'number' || !Number.isFinite(raw)) continue;
        out.ids.push(passing.ids[i] as string);
        out.days.push(days[i] as Day);
        out.values.push(raw);
        out.weights.push(weights[i] as number);
    }
    return out;
}

/** Whether record `a` is the better pick for `latest`, `min` or `max`: the value, then the later day, then the higher id. */
function isBetter(c: Counted, a: number, b: number, aggregate: 'latest' | 'min' | 'max'): boolean {
    const va = c.values[a] as number;
    const vb = c.values[b] as number;
    if (aggregate === 'min' && va !== vb) return va < vb;
    if (aggregate === 'max' && va !== vb) return va > vb;
    const da = c.days[a] as Day;
    const db = c.days[b] as Day;
    return da !== db ? da > db : (c.ids[a] as string) > (c.ids[b] as string);
}

/** The record `latest`, `min` or `max` takes; on a tie, the later day, then the higher id. */
function chosen(c: Counted, aggregate: 'latest' | 'min' | 'max'): number {
    let best = 0;
    for (let i = 0; i < c.ids.length; i++) if (isBetter(c, i, best, aggregate)) best = i;
    return best;
}

/** What record `i` of `counted` says: its value and day (a function, so none is made per scoring). */
function valueSummary(setting: CustomSignalSetting, counted: Counted, i: number): string {
    return `${setting.label} ${formatValue(counted.values[i] as number)} on ${dayText(counted.days[i] as Day)}`;
}

/**
 * A signal's records as an item list (engine/itemList.ts): `positions` are the records of
 * `counted` the items are, and each summary tells the record's value and day, or only its day
 * for a count.
 */
class CustomItems implements ItemList {
    readonly object: string;

    constructor(
        private readonly setting: CustomSignalSetting,
        private readonly counted: Counted,
        readonly recordIds: readonly string[],
        readonly impacts: readonly number[],
        private readonly positions: readonly number[] | null,
        private readonly counts: boolean
    ) {
        this.object = setting.object;
    }

    summary(i: number): string {
        const at = this.positions === null ? i : (this.positions[i] as number);
        return this.counts
            ? countSummary(this.setting.label, this.counted.days[at] as Day)
            : valueSummary(this.setting, this.counted, at);
    }
}

/** What `averaged` fills in place of impacts nothing reads: never written to, never read. */
const NO_IMPACTS: number[] = [];

/**
 * A signal's numbers and words without items, for a scoring where nothing reads a record's
 * impact (SignalContext.perRecord): the same score, confidence, amount and summary.
 */
function numbersOnly(score: number, confidence: number, amount: number, summary: string): SignalOutcome {
    return { score, confidence, amount, summary, items: [] };
}

/**
 * `average`: the decayed weighted mean of the records' scaled values with loss aversion, added
 * up exactly as weightedMean (common.ts) adds Observations that are all evidence, in the same
 * order, so the numbers are the same to the last bit (a test holds the two together); here no
 * Observation is made per record.
 */
function averaged(
    setting: CustomSignalSetting,
    counted: Counted,
    ctx: SignalContext,
    n: string
): SignalOutcome {
    const { ids, values, weights } = counted;
    const count = ids.length;
    const lossAversion = ctx.model.lossAversion;
    // Each record's w·(value − 50) first; divided by the total weight once it is known. None
    // when nothing reads them (the sums below do not depend on them).
    const perRecord = ctx.perRecord !== false;
    const impacts = perRecord ? new Array<number>(count) : NO_IMPACTS;
    let total = 0;
    let sum = 0;
    let evidenceWeight = 0;
    let amount = 0;
    let rawSum = 0;
    let rawWeight = 0;
    for (let i = 0; i < count; i++) {
        const value = scaledValue(setting, values[i] as number);
        const weight = weights[i] as number;
        const w = weight * lossAversionFactor(value, lossAversion);
        if (perRecord) impacts[i] = w * (value - 50);
        total += w;
        sum += w * value;
        evidenceWeight += weight;
        amount += Math.min(1, weight);
        rawSum += weight * (values[i] as number);
        rawWeight += weight;
    }
    if (total <= 0 || evidenceWeight <= 0) return NO_EVIDENCE;
    const score = clamp100(sum / total);
    const confidence = confidenceFrom(evidenceWeight, CUSTOM_CONFIDENCE_K);
    const summary = `average ${formatValue(rawSum / rawWeight)} over ${n}, recent ones weighing more`;
    if (!perRecord) return numbersOnly(score, confidence, amount, summary);
    for (let i = 0; i < count; i++) impacts[i] = (impacts[i] as number) / total;
    return new ListedOutcome(
        score,
        confidence,
        amount,
        summary,
        new CustomItems(setting, counted, ids, impacts, null, false)
    );
}

export function customSignal(
    setting: CustomSignalSetting,
    evidence: AccountEvidence,
    ctx: SignalContext
): SignalOutcome {
    const counted = countedRecords(setting, evidence, ctx);
    const { ids, days, values, weights } = counted;
    const count = ids.length;
    if (count === 0) return NO_EVIDENCE;
    const n = plural(count, 'record');
    if (setting.aggregate === 'average') return averaged(setting, counted, ctx, n);
    let evidenceWeight = 0;
    let amount = 0;
    for (const w of weights) {
        evidenceWeight += w;
        // A record counts once however recent it is; decay makes old ones count less.
        amount += Math.min(1, w);
    }
    const confidence = confidenceFrom(evidenceWeight, CUSTOM_CONFIDENCE_K);
    if (setting.aggregate === 'sum' || setting.aggregate === 'count') {
        const isCount = setting.aggregate === 'count';
        let total = 0;
        for (let i = 0; i < count; i++)
            total += (weights[i] as number) * (isCount ? 1 : (values[i] as number));
        const score = scaledValue(setting, total);
        const summary = `${isCount ? 'count' : 'sum'} ${formatValue(total)} over ${n}, recent ones weighing more`;
        if (ctx.perRecord === false) return numbersOnly(score, confidence, amount, summary);
        // Each record's share of the distance from neutral is its share of the recency weight.
        const impacts = new Array<number>(count);
        for (let i = 0; i < count; i++) impacts[i] = ((score - 50) * (weights[i] as number)) / evidenceWeight;
        return new ListedOutcome(
            score,
            confidence,
            amount,
            summary,
            new CustomItems(setting, counted, ids, impacts, null, isCount)
        );
    }
    const pick = chosen(counted, setting.aggregate);
    const value = values[pick] as number;
    const score = scaledValue(setting, value);
    const summary = `${setting.aggregate} ${formatValue(value)} (${dayText(days[pick] as Day)}) of ${n}`;
    if (ctx.perRecord === false) return numbersOnly(score, confidence, amount, summary);
    return new ListedOutcome(
        score,
        confidence,
        amount,
        summary,
        new CustomItems(setting, counted, [ids[pick] as string], [score - 50], [pick], false)
    );
}

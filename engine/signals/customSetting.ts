/**
 * Custom signals of a model (`customSignals`): an admin's own evidence — product usage, survey
 * answers, meetings, invoices — read from any object with a lookup to Account and scored like a
 * catalog signal (engine/signals/custom.ts). This module holds their setting and its checks;
 * the model validator (engine/model.ts) calls {@link checkCustomSignals} with its own checker,
 * so every problem has the same `{path, code, params, message}` shape as the rest of the model.
 */
import { PILLAR_IDS, isPillarId, isSignalId, type PillarId } from '../catalog';
import type { ModelIssue, ModelIssueCode } from '../model';

/** How a custom signal's records become one value over the look-back. */
export const CUSTOM_AGGREGATES = ['latest', 'average', 'sum', 'count', 'min', 'max'] as const;
export type CustomAggregate = (typeof CUSTOM_AGGREGATES)[number];

export interface CustomSignalSetting {
    /** Key of the signal in results and receipts; never one of the catalog's ids. */
    id: string;
    /** The name people read (drivers, the receipt in words). */
    label: string;
    pillar: PillarId;
    /** Relative weight inside its pillar, as a catalog signal's. */
    weight: number;
    enabled: boolean;
    /** API name of the object its records come from (its CSV file is `<object>.csv`). */
    object: string;
    /** The object's lookup to Account (`AccountId` on standard objects such as Event). */
    accountField: string;
    /** A date or datetime field: the day a record counts from, for look-back and decay. */
    dateField: string;
    /** A number, percent or currency field; null only for `count`. */
    valueField: string | null;
    aggregate: CustomAggregate;
    /** The value that scores 0 and the value that scores 100; bad > good means lower is better. */
    scale: { bad: number; good: number };
    /** Equality filters: field API name → allowed values (compared as text). Empty: every record. */
    filter: Record<string, string[]>;
}

/**
 * At most this many custom signals per model: the combination of signals with evidence is
 * kept as one bit per signal in a 32-bit mask (engine/combine.ts), nine of them the catalog's.
 */
export const MAX_CUSTOM_SIGNALS = 20;

/** A signal id: letters and digits, starting with a letter (`productUsage`, `nps`). */
const SIGNAL_ID_RE = /^[A-Za-z][A-Za-z0-9]*$/;
/** An object or field API name such as `Product_Usage__c`, `AccountId` or `ns__Seats__c`. */
const API_NAME_RE = /^[A-Za-z][A-Za-z0-9_]*$/;

const SETTING_KEYS = [
    'id',
    'label',
    'pillar',
    'weight',
    'enabled',
    'object',
    'accountField',
    'dateField',
    'valueField',
    'aggregate',
    'scale',
    'filter'
] as const;

type Json = unknown;
type Params = ModelIssue['params'];

/** What of the model validator's checker these checks use (engine/model.ts passes its own). */
export interface SettingChecker {
    readonly issues: readonly ModelIssue[];
    fail(path: string, code: ModelIssueCode, params: Params, message: string): void;
    wrongKind(path: string, code: ModelIssueCode, value: Json, message: string, extra?: Params): void;
    number(
        obj: Record<string, Json>,
        key: string,
        path: string,
        rule: { min?: number; max?: number; zeroOrAtLeast?: number }
    ): number | undefined;
    text(obj: Record<string, Json>, key: string, path: string, optional?: boolean): string | undefined;
    textList(obj: Record<string, Json>, key: string, path: string): string[];
    unknownKeys(obj: Record<string, Json>, allowed: readonly string[], path: string, what: string): void;
}

function isRecord(value: Json): value is Record<string, Json> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A text setting that must be an API name; undefined (with an issue) otherwise. */
function apiName(c: SettingChecker, obj: Record<string, Json>, key: string, path: string) {
    const value = c.text(obj, key, path);
    if (value === undefined) return undefined;
    if (API_NAME_RE.test(value)) return value;
    c.fail(
        `${path}.${key}`,
        'apiName',
        { got: value },
        `must be an API name such as "Active_Users__c" (got ${JSON.stringify(value)})`
    );
    return undefined;
}

/**
 * Column names the scores' CSV gives its other columns (batch/output/formats.ts; a test there
 * keeps the two lists together). A custom signal's column is named by its id, so an id may not
 * take one of these, nor a pillar's id; compared ignoring case, as a spreadsheet user reads them.
 */
export const RESERVED_SIGNAL_IDS: readonly string[] = [
    'AccountId',
    'AccountName',
    'Score',
    'Band',
    'Confidence',
    'TopDriver',
    'TopDriverImpact',
    'RollupScore',
    'RollupBand',
    'RollupChildren',
    'RollupLowestAccountId',
    'RollupLowestScore',
    'RollupWeightBasis',
    'ComputedBand',
    'OverrideReason',
    'OverrideExpiresOn',
    'OverrideRecordId',
    'Model',
    'ModelVersion',
    ...PILLAR_IDS
];

const RESERVED_KEYS = new Set(RESERVED_SIGNAL_IDS.map((id) => id.toLowerCase()));

function checkId(c: SettingChecker, entry: Record<string, Json>, path: string, seen: Set<string>) {
    const id = c.text(entry, 'id', path);
    if (id === undefined) return undefined;
    if (!SIGNAL_ID_RE.test(id)) {
        c.fail(
            `${path}.id`,
            'signalIdFormat',
            { got: id },
            `must be letters and digits starting with a letter, such as "productUsage" (got ${JSON.stringify(id)})`
        );
        return undefined;
    }
    if (isSignalId(id) || seen.has(id)) {
        const whose = isSignalId(id) ? 'a catalog signal' : 'another custom signal';
        c.fail(`${path}.id`, 'signalIdTaken', { id }, `"${id}" is already the id of ${whose}`);
        return undefined;
    }
    if (RESERVED_KEYS.has(id.toLowerCase())) {
        c.fail(
            `${path}.id`,
            'signalIdTaken',
            { id },
            `"${id}" is the name of another column of the scores' outputs (a pillar, the score, the model…)`
        );
        return undefined;
    }
    seen.add(id);
    return id;
}

function checkAggregate(c: SettingChecker, entry: Record<string, Json>, path: string) {
    const aggregate = entry.aggregate;
    if (typeof aggregate === 'string' && (CUSTOM_AGGREGATES as readonly string[]).includes(aggregate))
        return aggregate as CustomAggregate;
    c.wrongKind(
        `${path}.aggregate`,
        'notAggregate',
        aggregate,
        `must be one of ${CUSTOM_AGGREGATES.join(', ')}`,
        {
            allowed: CUSTOM_AGGREGATES.join(', ')
        }
    );
    return undefined;
}

function checkScale(c: SettingChecker, raw: Json, path: string) {
    const at = `${path}.scale`;
    if (!isRecord(raw)) {
        c.wrongKind(at, 'notObject', raw, 'must be an object like {"bad": 0, "good": 100}');
        return undefined;
    }
    c.unknownKeys(raw, ['bad', 'good'], at, 'setting');
    const bad = c.number(raw, 'bad', at, {});
    const good = c.number(raw, 'good', at, {});
    if (bad === undefined || good === undefined) return undefined;
    if (bad === good) {
        c.fail(
            at,
            'scaleFlat',
            { value: bad },
            `"bad" and "good" are both ${bad}: the value that scores 0 and the one that scores 100 must differ`
        );
        return undefined;
    }
    return { bad, good };
}

function checkFilter(c: SettingChecker, raw: Json, path: string) {
    const at = `${path}.filter`;
    if (raw === undefined) return {};
    if (!isRecord(raw)) {
        c.wrongKind(at, 'notObject', raw, 'must be an object of field → allowed values');
        return undefined;
    }
    const filter: Record<string, string[]> = {};
    const before = c.issues.length;
    for (const field of Object.keys(raw)) {
        if (!API_NAME_RE.test(field))
            c.fail(
                `${at}.${field}`,
                'apiName',
                { got: field },
                `must be an API name such as "Type__c" (got ${JSON.stringify(field)})`
            );
        else filter[field] = c.textList(raw, field, at);
    }
    return c.issues.length > before ? undefined : filter;
}

/** One entry of `customSignals`; undefined when anything in it is wrong (the issues say what). */
function checkEntry(
    c: SettingChecker,
    entry: Json,
    path: string,
    seen: Set<string>,
    weightRule: { min: number; max: number; zeroOrAtLeast: number }
): CustomSignalSetting | undefined {
    if (!isRecord(entry)) {
        c.fail(path, 'notObject', { got: typeof entry }, 'must be an object describing one custom signal');
        return undefined;
    }
    const before = c.issues.length;
    c.unknownKeys(entry, SETTING_KEYS, path, 'setting');
    const id = checkId(c, entry, path, seen);
    const label = c.text(entry, 'label', path);
    const pillar = entry.pillar;
    if (typeof pillar !== 'string' || !isPillarId(pillar))
        c.wrongKind(`${path}.pillar`, 'notPillar', pillar, `must be one of ${PILLAR_IDS.join(', ')}`, {
            allowed: PILLAR_IDS.join(', ')
        });
    const weight = c.number(entry, 'weight', path, weightRule);
    const enabled = entry.enabled === undefined ? true : entry.enabled;
    if (typeof enabled !== 'boolean')
        c.wrongKind(`${path}.enabled`, 'notBoolean', enabled, 'must be true or false');
    const object = apiName(c, entry, 'object', path);
    const accountField = apiName(c, entry, 'accountField', path);
    const dateField = apiName(c, entry, 'dateField', path);
    const aggregate = checkAggregate(c, entry, path);
    let valueField: string | null = null;
    // A validated count signal holds `valueField: null`; reading it back (a pushed model) must accept that.
    if (aggregate !== 'count' || (entry.valueField !== undefined && entry.valueField !== null)) {
        if (aggregate !== undefined && aggregate !== 'count' && isBlankValue(entry.valueField))
            c.fail(
                `${path}.valueField`,
                'valueFieldNeeded',
                { aggregate },
                `is needed to ${aggregate === 'latest' ? 'take the latest value' : `take the ${aggregate}`}; only "count" needs none`
            );
        else valueField = apiName(c, entry, 'valueField', path) ?? null;
    }
    const scale = checkScale(c, entry.scale, path);
    const filter = checkFilter(c, entry.filter, path);
    if (c.issues.length > before) return undefined;
    return {
        id: id as string,
        label: label as string,
        pillar: pillar as PillarId,
        weight: weight as number,
        enabled: enabled as boolean,
        object: object as string,
        accountField: accountField as string,
        dateField: dateField as string,
        valueField,
        aggregate: aggregate as CustomAggregate,
        scale: scale as { bad: number; good: number },
        filter: filter as Record<string, string[]>
    };
}

function isBlankValue(value: Json): boolean {
    return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/**
 * The model's `customSignals` list, checked. Undefined when absent (a model without custom
 * signals keeps its JSON as it was) or when any entry is wrong.
 */
export function checkCustomSignals(
    c: SettingChecker,
    raw: Json,
    weightRule: { min: number; max: number; zeroOrAtLeast: number }
): CustomSignalSetting[] | undefined {
    if (raw === undefined) return undefined;
    if (!Array.isArray(raw)) {
        c.wrongKind('customSignals', 'notList', raw, 'must be a list of custom signals');
        return undefined;
    }
    if (raw.length > MAX_CUSTOM_SIGNALS) {
        c.fail(
            'customSignals',
            'atMost',
            { max: MAX_CUSTOM_SIGNALS, value: raw.length },
            `must hold at most ${MAX_CUSTOM_SIGNALS} custom signals (got ${raw.length})`
        );
        return undefined;
    }
    const seen = new Set<string>();
    const out: CustomSignalSetting[] = [];
    raw.forEach((entry: Json, i: number) => {
        const setting = checkEntry(c, entry, `customSignals[${i}]`, seen, weightRule);
        if (setting) out.push(setting);
    });
    return out.length === raw.length ? out : undefined;
}

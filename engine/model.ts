/**
 * The weighting model: which evidence counts, how much, and how the org's data maps onto
 * it. Stored as JSON (`Trust_Model__c.Definition__c`, `config/default-model.json`) and
 * always validated with {@link validateModel} before use, so a bad model is refused with a
 * message naming the exact setting instead of producing quietly wrong scores.
 */
import { PILLAR_IDS, SIGNAL_IDS, isPillarId, type PillarId, type SignalId } from './catalog';
import defaultModelJson from '../config/default-model.json';
import { checkCustomSignals, type CustomSignalSetting } from './signals/customSetting';
import { checkSegment, type ModelSegment } from './segment';

export interface SignalSetting {
    enabled: boolean;
    pillar: PillarId;
    /** Relative weight inside its pillar; ≥ 0. */
    weight: number;
}

export interface Band {
    name: string;
    /** Lowest score (inclusive) that earns this band. */
    min: number;
}

export interface ModelMappings {
    renewalOpportunityTypes: string[];
    upgradeOpportunityTypes: string[];
    downgradeOpportunityTypes: string[];
    disputeCaseTypes: string[];
    disputeCaseReasons: string[];
    closedCaseStatuses: string[];
    highCasePriorities: string[];
    /** API name of an Opportunity lookup to the Contract a renewal renews (e.g. a CPQ field), or null. */
    renewalContractField: string | null;
    /** Target resolution time per case priority, in hours. */
    resolutionTargetHours: Record<string, number>;
    /** Target for priorities not listed above, in hours. */
    defaultResolutionTargetHours: number;
}

export interface TrustModel {
    name: string;
    version: number;
    description?: string;
    signals: Record<SignalId, SignalSetting>;
    pillars: Record<PillarId, number>;
    /** Ascending by `min`; the first starts at 0. */
    bands: Band[];
    /** Evidence loses half its weight every `halfLifeDays`. */
    halfLifeDays: number;
    /** Evidence older than this is ignored. */
    lookBackDays: number;
    /** How many times more a very bad event weighs than an equally good one (≥ 1). */
    lossAversion: number;
    /**
     * Below this confidence (0–1) a score is provisional: still computed and shown, but it
     * earns no band. Optional in JSON (models saved before it existed get the default).
     */
    minConfidence: number;
    mappings: ModelMappings;
    /** Tasks for a sustained band drop; absent in models saved before the setting existed (off). */
    alerts?: AlertSettings;
    /** How overrides are governed; optional in JSON (see {@link overrideMaxDays}). */
    overrides?: OverrideSettings;
    /** The admin's own signals (engine/signals/customSetting.ts); absent when the model has none. */
    customSignals?: CustomSignalSetting[];
    /** The accounts this model scores when several are in force (engine/modelSet.ts); absent: the default. */
    segment?: ModelSegment;
}

/** When and how the batch turns a sustained band drop into a Task for the account's owner. */
export interface AlertSettings {
    enabled: boolean;
    /** Consecutive batch runs the band must stay below the settled band before anyone is alerted. */
    sustainRuns: number;
    /** Start of the Task subject; the bands and the drop's first day follow it. */
    subject: string;
    /** The Task is due this many days after the run's as-of day. */
    dueInDays: number;
    /** The Task's Priority (a value of the org's Task priority picklist). */
    priority: string;
}

export interface OverrideSettings {
    /** An override may expire at most this many days after the day it was set. */
    maxDays: number;
}

/**
 * The range of every number in a model. Inside it the engine's arithmetic stays exact enough
 * and finite: weights up to 1000 cannot overflow a sum (1e308 each gave NaN pillars), a
 * positive weight of at least 0.001 cannot vanish into rounding, and a half-life of at least
 * 7 days over a look-back of at most 3,650 days leaves the oldest evidence at 2^-521 of the
 * newest, far from the 2^-1074 where a weight becomes 0 (a half-life of 1e-300 days zeroed
 * every piece of evidence). The version must fit `Trust_Model__c.Version__c` (6 digits).
 * docs/scoring.md section 8 lists them for admins; the setup page shows them through the
 * validator's messages.
 */
export const MODEL_LIMITS = Object.freeze({
    /** Signal and pillar weights: 0 (off), or from `minPositive` to `max`. */
    weight: Object.freeze({ minPositive: 0.001, max: 1000 }),
    halfLifeDays: Object.freeze({ min: 7, max: 36_500 }),
    lookBackDays: Object.freeze({ min: 1, max: 3_650 }),
    lossAversion: Object.freeze({ min: 1, max: 10 }),
    resolutionTargetHours: Object.freeze({ min: 0.1, max: 87_600 }),
    version: Object.freeze({ min: 1, max: 999_999 }),
    sustainRuns: Object.freeze({ min: 1, max: 30 }),
    dueInDays: Object.freeze({ min: 0, max: 365 }),
    /** Leaves room in Task.Subject (255) for two band names and the drop's day. */
    alertSubjectLength: 100,
    /** Task.Priority is a 40-character picklist. */
    alertPriorityLength: 40,
    /** An override lasts a day at least and a year at most: a judgement is revisited. */
    overrideMaxDays: Object.freeze({ min: 1, max: 365 })
});
/** What `alerts` settings left out get. */
export const DEFAULT_ALERTS: Readonly<AlertSettings> = Object.freeze({
    enabled: false,
    sustainRuns: 2,
    subject: 'Trust drop',
    dueInDays: 7,
    priority: 'High'
});
/** How long an override may last when the model does not say. */
export const DEFAULT_OVERRIDE_MAX_DAYS = 90;
/** The shipped `minConfidence`, and the one models saved before the setting existed get. */
export const DEFAULT_MIN_CONFIDENCE = 0.25;
/** Above this no account could ever earn a band in practice; the setting is refused. */
export const MAX_MIN_CONFIDENCE = 0.9;

/**
 * What is wrong with a setting, as a stable code: each surface words it in its own language
 * from the code and its params (the CLI prints `message`, the components map the code to a
 * Custom Label), so no one has to read meaning back out of an English sentence.
 */
export const MODEL_ISSUE_CODES = [
    /** Nothing, null or blank where a value is needed. */
    'required',
    'notNumber',
    'wholeNumber',
    /** params: min, value */
    'atLeast',
    /** params: min, value (the limit itself is refused) */
    'above',
    /** params: max, value */
    'atMost',
    /** A weight between 0 and the smallest one that still counts; params: min, value */
    'zeroOrAtLeast',
    'notText',
    'notList',
    'notObject',
    'notBoolean',
    /** params: allowed (the pillar ids, comma-separated) */
    'notPillar',
    /** params: key, kind (setting, signal, pillar, mapping), allowed */
    'unknownKey',
    /** params: signal */
    'signalMissing',
    'bandsEmpty',
    /** params: name */
    'bandNameDuplicate',
    /** params: min */
    'firstBandZero',
    /** params: min, previousMin, previousName */
    'bandOrder',
    /** Not an Opportunity field API name. */
    'fieldName',
    /** params: type */
    'alsoRenewal',
    /** params: type */
    'alsoUpgrade',
    'weightsAllZero',
    /** params: detail (the parser's own words) */
    'notJson',
    /** A stored model record without a definition. */
    'definitionEmpty',
    /** params: max, length */
    'textTooLong',
    /** A custom signal's id is a catalog signal's or another custom signal's; params: id */
    'signalIdTaken',
    /** A custom signal's id is not letters and digits starting with a letter; params: got */
    'signalIdFormat',
    /** Not an object or field API name; params: got */
    'apiName',
    /** params: allowed (the aggregates, comma-separated) */
    'notAggregate',
    /** A custom signal's scale has bad = good; params: value */
    'scaleFlat',
    /** A custom signal other than a count names no value field; params: aggregate */
    'valueFieldNeeded',
    /** A segment's field is not an Account field API name; params: got */
    'accountFieldName',
    /** A segment without values; params: got */
    'segmentValuesEmpty',
    /** Models scoring together (engine/modelSet.ts), none without a segment. */
    'noDefault',
    /** params: first, second (the two models without a segment) */
    'defaultTwice',
    /** params: first, second (the models that name different renewal contract lookups) */
    'contractFieldDiffers',
    /** A warning: params: field, values, first (the model that wins them), second */
    'segmentOverlap',
    /** params: field */
    'segmentFieldNotOnAccount'
] as const;

export type ModelIssueCode = (typeof MODEL_ISSUE_CODES)[number];

export interface ModelIssue {
    /** Dotted path of the offending setting, e.g. `signals.winRate.weight`. */
    path: string;
    code: ModelIssueCode;
    /** The values the code's wording needs (see {@link MODEL_ISSUE_CODES}); `got` is the value found. */
    params: Record<string, string | number>;
    /** The issue in English, for developers and the CLI. */
    message: string;
}

export type ModelValidation = { ok: true; model: TrustModel } | { ok: false; issues: ModelIssue[] };

export class InvalidModelError extends Error {
    readonly issues: ModelIssue[];
    constructor(issues: ModelIssue[], source?: string) {
        const where = source ? ` in ${source}` : '';
        super(`Invalid trust model${where}:\n${issues.map((i) => `  - ${i.path}: ${i.message}`).join('\n')}`);
        this.name = 'InvalidModelError';
        this.issues = issues;
    }
}

type Json = unknown;

function isRecord(value: Json): value is Record<string, Json> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: Json): string {
    if (typeof value === 'string')
        return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
    if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
    if (Array.isArray(value)) return 'a list';
    return typeof value === 'object' ? 'an object' : typeof value;
}

/** Nothing, null or blank text: an empty field rather than a wrong value. */
function isBlank(value: Json): boolean {
    return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** Collects issues while walking the definition; each check names its path. */
class Checker {
    readonly issues: ModelIssue[] = [];

    fail(path: string, code: ModelIssueCode, params: ModelIssue['params'], message: string): void {
        this.issues.push({ path, code, params, message });
    }

    /** A value of the wrong kind: `required` when it is blank, `code` otherwise. */
    wrongKind(
        path: string,
        code: ModelIssueCode,
        value: Json,
        message: string,
        extra: ModelIssue['params'] = {}
    ) {
        const got = value === undefined ? 'nothing' : describe(value);
        this.fail(path, isBlank(value) ? 'required' : code, { ...extra, got }, `${message} (got ${got})`);
    }

    number(
        obj: Record<string, Json>,
        key: string,
        path: string,
        rule: {
            min?: number;
            minExclusive?: number;
            max?: number;
            integer?: boolean;
            /** 0 is allowed (it means off); any other value must be at least this. */
            zeroOrAtLeast?: number;
        }
    ): number | undefined {
        const value = obj[key];
        const at = path ? `${path}.${key}` : key;
        if (typeof value !== 'number' || !Number.isFinite(value)) {
            this.wrongKind(at, 'notNumber', value, 'must be a finite number');
            return undefined;
        }
        if (rule.integer && !Number.isInteger(value))
            this.fail(at, 'wholeNumber', { value }, `must be a whole number (got ${value})`);
        if (rule.min !== undefined && value < rule.min)
            this.fail(at, 'atLeast', { min: rule.min, value }, `must be at least ${rule.min} (got ${value})`);
        if (rule.minExclusive !== undefined && value <= rule.minExclusive)
            this.fail(
                at,
                'above',
                { min: rule.minExclusive, value },
                `must be greater than ${rule.minExclusive} (got ${value})`
            );
        if (rule.max !== undefined && value > rule.max)
            this.fail(at, 'atMost', { max: rule.max, value }, `must be at most ${rule.max} (got ${value})`);
        if (rule.zeroOrAtLeast !== undefined && value > 0 && value < rule.zeroOrAtLeast)
            this.fail(
                at,
                'zeroOrAtLeast',
                { min: rule.zeroOrAtLeast, value },
                `must be 0 or at least ${rule.zeroOrAtLeast} (got ${value})`
            );
        return value;
    }

    text(obj: Record<string, Json>, key: string, path: string, optional = false): string | undefined {
        const value = obj[key];
        const at = path ? `${path}.${key}` : key;
        if (value === undefined && optional) return undefined;
        if (typeof value !== 'string' || value.trim() === '') {
            this.wrongKind(at, 'notText', value, 'must be a non-empty text');
            return undefined;
        }
        return value;
    }

    textList(obj: Record<string, Json>, key: string, path: string): string[] {
        const value = obj[key];
        const at = `${path}.${key}`;
        if (!Array.isArray(value)) {
            this.wrongKind(at, 'notList', value, 'must be a list of texts');
            return [];
        }
        const out: string[] = [];
        value.forEach((item: Json, i: number) => {
            if (typeof item !== 'string' || item.trim() === '')
                this.fail(
                    `${at}[${i}]`,
                    isBlank(item) ? 'required' : 'notText',
                    { got: describe(item) },
                    `must be a non-empty text (got ${describe(item)})`
                );
            else out.push(item);
        });
        return out;
    }

    unknownKeys(obj: Record<string, Json>, allowed: readonly string[], path: string, what: string): void {
        for (const key of Object.keys(obj)) {
            if (!allowed.includes(key)) {
                const at = path ? `${path}.${key}` : key;
                this.fail(
                    at,
                    'unknownKey',
                    { key, kind: what, allowed: allowed.join(', ') },
                    `unknown ${what} "${key}"; expected one of: ${allowed.join(', ')}`
                );
            }
        }
    }
}

const TOP_LEVEL_KEYS = [
    'name',
    'version',
    'description',
    'signals',
    'pillars',
    'bands',
    'halfLifeDays',
    'lookBackDays',
    'lossAversion',
    'minConfidence',
    'mappings',
    'alerts',
    'overrides',
    'customSignals',
    'segment'
] as const;

const ALERT_KEYS = ['enabled', 'sustainRuns', 'subject', 'dueInDays', 'priority'] as const;

const MAPPING_LIST_KEYS = [
    'renewalOpportunityTypes',
    'upgradeOpportunityTypes',
    'downgradeOpportunityTypes',
    'disputeCaseTypes',
    'disputeCaseReasons',
    'closedCaseStatuses',
    'highCasePriorities'
] as const;

const MAPPING_KEYS = [
    ...MAPPING_LIST_KEYS,
    'renewalContractField',
    'resolutionTargetHours',
    'defaultResolutionTargetHours'
];

/** An API name such as `SBQQ__RenewedContract__c` or `ContractId`. */
const API_NAME_RE = /^[A-Za-z][A-Za-z0-9_]*$/;

const WEIGHT_RULE = {
    min: 0,
    max: MODEL_LIMITS.weight.max,
    zeroOrAtLeast: MODEL_LIMITS.weight.minPositive
};
const HOURS_RULE = MODEL_LIMITS.resolutionTargetHours;

function checkSignals(c: Checker, raw: Json): Record<SignalId, SignalSetting> {
    const signals = {} as Record<SignalId, SignalSetting>;
    if (!isRecord(raw)) {
        c.fail(
            'signals',
            'notObject',
            { got: describe(raw) },
            `must be an object with one entry per signal (got ${describe(raw)})`
        );
        return signals;
    }
    c.unknownKeys(raw, SIGNAL_IDS, 'signals', 'signal');
    for (const id of SIGNAL_IDS) {
        const path = `signals.${id}`;
        const entry = raw[id];
        if (entry === undefined) {
            c.fail(
                path,
                'signalMissing',
                { signal: id },
                'is missing; every signal of the catalog needs a setting (use "enabled": false to switch it off)'
            );
            continue;
        }
        if (!isRecord(entry)) {
            c.fail(
                path,
                'notObject',
                { got: describe(entry) },
                `must be an object like {"enabled": true, "pillar": "fairness", "weight": 1} (got ${describe(entry)})`
            );
            continue;
        }
        c.unknownKeys(entry, ['enabled', 'pillar', 'weight'], path, 'setting');
        const enabled = entry.enabled === undefined ? true : entry.enabled;
        if (typeof enabled !== 'boolean')
            c.wrongKind(`${path}.enabled`, 'notBoolean', enabled, 'must be true or false');
        const pillar = entry.pillar;
        if (typeof pillar !== 'string' || !isPillarId(pillar)) {
            c.wrongKind(`${path}.pillar`, 'notPillar', pillar, `must be one of ${PILLAR_IDS.join(', ')}`, {
                allowed: PILLAR_IDS.join(', ')
            });
        }
        const weight = c.number(entry, 'weight', path, WEIGHT_RULE);
        if (
            typeof enabled === 'boolean' &&
            typeof pillar === 'string' &&
            isPillarId(pillar) &&
            weight !== undefined
        ) {
            signals[id] = { enabled, pillar, weight };
        }
    }
    return signals;
}

function checkPillars(c: Checker, raw: Json): Record<PillarId, number> {
    const pillars = {} as Record<PillarId, number>;
    if (!isRecord(raw)) {
        c.fail(
            'pillars',
            'notObject',
            { got: describe(raw) },
            `must be an object with a weight per pillar (got ${describe(raw)})`
        );
        return pillars;
    }
    c.unknownKeys(raw, PILLAR_IDS, 'pillars', 'pillar');
    for (const id of PILLAR_IDS) {
        const weight = c.number(raw, id, 'pillars', WEIGHT_RULE);
        if (weight !== undefined) pillars[id] = weight;
    }
    return pillars;
}

function checkBands(c: Checker, raw: Json): Band[] {
    if (!Array.isArray(raw) || raw.length === 0) {
        c.fail(
            'bands',
            'bandsEmpty',
            { got: describe(raw) },
            `must be a non-empty list of {"name", "min"} (got ${describe(raw)})`
        );
        return [];
    }
    const bands: Band[] = [];
    const names = new Set<string>();
    raw.forEach((entry: Json, i: number) => {
        const path = `bands[${i}]`;
        if (!isRecord(entry)) {
            c.fail(
                path,
                'notObject',
                { got: describe(entry) },
                `must be an object like {"name": "Steady", "min": 60} (got ${describe(entry)})`
            );
            return;
        }
        const name = c.text(entry, 'name', path);
        const min = c.number(entry, 'min', path, { min: 0, max: 100 });
        if (name !== undefined && names.has(name))
            c.fail(`${path}.name`, 'bandNameDuplicate', { name }, `"${name}" is used by two bands`);
        if (name !== undefined) names.add(name);
        if (name !== undefined && min !== undefined) bands.push({ name, min });
    });
    if (bands.length === raw.length) {
        if (bands[0] !== undefined && bands[0].min !== 0)
            c.fail(
                'bands[0].min',
                'firstBandZero',
                { min: bands[0].min },
                `the first band must start at 0 so every score has a band (got ${bands[0].min})`
            );
        for (let i = 1; i < bands.length; i++) {
            const prev = bands[i - 1];
            const cur = bands[i];
            if (prev !== undefined && cur !== undefined && cur.min <= prev.min) {
                c.fail(
                    `bands[${i}].min`,
                    'bandOrder',
                    { min: cur.min, previousMin: prev.min, previousName: prev.name },
                    `thresholds must rise from band to band: ${cur.min} is not above ${prev.min} ("${prev.name}")`
                );
            }
        }
    }
    return bands;
}

/** True for an object; anything else is a `notObject` issue at `path`. */
function isObjectSetting(c: Checker, path: string, raw: Json): raw is Record<string, Json> {
    if (isRecord(raw)) return true;
    c.fail(path, 'notObject', { got: describe(raw) }, `must be an object (got ${describe(raw)})`);
    return false;
}

function checkMappings(c: Checker, raw: Json): ModelMappings | undefined {
    if (!isObjectSetting(c, 'mappings', raw)) return undefined;
    c.unknownKeys(raw, MAPPING_KEYS, 'mappings', 'mapping');
    const lists = {} as Record<(typeof MAPPING_LIST_KEYS)[number], string[]>;
    for (const key of MAPPING_LIST_KEYS) lists[key] = c.textList(raw, key, 'mappings');
    const field = raw.renewalContractField;
    let renewalContractField: string | null = null;
    if (field !== null && field !== undefined) {
        if (typeof field !== 'string' || !API_NAME_RE.test(field)) {
            c.fail(
                'mappings.renewalContractField',
                'fieldName',
                { got: describe(field) },
                `must be an Opportunity field API name such as "SBQQ__RenewedContract__c", or null (got ${describe(field)})`
            );
        } else renewalContractField = field;
    }
    const targets: Record<string, number> = {};
    const rawTargets = raw.resolutionTargetHours;
    if (!isRecord(rawTargets)) {
        c.fail(
            'mappings.resolutionTargetHours',
            'notObject',
            { got: describe(rawTargets) },
            `must be an object of priority → hours (got ${describe(rawTargets)})`
        );
    } else {
        for (const priority of Object.keys(rawTargets)) {
            const hours = c.number(rawTargets, priority, 'mappings.resolutionTargetHours', HOURS_RULE);
            if (hours !== undefined) targets[priority] = hours;
        }
    }
    const fallback = c.number(raw, 'defaultResolutionTargetHours', 'mappings', HOURS_RULE);
    const renewal = new Set(lists.renewalOpportunityTypes);
    for (const key of ['upgradeOpportunityTypes', 'downgradeOpportunityTypes'] as const) {
        for (const type of lists[key]) {
            if (renewal.has(type))
                c.fail(
                    `mappings.${key}`,
                    'alsoRenewal',
                    { type },
                    `"${type}" is also a renewal type; an opportunity type can mean only one thing`
                );
        }
    }
    const upgrade = new Set(lists.upgradeOpportunityTypes);
    for (const type of lists.downgradeOpportunityTypes) {
        if (upgrade.has(type))
            c.fail(
                'mappings.downgradeOpportunityTypes',
                'alsoUpgrade',
                { type },
                `"${type}" is also an upgrade type`
            );
    }
    if (fallback === undefined) return undefined;
    return {
        ...lists,
        renewalContractField,
        resolutionTargetHours: targets,
        defaultResolutionTargetHours: fallback
    };
}

/** A text setting no longer than `max` characters. */
function shortText(c: Checker, obj: Record<string, Json>, key: string, path: string, max: number) {
    const value = c.text(obj, key, path);
    if (value === undefined || value.length <= max) return value;
    c.fail(
        `${path}.${key}`,
        'textTooLong',
        { max, length: value.length },
        `must be at most ${max} characters (got ${value.length})`
    );
    return undefined;
}

/** The `alerts` setting; each key left out takes its default. Undefined when any is wrong. */
function checkAlerts(c: Checker, raw: Json): AlertSettings | undefined {
    if (!isObjectSetting(c, 'alerts', raw)) return undefined;
    c.unknownKeys(raw, ALERT_KEYS, 'alerts', 'setting');
    const given = { ...DEFAULT_ALERTS, ...raw };
    const before = c.issues.length;
    const enabled = given.enabled;
    if (typeof enabled !== 'boolean')
        c.wrongKind('alerts.enabled', 'notBoolean', enabled, 'must be true or false');
    const sustainRuns = c.number(given, 'sustainRuns', 'alerts', {
        ...MODEL_LIMITS.sustainRuns,
        integer: true
    });
    const dueInDays = c.number(given, 'dueInDays', 'alerts', { ...MODEL_LIMITS.dueInDays, integer: true });
    const subject = shortText(c, given, 'subject', 'alerts', MODEL_LIMITS.alertSubjectLength);
    const priority = shortText(c, given, 'priority', 'alerts', MODEL_LIMITS.alertPriorityLength);
    if (
        c.issues.length > before ||
        typeof enabled !== 'boolean' ||
        sustainRuns === undefined ||
        dueInDays === undefined ||
        subject === undefined ||
        priority === undefined
    )
        return undefined;
    return { enabled, sustainRuns, subject, dueInDays, priority };
}

/** The model's alert settings, or the defaults (alerts off) for a model without them. */
export function alertSettings(model: TrustModel): AlertSettings {
    return model.alerts ?? DEFAULT_ALERTS;
}

/** `overrides: {maxDays}`; absent means the default, so models saved before it stay valid. */
function checkOverrides(c: Checker, raw: Json): OverrideSettings | undefined {
    if (raw === undefined || !isObjectSetting(c, 'overrides', raw)) return undefined;
    c.unknownKeys(raw, ['maxDays'], 'overrides', 'setting');
    const maxDays = c.number(raw, 'maxDays', 'overrides', { ...MODEL_LIMITS.overrideMaxDays, integer: true });
    return maxDays === undefined ? undefined : { maxDays };
}

/**
 * Checks a model definition (parsed JSON) and returns either the typed model or every
 * problem found, each naming the setting's path. Never throws.
 */
export function validateModel(raw: unknown): ModelValidation {
    const c = new Checker();
    if (!isRecord(raw)) {
        return {
            ok: false,
            issues: [
                {
                    path: '(model)',
                    code: 'notObject',
                    params: { got: describe(raw) },
                    message: `must be a JSON object (got ${describe(raw)})`
                }
            ]
        };
    }
    c.unknownKeys(raw, TOP_LEVEL_KEYS, '', 'setting');
    const name = c.text(raw, 'name', '');
    const version = c.number(raw, 'version', '', { ...MODEL_LIMITS.version, integer: true });
    const description = c.text(raw, 'description', '', true);
    const signals = checkSignals(c, raw.signals);
    const pillars = checkPillars(c, raw.pillars);
    const bands = checkBands(c, raw.bands);
    const halfLifeDays = c.number(raw, 'halfLifeDays', '', MODEL_LIMITS.halfLifeDays);
    const lookBackDays = c.number(raw, 'lookBackDays', '', MODEL_LIMITS.lookBackDays);
    const lossAversion = c.number(raw, 'lossAversion', '', MODEL_LIMITS.lossAversion);
    const minConfidence =
        raw.minConfidence === undefined
            ? DEFAULT_MIN_CONFIDENCE
            : c.number(raw, 'minConfidence', '', { min: 0, max: MAX_MIN_CONFIDENCE });
    const mappings = checkMappings(c, raw.mappings);
    const alerts = raw.alerts === undefined ? undefined : checkAlerts(c, raw.alerts);
    const overrides = checkOverrides(c, raw.overrides);
    const customSignals = checkCustomSignals(c, raw.customSignals, WEIGHT_RULE);
    const segment = raw.segment === undefined ? undefined : checkSegment(raw.segment);
    c.issues.push(...(segment?.issues ?? []));

    if (c.issues.length === 0) {
        // Weights that cannot produce any score are a model error, not an edge case.
        const counts = (s: { enabled: boolean; pillar: PillarId; weight: number }, p: PillarId) =>
            s.enabled && s.pillar === p && s.weight > 0;
        const activePillars = PILLAR_IDS.filter(
            (p) =>
                pillars[p] > 0 &&
                (SIGNAL_IDS.some((s) => counts(signals[s], p)) ||
                    (customSignals ?? []).some((s) => counts(s, p)))
        );
        if (activePillars.length === 0) {
            c.fail(
                'signals',
                'weightsAllZero',
                {},
                'all weights are zero (or every signal is switched off): no evidence could ever count'
            );
        }
    }
    if (
        c.issues.length > 0 ||
        name === undefined ||
        version === undefined ||
        halfLifeDays === undefined ||
        lookBackDays === undefined ||
        lossAversion === undefined ||
        minConfidence === undefined ||
        mappings === undefined
    ) {
        return { ok: false, issues: c.issues };
    }
    const model: TrustModel = {
        name,
        version,
        signals,
        pillars,
        bands,
        halfLifeDays,
        lookBackDays,
        lossAversion,
        minConfidence,
        mappings
    };
    if (description !== undefined) model.description = description;
    if (alerts !== undefined) model.alerts = alerts;
    if (overrides !== undefined) model.overrides = overrides;
    if (customSignals !== undefined) model.customSignals = customSignals;
    if (segment?.segment !== undefined) model.segment = segment.segment;
    return { ok: true, model };
}

/** Validates or throws {@link InvalidModelError}; `source` names where the JSON came from. */
export function parseModel(raw: unknown, source?: string): TrustModel {
    const result = validateModel(raw);
    if (!result.ok) throw new InvalidModelError(result.issues, source);
    return result.model;
}

/** Parses model JSON text, reporting JSON syntax errors the same way as schema errors. */
export function parseModelJson(text: string, source?: string): TrustModel {
    let raw: unknown;
    try {
        raw = JSON.parse(text);
    } catch (error) {
        const detail = (error as Error).message;
        throw new InvalidModelError(
            [{ path: '(json)', code: 'notJson', params: { detail }, message: detail }],
            source
        );
    }
    return parseModel(raw, source);
}

/** The shipped default model (`config/default-model.json`), validated. */
export function defaultModel(): TrustModel {
    // A deep copy, so callers may edit their model without touching the shipped one.
    return parseModel(JSON.parse(JSON.stringify(defaultModelJson)), 'config/default-model.json');
}

/** True when a scored account rests on too little evidence to earn a band. */
export function isProvisional(model: TrustModel, score: number | null, confidence: number): boolean {
    return score !== null && confidence < model.minConfidence;
}

/** The band a score falls in, or null for no score. */
export function bandFor(model: TrustModel, score: number | null): string | null {
    if (score === null) return null;
    let band: string | null = null;
    for (const b of model.bands) if (score >= b.min) band = b.name;
    return band;
}

/** The longest an override of this model may last, in days. */
export function overrideMaxDays(model: TrustModel): number {
    return model.overrides?.maxDays ?? DEFAULT_OVERRIDE_MAX_DAYS;
}

/*
 * GENERATED FILE — do not edit. Built from engine/ and records/ by `npm run build:engine`;
 * a test fails when it is out of date. Trust Ledger scoring engine (pure, no I/O).
 */

// engine/catalog.ts
var PILLAR_IDS = ["understanding", "reliability", "capability", "fairness"];
var SIGNAL_IDS = [
  "renewalTimeliness",
  "dealVelocity",
  "referenceQuality",
  "winRate",
  "expansion",
  "promiseKeeping",
  "supportResponsiveness",
  "caseHealth",
  "disputes"
];
var PILLAR_QUESTIONS = {
  understanding: "Do you understand what I need?",
  reliability: "Will you do what you say?",
  capability: "Do you have what it takes?",
  fairness: "Will you be fair and accountable?"
};
var SIGNAL_LABELS = {
  renewalTimeliness: "Renewal timeliness",
  dealVelocity: "Deal velocity",
  referenceQuality: "Reference quality",
  winRate: "Win rate",
  expansion: "Expansion",
  promiseKeeping: "Promise keeping",
  supportResponsiveness: "Support responsiveness",
  caseHealth: "Case health",
  disputes: "Disputes"
};
var SIGNAL_FIELDS = {
  renewalTimeliness: "Renewal_Timeliness__c",
  dealVelocity: "Deal_Velocity__c",
  referenceQuality: "Reference_Quality__c",
  winRate: "Win_Rate__c",
  expansion: "Expansion__c",
  promiseKeeping: "Promise_Keeping__c",
  supportResponsiveness: "Support_Responsiveness__c",
  caseHealth: "Case_Health__c",
  disputes: "Disputes__c"
};
var PILLAR_FIELDS = {
  understanding: "Understanding__c",
  reliability: "Reliability__c",
  capability: "Capability__c",
  fairness: "Fairness__c"
};
var SIGNAL_ID_SET = new Set(SIGNAL_IDS);
function isSignalId(value) {
  return SIGNAL_ID_SET.has(value);
}
function isPillarId(value) {
  return PILLAR_IDS.includes(value);
}

// engine/evidence.ts
function emptyEvidence(account) {
  return {
    account,
    opportunities: [],
    opportunityHistory: [],
    cases: [],
    caseMilestones: [],
    contracts: [],
    commitments: [],
    references: [],
    overrides: []
  };
}

// engine/dates.ts
var MS_PER_DAY = 864e5;
var DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
var DATETIME_RE = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?$/;
var MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function daysInMonth(year, month) {
  const leap = year % 4 === 0 && year % 100 !== 0 || year % 400 === 0;
  return month === 2 && leap ? 29 : MONTH_DAYS[month - 1] ?? 0;
}
function validYmd(year, month, day) {
  return year >= 1700 && year <= 4e3 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}
function daysFromCivil(year, month, day) {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}
function digits(text, at, count) {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    value = value * 10 + c;
  }
  return value;
}
function fastDay(text) {
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return null;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  if (year < 0 || month < 0 || day < 0 || !validYmd(year, month, day)) return null;
  return daysFromCivil(year, month, day);
}
function parseDay(text) {
  if (text.length === 10) return fastDay(text);
  const match = DATE_RE.exec(text);
  if (!match) {
    const instant = parseInstant(text);
    return instant === null ? null : dayOfInstant(instant);
  }
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (!validYmd(year, month, day)) return null;
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}
function parseInstant(text) {
  const n = text.length;
  if ((n === 24 || n === 28) && text.charCodeAt(10) === 84 && text.charCodeAt(19) === 46) {
    const day2 = fastDay(text);
    const hour2 = digits(text, 11, 2);
    const minute2 = digits(text, 14, 2);
    const second2 = digits(text, 17, 2);
    const millis2 = digits(text, 20, 3);
    if (day2 !== null && hour2 >= 0 && hour2 <= 23 && minute2 >= 0 && minute2 <= 59 && second2 >= 0 && second2 <= 59 && millis2 >= 0 && text.charCodeAt(13) === 58 && text.charCodeAt(16) === 58) {
      const base = day2 * MS_PER_DAY + ((hour2 * 60 + minute2) * 60 + second2) * 1e3 + millis2;
      if (n === 24 && text.charCodeAt(23) === 90) return base;
      if (n === 28) {
        const sign = text.charCodeAt(23) === 43 ? 1 : text.charCodeAt(23) === 45 ? -1 : 0;
        const oh = digits(text, 24, 2);
        const om = digits(text, 26, 2);
        if (sign !== 0 && oh >= 0 && om >= 0) return base - sign * (oh * 60 + om) * 6e4;
      }
    }
  }
  const match = DATETIME_RE.exec(text);
  if (!match) {
    const dateOnly = DATE_RE.exec(text);
    if (!dateOnly) return null;
    const y = Number(dateOnly[1]);
    const m = Number(dateOnly[2]);
    const d = Number(dateOnly[3]);
    return validYmd(y, m, d) ? Date.UTC(y, m - 1, d) : null;
  }
  const [, ys, mos, ds, hs, mis, ss, frac, zone] = match;
  const year = Number(ys);
  const month = Number(mos);
  const day = Number(ds);
  const hour = Number(hs);
  const minute = Number(mis);
  const second = ss === void 0 ? 0 : Number(ss);
  if (!validYmd(year, month, day) || hour > 23 || minute > 59 || second > 59) return null;
  const millis = frac === void 0 ? 0 : Math.floor(Number(`0.${frac}`) * 1e3);
  let offsetMinutes = 0;
  if (zone !== void 0 && zone !== "Z") {
    const sign = zone.startsWith("-") ? -1 : 1;
    const digits2 = zone.slice(1).replace(":", "");
    offsetMinutes = sign * (Number(digits2.slice(0, 2)) * 60 + Number(digits2.slice(2, 4)));
  }
  return Date.UTC(year, month - 1, day, hour, minute, second, millis) - offsetMinutes * 6e4;
}
function dayOfInstant(instant) {
  return Math.floor(instant / MS_PER_DAY);
}
function instantOfDay(day) {
  return day * MS_PER_DAY;
}
var pad2 = (n) => n < 10 ? `0${n}` : `${n}`;
function formatDay(day) {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${y}-${pad2(m)}-${pad2(d)}`;
}
function todayUtc(now = /* @__PURE__ */ new Date()) {
  return Math.floor(now.getTime() / MS_PER_DAY);
}
var HOURS_PER_MS = 1 / 36e5;

// config/default-model.json
var default_model_default = {
  name: "Default",
  version: 1,
  description: "Trust Ledger's shipped model. Weights say how much each kind of evidence counts inside its pillar; pillar weights say how much each of the four questions counts in the score.",
  signals: {
    renewalTimeliness: { enabled: true, pillar: "fairness", weight: 5 },
    dealVelocity: { enabled: true, pillar: "understanding", weight: 1 },
    referenceQuality: { enabled: true, pillar: "fairness", weight: 2 },
    winRate: { enabled: true, pillar: "understanding", weight: 2 },
    expansion: { enabled: true, pillar: "understanding", weight: 2 },
    promiseKeeping: { enabled: true, pillar: "reliability", weight: 3 },
    supportResponsiveness: { enabled: true, pillar: "reliability", weight: 2 },
    caseHealth: { enabled: true, pillar: "capability", weight: 1 },
    disputes: { enabled: true, pillar: "fairness", weight: 1 }
  },
  pillars: {
    understanding: 1,
    reliability: 1,
    capability: 1,
    fairness: 2
  },
  bands: [
    { name: "At Risk", min: 0 },
    { name: "Fragile", min: 40 },
    { name: "Steady", min: 60 },
    { name: "Trusted", min: 80 }
  ],
  halfLifeDays: 365,
  lookBackDays: 1095,
  lossAversion: 2,
  minConfidence: 0.25,
  mappings: {
    renewalOpportunityTypes: ["Renewal", "Existing Customer - Renewal"],
    upgradeOpportunityTypes: ["Existing Customer - Upgrade", "Upsell", "Cross-Sell"],
    downgradeOpportunityTypes: ["Existing Customer - Downgrade"],
    disputeCaseTypes: ["Billing", "Dispute"],
    disputeCaseReasons: ["Billing Dispute", "Pricing", "Refund", "Contract Terms", "Overcharge"],
    closedCaseStatuses: ["Closed"],
    highCasePriorities: ["High", "Critical"],
    renewalContractField: null,
    resolutionTargetHours: { Critical: 8, High: 24, Medium: 72, Low: 168 },
    defaultResolutionTargetHours: 120
  }
};

// engine/signals/customSetting.ts
var CUSTOM_AGGREGATES = ["latest", "average", "sum", "count", "min", "max"];
var MAX_CUSTOM_SIGNALS = 20;
var SIGNAL_ID_RE = /^[A-Za-z][A-Za-z0-9]*$/;
var API_NAME_RE = /^[A-Za-z][A-Za-z0-9_]*$/;
var SETTING_KEYS = [
  "id",
  "label",
  "pillar",
  "weight",
  "enabled",
  "object",
  "accountField",
  "dateField",
  "valueField",
  "aggregate",
  "scale",
  "filter"
];
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function apiName(c, obj, key, path) {
  const value = c.text(obj, key, path);
  if (value === void 0) return void 0;
  if (API_NAME_RE.test(value)) return value;
  c.fail(
    `${path}.${key}`,
    "apiName",
    { got: value },
    `must be an API name such as "Active_Users__c" (got ${JSON.stringify(value)})`
  );
  return void 0;
}
var RESERVED_SIGNAL_IDS = [
  "AccountId",
  "AccountName",
  "Score",
  "Band",
  "Confidence",
  "TopDriver",
  "TopDriverImpact",
  "RollupScore",
  "RollupBand",
  "RollupChildren",
  "RollupLowestAccountId",
  "RollupLowestScore",
  "RollupWeightBasis",
  "ComputedBand",
  "OverrideReason",
  "OverrideExpiresOn",
  "OverrideRecordId",
  "Model",
  "ModelVersion",
  ...PILLAR_IDS
];
var RESERVED_KEYS = new Set(RESERVED_SIGNAL_IDS.map((id) => id.toLowerCase()));
function checkId(c, entry, path, seen) {
  const id = c.text(entry, "id", path);
  if (id === void 0) return void 0;
  if (!SIGNAL_ID_RE.test(id)) {
    c.fail(
      `${path}.id`,
      "signalIdFormat",
      { got: id },
      `must be letters and digits starting with a letter, such as "productUsage" (got ${JSON.stringify(id)})`
    );
    return void 0;
  }
  if (isSignalId(id) || seen.has(id)) {
    const whose = isSignalId(id) ? "a catalog signal" : "another custom signal";
    c.fail(`${path}.id`, "signalIdTaken", { id }, `"${id}" is already the id of ${whose}`);
    return void 0;
  }
  if (RESERVED_KEYS.has(id.toLowerCase())) {
    c.fail(
      `${path}.id`,
      "signalIdTaken",
      { id },
      `"${id}" is the name of another column of the scores' outputs (a pillar, the score, the model…)`
    );
    return void 0;
  }
  seen.add(id);
  return id;
}
function checkAggregate(c, entry, path) {
  const aggregate = entry.aggregate;
  if (typeof aggregate === "string" && CUSTOM_AGGREGATES.includes(aggregate))
    return aggregate;
  c.wrongKind(
    `${path}.aggregate`,
    "notAggregate",
    aggregate,
    `must be one of ${CUSTOM_AGGREGATES.join(", ")}`,
    {
      allowed: CUSTOM_AGGREGATES.join(", ")
    }
  );
  return void 0;
}
function checkScale(c, raw, path) {
  const at = `${path}.scale`;
  if (!isRecord(raw)) {
    c.wrongKind(at, "notObject", raw, 'must be an object like {"bad": 0, "good": 100}');
    return void 0;
  }
  c.unknownKeys(raw, ["bad", "good"], at, "setting");
  const bad = c.number(raw, "bad", at, {});
  const good = c.number(raw, "good", at, {});
  if (bad === void 0 || good === void 0) return void 0;
  if (bad === good) {
    c.fail(
      at,
      "scaleFlat",
      { value: bad },
      `"bad" and "good" are both ${bad}: the value that scores 0 and the one that scores 100 must differ`
    );
    return void 0;
  }
  return { bad, good };
}
function checkFilter(c, raw, path) {
  const at = `${path}.filter`;
  if (raw === void 0) return {};
  if (!isRecord(raw)) {
    c.wrongKind(at, "notObject", raw, "must be an object of field → allowed values");
    return void 0;
  }
  const filter = {};
  const before = c.issues.length;
  for (const field of Object.keys(raw)) {
    if (!API_NAME_RE.test(field))
      c.fail(
        `${at}.${field}`,
        "apiName",
        { got: field },
        `must be an API name such as "Type__c" (got ${JSON.stringify(field)})`
      );
    else filter[field] = c.textList(raw, field, at);
  }
  return c.issues.length > before ? void 0 : filter;
}
function checkEntry(c, entry, path, seen, weightRule) {
  if (!isRecord(entry)) {
    c.fail(path, "notObject", { got: typeof entry }, "must be an object describing one custom signal");
    return void 0;
  }
  const before = c.issues.length;
  c.unknownKeys(entry, SETTING_KEYS, path, "setting");
  const id = checkId(c, entry, path, seen);
  const label = c.text(entry, "label", path);
  const pillar = entry.pillar;
  if (typeof pillar !== "string" || !isPillarId(pillar))
    c.wrongKind(`${path}.pillar`, "notPillar", pillar, `must be one of ${PILLAR_IDS.join(", ")}`, {
      allowed: PILLAR_IDS.join(", ")
    });
  const weight = c.number(entry, "weight", path, weightRule);
  const enabled = entry.enabled === void 0 ? true : entry.enabled;
  if (typeof enabled !== "boolean")
    c.wrongKind(`${path}.enabled`, "notBoolean", enabled, "must be true or false");
  const object2 = apiName(c, entry, "object", path);
  const accountField = apiName(c, entry, "accountField", path);
  const dateField = apiName(c, entry, "dateField", path);
  const aggregate = checkAggregate(c, entry, path);
  let valueField = null;
  if (aggregate !== "count" || entry.valueField !== void 0 && entry.valueField !== null) {
    if (aggregate !== void 0 && aggregate !== "count" && isBlankValue(entry.valueField))
      c.fail(
        `${path}.valueField`,
        "valueFieldNeeded",
        { aggregate },
        `is needed to ${aggregate === "latest" ? "take the latest value" : `take the ${aggregate}`}; only "count" needs none`
      );
    else valueField = apiName(c, entry, "valueField", path) ?? null;
  }
  const scale = checkScale(c, entry.scale, path);
  const filter = checkFilter(c, entry.filter, path);
  if (c.issues.length > before) return void 0;
  return {
    id,
    label,
    pillar,
    weight,
    enabled,
    object: object2,
    accountField,
    dateField,
    valueField,
    aggregate,
    scale,
    filter
  };
}
function isBlankValue(value) {
  return value === void 0 || value === null || typeof value === "string" && value.trim() === "";
}
function checkCustomSignals(c, raw, weightRule) {
  if (raw === void 0) return void 0;
  if (!Array.isArray(raw)) {
    c.wrongKind("customSignals", "notList", raw, "must be a list of custom signals");
    return void 0;
  }
  if (raw.length > MAX_CUSTOM_SIGNALS) {
    c.fail(
      "customSignals",
      "atMost",
      { max: MAX_CUSTOM_SIGNALS, value: raw.length },
      `must hold at most ${MAX_CUSTOM_SIGNALS} custom signals (got ${raw.length})`
    );
    return void 0;
  }
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  raw.forEach((entry, i) => {
    const setting = checkEntry(c, entry, `customSignals[${i}]`, seen, weightRule);
    if (setting) out.push(setting);
  });
  return out.length === raw.length ? out : void 0;
}

// engine/segment.ts
var SEGMENT_KEYS = ["field", "values"];
var API_NAME_RE2 = /^[A-Za-z][A-Za-z0-9_]*$/;
function shown(value) {
  if (typeof value === "string") return JSON.stringify(value);
  if (Array.isArray(value)) return "a list";
  if (value === void 0) return "nothing";
  return typeof value === "object" && value !== null ? "an object" : String(value);
}
function checkSegment(raw) {
  const issues = [];
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    const got = shown(raw);
    issues.push({
      path: "segment",
      code: "notObject",
      params: { got },
      message: `must be an object like {"field": "Industry", "values": ["Banking"]} (got ${got})`
    });
    return { issues };
  }
  const obj = raw;
  for (const key of Object.keys(obj)) {
    if (SEGMENT_KEYS.includes(key)) continue;
    issues.push({
      path: `segment.${key}`,
      code: "unknownKey",
      params: { key, kind: "setting", allowed: SEGMENT_KEYS.join(", ") },
      message: `unknown setting "${key}"; expected one of: ${SEGMENT_KEYS.join(", ")}`
    });
  }
  const field = obj.field;
  if (typeof field !== "string" || !API_NAME_RE2.test(field)) {
    const got = shown(field);
    issues.push({
      path: "segment.field",
      code: "accountFieldName",
      params: { got },
      message: `must be an Account field API name such as "Industry" or "Tier__c" (got ${got})`
    });
  }
  const values = obj.values;
  const kept = [];
  if (!Array.isArray(values) || values.length === 0) {
    const got = shown(values);
    issues.push({
      path: "segment.values",
      code: "segmentValuesEmpty",
      params: { got },
      message: `must be a non-empty list of the field's values (got ${got})`
    });
  } else {
    values.forEach((value, i) => {
      if (typeof value === "string" && value.trim() !== "") kept.push(value);
      else {
        const got = shown(value);
        issues.push({
          path: `segment.values[${i}]`,
          code: "notText",
          params: { got },
          message: `must be a non-empty text (got ${got})`
        });
      }
    });
  }
  if (issues.length > 0 || typeof field !== "string") return { issues };
  return { segment: { field, values: kept }, issues };
}
function segmentKey(value) {
  return value.trim().toLowerCase();
}
function inSegment(segment, account) {
  const value = account.segmentValues?.[segment.field];
  if (value === null || value === void 0) return false;
  const key = segmentKey(value);
  return segment.values.some((v) => segmentKey(v) === key);
}

// engine/model.ts
var MODEL_LIMITS = Object.freeze({
  /** Signal and pillar weights: 0 (off), or from `minPositive` to `max`. */
  weight: Object.freeze({ minPositive: 1e-3, max: 1e3 }),
  halfLifeDays: Object.freeze({ min: 7, max: 36500 }),
  lookBackDays: Object.freeze({ min: 1, max: 3650 }),
  lossAversion: Object.freeze({ min: 1, max: 10 }),
  resolutionTargetHours: Object.freeze({ min: 0.1, max: 87600 }),
  version: Object.freeze({ min: 1, max: 999999 }),
  sustainRuns: Object.freeze({ min: 1, max: 30 }),
  dueInDays: Object.freeze({ min: 0, max: 365 }),
  /** Leaves room in Task.Subject (255) for two band names and the drop's day. */
  alertSubjectLength: 100,
  /** Task.Priority is a 40-character picklist. */
  alertPriorityLength: 40,
  /** An override lasts a day at least and a year at most: a judgement is revisited. */
  overrideMaxDays: Object.freeze({ min: 1, max: 365 })
});
var DEFAULT_ALERTS = Object.freeze({
  enabled: false,
  sustainRuns: 2,
  subject: "Trust drop",
  dueInDays: 7,
  priority: "High"
});
var DEFAULT_OVERRIDE_MAX_DAYS = 90;
var DEFAULT_MIN_CONFIDENCE = 0.25;
var MAX_MIN_CONFIDENCE = 0.9;
var MODEL_ISSUE_CODES = [
  /** Nothing, null or blank where a value is needed. */
  "required",
  "notNumber",
  "wholeNumber",
  /** params: min, value */
  "atLeast",
  /** params: min, value (the limit itself is refused) */
  "above",
  /** params: max, value */
  "atMost",
  /** A weight between 0 and the smallest one that still counts; params: min, value */
  "zeroOrAtLeast",
  "notText",
  "notList",
  "notObject",
  "notBoolean",
  /** params: allowed (the pillar ids, comma-separated) */
  "notPillar",
  /** params: key, kind (setting, signal, pillar, mapping), allowed */
  "unknownKey",
  /** params: signal */
  "signalMissing",
  "bandsEmpty",
  /** params: name */
  "bandNameDuplicate",
  /** params: min */
  "firstBandZero",
  /** params: min, previousMin, previousName */
  "bandOrder",
  /** Not an Opportunity field API name. */
  "fieldName",
  /** params: type */
  "alsoRenewal",
  /** params: type */
  "alsoUpgrade",
  "weightsAllZero",
  /** params: detail (the parser's own words) */
  "notJson",
  /** A stored model record without a definition. */
  "definitionEmpty",
  /** params: max, length */
  "textTooLong",
  /** A custom signal's id is a catalog signal's or another custom signal's; params: id */
  "signalIdTaken",
  /** A custom signal's id is not letters and digits starting with a letter; params: got */
  "signalIdFormat",
  /** Not an object or field API name; params: got */
  "apiName",
  /** params: allowed (the aggregates, comma-separated) */
  "notAggregate",
  /** A custom signal's scale has bad = good; params: value */
  "scaleFlat",
  /** A custom signal other than a count names no value field; params: aggregate */
  "valueFieldNeeded",
  /** A segment's field is not an Account field API name; params: got */
  "accountFieldName",
  /** A segment without values; params: got */
  "segmentValuesEmpty",
  /** Models scoring together (engine/modelSet.ts), none without a segment. */
  "noDefault",
  /** params: first, second (the two models without a segment) */
  "defaultTwice",
  /** params: first, second (the models that name different renewal contract lookups) */
  "contractFieldDiffers",
  /** A warning: params: field, values, first (the model that wins them), second */
  "segmentOverlap",
  /** params: field */
  "segmentFieldNotOnAccount"
];
var InvalidModelError = class extends Error {
  issues;
  constructor(issues, source) {
    const where = source ? ` in ${source}` : "";
    super(`Invalid trust model${where}:
${issues.map((i) => `  - ${i.path}: ${i.message}`).join("\n")}`);
    this.name = "InvalidModelError";
    this.issues = issues;
  }
};
function isRecord2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function describe(value) {
  if (typeof value === "string")
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === "number" || typeof value === "boolean" || value === null) return String(value);
  if (Array.isArray(value)) return "a list";
  return typeof value === "object" ? "an object" : typeof value;
}
function isBlank(value) {
  return value === void 0 || value === null || typeof value === "string" && value.trim() === "";
}
var Checker = class {
  issues = [];
  fail(path, code, params, message) {
    this.issues.push({ path, code, params, message });
  }
  /** A value of the wrong kind: `required` when it is blank, `code` otherwise. */
  wrongKind(path, code, value, message, extra = {}) {
    const got = value === void 0 ? "nothing" : describe(value);
    this.fail(path, isBlank(value) ? "required" : code, { ...extra, got }, `${message} (got ${got})`);
  }
  number(obj, key, path, rule) {
    const value = obj[key];
    const at = path ? `${path}.${key}` : key;
    if (typeof value !== "number" || !Number.isFinite(value)) {
      this.wrongKind(at, "notNumber", value, "must be a finite number");
      return void 0;
    }
    if (rule.integer && !Number.isInteger(value))
      this.fail(at, "wholeNumber", { value }, `must be a whole number (got ${value})`);
    if (rule.min !== void 0 && value < rule.min)
      this.fail(at, "atLeast", { min: rule.min, value }, `must be at least ${rule.min} (got ${value})`);
    if (rule.minExclusive !== void 0 && value <= rule.minExclusive)
      this.fail(
        at,
        "above",
        { min: rule.minExclusive, value },
        `must be greater than ${rule.minExclusive} (got ${value})`
      );
    if (rule.max !== void 0 && value > rule.max)
      this.fail(at, "atMost", { max: rule.max, value }, `must be at most ${rule.max} (got ${value})`);
    if (rule.zeroOrAtLeast !== void 0 && value > 0 && value < rule.zeroOrAtLeast)
      this.fail(
        at,
        "zeroOrAtLeast",
        { min: rule.zeroOrAtLeast, value },
        `must be 0 or at least ${rule.zeroOrAtLeast} (got ${value})`
      );
    return value;
  }
  text(obj, key, path, optional = false) {
    const value = obj[key];
    const at = path ? `${path}.${key}` : key;
    if (value === void 0 && optional) return void 0;
    if (typeof value !== "string" || value.trim() === "") {
      this.wrongKind(at, "notText", value, "must be a non-empty text");
      return void 0;
    }
    return value;
  }
  textList(obj, key, path) {
    const value = obj[key];
    const at = `${path}.${key}`;
    if (!Array.isArray(value)) {
      this.wrongKind(at, "notList", value, "must be a list of texts");
      return [];
    }
    const out = [];
    value.forEach((item, i) => {
      if (typeof item !== "string" || item.trim() === "")
        this.fail(
          `${at}[${i}]`,
          isBlank(item) ? "required" : "notText",
          { got: describe(item) },
          `must be a non-empty text (got ${describe(item)})`
        );
      else out.push(item);
    });
    return out;
  }
  unknownKeys(obj, allowed, path, what) {
    for (const key of Object.keys(obj)) {
      if (!allowed.includes(key)) {
        const at = path ? `${path}.${key}` : key;
        this.fail(
          at,
          "unknownKey",
          { key, kind: what, allowed: allowed.join(", ") },
          `unknown ${what} "${key}"; expected one of: ${allowed.join(", ")}`
        );
      }
    }
  }
};
var TOP_LEVEL_KEYS = [
  "name",
  "version",
  "description",
  "signals",
  "pillars",
  "bands",
  "halfLifeDays",
  "lookBackDays",
  "lossAversion",
  "minConfidence",
  "mappings",
  "alerts",
  "overrides",
  "customSignals",
  "segment"
];
var ALERT_KEYS = ["enabled", "sustainRuns", "subject", "dueInDays", "priority"];
var MAPPING_LIST_KEYS = [
  "renewalOpportunityTypes",
  "upgradeOpportunityTypes",
  "downgradeOpportunityTypes",
  "disputeCaseTypes",
  "disputeCaseReasons",
  "closedCaseStatuses",
  "highCasePriorities"
];
var MAPPING_KEYS = [
  ...MAPPING_LIST_KEYS,
  "renewalContractField",
  "resolutionTargetHours",
  "defaultResolutionTargetHours"
];
var API_NAME_RE3 = /^[A-Za-z][A-Za-z0-9_]*$/;
var WEIGHT_RULE = {
  min: 0,
  max: MODEL_LIMITS.weight.max,
  zeroOrAtLeast: MODEL_LIMITS.weight.minPositive
};
var HOURS_RULE = MODEL_LIMITS.resolutionTargetHours;
function checkSignals(c, raw) {
  const signals = {};
  if (!isRecord2(raw)) {
    c.fail(
      "signals",
      "notObject",
      { got: describe(raw) },
      `must be an object with one entry per signal (got ${describe(raw)})`
    );
    return signals;
  }
  c.unknownKeys(raw, SIGNAL_IDS, "signals", "signal");
  for (const id of SIGNAL_IDS) {
    const path = `signals.${id}`;
    const entry = raw[id];
    if (entry === void 0) {
      c.fail(
        path,
        "signalMissing",
        { signal: id },
        'is missing; every signal of the catalog needs a setting (use "enabled": false to switch it off)'
      );
      continue;
    }
    if (!isRecord2(entry)) {
      c.fail(
        path,
        "notObject",
        { got: describe(entry) },
        `must be an object like {"enabled": true, "pillar": "fairness", "weight": 1} (got ${describe(entry)})`
      );
      continue;
    }
    c.unknownKeys(entry, ["enabled", "pillar", "weight"], path, "setting");
    const enabled = entry.enabled === void 0 ? true : entry.enabled;
    if (typeof enabled !== "boolean")
      c.wrongKind(`${path}.enabled`, "notBoolean", enabled, "must be true or false");
    const pillar = entry.pillar;
    if (typeof pillar !== "string" || !isPillarId(pillar)) {
      c.wrongKind(`${path}.pillar`, "notPillar", pillar, `must be one of ${PILLAR_IDS.join(", ")}`, {
        allowed: PILLAR_IDS.join(", ")
      });
    }
    const weight = c.number(entry, "weight", path, WEIGHT_RULE);
    if (typeof enabled === "boolean" && typeof pillar === "string" && isPillarId(pillar) && weight !== void 0) {
      signals[id] = { enabled, pillar, weight };
    }
  }
  return signals;
}
function checkPillars(c, raw) {
  const pillars = {};
  if (!isRecord2(raw)) {
    c.fail(
      "pillars",
      "notObject",
      { got: describe(raw) },
      `must be an object with a weight per pillar (got ${describe(raw)})`
    );
    return pillars;
  }
  c.unknownKeys(raw, PILLAR_IDS, "pillars", "pillar");
  for (const id of PILLAR_IDS) {
    const weight = c.number(raw, id, "pillars", WEIGHT_RULE);
    if (weight !== void 0) pillars[id] = weight;
  }
  return pillars;
}
function checkBands(c, raw) {
  if (!Array.isArray(raw) || raw.length === 0) {
    c.fail(
      "bands",
      "bandsEmpty",
      { got: describe(raw) },
      `must be a non-empty list of {"name", "min"} (got ${describe(raw)})`
    );
    return [];
  }
  const bands = [];
  const names = /* @__PURE__ */ new Set();
  raw.forEach((entry, i) => {
    const path = `bands[${i}]`;
    if (!isRecord2(entry)) {
      c.fail(
        path,
        "notObject",
        { got: describe(entry) },
        `must be an object like {"name": "Steady", "min": 60} (got ${describe(entry)})`
      );
      return;
    }
    const name = c.text(entry, "name", path);
    const min = c.number(entry, "min", path, { min: 0, max: 100 });
    if (name !== void 0 && names.has(name))
      c.fail(`${path}.name`, "bandNameDuplicate", { name }, `"${name}" is used by two bands`);
    if (name !== void 0) names.add(name);
    if (name !== void 0 && min !== void 0) bands.push({ name, min });
  });
  if (bands.length === raw.length) {
    if (bands[0] !== void 0 && bands[0].min !== 0)
      c.fail(
        "bands[0].min",
        "firstBandZero",
        { min: bands[0].min },
        `the first band must start at 0 so every score has a band (got ${bands[0].min})`
      );
    for (let i = 1; i < bands.length; i++) {
      const prev = bands[i - 1];
      const cur = bands[i];
      if (prev !== void 0 && cur !== void 0 && cur.min <= prev.min) {
        c.fail(
          `bands[${i}].min`,
          "bandOrder",
          { min: cur.min, previousMin: prev.min, previousName: prev.name },
          `thresholds must rise from band to band: ${cur.min} is not above ${prev.min} ("${prev.name}")`
        );
      }
    }
  }
  return bands;
}
function isObjectSetting(c, path, raw) {
  if (isRecord2(raw)) return true;
  c.fail(path, "notObject", { got: describe(raw) }, `must be an object (got ${describe(raw)})`);
  return false;
}
function checkMappings(c, raw) {
  if (!isObjectSetting(c, "mappings", raw)) return void 0;
  c.unknownKeys(raw, MAPPING_KEYS, "mappings", "mapping");
  const lists = {};
  for (const key of MAPPING_LIST_KEYS) lists[key] = c.textList(raw, key, "mappings");
  const field = raw.renewalContractField;
  let renewalContractField = null;
  if (field !== null && field !== void 0) {
    if (typeof field !== "string" || !API_NAME_RE3.test(field)) {
      c.fail(
        "mappings.renewalContractField",
        "fieldName",
        { got: describe(field) },
        `must be an Opportunity field API name such as "SBQQ__RenewedContract__c", or null (got ${describe(field)})`
      );
    } else renewalContractField = field;
  }
  const targets = {};
  const rawTargets = raw.resolutionTargetHours;
  if (!isRecord2(rawTargets)) {
    c.fail(
      "mappings.resolutionTargetHours",
      "notObject",
      { got: describe(rawTargets) },
      `must be an object of priority → hours (got ${describe(rawTargets)})`
    );
  } else {
    for (const priority of Object.keys(rawTargets)) {
      const hours = c.number(rawTargets, priority, "mappings.resolutionTargetHours", HOURS_RULE);
      if (hours !== void 0) targets[priority] = hours;
    }
  }
  const fallback = c.number(raw, "defaultResolutionTargetHours", "mappings", HOURS_RULE);
  const renewal = new Set(lists.renewalOpportunityTypes);
  for (const key of ["upgradeOpportunityTypes", "downgradeOpportunityTypes"]) {
    for (const type of lists[key]) {
      if (renewal.has(type))
        c.fail(
          `mappings.${key}`,
          "alsoRenewal",
          { type },
          `"${type}" is also a renewal type; an opportunity type can mean only one thing`
        );
    }
  }
  const upgrade = new Set(lists.upgradeOpportunityTypes);
  for (const type of lists.downgradeOpportunityTypes) {
    if (upgrade.has(type))
      c.fail(
        "mappings.downgradeOpportunityTypes",
        "alsoUpgrade",
        { type },
        `"${type}" is also an upgrade type`
      );
  }
  if (fallback === void 0) return void 0;
  return {
    ...lists,
    renewalContractField,
    resolutionTargetHours: targets,
    defaultResolutionTargetHours: fallback
  };
}
function shortText(c, obj, key, path, max) {
  const value = c.text(obj, key, path);
  if (value === void 0 || value.length <= max) return value;
  c.fail(
    `${path}.${key}`,
    "textTooLong",
    { max, length: value.length },
    `must be at most ${max} characters (got ${value.length})`
  );
  return void 0;
}
function checkAlerts(c, raw) {
  if (!isObjectSetting(c, "alerts", raw)) return void 0;
  c.unknownKeys(raw, ALERT_KEYS, "alerts", "setting");
  const given = { ...DEFAULT_ALERTS, ...raw };
  const before = c.issues.length;
  const enabled = given.enabled;
  if (typeof enabled !== "boolean")
    c.wrongKind("alerts.enabled", "notBoolean", enabled, "must be true or false");
  const sustainRuns = c.number(given, "sustainRuns", "alerts", {
    ...MODEL_LIMITS.sustainRuns,
    integer: true
  });
  const dueInDays = c.number(given, "dueInDays", "alerts", { ...MODEL_LIMITS.dueInDays, integer: true });
  const subject = shortText(c, given, "subject", "alerts", MODEL_LIMITS.alertSubjectLength);
  const priority = shortText(c, given, "priority", "alerts", MODEL_LIMITS.alertPriorityLength);
  if (c.issues.length > before || typeof enabled !== "boolean" || sustainRuns === void 0 || dueInDays === void 0 || subject === void 0 || priority === void 0)
    return void 0;
  return { enabled, sustainRuns, subject, dueInDays, priority };
}
function alertSettings(model) {
  return model.alerts ?? DEFAULT_ALERTS;
}
function checkOverrides(c, raw) {
  if (raw === void 0 || !isObjectSetting(c, "overrides", raw)) return void 0;
  c.unknownKeys(raw, ["maxDays"], "overrides", "setting");
  const maxDays = c.number(raw, "maxDays", "overrides", { ...MODEL_LIMITS.overrideMaxDays, integer: true });
  return maxDays === void 0 ? void 0 : { maxDays };
}
function validateModel(raw) {
  const c = new Checker();
  if (!isRecord2(raw)) {
    return {
      ok: false,
      issues: [
        {
          path: "(model)",
          code: "notObject",
          params: { got: describe(raw) },
          message: `must be a JSON object (got ${describe(raw)})`
        }
      ]
    };
  }
  c.unknownKeys(raw, TOP_LEVEL_KEYS, "", "setting");
  const name = c.text(raw, "name", "");
  const version = c.number(raw, "version", "", { ...MODEL_LIMITS.version, integer: true });
  const description = c.text(raw, "description", "", true);
  const signals = checkSignals(c, raw.signals);
  const pillars = checkPillars(c, raw.pillars);
  const bands = checkBands(c, raw.bands);
  const halfLifeDays = c.number(raw, "halfLifeDays", "", MODEL_LIMITS.halfLifeDays);
  const lookBackDays = c.number(raw, "lookBackDays", "", MODEL_LIMITS.lookBackDays);
  const lossAversion = c.number(raw, "lossAversion", "", MODEL_LIMITS.lossAversion);
  const minConfidence = raw.minConfidence === void 0 ? DEFAULT_MIN_CONFIDENCE : c.number(raw, "minConfidence", "", { min: 0, max: MAX_MIN_CONFIDENCE });
  const mappings = checkMappings(c, raw.mappings);
  const alerts = raw.alerts === void 0 ? void 0 : checkAlerts(c, raw.alerts);
  const overrides = checkOverrides(c, raw.overrides);
  const customSignals = checkCustomSignals(c, raw.customSignals, WEIGHT_RULE);
  const segment = raw.segment === void 0 ? void 0 : checkSegment(raw.segment);
  c.issues.push(...segment?.issues ?? []);
  if (c.issues.length === 0) {
    const counts = (s, p) => s.enabled && s.pillar === p && s.weight > 0;
    const activePillars = PILLAR_IDS.filter(
      (p) => pillars[p] > 0 && (SIGNAL_IDS.some((s) => counts(signals[s], p)) || (customSignals ?? []).some((s) => counts(s, p)))
    );
    if (activePillars.length === 0) {
      c.fail(
        "signals",
        "weightsAllZero",
        {},
        "all weights are zero (or every signal is switched off): no evidence could ever count"
      );
    }
  }
  if (c.issues.length > 0 || name === void 0 || version === void 0 || halfLifeDays === void 0 || lookBackDays === void 0 || lossAversion === void 0 || minConfidence === void 0 || mappings === void 0) {
    return { ok: false, issues: c.issues };
  }
  const model = {
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
  if (description !== void 0) model.description = description;
  if (alerts !== void 0) model.alerts = alerts;
  if (overrides !== void 0) model.overrides = overrides;
  if (customSignals !== void 0) model.customSignals = customSignals;
  if (segment?.segment !== void 0) model.segment = segment.segment;
  return { ok: true, model };
}
function parseModel(raw, source) {
  const result = validateModel(raw);
  if (!result.ok) throw new InvalidModelError(result.issues, source);
  return result.model;
}
function parseModelJson(text, source) {
  let raw;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const detail = error.message;
    throw new InvalidModelError(
      [{ path: "(json)", code: "notJson", params: { detail }, message: detail }],
      source
    );
  }
  return parseModel(raw, source);
}
function defaultModel() {
  return parseModel(JSON.parse(JSON.stringify(default_model_default)), "config/default-model.json");
}
function isProvisional(model, score2, confidence) {
  return score2 !== null && confidence < model.minConfidence;
}
function bandFor(model, score2) {
  if (score2 === null) return null;
  let band = null;
  for (const b of model.bands) if (score2 >= b.min) band = b.name;
  return band;
}
function overrideMaxDays(model) {
  return model.overrides?.maxDays ?? DEFAULT_OVERRIDE_MAX_DAYS;
}

// engine/modelSet.ts
function labelOf(model, source) {
  return source ?? `${model.name} v${model.version}`;
}
function issue(path, code, params, message) {
  return { path, code, params, message };
}
function validateModelSet(models, sources = []) {
  const issues = [];
  const label = (i) => labelOf(models[i], sources[i]);
  const defaults = models.flatMap((m, i) => m.segment ? [] : [i]);
  if (defaults.length === 0)
    issues.push(
      issue(
        "(models)",
        "noDefault",
        {},
        "every model has a segment: one model without a segment must score the other accounts"
      )
    );
  for (const extra of defaults.slice(1)) {
    const first = label(defaults[0]);
    const second = label(extra);
    issues.push(
      issue(
        second,
        "defaultTwice",
        { first, second },
        `${first} and ${second} both have no segment; exactly one model may score the accounts no segment matches`
      )
    );
  }
  const contractField = models[0]?.mappings.renewalContractField ?? null;
  models.forEach((m, i) => {
    if (i === 0 || m.mappings.renewalContractField === contractField) return;
    issues.push(
      issue(
        `${label(i)}: mappings.renewalContractField`,
        "contractFieldDiffers",
        { first: label(0), second: label(i) },
        `must be the same as in ${label(0)} (${contractField ?? "null"}): the evidence is read once for every model`
      )
    );
  });
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    set: { models, fallback: models[defaults[0]] },
    warnings: overlaps(models, label)
  };
}
function overlaps(models, label) {
  const out = [];
  models.forEach((later, j) => {
    models.slice(0, j).forEach((earlier2, i) => {
      if (!earlier2.segment || !later.segment) return;
      if (segmentKey(earlier2.segment.field) !== segmentKey(later.segment.field)) return;
      const taken = new Set(earlier2.segment.values.map(segmentKey));
      const shared = later.segment.values.filter((v) => taken.has(segmentKey(v)));
      if (shared.length === 0) return;
      const values = shared.join(", ");
      out.push(
        issue(
          `${label(j)}: segment.values`,
          "segmentOverlap",
          { field: later.segment.field, values, first: label(i), second: label(j) },
          `${values} of ${later.segment.field} ${shared.length === 1 ? "is" : "are"} also in the segment of ${label(i)}, which comes first and scores those accounts`
        )
      );
    });
  });
  return out;
}
function singleModelSet(model) {
  return { models: [model], fallback: model };
}
function chooseModel(set, account) {
  for (const model of set.models) if (model.segment && inSegment(model.segment, account)) return model;
  return set.fallback;
}
function segmentFields(set) {
  const fields = [];
  for (const m of set.models)
    if (m.segment && !fields.includes(m.segment.field)) fields.push(m.segment.field);
  return fields;
}
function missingSegmentFields(set, hasField) {
  return segmentFields(set).filter((field) => !hasField(field)).map(
    (field) => issue(
      "segment.field",
      "segmentFieldNotOnAccount",
      { field },
      `${field} is not a field of Account in this org`
    )
  );
}

// engine/signals/common.ts
var DECAY_AGES = 4096;
var decayByHalfLife = /* @__PURE__ */ new Map();
function decayOf(halfLifeDays, age) {
  if (!(age >= 0 && age < DECAY_AGES && Number.isInteger(age)))
    return Math.pow(0.5, Math.max(0, age) / halfLifeDays);
  let ages = decayByHalfLife.get(halfLifeDays);
  if (!ages) {
    if (decayByHalfLife.size >= 16) decayByHalfLife.clear();
    decayByHalfLife.set(halfLifeDays, ages = new Float64Array(DECAY_AGES).fill(Number.NaN));
  }
  let weight = ages[age];
  if (Number.isNaN(weight)) ages[age] = weight = Math.pow(0.5, age / halfLifeDays);
  return weight;
}
function evaluationTime(model, asOf) {
  const { halfLifeDays, lookBackDays } = model;
  const earliest = asOf - lookBackDays;
  const endInstant = (asOf + 1) * MS_PER_DAY;
  const inWindow = (day) => day <= asOf && day >= earliest;
  return {
    asOf,
    endInstant,
    inWindow,
    inWindowInstant: (instant) => instant < endInstant && dayOfInstant(instant) >= earliest,
    decay: (day) => decayOf(halfLifeDays, asOf - day)
  };
}
var indexCache = /* @__PURE__ */ new WeakMap();
function modelIndex(model) {
  let index = indexCache.get(model);
  if (!index) {
    const m = model.mappings;
    index = {
      renewalTypes: new Set(m.renewalOpportunityTypes),
      upgradeTypes: new Set(m.upgradeOpportunityTypes),
      downgradeTypes: new Set(m.downgradeOpportunityTypes),
      disputeTypes: new Set(m.disputeCaseTypes),
      disputeReasons: new Set(m.disputeCaseReasons),
      closedStatuses: new Set(m.closedCaseStatuses),
      highPriorities: new Set(m.highCasePriorities)
    };
    indexCache.set(model, index);
  }
  return index;
}
function isRecorded(baselines, signal) {
  return baselines.recorded?.[signal] !== false;
}
function isRenewal(opp, index) {
  return opp.type !== null && index.renewalTypes.has(opp.type);
}
function isNewBusiness(opp, index) {
  return opp.type === null || !index.renewalTypes.has(opp.type) && !index.downgradeTypes.has(opp.type);
}
function isDisputeCase(c, index) {
  return c.type !== null && index.disputeTypes.has(c.type) || c.reason !== null && index.disputeReasons.has(c.reason);
}
function isClosedCase(c, index) {
  return c.isClosed || c.status !== null && index.closedStatuses.has(c.status);
}
function isClosedBy(c, index, time) {
  return isClosedCase(c, index) && (c.closedDate === null || c.closedDate < time.endInstant);
}
function openedDay(opp) {
  return opp.createdDate !== null ? dayOfInstant(opp.createdDate) : null;
}
function closedInWindow(opp, time) {
  const opened = openedDay(opp);
  return opp.isClosed && opp.closeDate !== null && opp.closeDate <= time.asOf && opened !== null && time.inWindow(opened);
}
function wonCycleDays(opp) {
  if (opp.createdDate === null || opp.closeDate === null) return null;
  const days = opp.closeDate - dayOfInstant(opp.createdDate);
  return days < 0 ? null : days;
}
function closedBeforeCreated(opp) {
  return opp.createdDate !== null && opp.closeDate !== null && opp.closeDate < dayOfInstant(opp.createdDate);
}
function caseResolutionHours(c) {
  if (c.createdDate === null || c.closedDate === null) return null;
  return Math.max(0, (c.closedDate - c.createdDate) / 36e5);
}
var NO_EVIDENCE = Object.freeze({
  score: null,
  confidence: 0,
  amount: 0,
  summary: "No evidence yet",
  items: []
});
function lossAversionFactor(value, lossAversion) {
  if (value >= 50) return 1;
  if (value <= 0) return lossAversion;
  return Math.min(lossAversion, 50 / value);
}
function confidenceFrom(evidenceWeight, k) {
  return evidenceWeight <= 0 ? 0 : 1 - Math.exp(-evidenceWeight / k);
}
function weightedMean(observations, ctx, confidenceK, summary) {
  let total = 0;
  let sum = 0;
  let evidenceWeight = 0;
  let amount = 0;
  const weights = new Array(observations.length);
  for (let i = 0; i < observations.length; i++) {
    const o = observations[i];
    const w = o.isEvidence ? o.weight * lossAversionFactor(o.value, ctx.model.lossAversion) : o.weight;
    weights[i] = w;
    total += w;
    sum += w * o.value;
    if (o.isEvidence) {
      evidenceWeight += o.weight;
      amount += Math.min(1, o.weight);
    }
  }
  if (total <= 0 || evidenceWeight <= 0) return NO_EVIDENCE;
  const score2 = clamp100(sum / total);
  const items = observations.map((o, i) => ({
    recordId: o.recordId,
    object: o.object,
    summary: o.summary,
    impact: weights[i] * (o.value - 50) / total
  }));
  return { score: score2, confidence: confidenceFrom(evidenceWeight, confidenceK), amount, summary, items };
}
var PRIOR_CASES = 5;
function smoothedRateScore(burdens, load, orgAverage, text) {
  if (load.cases === 0) return NO_EVIDENCE;
  const average = Math.max(RATE_FLOOR, orgAverage);
  const prior = {
    recordId: null,
    object: "Baseline",
    summary: text.prior,
    points: PRIOR_CASES * average
  };
  const all = [prior, ...burdens];
  let points = 0;
  for (const b of all) points += b.points;
  const rate2 = points / (load.quiet + PRIOR_CASES);
  const score2 = clamp100(100 / (1 + rate2 / average));
  const lost = score2 - 100;
  const items = [
    { recordId: null, object: "Baseline", summary: text.start, impact: 50 }
  ];
  for (const b of all) {
    if (b.points > 0)
      items.push({
        recordId: b.recordId,
        object: b.object,
        summary: b.summary,
        impact: lost * b.points / points
      });
  }
  return {
    score: score2,
    confidence: confidenceFrom(load.cases, 5),
    amount: load.cases,
    summary: text.summary(rate2, average),
    items
  };
}
var RATE_FLOOR = 0.01;
function clamp100(value) {
  return value < 0 ? 0 : value > 100 ? 100 : value;
}
function plural(n, word, pluralWord = `${word}s`) {
  return `${n} ${n === 1 ? word : pluralWord}`;
}
function formatDays(days) {
  return plural(Math.round(days), "day");
}
function formatAmount(amount) {
  const whole = Math.round(Math.abs(amount)).toString();
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return amount < 0 ? `-${grouped}` : grouped;
}

// engine/signals/recordMemo.ts
function memoPart(name) {
  return { name };
}
var RecordMemo = class {
  // Plain maps, not weak ones: a memo lives for one account's scorings and goes with them,
  // and weak keys would cost the garbage collector on every record.
  tables = /* @__PURE__ */ new Map();
  get(part, record) {
    return this.tables.get(part)?.get(record);
  }
  /**
   * `compute(record, arg)`, computed once per record. A value that depends on more than the
   * record itself is stored with what it depended on, and `current` tells whether it still
   * holds (see supportResponsiveness: a case's milestones). Callers without a memo call
   * `compute` themselves, so a single scoring pays nothing for it; `arg` carries what
   * `compute` needs besides the record, so no function is made per call.
   */
  remember(part, record, compute, arg, current) {
    const known = this.get(part, record);
    if (known !== void 0 && (current === void 0 || current(known, arg))) return known;
    const value = compute(record, arg);
    this.set(part, record, value);
    return value;
  }
  set(part, record, value) {
    const key = part;
    let table = this.tables.get(key);
    if (!table) this.tables.set(key, table = /* @__PURE__ */ new Map());
    table.set(record, value);
  }
};

// engine/signals/caseTrouble.ts
var TROUBLE_POINTS = Object.freeze({
  escalated: 2,
  highPriority: 1,
  longOpen: 1,
  reopened: 1
});
var LONG_OPEN_DAYS = 30;
var REOPENED_RE = /re-?open/i;
var lastTrouble = /* @__PURE__ */ new WeakMap();
function caseTroubleOnce(evidence, model, time, memo) {
  const cached = lastTrouble.get(evidence);
  if (cached && cached.model === model && cached.time === time) return cached.result;
  const result = caseTrouble(evidence, model, time, memo);
  lastTrouble.set(evidence, { model, time, result });
  return result;
}
var CASE_TROUBLE = memoPart("caseTrouble");
function caseTrouble(evidence, model, time, memo) {
  const index = modelIndex(model);
  const on = { index, time };
  const burdens = [];
  let total = 0;
  let cases = 0;
  let quiet = 0;
  for (const c of evidence.cases) {
    const entry = memo ? memo.remember(CASE_TROUBLE, c, caseTroubleEntry, on) : caseTroubleEntry(c, on);
    if (entry === null) continue;
    cases++;
    if (entry.quiet) quiet++;
    total += entry.burden.points;
    burdens.push(entry.burden);
  }
  return { cases, quiet, total, burdens };
}
function caseTroubleEntry(c, { index, time }) {
  if (c.createdDate === null || !time.inWindowInstant(c.createdDate)) return null;
  const reasons = [];
  let points = 0;
  if (c.isEscalated) {
    points += TROUBLE_POINTS.escalated;
    reasons.push("escalated");
  }
  if (c.priority !== null && index.highPriorities.has(c.priority)) {
    points += TROUBLE_POINTS.highPriority;
    reasons.push(`${c.priority} priority`);
  }
  const closed = isClosedBy(c, index, time);
  const openDays = daysOpen(c, time, closed);
  if (openDays !== null && openDays > LONG_OPEN_DAYS) {
    points += TROUBLE_POINTS.longOpen;
    reasons.push(closed ? `took ${Math.round(openDays)} days` : `open ${Math.round(openDays)} days`);
  }
  if (c.status !== null && REOPENED_RE.test(c.status)) {
    points += TROUBLE_POINTS.reopened;
    reasons.push("re-opened");
  }
  return {
    quiet: points === 0 && !isDisputeCase(c, index),
    burden: {
      recordId: c.id,
      object: "Case",
      summary: reasons.length > 0 ? `Case: ${reasons.join(", ")}` : "Routine case",
      points: points * time.decay(dayOfInstant(c.createdDate))
    }
  };
}
function daysOpen(c, time, closed) {
  if (c.createdDate === null) return null;
  if (closed) {
    const hours = caseResolutionHours(c);
    return hours === null ? null : hours / 24;
  }
  return (time.endInstant - c.createdDate) / 864e5;
}

// engine/signals/disputes.ts
var DISPUTE_POINTS = Object.freeze({ dispute: 1, escalated: 1 });
function disputeLoad(evidence, model, time) {
  const index = modelIndex(model);
  const burdens = [];
  let cases = 0;
  let total = 0;
  for (const c of evidence.cases) {
    if (c.createdDate === null || !time.inWindowInstant(c.createdDate)) continue;
    cases++;
    if (!isDisputeCase(c, index)) continue;
    const byReason = c.reason !== null && index.disputeReasons.has(c.reason);
    const points = (DISPUTE_POINTS.dispute + (c.isEscalated ? DISPUTE_POINTS.escalated : 0)) * time.decay(dayOfInstant(c.createdDate));
    total += points;
    burdens.push({
      recordId: c.id,
      object: "Case",
      summary: `Dispute: ${byReason ? c.reason : c.type}${c.isEscalated ? ", escalated" : ""}`,
      points
    });
  }
  return { cases, burdens, total };
}
var NOT_RECORDED = Object.freeze({
  ...NO_EVIDENCE,
  summary: "No case in the org matches the dispute mapping"
});
function disputes(evidence, ctx) {
  if (!isRecorded(ctx.baselines, "disputes")) return NOT_RECORDED;
  const load = disputeLoad(evidence, ctx.model, ctx.time);
  const { quiet } = caseTroubleOnce(evidence, ctx.model, ctx.time, ctx.memo);
  return smoothedRateScore(load.burdens, { quiet, cases: load.cases }, ctx.baselines.disputesPerCase, {
    summary: (rate2, average) => `${plural(load.burdens.length, "dispute")} among ${plural(load.cases, "case")}; ${rate2.toFixed(3)} per quiet case vs org average ${average.toFixed(3)}`,
    start: "Starting point: no disputes",
    prior: `${PRIOR_CASES} org-typical quiet cases (smoothing for accounts with few cases)`
  });
}

// engine/baselines.ts
var BASELINE_EVIDENCE = Object.freeze(["opportunities", "cases"]);
var DEFAULT_BASELINES = Object.freeze({
  medianWonCycleDays: 90,
  winRatePrior: 0.3,
  medianWonAmount: 5e4,
  resolutionHoursByPriority: {},
  caseTroublePerCase: 0.3,
  disputesPerCase: 0.05,
  accounts: 0
});
var NumberList = class {
  values = new Float64Array(1024);
  length = 0;
  push(value) {
    if (this.length === this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }
  median() {
    if (this.length === 0) return null;
    const sorted = this.values.slice(0, this.length).sort();
    const mid = this.length >> 1;
    const upper = sorted[mid] ?? 0;
    return this.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? 0) + upper) / 2;
  }
};
var BaselineAccumulator = class {
  constructor(model, asOf) {
    this.model = model;
    this.time = evaluationTime(model, asOf);
  }
  model;
  cycles = new NumberList();
  amounts = new NumberList();
  troubleTotal = 0;
  troubleCases = 0;
  quietCases = 0;
  disputeTotal = 0;
  resolution = /* @__PURE__ */ new Map();
  won = 0;
  closed = 0;
  impossibleCycles = 0;
  accounts = 0;
  time;
  add(evidence) {
    const index = modelIndex(this.model);
    const { time } = this;
    this.accounts++;
    for (const opp of evidence.opportunities) {
      if (!closedInWindow(opp, time)) continue;
      if (!isNewBusiness(opp, index)) continue;
      this.closed++;
      if (!opp.isWon) continue;
      this.won++;
      const cycle = wonCycleDays(opp);
      if (cycle !== null) this.cycles.push(cycle);
      else if (closedBeforeCreated(opp)) this.impossibleCycles++;
      if (opp.amount !== null && opp.amount > 0) this.amounts.push(opp.amount);
    }
    for (const c of evidence.cases) {
      if (c.createdDate === null || !time.inWindowInstant(c.createdDate)) continue;
      if (!isClosedBy(c, index, time)) continue;
      const hours = caseResolutionHours(c);
      if (hours === null) continue;
      const key = c.priority ?? "";
      let list = this.resolution.get(key);
      if (!list) this.resolution.set(key, list = new NumberList());
      list.push(hours);
    }
    const trouble = caseTrouble(evidence, this.model, time);
    this.troubleTotal += trouble.total;
    this.troubleCases += trouble.cases;
    this.quietCases += trouble.quiet;
    this.disputeTotal += disputeLoad(evidence, this.model, time).total;
  }
  /**
   * Won deals of the window that closed before they were created, left out of cycle times
   * (the run reports the count once, not per account).
   */
  get closedBeforeCreated() {
    return this.impossibleCycles;
  }
  result() {
    const resolutionHoursByPriority = {};
    for (const key of [...this.resolution.keys()].sort()) {
      const median = this.resolution.get(key)?.median();
      if (key !== "" && median !== null && median !== void 0)
        resolutionHoursByPriority[key] = round(median, 1);
    }
    return {
      medianWonCycleDays: round(this.cycles.median() ?? DEFAULT_BASELINES.medianWonCycleDays, 1),
      // Laplace smoothing keeps a tiny org from a 0% or 100% prior.
      winRatePrior: round(
        this.closed === 0 ? DEFAULT_BASELINES.winRatePrior : (this.won + 1) / (this.closed + 2),
        4
      ),
      medianWonAmount: round(this.amounts.median() ?? DEFAULT_BASELINES.medianWonAmount, 2),
      resolutionHoursByPriority,
      // Per quiet case, as the signals judge an account (an org of only troubled cases
      // divides by one).
      caseTroublePerCase: round(
        this.troubleCases > 0 ? this.troubleTotal / Math.max(1, this.quietCases) : DEFAULT_BASELINES.caseTroublePerCase,
        4
      ),
      disputesPerCase: round(
        this.troubleCases > 0 ? this.disputeTotal / Math.max(1, this.quietCases) : DEFAULT_BASELINES.disputesPerCase,
        4
      ),
      // Without any case the question does not arise: the signals are null anyway.
      recorded: {
        caseHealth: this.troubleCases === 0 || this.troubleTotal > 0,
        disputes: this.troubleCases === 0 || this.disputeTotal > 0
      },
      accounts: this.accounts
    };
  }
};
function computeBaselines(accounts, model, asOf) {
  const acc = new BaselineAccumulator(model, asOf);
  for (const evidence of accounts) acc.add(evidence);
  return acc.result();
}
function round(value, digits2) {
  const f = 10 ** digits2;
  return Math.round(value * f) / f;
}
function normaliseBaselines(raw) {
  const out = { ...DEFAULT_BASELINES, resolutionHoursByPriority: {} };
  if (typeof raw !== "object" || raw === null) return out;
  const r = raw;
  const positive = (v) => typeof v === "number" && Number.isFinite(v) && v > 0;
  const nonNegative = (v) => typeof v === "number" && Number.isFinite(v) && v >= 0;
  if (nonNegative(r.medianWonCycleDays)) out.medianWonCycleDays = r.medianWonCycleDays;
  if (typeof r.winRatePrior === "number" && r.winRatePrior >= 0 && r.winRatePrior <= 1)
    out.winRatePrior = r.winRatePrior;
  if (positive(r.medianWonAmount)) out.medianWonAmount = r.medianWonAmount;
  if (nonNegative(r.caseTroublePerCase)) out.caseTroublePerCase = r.caseTroublePerCase;
  if (nonNegative(r.disputesPerCase)) out.disputesPerCase = r.disputesPerCase;
  if (typeof r.accounts === "number" && Number.isInteger(r.accounts) && r.accounts >= 0)
    out.accounts = r.accounts;
  if (typeof r.recorded === "object" && r.recorded !== null) {
    const rec = r.recorded;
    out.recorded = { caseHealth: rec.caseHealth !== false, disputes: rec.disputes !== false };
  }
  if (typeof r.resolutionHoursByPriority === "object" && r.resolutionHoursByPriority !== null) {
    for (const [k, v] of Object.entries(r.resolutionHoursByPriority)) {
      if (positive(v)) out.resolutionHoursByPriority[k] = v;
    }
  }
  return out;
}

// engine/finite.ts
var NonFiniteResultError = class extends Error {
  constructor(accountId, path, value) {
    super(
      `the score of account ${accountId} came out non-finite at ${path} (${value}); nothing was stored for it`
    );
    this.accountId = accountId;
    this.path = path;
    this.value = value;
  }
  accountId;
  path;
  value;
  name = "NonFiniteResultError";
};
function check(accountId, path, value) {
  if (value !== null && !Number.isFinite(value)) throw new NonFiniteResultError(accountId, path, value);
}
var finite = (value) => value === null || Number.isFinite(value);
function assertFiniteResult(result) {
  const id = result.accountId;
  check(id, "score", result.score);
  check(id, "confidence", result.confidence);
  for (const p of PILLAR_IDS) if (!finite(result.pillars[p])) check(id, `pillars.${p}`, result.pillars[p]);
  const { signals } = result;
  for (const s in signals) {
    const signal = signals[s];
    if (!finite(signal.score)) check(id, `signals.${s}.score`, signal.score);
    if (!finite(signal.confidence)) check(id, `signals.${s}.confidence`, signal.confidence);
    const { evidence } = signal;
    for (let i = 0; i < evidence.length; i++) {
      const impact = evidence[i].impact;
      if (!Number.isFinite(impact))
        throw new NonFiniteResultError(id, `signals.${s}.evidence[${i}].impact`, impact);
    }
  }
  const { drivers } = result;
  for (let i = 0; i < drivers.length; i++) {
    const impact = drivers[i].impact;
    if (!finite(impact)) check(id, `drivers[${i}].impact`, impact);
  }
  return result;
}
function assertFiniteCombination(what, combined) {
  check(what, "score", combined.score);
  for (const p of PILLAR_IDS) check(what, `pillars.${p}`, combined.pillars[p]);
}

// engine/signals/caseHealth.ts
var NOT_RECORDED2 = Object.freeze({
  ...NO_EVIDENCE,
  summary: "No case in the org shows trouble (escalated, urgent, long-open or re-opened)"
});
function caseHealth(evidence, ctx) {
  if (!isRecorded(ctx.baselines, "caseHealth")) return NOT_RECORDED2;
  const trouble = caseTroubleOnce(evidence, ctx.model, ctx.time, ctx.memo);
  let escalated = 0;
  for (const b of trouble.burdens) if (b.summary.includes("escalated")) escalated++;
  return smoothedRateScore(trouble.burdens, trouble, ctx.baselines.caseTroublePerCase, {
    summary: (rate2, average) => `${plural(trouble.cases, "case")}, ${escalated} escalated; trouble ${rate2.toFixed(2)} per quiet case vs org average ${average.toFixed(2)}`,
    start: "Starting point: no case trouble",
    prior: `${PRIOR_CASES} org-typical quiet cases (smoothing for accounts with few cases)`
  });
}

// engine/signals/dealVelocity.ts
var PUSH_PENALTY = 0.85;
function cycleValue(cycleDays, medianDays) {
  const r = cycleDays / Math.max(1, medianDays);
  return 100 / (1 + r * r);
}
function pushesByOpportunity(evidence, asOfEnd) {
  const rows = evidence.opportunityHistory.filter((h) => h.closeDate !== null && (h.createdDate === null || h.createdDate < asOfEnd)).slice().sort(
    (a, b) => a.opportunityId < b.opportunityId ? -1 : a.opportunityId > b.opportunityId ? 1 : (a.createdDate ?? 0) - (b.createdDate ?? 0) || (a.id < b.id ? -1 : 1)
  );
  const out = /* @__PURE__ */ new Map();
  for (let i = 1; i < rows.length; i++) {
    const prev = rows[i - 1];
    const cur = rows[i];
    if (!prev || !cur || prev.opportunityId !== cur.opportunityId) continue;
    if ((cur.closeDate ?? 0) > (prev.closeDate ?? 0))
      out.set(cur.opportunityId, (out.get(cur.opportunityId) ?? 0) + 1);
  }
  return out;
}
function dealVelocity(evidence, ctx) {
  const { time, index, baselines } = ctx;
  const won = evidence.opportunities.filter(
    (o) => o.isWon && closedInWindow(o, time) && isNewBusiness(o, index)
  );
  if (won.length === 0) return NO_EVIDENCE;
  const pushes = pushesByOpportunity(evidence, time.endInstant);
  const observations = [];
  let totalCycle = 0;
  let totalPushes = 0;
  for (const opp of won) {
    const cycle = wonCycleDays(opp);
    if (cycle === null || opp.closeDate === null) continue;
    const pushed = pushes.get(opp.id) ?? 0;
    totalCycle += cycle;
    totalPushes += pushed;
    const value = cycleValue(cycle, baselines.medianWonCycleDays) * Math.pow(PUSH_PENALTY, pushed);
    const pushText = pushed > 0 ? `, close date pushed ${plural(pushed, "time")}` : "";
    observations.push({
      recordId: opp.id,
      object: "Opportunity",
      summary: `Won in ${formatDays(cycle)} (org median ${formatDays(baselines.medianWonCycleDays)})${pushText}`,
      value,
      weight: time.decay(openedDay(opp)),
      isEvidence: true
    });
  }
  if (observations.length === 0) return NO_EVIDENCE;
  const avg = totalCycle / observations.length;
  return weightedMean(
    observations,
    ctx,
    3,
    `${plural(observations.length, "won deal")}, average ${formatDays(avg)} vs org median ${formatDays(baselines.medianWonCycleDays)}; ${plural(totalPushes, "close-date push", "close-date pushes")}`
  );
}

// engine/signals/expansion.ts
function sizeFactor(amount, median) {
  if (amount === null || amount <= 0 || median <= 0) return 1;
  return Math.min(4, Math.max(0.25, amount / median));
}
function expansion(evidence, ctx) {
  const { time, index, baselines } = ctx;
  const observations = [];
  let upgrades = 0;
  let downgrades = 0;
  for (const opp of evidence.opportunities) {
    if (!closedInWindow(opp, time) || opp.type === null) continue;
    const isUp = index.upgradeTypes.has(opp.type);
    const isDown = index.downgradeTypes.has(opp.type);
    if (!isUp && !isDown || !opp.isWon) continue;
    const weight = time.decay(openedDay(opp)) * sizeFactor(opp.amount, baselines.medianWonAmount);
    const amountText = opp.amount !== null ? ` (${formatAmount(opp.amount)})` : "";
    if (isUp && opp.isWon) {
      upgrades++;
      observations.push({
        recordId: opp.id,
        object: "Opportunity",
        summary: `Expanded: ${opp.type}${amountText}`,
        value: 100,
        weight,
        isEvidence: true
      });
    } else if (isDown && opp.isWon) {
      downgrades++;
      observations.push({
        recordId: opp.id,
        object: "Opportunity",
        summary: `Downgraded: ${opp.type}${amountText}`,
        value: 0,
        weight,
        isEvidence: true
      });
    }
  }
  if (observations.length === 0) return NO_EVIDENCE;
  observations.push({
    recordId: null,
    object: "Baseline",
    summary: "Neutral starting point (one typical deal at 50)",
    value: 50,
    weight: 1,
    isEvidence: false
  });
  return weightedMean(
    observations,
    ctx,
    2,
    `${plural(upgrades, "expansion")}, ${plural(downgrades, "downgrade")}`
  );
}

// engine/signals/promiseKeeping.ts
var TEAM_WEIGHT = { Executive: 1.5 };
var PROMISE_VALUE = Object.freeze({
  kept: 100,
  keptLateFloor: 30,
  renegotiated: 60,
  overdueStart: 30,
  broken: 0
});
function keptLateValue(daysLate) {
  return Math.max(PROMISE_VALUE.keptLateFloor, 100 - daysLate);
}
function describe2(c) {
  const text = c.description?.trim();
  if (!text) return "Promise";
  return `"${text.length > 60 ? `${text.slice(0, 57)}…` : text}"`;
}
var JUDGED_PROMISE = memoPart("promiseKeeping");
function judged(c, time) {
  if (c.dueOn === null || c.status === null) return null;
  const anchor = Math.min(c.dueOn, time.asOf);
  if (!time.inWindow(anchor)) return null;
  if (c.promisedOn !== null && c.promisedOn > time.asOf) return null;
  const weight = time.decay(anchor) * (TEAM_WEIGHT[c.madeByTeam ?? ""] ?? 1);
  const what = describe2(c);
  const team = c.madeByTeam ? ` (${c.madeByTeam})` : "";
  let value;
  let summary;
  let count;
  const keptLater = c.status === "Kept" && c.deliveredOn !== null && c.deliveredOn > time.asOf;
  switch (keptLater ? "Open" : c.status) {
    case "Kept": {
      const late = c.deliveredOn === null ? 0 : c.deliveredOn - c.dueOn;
      if (late > 0) {
        count = "late";
        value = keptLateValue(late);
        summary = `${what}${team} kept ${formatDays(late)} late`;
      } else {
        count = "kept";
        value = PROMISE_VALUE.kept;
        summary = `${what}${team} kept on time`;
      }
      break;
    }
    case "Broken":
      count = "broken";
      value = PROMISE_VALUE.broken;
      summary = `${what}${team} broken (due ${formatDay(c.dueOn)})`;
      break;
    case "Renegotiated":
      count = "renegotiated";
      value = PROMISE_VALUE.renegotiated;
      summary = `${what}${team} renegotiated`;
      break;
    case "Open": {
      if (c.dueOn >= time.asOf) return null;
      const overdue = time.asOf - c.dueOn;
      count = "overdue";
      value = Math.max(0, PROMISE_VALUE.overdueStart - overdue / 3);
      summary = `${what}${team} open, ${formatDays(overdue)} overdue`;
      break;
    }
    default:
      return null;
  }
  return {
    count,
    observation: {
      recordId: c.id,
      object: "Trust_Commitment__c",
      summary,
      value,
      weight,
      isEvidence: true
    }
  };
}
function promiseKeeping(evidence, ctx) {
  const observations = [];
  const counts = { kept: 0, late: 0, broken: 0, overdue: 0, renegotiated: 0 };
  for (const c of evidence.commitments) {
    const promise = ctx.memo ? ctx.memo.remember(JUDGED_PROMISE, c, judged, ctx.time) : judged(c, ctx.time);
    if (promise === null) continue;
    counts[promise.count]++;
    observations.push(promise.observation);
  }
  if (observations.length === 0) return NO_EVIDENCE;
  const total = counts.kept + counts.late + counts.broken + counts.overdue + counts.renegotiated;
  return weightedMean(
    observations,
    ctx,
    3,
    `${plural(total, "promise")} due: ${counts.kept} kept on time, ${counts.late} kept late, ${counts.broken} broken, ${counts.overdue} overdue, ${counts.renegotiated} renegotiated`
  );
}

// engine/signals/referenceQuality.ts
var REFERENCE_WAIT_DAYS = 60;
var TYPE_WEIGHT = { "Case Study": 1.5, "Site Visit": 1.5, Speaking: 1.5 };
var STATUS_VALUE = Object.freeze({ declined: 15, noResponse: 30, completedUnrated: 60 });
function ratingValue(rating) {
  const r = Math.min(5, Math.max(1, rating));
  return (r - 1) * 25;
}
function referenceQuality(evidence, ctx) {
  const { time } = ctx;
  const observations = [];
  let completed2 = 0;
  let declined = 0;
  let silent = 0;
  let ratingSum = 0;
  let rated = 0;
  for (const ref2 of evidence.references) {
    if (ref2.requestedOn === null || !time.inWindow(ref2.requestedOn)) continue;
    const type = ref2.type ?? "Reference";
    const weight = time.decay(ref2.requestedOn) * (TYPE_WEIGHT[type] ?? 1);
    const on = formatDay(ref2.requestedOn);
    let value;
    let summary;
    if (ref2.status === "Completed") {
      completed2++;
      if (ref2.rating !== null) {
        rated++;
        ratingSum += ref2.rating;
        value = ratingValue(ref2.rating);
        summary = `${type} completed, rated ${ref2.rating}/5`;
      } else {
        value = STATUS_VALUE.completedUnrated;
        summary = `${type} completed (not rated)`;
      }
    } else if (ref2.status === "Declined") {
      declined++;
      value = STATUS_VALUE.declined;
      summary = `${type} request declined (${on})`;
    } else if (ref2.status === "No Response" || ref2.status === "Requested" && time.asOf - ref2.requestedOn > REFERENCE_WAIT_DAYS) {
      silent++;
      value = STATUS_VALUE.noResponse;
      summary = `${type} request unanswered since ${on}`;
    } else continue;
    observations.push({
      recordId: ref2.id,
      object: "Customer_Reference__c",
      summary,
      value,
      weight,
      isEvidence: true
    });
  }
  if (observations.length === 0) return NO_EVIDENCE;
  const avg = rated > 0 ? `, average rating ${(ratingSum / rated).toFixed(1)}` : "";
  return weightedMean(
    observations,
    ctx,
    2,
    `${plural(completed2, "reference")} given${avg}; ${declined} declined, ${silent} unanswered`
  );
}

// engine/signals/renewalTimeliness.ts
var CHURN_WEIGHT = 3;
var RENEWAL_ZERO_AFTER_DAYS = 180;
var MATCH_WINDOW_DAYS = 365;
var OPENED_AFTER_END_DAYS = 30;
function firstPlannedClose(evidence, asOfEnd) {
  const first = /* @__PURE__ */ new Map();
  for (const h of evidence.opportunityHistory) {
    if (h.closeDate === null) continue;
    const at = h.createdDate ?? Number.POSITIVE_INFINITY;
    if (at >= asOfEnd && h.createdDate !== null) continue;
    const seen = first.get(h.opportunityId);
    if (!seen || at < seen.at || at === seen.at && h.closeDate < seen.close)
      first.set(h.opportunityId, { at, close: h.closeDate });
  }
  const out = /* @__PURE__ */ new Map();
  for (const [id, v] of first) out.set(id, v.close);
  return out;
}
function startedByRenewal(c, plan, anchor) {
  if (c.startDate === null) return false;
  return plan !== void 0 ? c.startDate >= plan : c.startDate > anchor;
}
function dueDates(renewals, evidence, plans, ctx) {
  const contracts = evidence.contracts.filter((c) => c.endDate !== null);
  const byId2 = new Map(contracts.map((c) => [c.id, c]));
  const used = /* @__PURE__ */ new Set();
  const out = /* @__PURE__ */ new Map();
  const pending = [];
  for (const opp of renewals) {
    const linked = opp.renewedContractId !== null ? byId2.get(opp.renewedContractId) : void 0;
    if (linked && linked.endDate !== null) {
      used.add(linked.id);
      out.set(opp.id, { day: linked.endDate, source: "contract", contract: linked });
    } else pending.push(opp);
  }
  const anchorOf = (opp) => plans.get(opp.id) ?? (opp.createdDate !== null ? dayOfInstant(opp.createdDate) : null);
  pending.sort((a, b) => (anchorOf(a) ?? 0) - (anchorOf(b) ?? 0) || (a.id < b.id ? -1 : 1));
  for (const opp of pending) {
    const plan = plans.get(opp.id);
    const anchor = anchorOf(opp);
    let best = null;
    let bestDistance = Number.POSITIVE_INFINITY;
    if (anchor !== null && !(ctx.model.mappings.renewalContractField && opp.renewedContractId)) {
      for (const c of contracts) {
        if (used.has(c.id) || c.endDate === null) continue;
        if (c.id === opp.contractId && startedByRenewal(c, plan, anchor)) continue;
        const distance = plan !== void 0 ? Math.abs(c.endDate - plan) : c.endDate - anchor;
        if (plan === void 0 && (distance < -OPENED_AFTER_END_DAYS || distance > MATCH_WINDOW_DAYS))
          continue;
        if (plan !== void 0 && distance > MATCH_WINDOW_DAYS) continue;
        if (distance < bestDistance || distance === bestDistance && best !== null && c.id < best.id) {
          best = c;
          bestDistance = distance;
        }
      }
    }
    if (best && best.endDate !== null) {
      used.add(best.id);
      out.set(opp.id, { day: best.endDate, source: "contract", contract: best });
    } else if (plan !== void 0) out.set(opp.id, { day: plan, source: "plan", contract: null });
    else out.set(opp.id, { day: null, source: "none", contract: null });
  }
  return out;
}
function latenessValue(daysLate) {
  return daysLate <= 0 ? 100 : 100 * Math.max(0, 1 - daysLate / RENEWAL_ZERO_AFTER_DAYS);
}
function baseAmount(contract, evidence, self, asOf) {
  if (!contract) return null;
  let best = null;
  for (const opp of evidence.opportunities) {
    if (opp.id === self.id || opp.contractId !== contract.id || opp.amount === null) continue;
    if (opp.closeDate === null || opp.closeDate > asOf) continue;
    best = best === null ? opp.amount : Math.max(best, opp.amount);
  }
  return best;
}
function downsizing(contract, evidence, opp, asOf) {
  const base = baseAmount(contract, evidence, opp, asOf);
  if (base === null || base <= 0 || opp.amount === null || opp.amount >= base * 0.95)
    return { factor: 1, text: "" };
  const kept = Math.max(0, opp.amount / base);
  return { factor: 0.5 + 0.5 * kept, text: `, downsized to ${Math.round(kept * 100)}% of the contract` };
}
function renewalTimeliness(evidence, ctx) {
  const { time, index } = ctx;
  const renewals = evidence.opportunities.filter(
    (o) => isRenewal(o, index) && (o.createdDate === null || o.createdDate < time.endInstant)
  );
  if (renewals.length === 0) return NO_EVIDENCE;
  const plans = firstPlannedClose(evidence, time.endInstant);
  const dues = dueDates(renewals, evidence, plans, ctx);
  const observations = [];
  let onTime = 0;
  let undated = 0;
  let late = 0;
  let lost = 0;
  let open = 0;
  for (const opp of renewals) {
    const due = dues.get(opp.id) ?? { day: null, source: "none", contract: null };
    const dueText = due.source === "contract" ? "contract end" : "first planned close date";
    const closedByAsOf = opp.isClosed && opp.closeDate !== null && opp.closeDate <= time.asOf;
    const anchor = due.day ?? (opp.createdDate !== null ? dayOfInstant(opp.createdDate) : closedByAsOf && !opp.isWon ? opp.closeDate : null);
    if (anchor === null) continue;
    if (closedByAsOf && !opp.isWon) {
      if (!time.inWindow(Math.min(anchor, time.asOf))) continue;
      lost++;
      observations.push({
        recordId: opp.id,
        object: "Opportunity",
        summary: `Renewal lost (churn)${opp.closeDate !== null ? ` on ${formatDay(opp.closeDate)}` : ""}`,
        value: 0,
        weight: time.decay(Math.min(anchor, time.asOf)) * CHURN_WEIGHT,
        isEvidence: true
      });
      continue;
    }
    if (closedByAsOf && opp.closeDate !== null) {
      if (!time.inWindow(Math.min(anchor, time.asOf))) continue;
      const weight = time.decay(Math.min(anchor, time.asOf));
      if (due.day === null) {
        undated++;
        observations.push({
          recordId: opp.id,
          object: "Opportunity",
          summary: "Renewed (no contract end or planned date to compare)",
          value: 100,
          weight: weight * 0.5,
          isEvidence: true
        });
        continue;
      }
      const daysLate = opp.closeDate - due.day;
      let value = latenessValue(daysLate);
      let summary = daysLate <= 0 ? `Renewed on time (${dueText} ${formatDay(due.day)})` : `Renewal closed ${formatDays(daysLate)} after ${dueText}`;
      const downsize = downsizing(due.contract, evidence, opp, time.asOf);
      value *= downsize.factor;
      summary += downsize.text;
      if (daysLate <= 0) onTime++;
      else late++;
      observations.push({
        recordId: opp.id,
        object: "Opportunity",
        summary,
        value,
        weight,
        isEvidence: true
      });
      continue;
    }
    if (due.day !== null && due.day < time.asOf && time.inWindow(due.day)) {
      const overdue = time.asOf - due.day;
      const downsize = downsizing(due.contract, evidence, opp, time.asOf);
      open++;
      observations.push({
        recordId: opp.id,
        object: "Opportunity",
        summary: `Renewal still open ${formatDays(overdue)} after ${dueText}${downsize.text}`,
        value: latenessValue(overdue) * downsize.factor,
        weight: time.decay(due.day),
        isEvidence: true
      });
    }
  }
  const parts = [];
  if (onTime || undated === 0) parts.push(`${onTime} on time`);
  if (undated) parts.push(`${undated} renewed with no due date to compare`);
  if (late) parts.push(`${late} late`);
  if (open) parts.push(`${open} overdue and open`);
  if (lost) parts.push(`${lost} lost`);
  const counted = onTime + undated + late + lost + open;
  return weightedMean(observations, ctx, 2, `${plural(counted, "renewal")}: ${parts.join(", ")}`);
}

// engine/signals/supportResponsiveness.ts
function resolutionValue(hours, targetHours) {
  const r = hours / targetHours / 1.5;
  return 100 / (1 + r * r * r);
}
function targetHoursFor(priority, ctx) {
  const m = ctx.model.mappings;
  if (priority !== null) {
    const target = m.resolutionTargetHours[priority] ?? ctx.baselines.resolutionHoursByPriority[priority];
    if (target !== void 0 && target > 0) return target;
  }
  return m.defaultResolutionTargetHours;
}
function formatHours(hours) {
  return hours < 48 ? `${Math.round(hours)} h` : `${Math.round(hours / 24)} days`;
}
function supportResponsiveness(evidence, ctx) {
  const milestones = ctx.memo ? ctx.memo.remember(SETTLED_BY_CASE, evidence.caseMilestones, settledByCase, ctx.time) : settledByCase(evidence.caseMilestones, ctx.time);
  const on = { ctx, milestones };
  const observations = [];
  let viaMilestones = 0;
  let withinTarget = 0;
  let overTarget = 0;
  for (const c of evidence.cases) {
    const response = ctx.memo ? ctx.memo.remember(CASE_RESPONSE, c, caseResponse, on, sameMilestones) : caseResponse(c, on);
    if (response.observation === null) continue;
    if (response.via === "milestones") viaMilestones++;
    else if (response.via === "withinTarget") withinTarget++;
    else overTarget++;
    observations.push(response.observation);
  }
  if (observations.length === 0) return NO_EVIDENCE;
  const parts = [];
  if (viaMilestones) parts.push(`${plural(viaMilestones, "case")} with milestones`);
  if (withinTarget + overTarget)
    parts.push(`${withinTarget} resolved near target, ${overTarget} well over target`);
  return weightedMean(observations, ctx, 5, parts.join("; "));
}
function settledByCase(list, time) {
  const byCase = /* @__PURE__ */ new Map();
  for (const m of list) {
    const completed2 = m.isCompleted && (m.completionDate === null || m.completionDate < time.endInstant);
    const violated = m.isViolated && (m.targetDate === null || m.targetDate < time.endInstant);
    if (!completed2 && !violated) continue;
    const forCase = byCase.get(m.caseId);
    if (forCase) forCase.push(m);
    else byCase.set(m.caseId, [m]);
  }
  return byCase;
}
var SETTLED_BY_CASE = memoPart(
  "settledMilestones"
);
var CASE_RESPONSE = memoPart("supportResponsiveness");
function sameRecords(a, b) {
  if (a === b) return true;
  if (a === void 0 || b === void 0 || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
function sameMilestones(r, { milestones }) {
  return sameRecords(r.milestones, milestones.get(r.caseId));
}
function caseResponse(c, { ctx, milestones }) {
  const { time, index } = ctx;
  const caseMilestones = milestones.get(c.id);
  const caseId = c.id;
  if (c.createdDate === null || !time.inWindowInstant(c.createdDate))
    return { caseId, milestones: caseMilestones, observation: null, via: "overTarget" };
  const weight = time.decay(dayOfInstant(c.createdDate));
  if (caseMilestones && caseMilestones.length > 0) {
    let violated = 0;
    for (const m of caseMilestones)
      if (m.isViolated && (m.targetDate === null || m.targetDate < time.endInstant)) violated++;
    const observation2 = {
      recordId: c.id,
      object: "Case",
      summary: violated === 0 ? `All ${plural(caseMilestones.length, "milestone")} met` : `${violated} of ${plural(caseMilestones.length, "milestone")} violated`,
      value: 100 * (caseMilestones.length - violated) / caseMilestones.length,
      weight,
      isEvidence: true
    };
    return { caseId, milestones: caseMilestones, observation: observation2, via: "milestones" };
  }
  const observation = resolutionObservation(c, ctx, weight, isClosedBy(c, index, time));
  const via = observation && observation.value >= 50 ? "withinTarget" : "overTarget";
  return { caseId, milestones: caseMilestones, observation, via };
}
function resolutionObservation(c, ctx, weight, closed) {
  const target = targetHoursFor(c.priority, ctx);
  const priority = c.priority ?? "no";
  if (closed) {
    const hours = caseResolutionHours(c);
    if (hours === null) return null;
    return {
      recordId: c.id,
      object: "Case",
      summary: `${priority} priority case resolved in ${formatHours(hours)} (target ${formatHours(target)})`,
      value: resolutionValue(hours, target),
      weight,
      isEvidence: true
    };
  }
  const age = (ctx.time.endInstant - (c.createdDate ?? 0)) / 36e5;
  if (age <= target) return null;
  return {
    recordId: c.id,
    object: "Case",
    summary: `${priority} priority case open for ${formatHours(age)} (target ${formatHours(target)})`,
    value: resolutionValue(age, target),
    weight,
    isEvidence: true
  };
}

// engine/signals/winRate.ts
var WIN_RATE_PRIOR_DEALS = 2;
var RATE_BOUNDS = Object.freeze({ min: 0.01, max: 0.99 });
function rateAgainstOrg(rate2, orgRate) {
  const slope = rate2 <= orgRate ? 50 / orgRate : 50 / (1 - orgRate);
  return { score: clamp100(50 + slope * (rate2 - orgRate)), slope };
}
function winRate(evidence, ctx) {
  const { time, index, baselines, model } = ctx;
  const deals = [];
  let won = 0;
  let lost = 0;
  let amount = 0;
  for (const opp of evidence.opportunities) {
    if (!closedInWindow(opp, time) || !isNewBusiness(opp, index)) continue;
    if (opp.isWon) won++;
    else lost++;
    const decay = time.decay(openedDay(opp));
    amount += decay;
    deals.push({
      id: opp.id,
      summary: opp.isWon ? `Won ${opp.type ?? "deal"}` : `Lost ${opp.type ?? "deal"}`,
      won: opp.isWon,
      // Bad weighs more: a loss counts lossAversion times a win.
      weight: decay * lossAversionFactor(opp.isWon ? 100 : 0, model.lossAversion)
    });
  }
  if (deals.length === 0) return NO_EVIDENCE;
  const orgRate = Math.min(RATE_BOUNDS.max, Math.max(RATE_BOUNDS.min, baselines.winRatePrior));
  const lambda = lossAversionFactor(0, model.lossAversion);
  const midpoint = orgRate / (orgRate + lambda * (1 - orgRate));
  let total = WIN_RATE_PRIOR_DEALS;
  let sum = WIN_RATE_PRIOR_DEALS * midpoint;
  for (const d of deals) {
    total += d.weight;
    if (d.won) sum += d.weight;
  }
  const { score: score2, slope } = rateAgainstOrg(sum / total, midpoint);
  const items = deals.map((d) => ({
    recordId: d.id,
    object: "Opportunity",
    summary: d.summary,
    impact: slope * d.weight * ((d.won ? 1 : 0) - midpoint) / total
  }));
  items.push({
    recordId: null,
    object: "Baseline",
    summary: `Org win rate ${Math.round(orgRate * 100)}% scores 50 (counts as ${WIN_RATE_PRIOR_DEALS} deals until the account has its own record)`,
    impact: 0
  });
  return {
    score: score2,
    confidence: confidenceFrom(amount, 4),
    amount,
    summary: `${won} won, ${lost} lost (renewals and downgrades have their own signals)`,
    items
  };
}

// engine/signals/index.ts
var SIGNALS = {
  renewalTimeliness,
  dealVelocity,
  referenceQuality,
  winRate,
  expansion,
  promiseKeeping,
  supportResponsiveness,
  caseHealth,
  disputes
};

// engine/itemList.ts
var ListedOutcome = class {
  constructor(score2, confidence, amount, summary, list) {
    this.score = score2;
    this.confidence = confidence;
    this.amount = amount;
    this.summary = summary;
    this.list = list;
  }
  score;
  confidence;
  amount;
  summary;
  list;
  get items() {
    const { list } = this;
    return evidenceOf(
      list,
      list.recordIds.map((_, i) => i),
      list.impacts
    );
  }
};
function evidenceOf(list, order, impacts) {
  return order.map((i) => ({
    recordId: list.recordIds[i],
    object: list.object,
    summary: list.summary(i),
    impact: impacts[i]
  }));
}

// engine/signals/custom.ts
var CUSTOM_CONFIDENCE_K = 3;
var NO_VALUES = [];
var NOTHING_COUNTED = Object.freeze({ ids: [], days: [], values: [], weights: [] });
function scaledValue(setting, value) {
  const { bad, good } = setting.scale;
  return clamp100(100 * (value - bad) / (good - bad));
}
var valueTexts = /* @__PURE__ */ new Map();
var SMALL_VALUES = 1 << 16;
var smallValueTexts = new Array(SMALL_VALUES).fill(void 0);
function formatValue(value) {
  const hundredths = Math.round(value * 100);
  if (hundredths >= 0 && hundredths < SMALL_VALUES) {
    let text2 = smallValueTexts[hundredths];
    if (text2 === void 0) smallValueTexts[hundredths] = text2 = String(hundredths / 100);
    return text2;
  }
  let text = valueTexts.get(hundredths);
  if (text === void 0) {
    if (valueTexts.size >= 65536) valueTexts.clear();
    valueTexts.set(hundredths, text = String(hundredths / 100));
  }
  return text;
}
var dayTexts = /* @__PURE__ */ new Map();
function dayText(day) {
  let text = dayTexts.get(day);
  if (text === void 0) {
    if (dayTexts.size >= 4096) dayTexts.clear();
    dayTexts.set(day, text = formatDay(day));
  }
  return text;
}
var countTexts = /* @__PURE__ */ new Map();
function countSummary(label, day) {
  let byDay = countTexts.get(label);
  if (!byDay) {
    if (countTexts.size >= 256) countTexts.clear();
    countTexts.set(label, byDay = /* @__PURE__ */ new Map());
  }
  let text = byDay.get(day);
  if (text === void 0) {
    if (byDay.size >= 4096) byDay.clear();
    byDay.set(day, text = `${label}: record of ${dayText(day)}`);
  }
  return text;
}
var windowCache = /* @__PURE__ */ new WeakMap();
function windowOf(setting) {
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
function passes(record, filter) {
  for (const [field, allowed] of filter) {
    const value = record.values[field];
    if (value === null || value === void 0 || !allowed.has(String(value))) return false;
  }
  return true;
}
var lastRows = null;
var lastTime = null;
var lastPassing = /* @__PURE__ */ new Map();
function passingRecords(setting, rows, ctx) {
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
      if (typeof day !== "number" || !time.inWindow(day) || !passes(record, window.filter)) continue;
      passing.records.push(record);
      passing.ids.push(record.id);
      passing.days.push(day);
      passing.weights.push(time.decay(day));
    }
    lastPassing.set(window.key, passing);
  }
  return passing;
}
function countedRecords(setting, evidence, ctx) {
  const rows = evidence.custom?.[setting.object] ?? [];
  if (rows.length === 0) return NOTHING_COUNTED;
  const passing = passingRecords(setting, rows, ctx);
  const { records, days, weights } = passing;
  const n = records.length;
  if (setting.aggregate === "count") return { ids: passing.ids, days, values: NO_VALUES, weights };
  const valueField = setting.valueField;
  const values = [];
  for (let i = 0; i < n; i++) {
    const raw = records[i].values[valueField];
    if (typeof raw !== "number" || !Number.isFinite(raw)) break;
    values.push(raw);
  }
  if (values.length === n) return { ids: passing.ids, days, values, weights };
  const out = { ids: [], days: [], values: [], weights: [] };
  for (let i = 0; i < n; i++) {
    const raw = records[i].values[valueField];
    if (typeof raw !== "number" || !Number.isFinite(raw)) continue;
    out.ids.push(passing.ids[i]);
    out.days.push(days[i]);
    out.values.push(raw);
    out.weights.push(weights[i]);
  }
  return out;
}
function isBetter(c, a, b, aggregate) {
  const va = c.values[a];
  const vb = c.values[b];
  if (aggregate === "min" && va !== vb) return va < vb;
  if (aggregate === "max" && va !== vb) return va > vb;
  const da = c.days[a];
  const db = c.days[b];
  return da !== db ? da > db : c.ids[a] > c.ids[b];
}
function chosen(c, aggregate) {
  let best = 0;
  for (let i = 0; i < c.ids.length; i++) if (isBetter(c, i, best, aggregate)) best = i;
  return best;
}
function valueSummary(setting, counted, i) {
  return `${setting.label} ${formatValue(counted.values[i])} on ${dayText(counted.days[i])}`;
}
var CustomItems = class {
  constructor(setting, counted, recordIds, impacts, positions, counts) {
    this.setting = setting;
    this.counted = counted;
    this.recordIds = recordIds;
    this.impacts = impacts;
    this.positions = positions;
    this.counts = counts;
    this.object = setting.object;
  }
  setting;
  counted;
  recordIds;
  impacts;
  positions;
  counts;
  object;
  summary(i) {
    const at = this.positions === null ? i : this.positions[i];
    return this.counts ? countSummary(this.setting.label, this.counted.days[at]) : valueSummary(this.setting, this.counted, at);
  }
};
var NO_IMPACTS = [];
function numbersOnly(score2, confidence, amount, summary) {
  return { score: score2, confidence, amount, summary, items: [] };
}
function averaged(setting, counted, ctx, n) {
  const { ids, values, weights } = counted;
  const count = ids.length;
  const lossAversion = ctx.model.lossAversion;
  const perRecord = ctx.perRecord !== false;
  const impacts = perRecord ? new Array(count) : NO_IMPACTS;
  let total = 0;
  let sum = 0;
  let evidenceWeight = 0;
  let amount = 0;
  let rawSum = 0;
  let rawWeight = 0;
  for (let i = 0; i < count; i++) {
    const value = scaledValue(setting, values[i]);
    const weight = weights[i];
    const w = weight * lossAversionFactor(value, lossAversion);
    if (perRecord) impacts[i] = w * (value - 50);
    total += w;
    sum += w * value;
    evidenceWeight += weight;
    amount += Math.min(1, weight);
    rawSum += weight * values[i];
    rawWeight += weight;
  }
  if (total <= 0 || evidenceWeight <= 0) return NO_EVIDENCE;
  const score2 = clamp100(sum / total);
  const confidence = confidenceFrom(evidenceWeight, CUSTOM_CONFIDENCE_K);
  const summary = `average ${formatValue(rawSum / rawWeight)} over ${n}, recent ones weighing more`;
  if (!perRecord) return numbersOnly(score2, confidence, amount, summary);
  for (let i = 0; i < count; i++) impacts[i] = impacts[i] / total;
  return new ListedOutcome(
    score2,
    confidence,
    amount,
    summary,
    new CustomItems(setting, counted, ids, impacts, null, false)
  );
}
function customSignal(setting, evidence, ctx) {
  const counted = countedRecords(setting, evidence, ctx);
  const { ids, days, values, weights } = counted;
  const count = ids.length;
  if (count === 0) return NO_EVIDENCE;
  const n = plural(count, "record");
  if (setting.aggregate === "average") return averaged(setting, counted, ctx, n);
  let evidenceWeight = 0;
  let amount = 0;
  for (const w of weights) {
    evidenceWeight += w;
    amount += Math.min(1, w);
  }
  const confidence = confidenceFrom(evidenceWeight, CUSTOM_CONFIDENCE_K);
  if (setting.aggregate === "sum" || setting.aggregate === "count") {
    const isCount2 = setting.aggregate === "count";
    let total = 0;
    for (let i = 0; i < count; i++)
      total += weights[i] * (isCount2 ? 1 : values[i]);
    const score3 = scaledValue(setting, total);
    const summary2 = `${isCount2 ? "count" : "sum"} ${formatValue(total)} over ${n}, recent ones weighing more`;
    if (ctx.perRecord === false) return numbersOnly(score3, confidence, amount, summary2);
    const impacts = new Array(count);
    for (let i = 0; i < count; i++) impacts[i] = (score3 - 50) * weights[i] / evidenceWeight;
    return new ListedOutcome(
      score3,
      confidence,
      amount,
      summary2,
      new CustomItems(setting, counted, ids, impacts, null, isCount2)
    );
  }
  const pick = chosen(counted, setting.aggregate);
  const value = values[pick];
  const score2 = scaledValue(setting, value);
  const summary = `${setting.aggregate} ${formatValue(value)} (${dayText(days[pick])}) of ${n}`;
  if (ctx.perRecord === false) return numbersOnly(score2, confidence, amount, summary);
  return new ListedOutcome(
    score2,
    confidence,
    amount,
    summary,
    new CustomItems(setting, counted, [ids[pick]], [score2 - 50], [pick], false)
  );
}

// engine/combine.ts
var SWITCHED_OFF = Object.freeze({
  score: null,
  confidence: 0,
  amount: 0,
  summary: "Switched off in this model",
  items: []
});
var CONFIDENCE_SCALE = 1.5;
var signalsCache = /* @__PURE__ */ new WeakMap();
function scoredSignals(model) {
  let list = signalsCache.get(model);
  if (!list) {
    list = [
      ...SIGNAL_IDS.map((id) => ({ id, ...model.signals[id] })),
      ...(model.customSignals ?? []).map(({ id, enabled, pillar, weight }) => ({
        id,
        enabled,
        pillar,
        weight
      }))
    ];
    signalsCache.set(model, list);
  }
  return list;
}
var idsCache = /* @__PURE__ */ new WeakMap();
function scoredSignalIds(model) {
  let ids = idsCache.get(model);
  if (!ids) idsCache.set(model, ids = scoredSignals(model).map((s) => s.id));
  return ids;
}
function allSignalsMask(model) {
  return 2 ** scoredSignals(model).length - 1;
}
function confidenceOf(outcomes, nominal) {
  let depth = 0;
  nominal.forEach((share, s) => depth += share * Math.sqrt(outcomes[s].amount));
  return 1 - Math.exp(-depth / CONFIDENCE_SCALE);
}
var weightCache = /* @__PURE__ */ new WeakMap();
function effectiveWeightsFor(model, mask) {
  let perModel = weightCache.get(model);
  if (!perModel) weightCache.set(model, perModel = /* @__PURE__ */ new Map());
  let weights = perModel.get(mask);
  if (!weights) {
    weights = effectiveWeights(scoredSignals(model), model, (i) => (mask & 1 << i) !== 0);
    perModel.set(mask, weights);
  }
  return weights;
}
function effectiveWeights(list, model, available) {
  const counts = (s, i) => s.enabled && s.weight > 0 && available(i);
  const pillarSignalWeight = /* @__PURE__ */ new Map();
  list.forEach((s, i) => {
    if (counts(s, i))
      pillarSignalWeight.set(s.pillar, (pillarSignalWeight.get(s.pillar) ?? 0) + s.weight);
  });
  let pillarTotal = 0;
  for (const p of PILLAR_IDS) if ((pillarSignalWeight.get(p) ?? 0) > 0) pillarTotal += model.pillars[p];
  const out = /* @__PURE__ */ new Map();
  if (pillarTotal <= 0) return out;
  list.forEach((s, i) => {
    const within = pillarSignalWeight.get(s.pillar) ?? 0;
    if (!counts(s, i) || within <= 0) return;
    const share = model.pillars[s.pillar] / pillarTotal * (s.weight / within);
    if (share > 0) out.set(s.id, share);
  });
  return out;
}
var customCache = /* @__PURE__ */ new WeakMap();
function customSetting(model, id) {
  let byId2 = customCache.get(model);
  if (!byId2) customCache.set(model, byId2 = new Map((model.customSignals ?? []).map((c) => [c.id, c])));
  return byId2.get(id);
}
function signalOutcomes(evidence, ctx, signals, into = {}, known) {
  for (const s of signals) {
    if (isSignalId(s)) {
      into[s] = ctx.model.signals[s].enabled ? SIGNALS[s](evidence, ctx) : SWITCHED_OFF;
      continue;
    }
    const given = known?.[s];
    if (given) {
      into[s] = given;
      continue;
    }
    const custom = customSetting(ctx.model, s);
    into[s] = custom?.enabled ? customSignal(custom, evidence, ctx) : SWITCHED_OFF;
  }
  return into;
}
function sharesOf(outcomes, model) {
  let mask = 0;
  scoredSignalIds(model).forEach((s, i) => {
    if (outcomes[s]?.score != null) mask |= 1 << i;
  });
  return effectiveWeightsFor(model, mask);
}
function rawScore(outcomes, shares) {
  if (shares.size === 0) return null;
  let raw = 0;
  shares.forEach((share, s) => raw += share * outcomes[s].score);
  return raw;
}

// engine/signalLabel.ts
var customLabels = /* @__PURE__ */ new WeakMap();
function signalLabel(model, id) {
  if (isSignalId(id)) return SIGNAL_LABELS[id];
  let labels = customLabels.get(model);
  if (!labels)
    customLabels.set(model, labels = new Map((model.customSignals ?? []).map((c) => [c.id, c.label])));
  return labels.get(id) ?? id;
}

// engine/nextBand/actionKind.ts
function newestFirst(list, dateOf) {
  return list.slice().sort((a, b) => dateOf(b) - dateOf(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((item) => item.id);
}

// engine/nextBand/caseActions.ts
function isOpenCase(c, ctx) {
  return c.createdDate !== null && ctx.time.inWindowInstant(c.createdDate) && !isClosedBy(c, ctx.index, ctx.time);
}
function settled(m, end) {
  return m.isCompleted && (m.completionDate === null || m.completionDate < end) || m.isViolated && (m.targetDate === null || m.targetDate < end);
}
function resolvedOnAsOf(evidence, ids, ctx) {
  const end = ctx.time.endInstant;
  const at = end - 1;
  const status = ctx.model.mappings.closedCaseStatuses[0] ?? "Closed";
  let settles = false;
  const caseMilestones = evidence.caseMilestones.map((m) => {
    if (!ids.has(m.caseId) || settled(m, end)) return m;
    settles = true;
    return {
      ...m,
      isCompleted: true,
      completionDate: at,
      isViolated: m.targetDate !== null && m.targetDate < at
    };
  });
  return {
    ...evidence,
    cases: evidence.cases.map(
      (c) => ids.has(c.id) ? { ...c, isClosed: true, status, closedDate: at } : c
    ),
    // The same list when no milestone settles, so re-scoring reads its grouping back.
    caseMilestones: settles ? caseMilestones : evidence.caseMilestones
  };
}
function caseKind(action, escalated) {
  return {
    action,
    signals: ["caseHealth", "disputes", "supportResponsiveness"],
    candidates: (evidence, ctx) => newestFirst(
      evidence.cases.filter((c) => isOpenCase(c, ctx) && c.isEscalated === escalated),
      (c) => c.createdDate ?? 0
    ),
    apply: resolvedOnAsOf
  };
}
var RESOLVE_ESCALATIONS = caseKind("resolveEscalations", true);
var RESOLVE_OPEN_CASES = caseKind("resolveOpenCases", false);

// engine/nextBand/promiseActions.ts
function openOn(c, ctx) {
  const { asOf } = ctx.time;
  if (c.dueOn === null || !ctx.time.inWindow(Math.min(c.dueOn, asOf))) return false;
  if (c.promisedOn !== null && c.promisedOn > asOf) return false;
  return c.status === "Open" || c.status === "Kept" && c.deliveredOn !== null && c.deliveredOn > asOf;
}
function keptOnAsOf(evidence, ids, ctx) {
  const deliveredOn = ctx.time.asOf;
  return {
    ...evidence,
    commitments: evidence.commitments.map(
      (c) => ids.has(c.id) ? { ...c, status: "Kept", deliveredOn } : c
    )
  };
}
function promiseKind(action, overdue) {
  return {
    action,
    signals: ["promiseKeeping"],
    candidates: (evidence, ctx) => newestFirst(
      evidence.commitments.filter((c) => openOn(c, ctx) && c.dueOn < ctx.time.asOf === overdue),
      (c) => c.dueOn ?? 0
    ),
    apply: keptOnAsOf
  };
}
var DELIVER_OVERDUE_PROMISES = promiseKind("deliverOverduePromises", true);
var DELIVER_OPEN_PROMISES = promiseKind("deliverOpenPromises", false);

// engine/nextBand/referenceActions.ts
function completed(evidence, ids) {
  return {
    ...evidence,
    references: evidence.references.map(
      (r) => ids.has(r.id) ? { ...r, status: "Completed", rating: null } : r
    )
  };
}
var COMPLETE_REFERENCES = {
  action: "completeReferences",
  signals: ["referenceQuality"],
  candidates: (evidence, ctx) => newestFirst(
    evidence.references.filter(
      (r) => r.requestedOn !== null && ctx.time.inWindow(r.requestedOn) && (r.status === "Requested" || r.status === "No Response")
    ),
    (r) => r.requestedOn ?? 0
  ),
  apply: completed
};

// engine/nextBand/search.ts
var ACTION_KINDS = [
  DELIVER_OVERDUE_PROMISES,
  RESOLVE_ESCALATIONS,
  COMPLETE_REFERENCES,
  RESOLVE_OPEN_CASES,
  DELIVER_OPEN_PROMISES
];
var MAX_CANDIDATES_PER_ACTION = 8;
var MIN_POINTS = 0.1;
var round1 = (v) => Math.round(v * 10) / 10;
var round2 = (v) => Math.round(v * 100) / 100;
function kindOf(action) {
  const kind = ACTION_KINDS.find((k) => k.action === action);
  if (!kind) throw new Error(`Unknown next-band action "${action}"`);
  return kind;
}
function applyKind(state, kind, ids, ctx) {
  const key = JSON.stringify([kind.action, ...[...ids].sort()]);
  let next = state.after.get(key);
  if (!next) {
    const evidence = kind.apply(state.evidence, ids, ctx);
    const outcomes = signalOutcomes(evidence, ctx, kind.signals, { ...state.outcomes });
    state.after.set(key, next = stateOf(evidence, outcomes, ctx.model));
  }
  return next;
}
function stateOf(evidence, outcomes, model) {
  const raw = rawScore(outcomes, sharesOf(outcomes, model)) ?? 0;
  const score2 = round1(raw);
  const confidence = round2(confidenceOf(outcomes, effectiveWeightsFor(model, allSignalsMask(model))));
  return {
    evidence,
    outcomes,
    raw,
    score: score2,
    band: isProvisional(model, score2, confidence) ? null : bandFor(model, score2),
    after: /* @__PURE__ */ new Map()
  };
}
function rankedCandidates(start, ctx) {
  const ranked = [];
  ACTION_KINDS.forEach((kind) => {
    const ids = kind.candidates(start.evidence, ctx).slice(0, MAX_CANDIDATES_PER_ACTION);
    if (ids.length === 0 || applyKind(start, kind, new Set(ids), ctx).raw <= start.raw) return;
    for (const id of ids) {
      const gain = applyKind(start, kind, /* @__PURE__ */ new Set([id]), ctx).raw - start.raw;
      if (gain > 0) ranked.push({ kind, id, gain });
    }
  });
  const order = (k) => ACTION_KINDS.indexOf(k);
  return ranked.sort(
    (a, b) => b.gain - a.gain || order(a.kind) - order(b.kind) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}
function measured(start, steps, ctx) {
  let state = start;
  const out = [];
  for (const step of steps) {
    const next = applyKind(state, kindOf(step.action), new Set(step.recordIds), ctx);
    out.push({ ...step, points: round1(next.score - state.score) });
    state = next;
  }
  return { steps: out, end: state };
}
function stepsOf(candidates) {
  const steps = [];
  for (const c of candidates) {
    const step = steps.find((s) => s.action === c.kind.action);
    if (step) step.recordIds.push(c.id);
    else steps.push({ action: c.kind.action, recordIds: [c.id] });
  }
  return steps;
}
function findNextBand(evidence, ctx, outcomes, result) {
  const { bands } = ctx.model;
  if (result.band === null || result.provisional) return void 0;
  const rank = bands.findIndex((b) => b.name === result.band);
  const target = bands[rank + 1];
  if (rank < 0 || !target) return void 0;
  const earns = (state) => state.band !== null && bands.findIndex((b) => b.name === state.band) > rank;
  const start = stateOf(evidence, outcomes, ctx.model);
  const ranked = rankedCandidates(start, ctx);
  const probe = (n) => measured(start, stepsOf(ranked.slice(0, n)), ctx);
  let chosen2 = ranked.length;
  if (ranked.length > 0 && earns(probe(ranked.length).end)) {
    let need = target.min - start.raw;
    let guess = 0;
    while (guess < ranked.length && need > 0) need -= ranked[guess++].gain;
    let lo = 1;
    let hi = ranked.length;
    if (earns(probe(Math.max(1, guess)).end)) hi = Math.max(1, guess);
    else lo = guess + 1;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (earns(probe(mid).end)) hi = mid;
      else lo = mid + 1;
    }
    chosen2 = hi;
  }
  let path = probe(chosen2);
  while (path.steps.some((s) => s.points < MIN_POINTS)) {
    path = measured(
      start,
      path.steps.filter((s) => s.points >= MIN_POINTS),
      ctx
    );
  }
  return { band: target.name, steps: path.steps, reaches: earns(path.end) };
}
function applyNextBandStep(evidence, step, ctx) {
  return kindOf(step.action).apply(evidence, new Set(step.recordIds), ctx);
}

// engine/evidenceOrder.ts
function byImpact(a, b) {
  const d = Math.abs(b.impact) - Math.abs(a.impact);
  if (d !== 0) return d;
  const ka = a.recordId ?? "";
  const kb = b.recordId ?? "";
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
function sortByImpact(items) {
  let inOrder = true;
  let reversed = true;
  for (let i = 1; i < items.length && (inOrder || reversed); i++) {
    const order = byImpact(items[i - 1], items[i]);
    if (order > 0) inOrder = false;
    if (order >= 0) reversed = false;
  }
  if (inOrder) return;
  if (reversed) items.reverse();
  else items.sort(byImpact);
}
function driverRecordIds(items, direction, max) {
  const ids = [];
  for (const e of items) {
    if (ids.length >= max) break;
    if (e.recordId !== null && Math.sign(e.impact) === direction && e.impact !== 0) ids.push(e.recordId);
  }
  return ids;
}
function byImpactAt(impacts, ids, a, b) {
  const d = Math.abs(impacts[b]) - Math.abs(impacts[a]);
  if (d !== 0) return d;
  const ka = ids[a];
  const kb = ids[b];
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
function orderByImpact(impacts, ids) {
  const n = impacts.length;
  const order = new Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let inOrder = true;
  let reversed = true;
  for (let i = 1; i < n && (inOrder || reversed); i++) {
    const o = byImpactAt(impacts, ids, i - 1, i);
    if (o > 0) inOrder = false;
    if (o >= 0) reversed = false;
  }
  if (inOrder) return order;
  if (reversed) return order.reverse();
  return order.sort((a, b) => byImpactAt(impacts, ids, a, b));
}
function driverRecordIdsAt(impacts, ids, direction, max) {
  const best = [];
  for (let i = 0; i < impacts.length; i++) {
    const impact = impacts[i];
    if (impact === 0 || Math.sign(impact) !== direction) continue;
    let at = best.length;
    while (at > 0 && byImpactAt(impacts, ids, best[at - 1], i) > 0) at--;
    if (at >= max) continue;
    if (best.length < max) best.push(i);
    for (let k = best.length - 1; k > at; k--) best[k] = best[k - 1];
    best[at] = i;
  }
  return best.map((i) => ids[i]);
}

// engine/override.ts
var lastExpiryDay = (model, setOn) => setOn + overrideMaxDays(model);
var isModelBand = (model, band) => model.bands.some((b) => b.name === band);
function isInForce(record, model, asOf) {
  if (record.createdDate === null || record.expiresOn === null || record.band === null) return false;
  const setOn = dayOfInstant(record.createdDate);
  if (setOn > asOf || record.expiresOn < asOf) return false;
  if (record.expiresOn > lastExpiryDay(model, setOn)) return false;
  return isModelBand(model, record.band);
}
function overrideInForce(records, model, asOf) {
  let latest = null;
  for (const r of records) {
    if (!isInForce(r, model, asOf)) continue;
    const later = latest === null || r.createdDate > latest.createdDate || r.createdDate === latest.createdDate && r.id > latest.id;
    if (later) latest = r;
  }
  return latest;
}
function withOverride(result, records, model, asOf) {
  const record = overrideInForce(records, model, asOf);
  if (record === null) return result;
  const override = {
    band: record.band,
    reason: record.reason,
    expiresOn: formatDay(record.expiresOn),
    recordId: record.id,
    computedBand: result.band
  };
  return { ...result, band: override.band, override };
}

// engine/score.ts
var round12 = (v) => Math.round(v * 10) / 10;
var round22 = (v) => Math.round(v * 100) / 100;
var byId = (a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
function sortedById(list) {
  for (let i = 1; i < list.length; i++) {
    if (list[i - 1].id > list[i].id) return list.slice().sort(byId);
  }
  return list;
}
function canonical(e) {
  return {
    account: e.account,
    opportunities: sortedById(e.opportunities),
    opportunityHistory: sortedById(e.opportunityHistory),
    cases: sortedById(e.cases),
    caseMilestones: sortedById(e.caseMilestones),
    contracts: sortedById(e.contracts),
    commitments: sortedById(e.commitments),
    references: sortedById(e.references),
    overrides: sortedById(e.overrides),
    // Only when there are custom rows, so evidence without them keeps its shape.
    ...e.custom ? { custom: canonicalCustom(e.custom) } : {}
  };
}
function canonicalCustom(custom) {
  const out = {};
  let same = true;
  for (const object2 of Object.keys(custom)) {
    const rows = custom[object2] ?? [];
    const sorted = sortedById(rows);
    if (sorted !== rows || custom[object2] === void 0) same = false;
    out[object2] = sorted;
  }
  return same ? custom : out;
}
function scoreFromSignals(signalScores, model) {
  const list = scoredSignals(model);
  const stored = (id) => signalScores[id] ?? null;
  let mask = 0;
  list.forEach((s, i) => {
    if (s.enabled && stored(s.id) !== null) mask |= 1 << i;
  });
  const shares = effectiveWeightsFor(model, mask);
  const pillars = {};
  for (const p of PILLAR_IDS) {
    let sum = 0;
    let weight = 0;
    for (const s of list) {
      const value = stored(s.id);
      if (s.pillar !== p || !s.enabled || s.weight <= 0 || value === null) continue;
      sum += s.weight * value;
      weight += s.weight;
    }
    pillars[p] = weight > 0 ? round12(sum / weight) : null;
  }
  let score2 = null;
  if (shares.size > 0) {
    let raw = 0;
    for (const [s, share] of shares) raw += share * stored(s);
    score2 = round12(raw);
  }
  assertFiniteCombination("(stored signal scores)", { score: score2, pillars });
  return { score: score2, band: bandFor(model, score2), pillars };
}
function scoreAccount(input, model, baselines, asOf, options = {}) {
  const evidence = canonical(input);
  const nextBand = options.nextBand !== false;
  const limit = options.maxEvidencePerSignal ?? Number.POSITIVE_INFINITY;
  const perRecord = nextBand || limit > 0 || options.driverRecords !== false;
  if (options.customOutcomes && perRecord)
    throw new Error(
      "scoreAccount: customOutcomes carry no items, so they need a scoring that reads none (driverRecords: false, maxEvidencePerSignal: 0, nextBand: false)"
    );
  const ctx = {
    model,
    baselines,
    time: evaluationTime(model, asOf),
    index: modelIndex(model),
    // The path to the next band re-scores this account with a few records changed: what
    // this scoring computes per record is kept for it (see recordMemo.ts).
    memo: nextBand ? new RecordMemo() : void 0,
    perRecord
  };
  const list = scoredSignals(model);
  const outcomes = signalOutcomes(evidence, ctx, scoredSignalIds(model), void 0, options.customOutcomes);
  const shares = sharesOf(outcomes, model);
  const nominal = effectiveWeightsFor(model, allSignalsMask(model));
  const pillars = {};
  for (const p of PILLAR_IDS) {
    let sum = 0;
    let weight = 0;
    for (const setting of list) {
      if (setting.pillar !== p || !setting.enabled || setting.weight <= 0) continue;
      const score3 = outcomes[setting.id].score;
      if (score3 === null) continue;
      sum += setting.weight * score3;
      weight += setting.weight;
    }
    pillars[p] = weight > 0 ? round12(sum / weight) : null;
  }
  const raw = rawScore(outcomes, shares);
  const confidence = round22(confidenceOf(outcomes, nominal));
  const signals = {};
  const drivers = [];
  for (const { id: s, pillar } of list) {
    const outcome = outcomes[s];
    const share = shares.get(s) ?? 0;
    const score3 = outcome.score === null ? null : round12(outcome.score);
    const confidence2 = round22(outcome.confidence);
    const summary = outcome.summary;
    const impact = outcome.score !== null && share > 0 ? share * (outcome.score - 50) : null;
    const direction = impact === null ? 0 : Math.sign(impact);
    let recordIds = [];
    const itemList = outcome.list;
    if (!perRecord) {
      signals[s] = { pillar, score: score3, confidence: confidence2, summary, evidence: [] };
    } else if (itemList) {
      const impacts = itemList.impacts.map((i) => round22(i * share));
      const kept = limit > 0 ? orderByImpact(impacts, itemList.recordIds) : [];
      signals[s] = {
        pillar,
        score: score3,
        confidence: confidence2,
        summary,
        evidence: evidenceOf(itemList, kept.length > limit ? kept.slice(0, limit) : kept, impacts)
      };
      if (impact !== null) recordIds = driverRecordIdsAt(impacts, itemList.recordIds, direction, 3);
    } else {
      const evidenceItems = outcome.items.map((item) => ({
        recordId: item.recordId,
        object: item.object,
        summary: item.summary,
        impact: round22(item.impact * share)
      }));
      sortByImpact(evidenceItems);
      const kept = evidenceItems.length > limit ? evidenceItems.slice(0, limit) : evidenceItems;
      signals[s] = { pillar, score: score3, confidence: confidence2, summary, evidence: kept };
      if (impact !== null) recordIds = driverRecordIds(evidenceItems, direction, 3);
    }
    if (impact !== null) {
      drivers.push({
        signal: s,
        pillar,
        impact: round22(impact),
        summary: `${signalLabel(model, s)} ${round12(outcome.score)}/100: ${summary}`,
        recordIds
      });
    }
  }
  drivers.sort((a, b) => Math.abs(b.impact) - Math.abs(a.impact) || (a.signal < b.signal ? -1 : 1));
  const score2 = raw === null ? null : round12(raw);
  const provisional = isProvisional(model, score2, confidence);
  const result = assertFiniteResult({
    accountId: evidence.account.id,
    accountName: evidence.account.name,
    score: score2,
    band: provisional ? null : bandFor(model, score2),
    confidence,
    provisional,
    pillars,
    signals,
    drivers
  });
  const path = nextBand ? findNextBand(evidence, ctx, outcomes, result) : void 0;
  if (path) result.nextBand = path;
  const final = withOverride(result, evidence.overrides, model, asOf);
  final.model = { name: model.name, version: model.version };
  return final;
}

// engine/nextBand/words.ts
var ACTION_TEXT = {
  deliverOverduePromises: (n) => n === 1 ? "Deliver the overdue promise" : `Deliver the ${n} overdue promises`,
  deliverOpenPromises: (n) => n === 1 ? "Deliver the open promise before it is due" : `Deliver ${n} open promises before they are due`,
  resolveEscalations: (n) => n === 1 ? "Resolve the open escalation" : `Resolve the ${n} open escalations`,
  resolveOpenCases: (n) => n === 1 ? "Resolve the open case" : `Resolve ${n} open cases`,
  completeReferences: (n) => n === 1 ? "Complete the requested reference" : `Complete the ${n} requested references`
};
function nextBandActionText(action, records) {
  return ACTION_TEXT[action](records);
}
function nextBandLines(next) {
  if (next.steps.length === 0)
    return [`To reach ${next.band}: nothing in the account's open records would move the score today.`];
  const lines = [`To reach ${next.band}:`];
  for (const step of next.steps)
    lines.push(
      `  ${`+${step.points.toFixed(1)}`.padStart(6)}  ${nextBandActionText(step.action, step.recordIds.length)} (${step.recordIds.join(", ")})`
    );
  if (!next.reaches) lines.push(`  These alone do not reach ${next.band}; new evidence must do the rest.`);
  return lines;
}

// engine/explainSections.ts
var WEIGHT_BASIS_TEXT = {
  contractValue: "weighted by each account’s current contract value",
  mixed: "weighted by current contract value; accounts without one count as a typical contract",
  equal: "every account weighs the same (no current contract values known)"
};
function weightBasisText(basis) {
  return WEIGHT_BASIS_TEXT[basis];
}
function rollupLines(rollup) {
  const below = rollup.children === 1 ? "the account below" : `the ${rollup.children} accounts below`;
  if (rollup.score === null) return [`Roll-up of ${below}: none — no account below has evidence yet.`];
  return [
    `Roll-up of ${below}: ${rollup.score.toFixed(1)} — ${rollup.band ?? "no band"} (its own score not included)`,
    ...rollup.lowest ? [`  Lowest: ${rollup.lowest.accountId} at ${rollup.lowest.score.toFixed(1)}`] : [],
    `  Weights: ${weightBasisText(rollup.weightBasis)}`
  ];
}
function overrideLine(override) {
  const reason = override.reason ? `: "${override.reason}"` : "";
  const computed = override.computedBand ?? "no band";
  return `Band set by an override (${override.recordId}) until ${override.expiresOn}${reason}; the score itself earns ${computed}.`;
}

// engine/explain.ts
var signed = (v) => `${v >= 0 ? "+" : "−"}${Math.abs(v).toFixed(1)}`;
var score = (v) => v === null ? "no evidence" : `${v.toFixed(1)}/100`;
function explainResult(result, model, options = {}) {
  const per = options.evidencePerSignal ?? 8;
  const lines = [];
  const name = result.accountName ? `${result.accountName} (${result.accountId})` : result.accountId;
  lines.push(`Trust receipt for ${name}`);
  lines.push(`Model ${model.name} v${model.version}${options.asOf ? `, as of ${options.asOf}` : ""}`);
  lines.push("");
  const rollup = result.rollup ? [...rollupLines(result.rollup), ""] : [];
  if (result.score === null) {
    lines.push(
      "Score: none — there is no evidence for this account yet (not the same as an average 50)."
    );
    if (result.override) lines.push(overrideLine(result.override));
    if (rollup.length > 0) lines.push("", ...rollup);
    return lines.join("\n").trimEnd();
  }
  const band = result.provisional ? `provisional: too little evidence for a band (confidence below ${Math.round(model.minConfidence * 100)}%)` : result.band ?? "no band";
  lines.push(
    `Score: ${result.score.toFixed(1)} — ${band} (confidence ${Math.round(result.confidence * 100)}%)`
  );
  if (result.override) lines.push(overrideLine(result.override));
  lines.push("How it adds up: a neutral 50, plus what each signal contributes:");
  for (const d of result.drivers) lines.push(`  ${signed(d.impact).padStart(6)}  ${d.summary}`);
  lines.push("");
  if (result.nextBand) lines.push(...nextBandLines(result.nextBand), "");
  lines.push(...rollup);
  for (const p of PILLAR_IDS) {
    lines.push(
      `${p[0]?.toUpperCase()}${p.slice(1)} — "${PILLAR_QUESTIONS[p]}": ${score(result.pillars[p])}`
    );
    for (const setting of scoredSignals(model)) {
      const s = setting.id;
      const signal = result.signals[s];
      if (setting.pillar !== p || !signal) continue;
      const label = signalLabel(model, s);
      if (!setting.enabled || setting.weight <= 0) {
        lines.push(`  ${label}: switched off in this model`);
        continue;
      }
      const confidence = signal.score === null ? "" : `, confidence ${Math.round(signal.confidence * 100)}%`;
      lines.push(`  ${label}: ${score(signal.score)}${confidence} — ${signal.summary}`);
      const shown2 = signal.evidence.slice(0, per);
      for (const e of shown2) {
        const ref2 = e.recordId ? ` [${e.object} ${e.recordId}]` : "";
        lines.push(`    ${signed(e.impact).padStart(6)}  ${e.summary}${ref2}`);
      }
      if (signal.evidence.length > shown2.length)
        lines.push(`            … and ${signal.evidence.length - shown2.length} more`);
    }
    lines.push("");
  }
  return lines.join("\n").trimEnd();
}

// engine/rollup.ts
var HierarchyCycleError = class extends Error {
  constructor(accounts) {
    super(`Account.ParentId forms a cycle: ${[...accounts, accounts[0]].join(" → ")}`);
    this.accounts = accounts;
  }
  accounts;
  name = "HierarchyCycleError";
};
var Subtree = class {
  count = 0;
  known = 0;
  knownWeight = 0;
  knownWeighted = 0;
  unknown = 0;
  unknownSum = 0;
  lowest = null;
  addAccount(member) {
    this.count++;
    const { score: score2, weight } = member;
    if (score2 === null) return;
    if (weight === null) {
      this.unknown++;
      this.unknownSum += score2;
    } else {
      this.known++;
      this.knownWeight += weight;
      this.knownWeighted += weight * score2;
    }
    this.offerLowest(member.accountId, score2);
  }
  addSubtree(other) {
    this.count += other.count;
    this.known += other.known;
    this.knownWeight += other.knownWeight;
    this.knownWeighted += other.knownWeighted;
    this.unknown += other.unknown;
    this.unknownSum += other.unknownSum;
    if (other.lowest) this.offerLowest(other.lowest.accountId, other.lowest.score);
  }
  offerLowest(accountId, score2) {
    const l = this.lowest;
    if (!l || score2 < l.score || score2 === l.score && accountId < l.accountId)
      this.lowest = { accountId, score: score2 };
  }
  rollup(model) {
    let score2 = null;
    let weightBasis = "equal";
    if (this.known > 0 && this.unknown === 0) {
      score2 = this.knownWeighted / this.knownWeight;
      weightBasis = "contractValue";
    } else if (this.known > 0) {
      const typical = this.knownWeight / this.known;
      score2 = (this.knownWeighted + typical * this.unknownSum) / (this.knownWeight + typical * this.unknown);
      weightBasis = "mixed";
    } else if (this.unknown > 0) {
      score2 = this.unknownSum / this.unknown;
    }
    const rounded = score2 === null ? null : Math.round(score2 * 10) / 10;
    return {
      score: rounded,
      band: bandFor(model, rounded),
      children: this.count,
      lowest: this.lowest,
      weightBasis
    };
  }
};
function cycleFrom(start, parent, ids) {
  const seen = /* @__PURE__ */ new Map();
  const path = [];
  let at = start;
  while (!seen.has(at)) {
    seen.set(at, path.length);
    path.push(at);
    at = parent[at];
  }
  const cycle = path.slice(seen.get(at)).map((i) => ids[i]);
  const first = cycle.indexOf([...cycle].sort()[0]);
  return [...cycle.slice(first), ...cycle.slice(0, first)];
}
function computeRollups(members, model) {
  const index = /* @__PURE__ */ new Map();
  const ids = [];
  const nodeOf = (id) => {
    let i = index.get(id);
    if (i === void 0) {
      i = ids.length;
      index.set(id, i);
      ids.push(id);
    }
    return i;
  };
  for (const m of members) nodeOf(m.accountId);
  if (ids.length !== members.length) throw new Error("computeRollups: an account is listed twice");
  const parent = new Int32Array(members.length).fill(-1);
  members.forEach((m, i) => {
    if (m.parentId !== null) parent[i] = nodeOf(m.parentId);
  });
  const pending = new Int32Array(ids.length);
  for (const p of parent) if (p >= 0) pending[p] = pending[p] + 1;
  const below = new Array(ids.length);
  const ready = [];
  for (let i = 0; i < members.length; i++) if (pending[i] === 0) ready.push(i);
  let merged = 0;
  while (ready.length > 0) {
    const i = ready.pop();
    merged++;
    const p = parent[i];
    if (p < 0) continue;
    const into = below[p] ??= new Subtree();
    into.addAccount(members[i]);
    const sub = below[i];
    if (sub) into.addSubtree(sub);
    pending[p] = pending[p] - 1;
    if (pending[p] === 0 && p < members.length) ready.push(p);
  }
  if (merged < members.length) {
    const stuck = members.findIndex((_, i) => pending[i] > 0);
    throw new HierarchyCycleError(cycleFrom(stuck, parent, ids));
  }
  const out = /* @__PURE__ */ new Map();
  below.forEach((sub, i) => {
    if (sub) out.set(ids[i], sub.rollup(model));
  });
  return out;
}

// engine/contractValue.ts
var NOT_IN_FORCE = /* @__PURE__ */ new Set(["Draft", "In Approval Process"]);
function inForce(contract, asOfDay) {
  if (contract.status !== null && NOT_IN_FORCE.has(contract.status)) return false;
  if (contract.startDate !== null && contract.startDate > asOfDay) return false;
  return contract.endDate === null || contract.endDate >= asOfDay;
}
function activeContractValue(evidence, asOfDay) {
  const active = new Set(evidence.contracts.filter((c) => inForce(c, asOfDay)).map((c) => c.id));
  if (active.size === 0) return null;
  let total = null;
  for (const o of evidence.opportunities) {
    if (!o.isWon || o.amount === null || o.contractId === null || !active.has(o.contractId)) continue;
    total = (total ?? 0) + o.amount;
  }
  return total;
}
function latestWonRenewal(evidence, settings, asOfDay) {
  const renewal = new Set(settings.mappings.renewalOpportunityTypes);
  let best = null;
  for (const o of evidence.opportunities) {
    if (!o.isWon || o.amount === null || o.closeDate === null || o.closeDate > asOfDay) continue;
    if (o.type === null || !renewal.has(o.type)) continue;
    if (!best || best.closeDate < o.closeDate || best.closeDate === o.closeDate && best.id < o.id)
      best = o;
  }
  return best ? best.amount : null;
}
function contractValue(evidence, settings, asOfDay) {
  const value = activeContractValue(evidence, asOfDay) ?? latestWonRenewal(evidence, settings, asOfDay);
  return value !== null && Number.isFinite(value) && value > 0 ? value : null;
}

// engine/nextBand/index.ts
function evidenceAfterStep(evidence, step, model, asOf) {
  return applyNextBandStep(evidence, step, {
    model,
    time: evaluationTime(model, asOf),
    index: modelIndex(model)
  });
}

// records/graphqlValues.ts
var GraphqlValueError = class extends Error {
  constructor(object2, id, field, detail) {
    super(`${object2} ${id}: ${field} ${detail}`);
    this.name = "GraphqlValueError";
  }
};
function nodesOf(connection) {
  const out = [];
  for (const edge of connection?.edges ?? []) if (edge?.node) out.push(edge.node);
  return out;
}
var NodeReader = class _NodeReader {
  constructor(object2, node) {
    this.object = object2;
    this.node = node;
    const id = node.Id;
    if (typeof id !== "string" || id === "")
      throw new GraphqlValueError(object2, "(no Id)", "Id", "is missing");
    this.id = id;
  }
  object;
  node;
  id;
  raw(field) {
    const cell = this.node[field];
    if (cell === null || cell === void 0) return null;
    if (typeof cell !== "object" || !("value" in cell)) {
      throw new GraphqlValueError(this.object, this.id, field, "is not a { value } field");
    }
    const value = cell.value;
    return value === void 0 ? null : value;
  }
  text(field) {
    const value = this.raw(field);
    if (value === null) return null;
    if (typeof value !== "string") throw this.error(field, value, "text");
    return value;
  }
  id_(field) {
    const value = this.text(field);
    return value === "" ? null : value;
  }
  bool(field) {
    const value = this.raw(field);
    if (value === null) return false;
    if (typeof value !== "boolean") throw this.error(field, value, "true or false");
    return value;
  }
  num(field) {
    const value = this.raw(field);
    if (value === null) return null;
    const n = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
    if (typeof n !== "number" || !Number.isFinite(n)) throw this.error(field, value, "a number");
    return n;
  }
  day(field) {
    const value = this.text(field);
    if (value === null || value === "") return null;
    const day = parseDay(value);
    if (day === null) throw this.error(field, value, "a date (yyyy-mm-dd)");
    return day;
  }
  instant(field) {
    const value = this.text(field);
    if (value === null || value === "") return null;
    const instant = parseInstant(value);
    if (instant === null) throw this.error(field, value, "a datetime (ISO 8601)");
    return instant;
  }
  /** A parent relationship's node (`Model__r { … }`), or null. */
  parent(relationship) {
    const parent = this.node[relationship];
    if (parent === null || parent === void 0 || typeof parent !== "object") return null;
    const withId = { Id: this.id, ...parent };
    return new _NodeReader(`${this.object}.${relationship}`, withId);
  }
  error(field, value, expected) {
    return new GraphqlValueError(
      this.object,
      this.id,
      field,
      `is ${JSON.stringify(value)}, expected ${expected}`
    );
  }
};

// records/evidenceFields.ts
function row(field, property, kind, options = {}) {
  return {
    field,
    property,
    kind,
    presence: options.presence ?? "optional",
    owner: options.owner ?? false,
    to: null
  };
}
function ref(field, property, to, options = {}) {
  return { ...row(field, property, "reference", options), to };
}
var KEY = { presence: "key" };
var REQUIRED = { presence: "required" };
var OWNER = { presence: "required", owner: true };
var idRow = row("Id", "id", "id", KEY);
function object(name, evidence, fields, modelProperties = []) {
  return { object: name, evidence, fields, modelProperties };
}
var EVIDENCE_OBJECTS = [
  object(
    "Account",
    "account",
    [
      idRow,
      row("Name", "name", "text", REQUIRED),
      // Optional: an export without the column has no hierarchy, so no account has a roll-up.
      ref("ParentId", "parentId", "Account")
    ],
    ["segmentValues"]
  ),
  object(
    "Opportunity",
    "opportunities",
    [
      idRow,
      ref("AccountId", "accountId", "Account", OWNER),
      // Optional: an empty Type already means new business, so an export without the column is all new business.
      row("Type", "type", "picklist"),
      row("IsClosed", "isClosed", "boolean", REQUIRED),
      row("IsWon", "isWon", "boolean", REQUIRED),
      row("CloseDate", "closeDate", "date", REQUIRED),
      row("CreatedDate", "createdDate", "datetime", KEY),
      row("StageName", "stageName", "picklist"),
      row("Amount", "amount", "currency"),
      ref("ContractId", "contractId", "Contract")
    ],
    ["renewedContractId"]
  ),
  object("OpportunityHistory", "opportunityHistory", [
    idRow,
    ref("OpportunityId", "opportunityId", "Opportunity", { presence: "key", owner: true }),
    row("CloseDate", "closeDate", "date", REQUIRED),
    row("CreatedDate", "createdDate", "datetime", KEY),
    row("StageName", "stageName", "picklist")
  ]),
  object("Case", "cases", [
    idRow,
    ref("AccountId", "accountId", "Account", OWNER),
    row("CreatedDate", "createdDate", "datetime", KEY),
    row("IsClosed", "isClosed", "boolean", REQUIRED),
    row("IsEscalated", "isEscalated", "boolean", REQUIRED),
    row("Priority", "priority", "picklist", REQUIRED),
    row("ClosedDate", "closedDate", "datetime"),
    row("Status", "status", "picklist"),
    row("Type", "type", "picklist"),
    row("Reason", "reason", "picklist"),
    row("Origin", "origin", "picklist")
  ]),
  object("CaseMilestone", "caseMilestones", [
    idRow,
    ref("CaseId", "caseId", "Case", { presence: "key", owner: true }),
    row("IsViolated", "isViolated", "boolean", REQUIRED),
    row("IsCompleted", "isCompleted", "boolean", REQUIRED),
    row("TargetDate", "targetDate", "datetime"),
    row("CompletionDate", "completionDate", "datetime")
  ]),
  object("Contract", "contracts", [
    idRow,
    ref("AccountId", "accountId", "Account", OWNER),
    row("EndDate", "endDate", "date", REQUIRED),
    row("StartDate", "startDate", "date"),
    row("Status", "status", "picklist")
  ]),
  object("Trust_Commitment__c", "commitments", [
    idRow,
    ref("Account__c", "accountId", "Account", OWNER),
    row("Status__c", "status", "picklist", REQUIRED),
    row("Due_On__c", "dueOn", "date", REQUIRED),
    row("Promised_On__c", "promisedOn", "date"),
    row("Delivered_On__c", "deliveredOn", "date"),
    row("Made_By_Team__c", "madeByTeam", "picklist"),
    ref("Opportunity__c", "opportunityId", "Opportunity"),
    row("Description__c", "description", "text")
  ]),
  object("Customer_Reference__c", "references", [
    idRow,
    ref("Account__c", "accountId", "Account", OWNER),
    row("Status__c", "status", "picklist", REQUIRED),
    row("Requested_On__c", "requestedOn", "date", REQUIRED),
    row("Type__c", "type", "picklist"),
    row("Rating__c", "rating", "number"),
    ref("Contact__c", "contactId", "Contact")
  ]),
  object("Trust_Override__c", "overrides", [
    idRow,
    ref("Account__c", "accountId", "Account", OWNER),
    row("Band__c", "band", "text", REQUIRED),
    row("Reason__c", "reason", "text", REQUIRED),
    row("Expires_On__c", "expiresOn", "date", REQUIRED),
    // When it was set is when it takes force, so every row needs it.
    row("CreatedDate", "createdDate", "datetime", KEY)
  ])
];
var EVIDENCE_OBJECT_NAMES = EVIDENCE_OBJECTS.map((o) => o.object);
var BY_NAME = new Map(EVIDENCE_OBJECTS.map((o) => [o.object, o]));
var BY_KEY = new Map(EVIDENCE_OBJECTS.map((o) => [o.evidence, o]));
function evidenceObjectFor(key) {
  return BY_KEY.get(key);
}
function customObjectRows(settings) {
  const byObject = /* @__PURE__ */ new Map();
  for (const signal of settings.customSignals ?? []) {
    let entry = byObject.get(signal.object);
    if (!entry) {
      const owner = ref(signal.accountField, "accountId", "Account", OWNER);
      entry = { fields: [idRow, owner], names: /* @__PURE__ */ new Set(["Id", signal.accountField]) };
      byObject.set(signal.object, entry);
    }
    const add = (field, kind) => {
      if (entry.names.has(field)) return;
      entry.names.add(field);
      entry.fields.push(row(field, field, kind, REQUIRED));
    };
    add(signal.dateField, "date");
    if (signal.valueField !== null && signal.aggregate !== "count") add(signal.valueField, "number");
    for (const field of Object.keys(signal.filter)) add(field, "picklist");
  }
  return [...byObject].map(([object2, { fields }]) => ({
    object: object2,
    evidence: "custom",
    fields,
    modelProperties: []
  }));
}

// records/evidenceNode.ts
function readField(r, f) {
  switch (f.kind) {
    case "id":
      return r.id;
    case "reference": {
      const id = r.id_(f.field);
      return f.owner ? id ?? "" : id;
    }
    case "text":
    case "picklist":
      return r.text(f.field);
    case "boolean":
      return r.bool(f.field);
    case "number":
    case "currency":
      return r.num(f.field);
    case "date":
      return r.day(f.field);
    case "datetime":
      return r.instant(f.field);
  }
}
function readEvidenceNode(object2, node) {
  const r = new NodeReader(object2.object, node);
  const record = {};
  for (const f of object2.fields) record[f.property] = readField(r, f);
  for (const p of object2.modelProperties) record[p] = null;
  return record;
}

// records/customEvidence.ts
var API_NAME_RE4 = /^[A-Za-z][A-Za-z0-9_]*$/;
function apiName2(name) {
  if (!API_NAME_RE4.test(name)) throw new Error(`Not an API name: ${JSON.stringify(name)}`);
  return name;
}
function customEvidenceObjects(settings) {
  return customObjectRows(settings);
}
function customEvidenceQuery(object2) {
  const owner = object2.fields.find((f) => f.owner);
  if (!owner) throw new Error(`${object2.object}: the custom object row has no account lookup.`);
  const fields = object2.fields.map((f) => f.kind === "id" ? apiName2(f.field) : `${apiName2(f.field)} { value }`).join(" ");
  return [
    "query trustEvidenceCustom($accountId: ID, $pageSize: Int, $upperBound: Int, $after: String) {",
    " uiapi { query {",
    ` ${apiName2(object2.object)}(where: { ${apiName2(owner.field)}: { eq: $accountId } }`,
    " first: $pageSize upperBound: $upperBound after: $after) {",
    ` edges { node { ${fields} } } pageInfo { hasNextPage endCursor } } } } }`
  ].join("");
}
function readCustomNodes(object2, nodes) {
  const valueFields = object2.fields.filter((f) => f.kind !== "id" && !f.owner);
  return nodes.map((node) => {
    const record = readEvidenceNode(object2, node);
    const values = {};
    for (const f of valueFields) values[f.property] = record[f.property] ?? null;
    return { id: record.id, accountId: record.accountId, values };
  });
}

// records/graphqlEvidence.ts
var MAX_PAGE_SIZE = 2e3;
var MIN_BOUNDED_PAGE_SIZE = 200;
var DEFAULT_UPPER_BOUND = 2e4;
var EVIDENCE_CONNECTIONS = [
  { key: "opportunities", object: "Opportunity", query: "core" },
  { key: "opportunityHistory", object: "OpportunityHistory", query: "opportunityHistory" },
  { key: "cases", object: "Case", query: "core" },
  { key: "caseMilestones", object: "CaseMilestone", query: "caseMilestones" },
  { key: "contracts", object: "Contract", query: "core" },
  { key: "commitments", object: "Trust_Commitment__c", query: "core" },
  { key: "references", object: "Customer_Reference__c", query: "core" },
  { key: "overrides", object: "Trust_Override__c", query: "core" }
];
var EVIDENCE_STEPS = ["core", "opportunityHistory", "caseMilestones"];
function evidenceCursorVariable(key) {
  return `${key}After`;
}
function readAll(key, nodes) {
  const object2 = evidenceObjectFor(key);
  return nodes.map((node) => readEvidenceNode(object2, node));
}
function takePage(state, connection, object2) {
  if (connection === void 0) {
    throw new Error(`Evidence query response has no ${object2} connection.`);
  }
  for (const node of nodesOf(connection)) state.nodes.push(node);
  const info = connection?.pageInfo;
  if (info?.endCursor) state.after = info.endCursor;
  if (!info?.hasNextPage || !info.endCursor) state.done = true;
}
var EvidencePager = class {
  /**
   * @param upperBound records one connection may page through (null: record-connection
   *   paging, which the UI API stops at 4,000 records; tests use it for small pages).
   * @param customObjects the model's custom objects (`customEvidenceObjects(model)`), read
   *   after the catalog's
   */
  constructor(accountId, pageSize = MAX_PAGE_SIZE, upperBound = DEFAULT_UPPER_BOUND, customObjects = []) {
    this.accountId = accountId;
    this.pageSize = pageSize;
    this.upperBound = upperBound;
    const min = upperBound === null ? 1 : MIN_BOUNDED_PAGE_SIZE;
    if (!Number.isInteger(pageSize) || pageSize < min || pageSize > MAX_PAGE_SIZE) {
      throw new RangeError(`EvidencePager: pageSize must be ${min}–${MAX_PAGE_SIZE}, got ${pageSize}`);
    }
    if (upperBound !== null && (!Number.isInteger(upperBound) || upperBound < pageSize)) {
      throw new RangeError(
        `EvidencePager: upperBound must be a whole number ≥ pageSize, got ${upperBound}`
      );
    }
    for (const c of EVIDENCE_CONNECTIONS) this.states.set(c.key, { done: false, after: null, nodes: [] });
    this.custom = customObjects.map((object2) => ({
      object: object2,
      state: { done: false, after: null, nodes: [] }
    }));
  }
  accountId;
  pageSize;
  upperBound;
  states = /* @__PURE__ */ new Map();
  lost = [];
  /** The custom objects' connections, in the order they are read. */
  custom;
  accountNode = null;
  pages = 0;
  /** The custom object of the next request, when it reads one. */
  currentCustom() {
    if (this.nextQuery !== null) return null;
    return this.custom.find((c) => !c.state.done) ?? null;
  }
  /** The query text of the next request when it reads a custom object (else null: c/trustQueries has it). */
  customQuery() {
    const current = this.currentCustom();
    return current ? customEvidenceQuery(current.object) : null;
  }
  /**
   * The custom object the next request reads (its query is `customQuery()`), once the
   * catalog's queries are answered (`nextQuery` is null); null when none is left.
   */
  get nextCustom() {
    return this.currentCustom()?.object.object ?? null;
  }
  state(key) {
    return this.states.get(key);
  }
  connectionsOf(step) {
    return EVIDENCE_CONNECTIONS.filter((c) => c.query === step);
  }
  /**
   * The catalog query to run next (a key of EVIDENCE_QUERIES), or null when the catalog's
   * evidence is in; the model's custom objects follow (`nextCustom`).
   */
  get nextQuery() {
    if (this.accountNode === null) return "core";
    for (const step of EVIDENCE_STEPS) {
      if (this.connectionsOf(step).some((c) => !this.state(c.key).done)) return step;
    }
    return null;
  }
  /** Variables for the next request (of `nextQuery`). */
  variables() {
    const step = this.nextQuery ?? "core";
    const vars = {
      accountId: this.accountId,
      pageSize: this.pageSize,
      upperBound: this.upperBound
    };
    const custom = this.currentCustom();
    if (custom) {
      vars.after = custom.state.after;
    } else if (step === "core") {
      for (const c of this.connectionsOf("core"))
        vars[evidenceCursorVariable(c.key)] = this.state(c.key).after;
    } else {
      const [only] = this.connectionsOf(step);
      vars.after = this.state(only.key).after;
    }
    return vars;
  }
  /** Takes one response's `data.uiapi.query` for `nextQuery`; returns whether everything has arrived. */
  add(result) {
    const step = this.nextQuery;
    const custom = this.currentCustom();
    if (step === null && custom === null)
      throw new Error("EvidencePager.add() called after every query was answered.");
    if (!result) throw new Error("Evidence query returned no data (uiapi.query is empty).");
    this.pages += 1;
    if (step === null) {
      const c = custom;
      takePage(c.state, result[c.object.object], c.object.object);
      return this.done;
    }
    if (step === "core") {
      const account = nodesOf(result.Account)[0];
      if (!account)
        throw new Error(`Account ${this.accountId} was not found or is not visible to you.`);
      this.accountNode = account;
    }
    for (const c of this.connectionsOf(step)) {
      const state = this.state(c.key);
      if (!state.done) takePage(state, result[c.object], c.object);
    }
    return this.done;
  }
  /**
   * The current supplementary query failed (the org's UI API lacks the object, or the user
   * cannot read it): its evidence is left out and named in `missing`. The core query has no
   * such fallback: without opportunities and cases there is nothing to score. A custom
   * object the user cannot read is left out the same way (`nextCustom`).
   */
  unavailable(reason) {
    const step = this.nextQuery;
    const custom = this.currentCustom();
    if (step === null && custom === null || step === "core") {
      throw new Error(
        `EvidencePager.unavailable() is only for the supplementary queries, not ${step ?? "none"}.`
      );
    }
    if (step === null) {
      const c = custom;
      c.state.done = true;
      c.state.nodes = [];
      this.lost.push({ object: c.object.object, reason });
      return this.done;
    }
    for (const c of this.connectionsOf(step)) {
      const state = this.state(c.key);
      state.done = true;
      state.nodes = [];
      this.lost.push({ object: c.object, reason });
    }
    return this.done;
  }
  get done() {
    return this.nextQuery === null && this.nextCustom === null;
  }
  /** Evidence that could not be read, so a score from it may differ from the batch's. */
  get missing() {
    return [...this.lost];
  }
  /** Everything was read: nothing missing, nothing cut at the upper bound. */
  get complete() {
    return this.lost.length === 0 && this.truncated.length === 0;
  }
  /**
   * Objects whose records reached the upper bound: the account has (or may have) more than
   * the browser can read, so its score from the panel would not be the batch's.
   */
  get truncated() {
    if (this.upperBound === null) return [];
    const bound = this.upperBound;
    return [
      ...EVIDENCE_CONNECTIONS.filter((c) => this.state(c.key).nodes.length >= bound).map(
        (c) => c.object
      ),
      ...this.custom.filter((c) => c.state.nodes.length >= bound).map((c) => c.object.object)
    ];
  }
  /** Requests answered so far. */
  get requests() {
    return this.pages;
  }
  /** Records received so far, all objects together. */
  get recordCount() {
    let n = 0;
    for (const state of this.states.values()) n += state.nodes.length;
    for (const c of this.custom) n += c.state.nodes.length;
    return n;
  }
  /** Ids of renewal-type opportunities, for reading a custom renewal-contract field separately. */
  opportunityIds(types) {
    const wanted = types ? new Set(types) : null;
    const out = [];
    for (const node of this.states.get("opportunities").nodes) {
      const r = new NodeReader("Opportunity", node);
      if (!wanted || wanted.has(r.text("Type") ?? "")) out.push(r.id);
    }
    return out;
  }
  /**
   * The account's evidence. `renewedContracts` maps an opportunity id to the value of the
   * model's renewal-contract lookup field, which a static query cannot select by name.
   */
  evidence(renewedContracts = {}) {
    if (!this.done) throw new Error("EvidencePager.evidence() called before every page arrived.");
    const nodes = (key) => this.states.get(key).nodes;
    const opportunities = readAll("opportunities", nodes("opportunities"));
    for (const o of opportunities) o.renewedContractId = renewedContracts[o.id] ?? null;
    const evidence = {
      account: readEvidenceNode(evidenceObjectFor("account"), this.accountNode),
      opportunities,
      opportunityHistory: readAll("opportunityHistory", nodes("opportunityHistory")),
      cases: readAll("cases", nodes("cases")),
      caseMilestones: readAll("caseMilestones", nodes("caseMilestones")),
      contracts: readAll("contracts", nodes("contracts")),
      commitments: readAll("commitments", nodes("commitments")),
      references: readAll("references", nodes("references")),
      overrides: readAll("overrides", nodes("overrides"))
    };
    if (this.custom.length > 0) evidence.custom = this.customEvidence();
    return evidence;
  }
  /**
   * The custom objects' records by object. An object left out (`unavailable`) has no entry,
   * so its signals have no evidence: null, never a neutral 50.
   */
  customEvidence() {
    const lost = new Set(this.lost.map((m) => m.object));
    const out = {};
    for (const { object: object2, state } of this.custom) {
      if (!lost.has(object2.object)) out[object2.object] = readCustomNodes(object2, state.nodes);
    }
    return out;
  }
};

// records/rollupView.ts
var WEIGHT_BASES = ["contractValue", "mixed", "equal"];
var HIERARCHY_MAX_LEVELS = 5;
var HIERARCHY_MAX_ACCOUNTS = 2e3;
var HIERARCHY_IDS_PER_REQUEST = 100;
var LOWEST_BAND_LISTED = 5;
var isCount = (v) => typeof v === "number" && Number.isInteger(v) && v >= 0;
var isScore = (v) => typeof v === "number" && Number.isFinite(v);
function parseStoredRollup(raw) {
  if (typeof raw !== "object" || raw === null) return null;
  const r = raw;
  if (!isCount(r.children) || r.children === 0) return null;
  if (!WEIGHT_BASES.includes(r.weightBasis)) return null;
  if (r.score !== null && !isScore(r.score)) return null;
  if (r.band !== null && typeof r.band !== "string") return null;
  const lowest = r.lowest;
  const lowestOk = lowest === null || typeof lowest?.accountId === "string" && isScore(lowest?.score);
  return {
    score: r.score ?? null,
    band: r.band ?? null,
    children: r.children,
    lowest: lowestOk && lowest ? { accountId: lowest.accountId, score: lowest.score } : null,
    weightBasis: r.weightBasis
  };
}
var HierarchyWalk = class {
  constructor(topId, maxLevels = HIERARCHY_MAX_LEVELS, maxAccounts = HIERARCHY_MAX_ACCOUNTS) {
    this.maxLevels = maxLevels;
    this.maxAccounts = maxAccounts;
    this.seen = /* @__PURE__ */ new Set([topId]);
    this.chunks = [[topId]];
    this.request = { parentIds: this.chunks.shift(), after: null };
  }
  maxLevels;
  maxAccounts;
  accounts = [];
  /** True when the walk stopped at the level or account cap with accounts left below. */
  truncated = false;
  seen;
  level = 1;
  chunks = [];
  nextLevel = [];
  request;
  next() {
    return this.request;
  }
  get done() {
    return this.request === null;
  }
  /**
   * Whether `connection` can be the answer to the pending request: each account in it hangs
   * from one of the ids asked for. (A wire may replay an earlier answer; that one is not.)
   */
  answers(connection) {
    const asked = this.request?.parentIds;
    if (!asked) return false;
    return nodesOf(connection).every((node) => {
      const parent = node.ParentId?.value;
      return typeof parent === "string" && asked.includes(parent);
    });
  }
  /** Takes the answer to the pending request and moves on to the next one. */
  take(connection) {
    if (this.request === null) return;
    for (const node of nodesOf(connection)) {
      const r = new NodeReader("Account", node);
      if (this.seen.has(r.id)) continue;
      if (this.accounts.length >= this.maxAccounts) {
        this.truncated = true;
        break;
      }
      this.seen.add(r.id);
      this.accounts.push({
        accountId: r.id,
        name: r.text("Name") ?? r.id,
        parentId: r.id_("ParentId"),
        score: r.num("Current_Trust_Score__c"),
        band: r.text("Current_Trust_Band__c"),
        scoredOn: r.text("Trust_Scored_On__c"),
        level: this.level
      });
      this.nextLevel.push(r.id);
    }
    const info = connection?.pageInfo;
    if (!this.truncated && info?.hasNextPage && info.endCursor) {
      this.request = { parentIds: this.request.parentIds, after: info.endCursor };
      return;
    }
    this.request = this.advance();
  }
  advance() {
    if (this.truncated) return null;
    if (this.chunks.length === 0) {
      if (this.nextLevel.length === 0) return null;
      if (this.level >= this.maxLevels) {
        this.truncated = true;
        return null;
      }
      this.level++;
      for (let i = 0; i < this.nextLevel.length; i += HIERARCHY_IDS_PER_REQUEST)
        this.chunks.push(this.nextLevel.slice(i, i + HIERARCHY_IDS_PER_REQUEST));
      this.nextLevel = [];
    }
    return { parentIds: this.chunks.shift(), after: null };
  }
};
function lowestBandAccounts(accounts, model, limit = LOWEST_BAND_LISTED) {
  const rank = new Map(
    [...model.bands].sort((a, b) => a.min - b.min).map((band2, i) => [band2.name, i])
  );
  let lowest = null;
  for (const a of accounts) {
    const r = a.band === null ? void 0 : rank.get(a.band);
    if (r !== void 0 && (lowest === null || r < lowest)) lowest = r;
  }
  if (lowest === null) return { band: null, accounts: [], more: 0 };
  const band = [...rank].find(([, r]) => r === lowest)?.[0] ?? null;
  const inBand = accounts.filter((a) => a.band === band).sort(
    (a, b) => (a.score ?? Infinity) - (b.score ?? Infinity) || a.name.localeCompare(b.name) || (a.accountId < b.accountId ? -1 : 1)
  );
  return { band, accounts: inBand.slice(0, limit), more: Math.max(0, inBand.length - limit) };
}
function latestBatchRollup(receipts) {
  const batch = receipts.find((r) => r.source === "Batch");
  return batch?.rollup ? { rollup: batch.rollup, asOf: batch.asOf } : null;
}

// records/storedReceipt.ts
function parseNextBand(raw) {
  if (typeof raw !== "object" || raw === null) return null;
  const { band, steps, reaches } = raw;
  if (typeof band !== "string" || !Array.isArray(steps)) return null;
  const wellFormed = (s) => typeof s === "object" && s !== null && typeof s.action === "string" && typeof s.points === "number" && Array.isArray(s.recordIds) && s.recordIds.every((id) => typeof id === "string");
  return { band, steps: steps.filter(wellFormed), reaches: reaches === true };
}
function parseDetail(text, id) {
  if (text === null || text.trim() === "")
    return { drivers: [], signals: {}, records: null, problem: null };
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    return {
      drivers: [],
      signals: {},
      records: null,
      problem: `Trust_Score__c ${id}: Drivers__c is not valid JSON`
    };
  }
  if (typeof json !== "object" || json === null) {
    return {
      drivers: [],
      signals: {},
      records: null,
      problem: `Trust_Score__c ${id}: Drivers__c is not a JSON object`
    };
  }
  const raw = json;
  const drivers = Array.isArray(raw.drivers) ? raw.drivers.filter(
    (d) => typeof d === "object" && d !== null && typeof d.signal === "string" && typeof d.impact === "number"
  ) : [];
  const signals = {};
  if (typeof raw.signals === "object" && raw.signals !== null) {
    const all = raw.signals;
    const ids = [...SIGNAL_IDS, ...Object.keys(all).filter((k) => !isSignalId(k))];
    for (const s of ids) {
      const v = all[s];
      if (!v || typeof v !== "object") continue;
      const evidence = Array.isArray(v.evidence) ? v.evidence : [];
      signals[s] = {
        pillar: typeof v.pillar === "string" && isPillarId(v.pillar) ? v.pillar : null,
        score: typeof v.score === "number" ? v.score : null,
        confidence: typeof v.confidence === "number" ? v.confidence : 0,
        summary: typeof v.summary === "string" ? v.summary : "",
        evidence,
        evidenceCount: typeof v.evidenceCount === "number" ? v.evidenceCount : evidence.length
      };
    }
  }
  const records = typeof raw.records === "number" && Number.isInteger(raw.records) && raw.records >= 0 ? raw.records : null;
  return {
    drivers,
    signals,
    records,
    problem: null,
    nextBand: parseNextBand(raw.nextBand),
    rollup: parseStoredRollup(raw.rollup)
  };
}
function storedReceiptFromNode(node) {
  const r = new NodeReader("Trust_Score__c", node);
  const pillars = {};
  for (const p of PILLAR_IDS) pillars[p] = r.num(PILLAR_FIELDS[p]);
  const signalScores = {};
  for (const s of SIGNAL_IDS) signalScores[s] = r.num(SIGNAL_FIELDS[s]);
  const model = r.parent("Model__r");
  const detail = parseDetail(r.text("Drivers__c"), r.id);
  for (const [s, stored] of Object.entries(detail.signals))
    if (!isSignalId(s) && stored) signalScores[s] = stored.score;
  const score2 = r.num("Score__c");
  const band = r.text("Band__c");
  return {
    id: r.id,
    key: r.text("Key__c"),
    asOf: r.text("As_Of__c"),
    score: score2,
    band,
    // Null is a value here (a provisional score under an override); only an absent field falls back.
    computedBand: "Computed_Band__c" in node ? r.text("Computed_Band__c") : band,
    confidence: r.num("Confidence__c"),
    provisional: r.bool("Provisional__c") || score2 !== null && band === null,
    pillars,
    signalScores,
    previousScore: r.num("Previous_Score__c"),
    change: r.num("Score_Change__c"),
    scoredAt: r.text("Scored_At__c"),
    source: r.text("Source__c"),
    modelId: r.id_("Model__c"),
    modelName: model ? model.text("Name") : null,
    modelVersion: model ? model.num("Version__c") : null,
    drivers: detail.drivers,
    signals: detail.signals,
    records: detail.records,
    detailProblem: detail.problem,
    nextBand: detail.nextBand ?? null,
    rollup: detail.rollup ?? null
  };
}
function storedReceipts(connection) {
  return nodesOf(connection).map(storedReceiptFromNode);
}
function receiptCoverage(receipt) {
  let items = 0;
  const without = [];
  for (const s of SIGNAL_IDS) {
    const detail = receipt.signals[s];
    if (detail) items += detail.evidenceCount;
    if (receipt.signalScores[s] === null) without.push(s);
  }
  return { records: receipt.records ?? items, signalsWithoutEvidence: without };
}

// records/modelSlot.ts
function modelSlot(model) {
  return model.segment ? `segment:${model.name}` : "default";
}
function storedModelSlot(name, definition) {
  try {
    const parsed = JSON.parse(definition ?? "");
    return modelSlot({ name, segment: parsed?.segment });
  } catch {
    return modelSlot({ name });
  }
}
function versionsInForce(rows, keyOf) {
  const keyed = rows.map((row2) => ({ row: row2, key: keyOf(row2) }));
  const newestFirst2 = [...keyed].sort((a, b) => b.key.version - a.key.version);
  const seen = /* @__PURE__ */ new Set();
  const kept = newestFirst2.filter(({ key }) => {
    if (seen.has(key.slot)) return false;
    seen.add(key.slot);
    return true;
  });
  const rank = (p) => p ?? Number.POSITIVE_INFINITY;
  return kept.sort(
    (a, b) => rank(a.key.priority) !== rank(b.key.priority) ? rank(a.key.priority) < rank(b.key.priority) ? -1 : 1 : b.key.version - a.key.version
  ).map(({ row: row2 }) => row2);
}

// records/modelRecord.ts
function parseDefinition(text) {
  if (text === null || text.trim() === "") {
    return {
      model: null,
      issues: [{ path: "Definition__c", code: "definitionEmpty", params: {}, message: "is empty" }]
    };
  }
  let json;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error.message;
    return {
      model: null,
      issues: [
        {
          path: "Definition__c",
          code: "notJson",
          params: { detail },
          message: `is not valid JSON (${detail})`
        }
      ]
    };
  }
  const result = validateModel(json);
  return result.ok ? { model: result.model, issues: [] } : { model: null, issues: result.issues };
}
function parseStoredBaselines(text) {
  if (text === null || text.trim() === "") return null;
  try {
    return normaliseBaselines(JSON.parse(text));
  } catch {
    return null;
  }
}
function modelVersionFromNode(node) {
  const r = new NodeReader("Trust_Model__c", node);
  const definitionText = r.text("Definition__c");
  const parsed = parseDefinition(definitionText);
  const baselinesText = node.Baselines__c === void 0 ? null : r.text("Baselines__c");
  const stored = parseStoredBaselines(baselinesText);
  const version = r.num("Version__c");
  const name = r.text("Name") ?? parsed.model?.name ?? "";
  return {
    recordId: r.id,
    name,
    version: version ?? parsed.model?.version ?? 0,
    active: node.Active__c === void 0 ? true : r.bool("Active__c"),
    notes: node.Notes__c === void 0 ? null : r.text("Notes__c"),
    createdDate: node.CreatedDate === void 0 ? null : r.text("CreatedDate"),
    definitionText,
    model: parsed.model,
    issues: parsed.issues,
    baselines: stored ?? { ...DEFAULT_BASELINES },
    hasStoredBaselines: stored !== null,
    baselinesText,
    priority: node.Priority__c === void 0 ? null : r.num("Priority__c"),
    // An unreadable definition counts as the default's, as the save's rule has it.
    slot: parsed.model ? modelSlot(parsed.model) : storedModelSlot(name, definitionText)
  };
}
function defaultModelVersion() {
  const model = defaultModel();
  return {
    recordId: null,
    name: model.name,
    version: model.version,
    active: true,
    notes: null,
    createdDate: null,
    definitionText: JSON.stringify(model, null, 2),
    model,
    issues: [],
    baselines: { ...DEFAULT_BASELINES },
    hasStoredBaselines: false,
    baselinesText: null,
    priority: null,
    slot: modelSlot(model)
  };
}
function modelVersions(connection) {
  return nodesOf(connection).map(modelVersionFromNode).sort((a, b) => b.version - a.version);
}
function activeModelVersion(connection) {
  const active = modelVersions(connection).filter((v) => v.active);
  return active[0] ?? defaultModelVersion();
}
function activeModelVersions(connection) {
  const inForce2 = versionsInForce(
    modelVersions(connection).filter((v) => v.active),
    (v) => ({ slot: v.slot, version: v.version, priority: v.priority })
  );
  return inForce2.length > 0 ? inForce2 : [defaultModelVersion()];
}
function modelSetOfVersions(versions) {
  const valid = versions.filter((v) => v.model !== null);
  return validateModelSet(
    valid.map((v) => v.model),
    valid.map((v) => `${v.name} v${v.version}`)
  );
}

// records/modelVersion.ts
var TRUST_MODEL_OBJECT = "Trust_Model__c";
function sameModel(row2, slot) {
  return row2.slot === void 0 || row2.slot === slot;
}
function nextVersionNumber(versions) {
  let highest = 0;
  for (const v of versions ?? [])
    if (typeof v.version === "number" && v.version > highest) highest = v.version;
  return Math.floor(highest) + 1;
}
function carriedBaselines(versions, slot) {
  const active = versions.filter((v) => v.active && v.recordId && (slot === void 0 || sameModel(v, slot))).sort((a, b) => b.version - a.version)[0];
  const text = active?.baselinesText ?? null;
  return text !== null && parseStoredBaselines(text) !== null ? text : null;
}
function newVersionFields(model, {
  version,
  notes,
  baselinesText,
  priority
}) {
  const fields = {
    Name: String(model.name).slice(0, 80),
    Version__c: version,
    Definition__c: JSON.stringify({ ...model, version }, null, 2),
    Notes__c: notes && notes.trim() !== "" ? notes.trim() : null,
    Active__c: true
  };
  if (baselinesText) fields.Baselines__c = baselinesText;
  if (priority !== void 0 && priority !== null) fields.Priority__c = priority;
  return fields;
}
function isDuplicateValue(error) {
  if (typeof error !== "object" || error === null) return false;
  const e = error;
  const body = e.body;
  const listed = Array.isArray(body) ? body : [...body?.output?.errors ?? [], ...Object.values(body?.output?.fieldErrors ?? {}).flat()];
  return [e, ...listed].some((entry) => entry?.errorCode === "DUPLICATE_VALUE");
}
async function saveModelVersion(api, input) {
  const { model, notes, atLeast = 1, priority } = input;
  const slot = modelSlot(model);
  let known = input.versions;
  let version = atLeast;
  const create = (number, versions) => api.createRecord({
    apiName: TRUST_MODEL_OBJECT,
    fields: newVersionFields(model, {
      version: number,
      notes,
      baselinesText: carriedBaselines(versions, slot),
      priority
    })
  });
  let created;
  try {
    known ??= await api.readVersions();
    version = Math.max(nextVersionNumber(known), atLeast);
    created = await create(version, known);
  } catch (error) {
    if (!isDuplicateValue(error)) return { outcome: "failed", version, error };
    try {
      known = await api.readVersions();
      version = Math.max(nextVersionNumber(known), version + 1);
      created = await create(version, known);
    } catch (retryError) {
      return { outcome: "failed", version, error: retryError };
    }
  }
  const stillActive = [];
  const errors = [];
  for (const old of known) {
    if (!old.active || !old.recordId || old.recordId === created.id) continue;
    if (!sameModel(old, slot)) continue;
    try {
      await api.updateRecord({ fields: { Id: old.recordId, Active__c: false } });
    } catch (error) {
      stillActive.push(old.version);
      errors.push(error);
    }
  }
  return stillActive.length > 0 ? { outcome: "partial", version, recordId: created.id, stillActive, errors } : { outcome: "saved", version, recordId: created.id };
}

// records/modelsInForce.ts
function modelsInForce(connection) {
  const versions = activeModelVersions(connection);
  const invalid = versions.find((v) => v.model === null);
  if (invalid)
    return {
      versions,
      set: null,
      problem: { kind: "invalidVersion", version: invalid },
      segmentFields: []
    };
  const checked = modelSetOfVersions(versions);
  if (!checked.ok)
    return { versions, set: null, problem: { kind: "set", issues: checked.issues }, segmentFields: [] };
  return { versions, set: checked.set, problem: null, segmentFields: segmentFields(checked.set) };
}
function segmentReading(record, fields) {
  const values = {};
  const unread = [];
  for (const field of fields) {
    const cell = record?.fields?.[field];
    if (cell === void 0) {
      unread.push(field);
      values[field] = null;
    } else values[field] = cell.value === null || cell.value === void 0 ? null : String(cell.value);
  }
  return { values, unread };
}
function accountModelVersion(inForce2, values) {
  if (!inForce2.set) return null;
  const set = inForce2.set;
  const model = chooseModel(set, { id: "", name: "", segmentValues: values });
  const chosen2 = inForce2.versions.find((v) => v.model === model);
  const fallback = inForce2.versions.find((v) => v.model === set.fallback);
  if (chosen2 === fallback || chosen2.hasStoredBaselines) return chosen2;
  return { ...chosen2, baselines: fallback.baselines };
}
function versionInForce(inForce2, recordId) {
  if (!recordId) return null;
  return inForce2.versions.find((v) => v.recordId === recordId) ?? null;
}

// records/receipt.ts
var DRIVERS_MAX_CHARS = 131072;
var EVIDENCE_PER_SIGNAL = 5;
var NOT_ENOUGH_EVIDENCE_BAND = "Not enough evidence";
function receiptKey(accountId, asOf) {
  return `${accountId}:${asOf}`;
}
function evidenceRecordCount(result) {
  const ids = /* @__PURE__ */ new Set();
  for (const signal of Object.values(result.signals))
    for (const e of signal.evidence) if (e.recordId) ids.add(e.recordId);
  return ids.size;
}
function driversJson(result, context) {
  const records = evidenceRecordCount(result);
  for (let per = EVIDENCE_PER_SIGNAL; per >= 0; per = per > 2 ? Math.floor(per / 2) : per - 1) {
    const signals = {};
    for (const [s, signal] of Object.entries(result.signals)) {
      signals[s] = {
        pillar: signal.pillar,
        score: signal.score,
        confidence: signal.confidence,
        summary: signal.summary,
        evidence: signal.evidence.slice(0, per),
        evidenceCount: signal.evidence.length
      };
    }
    const text = JSON.stringify({
      asOf: context.asOf,
      model: context.model,
      records,
      drivers: result.drivers,
      signals,
      nextBand: result.nextBand,
      // Present only while one is in force, so receipts without one keep their old JSON.
      ...result.override ? { override: result.override } : {},
      // On a parent only, so other receipts keep their old JSON; the panel shows it.
      ...result.rollup ? { rollup: result.rollup } : {}
    });
    if (text.length <= DRIVERS_MAX_CHARS) return text;
  }
  return JSON.stringify({
    asOf: context.asOf,
    model: context.model,
    records,
    drivers: result.drivers.slice(0, 9),
    nextBand: result.nextBand
  });
}
function receiptRecord(result, previous, ctx) {
  const record = {
    Key__c: receiptKey(result.accountId, ctx.asOf),
    Account__c: result.accountId,
    As_Of__c: ctx.asOf,
    Score__c: result.score,
    Band__c: result.band,
    // Both bands, so a report can tell a band set by hand from the one the evidence earned.
    Computed_Band__c: result.override ? result.override.computedBand : result.band,
    Confidence__c: result.confidence,
    Provisional__c: result.provisional,
    Previous_Score__c: previous,
    Score_Change__c: result.score !== null && previous !== null ? Math.round((result.score - previous) * 10) / 10 : null,
    Drivers__c: driversJson(result, { asOf: ctx.asOf, model: ctx.model }),
    Scored_At__c: ctx.scoredAt,
    Source__c: ctx.source,
    Model__c: ctx.model.recordId
  };
  for (const p of PILLAR_IDS) record[PILLAR_FIELDS[p]] = result.pillars[p];
  for (const s of SIGNAL_IDS) record[SIGNAL_FIELDS[s]] = result.signals[s].score;
  return record;
}
function accountTrustFields(result, previous, asOf) {
  return {
    Id: result.accountId,
    Current_Trust_Score__c: result.score,
    // An override in force is a verdict even on thin evidence.
    Current_Trust_Band__c: result.provisional && !result.override ? NOT_ENOUGH_EVIDENCE_BAND : result.band,
    Trust_Score_Change__c: result.score !== null && previous !== null ? Math.round((result.score - previous) * 10) / 10 : null,
    Trust_Scored_On__c: asOf
  };
}
function accountRollupFields(result) {
  return {
    Trust_Rollup_Score__c: result.rollup?.score ?? null,
    Trust_Rollup_Band__c: result.rollup?.band ?? null
  };
}
function receiptUpdateFields(record, id) {
  const fields = { Id: id };
  for (const [name, value] of Object.entries(record)) {
    if (name !== "Account__c" && name !== "Key__c") fields[name] = value;
  }
  return fields;
}

// records/overrideView.ts
function creatorName(node) {
  const createdBy = node.CreatedBy;
  const name = createdBy?.Name?.value;
  return typeof name === "string" && name !== "" ? name : null;
}
function overrideInForceView(connection, model, today) {
  const object2 = evidenceObjectFor("overrides");
  const nodes = nodesOf(connection);
  const records = nodes.map((n) => readEvidenceNode(object2, n));
  const record = overrideInForce(records, model, today);
  if (record === null) return null;
  const node = nodes[records.indexOf(record)];
  return {
    recordId: record.id,
    band: record.band,
    reason: record.reason,
    expiresOn: formatDay(record.expiresOn),
    setOn: formatDay(dayOfInstant(record.createdDate)),
    setBy: creatorName(node)
  };
}
function receiptToday(receipt, override) {
  const band = override === null ? receipt.computedBand : override.band;
  return band === receipt.band ? receipt : { ...receipt, band };
}

// records/overrideEdit.ts
function expiryWindow(model, today, setOn) {
  return {
    first: formatDay(Math.max(today, setOn)),
    last: formatDay(lastExpiryDay(model, Math.min(today, setOn)))
  };
}
function checkOverrideDraft(draft, model, today, setOn) {
  const problems = [];
  const band = draft.band.trim();
  if (band === "") problems.push({ field: "band", code: "bandRequired", params: {} });
  else if (!isModelBand(model, band)) problems.push({ field: "band", code: "bandUnknown", params: {} });
  if (draft.reason.trim() === "") problems.push({ field: "reason", code: "reasonRequired", params: {} });
  const expiresOn = draft.expiresOn.trim() === "" ? null : parseDay(draft.expiresOn.trim());
  const window = expiryWindow(model, today, setOn);
  if (expiresOn === null) problems.push({ field: "expiresOn", code: "expiresRequired", params: {} });
  else if (formatDay(expiresOn) < window.first)
    problems.push({ field: "expiresOn", code: "expiresPast", params: { firstDay: window.first } });
  else if (formatDay(expiresOn) > window.last)
    problems.push({
      field: "expiresOn",
      code: "expiresTooLate",
      params: { maxDays: overrideMaxDays(model), lastDay: window.last }
    });
  return problems;
}
function newOverrideFields(accountId, draft) {
  return {
    Account__c: accountId,
    Band__c: draft.band.trim(),
    Reason__c: draft.reason.trim(),
    Expires_On__c: draft.expiresOn.trim()
  };
}
var overrideEndDay = (today) => today - 1;
function endOverrideFields(recordId, today) {
  return { Id: recordId, Expires_On__c: formatDay(overrideEndDay(today)) };
}

// records/alertSubject.ts
var ARROW = " → ";
var alertSubjectPrefix = (settings) => `${settings.subject}: `;
function alertSubject(settings, drop) {
  return `${alertSubjectPrefix(settings)}${drop.from}${ARROW}${drop.to} (since ${drop.since})`;
}
function alertSubjectLike(settings) {
  return `${alertSubjectPrefix(settings).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
var TAIL = /^(.+) \(since (\d{4}-\d{2}-\d{2})\)$/;
function readAlertSubject(settings, bands, subject) {
  const prefix = alertSubjectPrefix(settings);
  let from = null;
  for (const band of bands) {
    const start = `${prefix}${band.name}${ARROW}`;
    if (subject.startsWith(start) && (from === null || band.name.length > from.length)) from = band.name;
  }
  if (from === null) return null;
  const tail = TAIL.exec(subject.slice(`${prefix}${from}${ARROW}`.length));
  return { from, to: tail?.[1] ?? null, since: tail?.[2] ?? null };
}

// records/alertView.ts
function openAlertView(connection, model) {
  const settings = alertSettings(model);
  for (const node of nodesOf(connection)) {
    const task = new NodeReader("Task", node);
    const subject = task.text("Subject");
    const parts = subject === null ? null : readAlertSubject(settings, model.bands, subject);
    if (parts === null) continue;
    return { recordId: task.id, ...parts, dueOn: task.text("ActivityDate") };
  }
  return null;
}

// records/whatIf.ts
var NO_SCORE_BAND = "(no score)";
var PROVISIONAL_BAND = "(provisional)";
function storedProvisional(r) {
  return r.provisional === true || r.provisional == null && r.score !== null && r.band === null;
}
function whatIf(receipts, draft, moversLimit = 10, current) {
  const rows = receipts.map((r) => {
    const after = scoreFromSignals(r.signalScores, draft);
    const provisional = typeof r.confidence === "number" && isProvisional(draft, after.score, r.confidence);
    return {
      accountId: r.accountId,
      before: { score: r.score, band: r.band, provisional: storedProvisional(r) },
      after: { score: after.score, band: provisional ? null : after.band, provisional }
    };
  });
  return summariseMoves(rows, draft, moversLimit, current);
}
function bandRenamer(current, draft) {
  if (!current || current.bands.length !== draft.bands.length) return (band) => band;
  const rename = new Map(current.bands.map((b, i) => [b.name, draft.bands[i].name]));
  return (band) => band === null ? null : rename.get(band) ?? band;
}
function summariseMoves(rows, draft, moversLimit = 10, current) {
  const asDraftBand = bandRenamer(current, draft);
  const bandsBefore = {};
  const bandsAfter = {};
  for (const b of draft.bands) {
    bandsBefore[b.name] = 0;
    bandsAfter[b.name] = 0;
  }
  let changedBand = 0;
  let provisionalBefore = 0;
  let provisionalAfter = 0;
  const key = (side, band) => side.provisional === true ? PROVISIONAL_BAND : band ?? NO_SCORE_BAND;
  for (const row2 of rows) {
    if (row2.before.provisional === true) provisionalBefore += 1;
    if (row2.after.provisional === true) provisionalAfter += 1;
    const before = key(row2.before, asDraftBand(row2.before.band));
    const after = key(row2.after, row2.after.band);
    bandsBefore[before] = (bandsBefore[before] ?? 0) + 1;
    bandsAfter[after] = (bandsAfter[after] ?? 0) + 1;
    if (before !== after) changedBand += 1;
  }
  const move = (r) => r.before.score === null || r.after.score === null ? r.before.score === r.after.score ? 0 : Number.POSITIVE_INFINITY : Math.abs(r.after.score - r.before.score);
  const movers = rows.filter((r) => move(r) > 0).sort((a, b) => move(b) - move(a) || (a.accountId < b.accountId ? -1 : 1)).slice(0, moversLimit);
  return { rows, bandsBefore, bandsAfter, changedBand, provisionalBefore, provisionalAfter, movers };
}
var sameJson = (a, b) => JSON.stringify(a) === JSON.stringify(b);
function changesNeedingEvidence(current, draft) {
  const out = [];
  if (current.halfLifeDays !== draft.halfLifeDays) out.push("halfLifeDays");
  if (current.lookBackDays !== draft.lookBackDays) out.push("lookBackDays");
  if (current.lossAversion !== draft.lossAversion) out.push("lossAversion");
  for (const key of Object.keys(draft.mappings)) {
    if (!sameJson(current.mappings[key], draft.mappings[key])) out.push(`mappings.${key}`);
  }
  for (const s of SIGNAL_IDS) {
    if (!current.signals[s].enabled && draft.signals[s].enabled) out.push(`signals.${s}.enabled`);
  }
  out.push(...customChangesNeedingEvidence(current, draft));
  return out;
}
function readingOf(signal) {
  const { object: object2, accountField, dateField, valueField, aggregate, scale, filter } = signal;
  return [object2, accountField, dateField, valueField, aggregate, scale, filter];
}
function customChangesNeedingEvidence(current, draft) {
  const before = new Map((current.customSignals ?? []).map((c) => [c.id, c]));
  const out = [];
  (draft.customSignals ?? []).forEach((signal, i) => {
    const was = before.get(signal.id);
    if (!signal.enabled) return;
    if (!was) out.push(`customSignals[${i}]`);
    else if (!was.enabled) out.push(`customSignals[${i}].enabled`);
    else if (!sameJson(readingOf(signal), readingOf(was))) out.push(`customSignals[${i}]`);
  });
  return out;
}

// records/backtest/types.ts
var MIN_OUTCOMES = 20;

// records/backtest/outcome.ts
var renewalTypeSets = /* @__PURE__ */ new WeakMap();
function renewalTypes(model) {
  let set = renewalTypeSets.get(model);
  if (!set) renewalTypeSets.set(model, set = new Set(model.mappings.renewalOpportunityTypes));
  return set;
}
function isClosedRenewal(opp, model) {
  return opp.isClosed && opp.closeDate !== null && opp.type !== null && renewalTypes(model).has(opp.type);
}
function earlier(a, b) {
  const da = a.closeDate;
  const db = b.closeDate;
  return da < db || da === db && a.id < b.id;
}
function renewalOutcome(opportunities, model, asOf, horizonDays) {
  const end = asOf + horizonDays;
  let first = null;
  for (const opp of opportunities) {
    if (!isClosedRenewal(opp, model)) continue;
    const close = opp.closeDate;
    if (close <= asOf || close > end) continue;
    if (first === null || earlier(opp, first)) first = opp;
  }
  if (first === null) return null;
  const kind = first.isWon ? "renewed" : "churned";
  return {
    kind,
    downsell: kind === "renewed" && isDownsell(first, opportunities, model),
    opportunityId: first.id,
    closeDate: first.closeDate
  };
}
function isDownsell(won, all, model) {
  if (won.amount === null) return false;
  let previous = null;
  for (const opp of all) {
    if (opp === won || !opp.isWon || !isClosedRenewal(opp, model)) continue;
    if (!earlier(opp, won)) continue;
    if (previous === null || earlier(previous, opp)) previous = opp;
  }
  return previous !== null && previous.amount !== null && won.amount < previous.amount;
}

// records/backtest/auc.ts
function rankAuc(items) {
  let positives = 0;
  for (const item of items) if (item.renewed) positives++;
  const negatives = items.length - positives;
  if (positives === 0 || negatives === 0) return null;
  const sorted = items.slice().sort((a, b) => a.score - b.score);
  let rankSum = 0;
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1].score === sorted[i].score) j++;
    const averageRank = (i + j + 2) / 2;
    for (let k = i; k <= j; k++) if (sorted[k].renewed) rankSum += averageRank;
    i = j + 1;
  }
  const u = rankSum - positives * (positives + 1) / 2;
  return u / (positives * negatives);
}

// records/backtest/summary.ts
var rate = (part, whole) => whole > 0 ? round4(part / whole) : null;
function round4(value) {
  return Math.round(value * 1e4) / 1e4;
}
function bandOutcomes(judged2, model) {
  const counts = /* @__PURE__ */ new Map();
  for (const band of model.bands) counts.set(band.name, { accounts: 0, churned: 0 });
  for (const a of judged2) {
    const key = a.provisional ? null : a.band;
    let c = counts.get(key);
    if (!c) counts.set(key, c = { accounts: 0, churned: 0 });
    c.accounts++;
    if (!a.renewed) c.churned++;
  }
  const out = [];
  for (const [band, c] of counts) {
    if (band === null && c.accounts === 0) continue;
    out.push({ band, accounts: c.accounts, churned: c.churned, churnRate: rate(c.churned, c.accounts) });
  }
  return out.sort((a, b) => (a.band === null ? 1 : 0) - (b.band === null ? 1 : 0));
}
function decileOutcomes(judged2) {
  const sorted = judged2.slice().sort(
    (a, b) => a.score - b.score || (a.accountId < b.accountId ? -1 : a.accountId > b.accountId ? 1 : 0)
  );
  const n = sorted.length;
  const out = [];
  for (let d = 0; d < 10; d++) {
    const from = Math.ceil(d * n / 10);
    const to = Math.ceil((d + 1) * n / 10);
    if (to <= from) continue;
    const group = sorted.slice(from, to);
    const renewed = group.filter((a) => a.renewed).length;
    const sum = group.reduce((s, a) => s + a.score, 0);
    out.push({
      decile: d + 1,
      accounts: group.length,
      minScore: group[0].score,
      maxScore: group[group.length - 1].score,
      meanScore: Math.round(sum / group.length * 10) / 10,
      renewed,
      churned: group.length - renewed,
      renewalRate: round4(renewed / group.length)
    });
  }
  return out;
}
function signalOutcomes2(judged2, signalIds) {
  const out = {};
  for (const id of signalIds) {
    const items = [];
    for (const a of judged2) {
      const score2 = a.signals[id];
      if (score2 !== null && score2 !== void 0) items.push({ score: score2, renewed: a.renewed });
    }
    out[id] = { accounts: items.length, auc: roundAuc(rankAuc(items)) };
  }
  return out;
}
function roundAuc(auc) {
  return auc === null ? null : round4(auc);
}
function summariseJudged(judged2, model) {
  const renewed = judged2.filter((a) => a.renewed).length;
  const churned = judged2.length - renewed;
  const bands = bandOutcomes(judged2, model);
  const churnRate = rate(churned, judged2.length);
  const lowest = lowestBand(bands, model);
  return {
    accounts: judged2.length,
    renewed,
    churned,
    downsells: judged2.filter((a) => a.downsell).length,
    provisional: judged2.filter((a) => a.provisional).length,
    tooFewOutcomes: judged2.length < MIN_OUTCOMES,
    auc: roundAuc(rankAuc(judged2)),
    churnRate,
    lowestBandLift: lowest && lowest.churnRate !== null && churnRate !== null && churnRate > 0 ? Math.round(lowest.churnRate / churnRate * 100) / 100 : null,
    bands
  };
}
function lowestBand(bands, model) {
  const name = model.bands[0]?.name;
  return bands.find((b) => b.band === name) ?? null;
}
function summariseOverall(windows, model) {
  const all = windows.flat();
  const s = summariseJudged(all, model);
  const lowest = lowestBand(s.bands, model);
  return {
    windows: windows.length,
    accounts: s.accounts,
    renewed: s.renewed,
    churned: s.churned,
    downsells: s.downsells,
    auc: s.auc,
    churnRate: s.churnRate,
    lowestBand: model.bands[0]?.name ?? null,
    lowestBandChurnRate: lowest?.churnRate ?? null,
    lowestBandLift: s.lowestBandLift,
    tooFewOutcomes: s.tooFewOutcomes,
    bands: s.bands
  };
}

// records/backtest/overrideOutcome.ts
var round42 = (v) => Math.round(v * 1e4) / 1e4;
function churnByBand(bands) {
  const out = /* @__PURE__ */ new Map();
  for (const b of bands) if (b.band !== null && b.churnRate !== null) out.set(b.band, b.churnRate);
  return out;
}
function overrideOutcome(judged2, plainBands) {
  const overridden = judged2.filter((a) => a.override !== void 0);
  if (overridden.length === 0) return null;
  const rates = churnByBand(plainBands);
  let compared = 0;
  let overrideGap = 0;
  let computedGap = 0;
  for (const a of overridden) {
    const asOverride = rates.get(a.override);
    const asComputed = a.band === null ? void 0 : rates.get(a.band);
    if (asOverride === void 0 || asComputed === void 0) continue;
    const outcome = a.renewed ? 0 : 1;
    compared++;
    overrideGap += (outcome - asOverride) ** 2;
    computedGap += (outcome - asComputed) ** 2;
  }
  const overrideBandError = compared > 0 ? round42(overrideGap / compared) : null;
  const computedBandError = compared > 0 ? round42(computedGap / compared) : null;
  let closerTo = null;
  if (overrideBandError !== null && computedBandError !== null)
    closerTo = overrideBandError < computedBandError ? "override" : overrideBandError > computedBandError ? "computed" : "same";
  return {
    accounts: overridden.length,
    churned: overridden.filter((a) => !a.renewed).length,
    compared,
    overrideBandError,
    computedBandError,
    closerTo
  };
}

// records/backtest/stored.ts
var isNumber = (v) => typeof v === "number" && Number.isFinite(v);
function readStoredBacktest(text) {
  if (!text) return null;
  let raw;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  const r = raw;
  const o = r?.overall;
  if (typeof o !== "object" || o === null || !isNumber(o.accounts) || !Array.isArray(o.bands)) return null;
  const bands = [];
  for (const b of o.bands) {
    if (typeof b !== "object" || b === null || !isNumber(b.accounts) || !isNumber(b.churned)) continue;
    bands.push({
      band: typeof b.band === "string" ? b.band : null,
      accounts: b.accounts,
      churned: b.churned,
      churnRate: isNumber(b.churnRate) ? b.churnRate : null
    });
  }
  return {
    auc: isNumber(o.auc) ? o.auc : null,
    accounts: o.accounts,
    churned: isNumber(o.churned) ? o.churned : 0,
    windows: isNumber(o.windows) ? o.windows : 0,
    horizonDays: isNumber(r.horizonDays) ? r.horizonDays : 0,
    storedOn: typeof r.storedOn === "string" ? r.storedOn : null,
    bands
  };
}

// records/backtest/predictiveCheck.ts
var DEFAULT_CHECK_HORIZON_DAYS = 180;
function checkWindow(today, storedHorizonDays) {
  const stored = typeof storedHorizonDays === "number" && Number.isInteger(storedHorizonDays) && storedHorizonDays > 0;
  const horizonDays = stored ? storedHorizonDays : DEFAULT_CHECK_HORIZON_DAYS;
  return { asOf: today - horizonDays, until: today, horizonDays, fromBacktest: stored };
}
function predictiveCheck(accounts, active, draft) {
  const activeItems = [];
  const draftItems = [];
  let withReceipt = 0;
  let leftOut = 0;
  for (const account of accounts) {
    if (account.signalScores === null) continue;
    withReceipt++;
    if (account.outcome === null) {
      leftOut++;
      continue;
    }
    const before = scoreFromSignals(account.signalScores, active).score;
    const after = scoreFromSignals(account.signalScores, draft).score;
    if (before === null || after === null) continue;
    const renewed2 = account.outcome === "renewed";
    activeItems.push({ score: before, renewed: renewed2 });
    draftItems.push({ score: after, renewed: renewed2 });
  }
  const renewed = activeItems.filter((item) => item.renewed).length;
  const churned = activeItems.length - renewed;
  const tooFewOutcomes = activeItems.length < MIN_OUTCOMES || renewed === 0 || churned === 0;
  return {
    withReceipt,
    judged: activeItems.length,
    renewed,
    churned,
    leftOut,
    tooFewOutcomes,
    activeAuc: tooFewOutcomes ? null : roundAuc(rankAuc(activeItems)),
    draftAuc: tooFewOutcomes ? null : roundAuc(rankAuc(draftItems))
  };
}

// records/backtest/checkPage.ts
function closedOpportunity(accountId, reader) {
  return {
    id: reader.id,
    accountId,
    type: reader.text("Type"),
    stageName: null,
    isClosed: reader.bool("IsClosed"),
    isWon: reader.bool("IsWon"),
    amount: reader.num("Amount"),
    createdDate: null,
    closeDate: reader.day("CloseDate"),
    contractId: null,
    renewedContractId: null
  };
}
function checkAccountsFromPage(connection, model, asOf, horizonDays) {
  const accounts = [];
  for (const node of nodesOf(connection)) {
    const accountId = new NodeReader("Account", node).id;
    const receipt = storedReceipts(node.Trust_Scores__r)[0];
    const opportunities = nodesOf(node.Opportunities).map(
      (n) => closedOpportunity(accountId, new NodeReader("Opportunity", n))
    );
    const outcome = renewalOutcome(opportunities, model, asOf, horizonDays);
    accounts.push({
      accountId,
      signalScores: receipt ? receipt.signalScores : null,
      outcome: outcome ? outcome.kind : null
    });
  }
  const info = connection?.pageInfo;
  return {
    accounts,
    hasNextPage: Boolean(info?.hasNextPage && info?.endCursor),
    endCursor: info?.endCursor ?? null
  };
}

// records/modelSetDraft.ts
var DRAFT_VERSION = Number.POSITIVE_INFINITY;
function memberLabel(member) {
  return member.isDraft ? member.model.name : `${member.model.name} v${member.version}`;
}
function checkDraftInSet({ inForce: inForce2, editedSlot, draft, priority }) {
  const slot = modelSlot(draft);
  const others = inForce2.filter((v) => v.model !== null && v.slot !== editedSlot).map((v) => ({
    model: v.model,
    slot: v.slot,
    priority: v.priority,
    version: v.version,
    isDraft: false
  }));
  const taken = slot === "default" ? void 0 : others.find((m) => m.slot === slot);
  const slotProblem = taken ? { code: "slotTaken", name: taken.model.name } : editedSlot !== null && editedSlot !== "default" && slot !== editedSlot && draft.segment ? { code: "renamed", name: editedSlot.replace(/^segment:/, "") } : null;
  const draftMember = { model: draft, slot, priority, version: null, isDraft: true };
  const members = versionsInForce([...others.filter((m) => m !== taken), draftMember], (m) => ({
    // The draft is its own model here, so a second default stays in the set to be refused.
    slot: m.isDraft ? "(draft)" : m.slot,
    version: m.version ?? DRAFT_VERSION,
    priority: m.priority
  }));
  const validation = validateModelSet(
    members.map((m) => m.model),
    members.map(memberLabel)
  );
  return { members, validation, slotProblem };
}
function newSegmentModel(base, name, segment) {
  const copy = JSON.parse(JSON.stringify(base));
  return { ...copy, name, segment: { field: segment.field, values: [...segment.values] } };
}
function segmentFieldIssues(draft, accountFields) {
  if (!draft.segment || accountFields === null) return [];
  return missingSegmentFields({ models: [draft], fallback: draft }, (field) => accountFields.has(field));
}

// records/segmentScope.ts
var API_NAME_RE5 = /^[A-Za-z][A-Za-z0-9_]*$/;
function segmentValuesQuery(fields) {
  for (const field of fields)
    if (!API_NAME_RE5.test(field))
      throw new Error(`not an Account field API name: ${JSON.stringify(field)}`);
  const selected = fields.filter((f) => f !== "Id").map((f) => `${f} { value }`).join(" ");
  return `query trustSegmentValues($pageSize: Int, $upperBound: Int, $after: String) { uiapi { query { Account(where: { Trust_Scored_On__c: { ne: null } } first: $pageSize upperBound: $upperBound after: $after) { edges { node { Id ${selected} } } totalCount pageInfo { hasNextPage endCursor } } } } }`;
}
function isSegmentPage(query) {
  const connection = query?.Account;
  if (!connection || query?.Opportunity !== void 0) return false;
  return nodesOf(connection).every((node) => !("Trust_Scores__r" in node));
}
function segmentValuesFromPage(connection, fields) {
  const accounts = nodesOf(connection).map((node) => {
    const reader = new NodeReader("Account", node);
    const segmentValues = {};
    for (const field of fields) segmentValues[field] = reader.text(field);
    return { id: reader.id, segmentValues };
  });
  const info = connection?.pageInfo;
  return {
    accounts,
    hasNextPage: Boolean(info?.hasNextPage && info?.endCursor),
    endCursor: info?.endCursor ?? null
  };
}
function accountsScoredBy(set, model, accounts) {
  const ids = /* @__PURE__ */ new Set();
  for (const account of accounts)
    if (chooseModel(set, { id: account.id, name: null, segmentValues: account.segmentValues }) === model)
      ids.add(account.id);
  return ids;
}

// records/segmentFieldChoices.ts
var TEXT_LIKE = /* @__PURE__ */ new Set(["Picklist", "String", "Email", "Phone", "Url", "ComboBox"]);
function segmentFieldChoices(info) {
  return Object.values(info?.fields ?? {}).filter(
    (f) => Boolean(f?.apiName && f.dataType && TEXT_LIKE.has(f.dataType))
  ).map((f) => ({ label: f.label ?? f.apiName, value: f.apiName, dataType: f.dataType })).sort((a, b) => a.label.localeCompare(b.label) || a.value.localeCompare(b.value));
}
function objectFieldNames(info) {
  return info?.fields ? new Set(Object.keys(info.fields)) : null;
}
function segmentValueChoices(field, picklists, held = []) {
  if (!field) return null;
  if (field.dataType !== "Picklist") return null;
  const offered = (picklists?.picklistFieldValues?.[field.value]?.values ?? []).map((v) => ({
    label: v.label,
    value: v.value
  }));
  const known = new Set(offered.map((v) => v.value));
  return [...offered, ...held.filter((v) => !known.has(v)).map((v) => ({ label: v, value: v }))];
}
export {
  BASELINE_EVIDENCE,
  BaselineAccumulator,
  CUSTOM_AGGREGATES,
  DEFAULT_ALERTS,
  DEFAULT_BASELINES,
  DEFAULT_CHECK_HORIZON_DAYS,
  DEFAULT_MIN_CONFIDENCE,
  DEFAULT_OVERRIDE_MAX_DAYS,
  DEFAULT_UPPER_BOUND,
  DRIVERS_MAX_CHARS,
  EVIDENCE_CONNECTIONS,
  EVIDENCE_STEPS,
  EvidencePager,
  GraphqlValueError,
  HIERARCHY_IDS_PER_REQUEST,
  HIERARCHY_MAX_ACCOUNTS,
  HIERARCHY_MAX_LEVELS,
  HOURS_PER_MS,
  HierarchyCycleError,
  HierarchyWalk,
  InvalidModelError,
  LOWEST_BAND_LISTED,
  MAX_CUSTOM_SIGNALS,
  MAX_MIN_CONFIDENCE,
  MAX_PAGE_SIZE,
  MIN_BOUNDED_PAGE_SIZE,
  MIN_OUTCOMES,
  MODEL_ISSUE_CODES,
  MODEL_LIMITS,
  MS_PER_DAY,
  NOT_ENOUGH_EVIDENCE_BAND,
  NO_SCORE_BAND,
  NodeReader,
  NonFiniteResultError,
  PILLAR_FIELDS,
  PILLAR_IDS,
  PILLAR_QUESTIONS,
  PROVISIONAL_BAND,
  SIGNAL_FIELDS,
  SIGNAL_IDS,
  SIGNAL_LABELS,
  TRUST_MODEL_OBJECT,
  accountModelVersion,
  accountRollupFields,
  accountTrustFields,
  accountsScoredBy,
  activeModelVersion,
  activeModelVersions,
  alertSettings,
  alertSubject,
  alertSubjectLike,
  alertSubjectPrefix,
  bandFor,
  bandOutcomes,
  carriedBaselines,
  changesNeedingEvidence,
  checkAccountsFromPage,
  checkDraftInSet,
  checkOverrideDraft,
  checkSegment,
  checkWindow,
  chooseModel,
  computeBaselines,
  computeRollups,
  contractValue,
  customEvidenceObjects,
  customEvidenceQuery,
  dayOfInstant,
  decileOutcomes,
  defaultModel,
  defaultModelVersion,
  driversJson,
  emptyEvidence,
  endOverrideFields,
  evidenceAfterStep,
  evidenceCursorVariable,
  evidenceRecordCount,
  expiryWindow,
  explainResult,
  formatDay,
  inSegment,
  instantOfDay,
  isClosedRenewal,
  isDuplicateValue,
  isInForce,
  isModelBand,
  isPillarId,
  isProvisional,
  isSegmentPage,
  isSignalId,
  lastExpiryDay,
  latestBatchRollup,
  lossAversionFactor,
  lowestBand,
  lowestBandAccounts,
  memberLabel,
  missingSegmentFields,
  modelSetOfVersions,
  modelSlot,
  modelVersionFromNode,
  modelVersions,
  modelsInForce,
  newOverrideFields,
  newSegmentModel,
  newVersionFields,
  nextVersionNumber,
  nodesOf,
  normaliseBaselines,
  objectFieldNames,
  openAlertView,
  overrideEndDay,
  overrideInForce,
  overrideInForceView,
  overrideMaxDays,
  overrideOutcome,
  parseDay,
  parseInstant,
  parseModel,
  parseModelJson,
  parseStoredBaselines,
  parseStoredRollup,
  predictiveCheck,
  rankAuc,
  readAlertSubject,
  readCustomNodes,
  readStoredBacktest,
  receiptCoverage,
  receiptKey,
  receiptRecord,
  receiptToday,
  receiptUpdateFields,
  renewalOutcome,
  roundAuc,
  saveModelVersion,
  scoreAccount,
  scoreFromSignals,
  segmentFieldChoices,
  segmentFieldIssues,
  segmentFields,
  segmentKey,
  segmentReading,
  segmentValueChoices,
  segmentValuesFromPage,
  segmentValuesQuery,
  signalLabel,
  signalOutcomes2 as signalOutcomes,
  singleModelSet,
  storedModelSlot,
  storedReceiptFromNode,
  storedReceipts,
  summariseJudged,
  summariseMoves,
  summariseOverall,
  todayUtc,
  validateModel,
  validateModelSet,
  versionInForce,
  versionsInForce,
  whatIf,
  withOverride
};

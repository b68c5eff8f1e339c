/**
 * A model's segment: the accounts it scores, named by one Account field and the values that
 * put an account in it (`"segment": {"field": "Industry", "values": ["Banking"]}`). The
 * setting is checked here and called by the model validator (engine/model.ts), so a model
 * carries a segment only once it is known to be well formed.
 */
import type { AccountRecord } from './evidence';

export interface ModelSegment {
    /** API name of an Account field (standard or custom). */
    field: string;
    /** The values that put an account in the segment; compared trimmed and case-insensitively. */
    values: string[];
}

/** One problem of a segment setting, shaped like the validator's issues (engine/model.ts). */
export interface SegmentIssue {
    path: string;
    code: 'notObject' | 'unknownKey' | 'accountFieldName' | 'segmentValuesEmpty' | 'notText';
    params: Record<string, string | number>;
    message: string;
}

const SEGMENT_KEYS = ['field', 'values'];

/** An API name such as `Industry` or `Customer_Tier__c`. */
const API_NAME_RE = /^[A-Za-z][A-Za-z0-9_]*$/;

function shown(value: unknown): string {
    if (typeof value === 'string') return JSON.stringify(value);
    if (Array.isArray(value)) return 'a list';
    if (value === undefined) return 'nothing';
    return typeof value === 'object' && value !== null ? 'an object' : String(value);
}

/** Checks the `segment` setting; `segment` is undefined whenever an issue is found. */
export function checkSegment(raw: unknown): { segment?: ModelSegment; issues: SegmentIssue[] } {
    const issues: SegmentIssue[] = [];
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
        const got = shown(raw);
        issues.push({
            path: 'segment',
            code: 'notObject',
            params: { got },
            message: `must be an object like {"field": "Industry", "values": ["Banking"]} (got ${got})`
        });
        return { issues };
    }
    const obj = raw as Record<string, unknown>;
    for (const key of Object.keys(obj)) {
        if (SEGMENT_KEYS.includes(key)) continue;
        issues.push({
            path: `segment.${key}`,
            code: 'unknownKey',
            params: { key, kind: 'setting', allowed: SEGMENT_KEYS.join(', ') },
            message: `unknown setting "${key}"; expected one of: ${SEGMENT_KEYS.join(', ')}`
        });
    }
    const field = obj.field;
    if (typeof field !== 'string' || !API_NAME_RE.test(field)) {
        const got = shown(field);
        issues.push({
            path: 'segment.field',
            code: 'accountFieldName',
            params: { got },
            message: `must be an Account field API name such as "Industry" or "Tier__c" (got ${got})`
        });
    }
    const values = obj.values;
    const kept: string[] = [];
    if (!Array.isArray(values) || values.length === 0) {
        const got = shown(values);
        issues.push({
            path: 'segment.values',
            code: 'segmentValuesEmpty',
            params: { got },
            message: `must be a non-empty list of the field's values (got ${got})`
        });
    } else {
        values.forEach((value: unknown, i: number) => {
            if (typeof value === 'string' && value.trim() !== '') kept.push(value);
            else {
                const got = shown(value);
                issues.push({
                    path: `segment.values[${i}]`,
                    code: 'notText',
                    params: { got },
                    message: `must be a non-empty text (got ${got})`
                });
            }
        });
    }
    if (issues.length > 0 || typeof field !== 'string') return { issues };
    return { segment: { field, values: kept }, issues };
}

/**
 * How a value is compared: trimmed and case-insensitive, as SOQL compares text, so "banking"
 * in a model matches an Account whose Industry is "Banking".
 */
export function segmentKey(value: string): string {
    return value.trim().toLowerCase();
}

/** Whether the account's value of the segment's field is one of the segment's values. */
export function inSegment(segment: ModelSegment, account: AccountRecord): boolean {
    const value = account.segmentValues?.[segment.field];
    if (value === null || value === undefined) return false;
    const key = segmentKey(value);
    return segment.values.some((v) => segmentKey(v) === key);
}

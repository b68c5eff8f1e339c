/**
 * The model validator on `customSignals`: the issue's example passes as written, and each
 * mistake an admin can make is refused with a code, params and a message naming the setting.
 */
import defaultModelJson from '../../../config/default-model.json';
import { defaultModel, validateModel, type ModelIssue } from '../../model';
import { MAX_CUSTOM_SIGNALS } from '../customSetting';

const USAGE = {
    id: 'productUsage',
    label: 'Product usage',
    pillar: 'capability',
    weight: 3,
    enabled: true,
    object: 'Product_Usage__c',
    accountField: 'Account__c',
    dateField: 'Week__c',
    valueField: 'Active_Users__c',
    aggregate: 'average',
    scale: { bad: 0, good: 100 },
    filter: { Type__c: ['Seats'] }
};

function withCustom(...signals: unknown[]): unknown {
    return { ...structuredClone(defaultModelJson), customSignals: signals };
}

function issuesOf(raw: unknown): Pick<ModelIssue, 'path' | 'code' | 'params'>[] {
    const result = validateModel(raw);
    return result.ok ? [] : result.issues.map(({ path, code, params }) => ({ path, code, params }));
}

describe('custom signals in the model', () => {
    it('accepts the documented example and keeps every setting', () => {
        const result = validateModel(withCustom(USAGE));
        expect(result.ok).toBe(true);
        if (result.ok) expect(result.model.customSignals).toEqual([USAGE]);
    });

    it('defaults enabled to true, the filter to none, and a count needs no value field', () => {
        const rest: Record<string, unknown> = { ...USAGE, id: 'meetings', aggregate: 'count' };
        for (const key of ['enabled', 'filter', 'valueField']) Reflect.deleteProperty(rest, key);
        const result = validateModel(withCustom(rest));
        expect(result.ok && result.model.customSignals?.[0]).toMatchObject({
            enabled: true,
            filter: {},
            valueField: null,
            aggregate: 'count'
        });
    });

    it('leaves a model without custom signals as it was', () => {
        expect('customSignals' in defaultModel()).toBe(false);
    });

    it('lets a pillar be carried by custom signals alone', () => {
        const raw = withCustom(USAGE) as { signals: Record<string, { enabled: boolean }> };
        for (const s of Object.values(raw.signals)) s.enabled = false;
        expect(validateModel(raw).ok).toBe(true);
    });

    const cases: [string, unknown[], Pick<ModelIssue, 'path' | 'code' | 'params'>][] = [
        [
            'an id of the catalog',
            [{ ...USAGE, id: 'winRate' }],
            { path: 'customSignals[0].id', code: 'signalIdTaken', params: { id: 'winRate' } }
        ],
        [
            'an id used twice',
            [USAGE, { ...USAGE, label: 'Again' }],
            { path: 'customSignals[1].id', code: 'signalIdTaken', params: { id: 'productUsage' } }
        ],
        [
            'an id with spaces',
            [{ ...USAGE, id: 'product usage' }],
            { path: 'customSignals[0].id', code: 'signalIdFormat', params: { got: 'product usage' } }
        ],
        [
            'an unknown pillar',
            [{ ...USAGE, pillar: 'happiness' }],
            {
                path: 'customSignals[0].pillar',
                code: 'notPillar',
                params: { got: '"happiness"', allowed: 'understanding, reliability, capability, fairness' }
            }
        ],
        [
            'a flat scale',
            [{ ...USAGE, scale: { bad: 5, good: 5 } }],
            { path: 'customSignals[0].scale', code: 'scaleFlat', params: { value: 5 } }
        ],
        [
            'a scale without good',
            [{ ...USAGE, scale: { bad: 5 } }],
            { path: 'customSignals[0].scale.good', code: 'required', params: { got: 'nothing' } }
        ],
        [
            'a missing object',
            [{ ...USAGE, object: undefined }],
            { path: 'customSignals[0].object', code: 'required', params: { got: 'nothing' } }
        ],
        [
            'a missing date field',
            [{ ...USAGE, dateField: '' }],
            { path: 'customSignals[0].dateField', code: 'required', params: { got: '""' } }
        ],
        [
            'an average without a value field',
            [{ ...USAGE, valueField: undefined }],
            {
                path: 'customSignals[0].valueField',
                code: 'valueFieldNeeded',
                params: { aggregate: 'average' }
            }
        ],
        [
            'an object name that is no API name',
            [{ ...USAGE, object: 'Product Usage' }],
            { path: 'customSignals[0].object', code: 'apiName', params: { got: 'Product Usage' } }
        ],
        [
            'a filter field that is no API name',
            [{ ...USAGE, filter: { 'Type c': ['Seats'] } }],
            { path: 'customSignals[0].filter.Type c', code: 'apiName', params: { got: 'Type c' } }
        ],
        [
            'filter values that are no list',
            [{ ...USAGE, filter: { Type__c: 'Seats' } }],
            { path: 'customSignals[0].filter.Type__c', code: 'notList', params: { got: '"Seats"' } }
        ],
        [
            'an unknown aggregate',
            [{ ...USAGE, aggregate: 'median' }],
            {
                path: 'customSignals[0].aggregate',
                code: 'notAggregate',
                params: { got: '"median"', allowed: 'latest, average, sum, count, min, max' }
            }
        ],
        [
            'a negative weight',
            [{ ...USAGE, weight: -1 }],
            { path: 'customSignals[0].weight', code: 'atLeast', params: { min: 0, value: -1 } }
        ],
        [
            'an unknown setting',
            [{ ...USAGE, colour: 'red' }],
            {
                path: 'customSignals[0].colour',
                code: 'unknownKey',
                params: { key: 'colour', kind: 'setting', allowed: expect.stringContaining('aggregate') }
            }
        ]
    ];

    it.each(cases)('refuses %s', (_name, signals, expected) => {
        expect(issuesOf(withCustom(...signals))).toContainEqual(expected);
    });

    it('refuses a list that is no list, and more signals than the combination can hold', () => {
        expect(issuesOf({ ...structuredClone(defaultModelJson), customSignals: {} })).toContainEqual({
            path: 'customSignals',
            code: 'notList',
            params: { got: 'an object' }
        });
        const many = Array.from({ length: MAX_CUSTOM_SIGNALS + 1 }, (_, i) => ({ ...USAGE, id: `s${i}` }));
        expect(issuesOf(withCustom(...many))).toContainEqual({
            path: 'customSignals',
            code: 'atMost',
            params: { max: MAX_CUSTOM_SIGNALS, value: MAX_CUSTOM_SIGNALS + 1 }
        });
    });

    it('names the setting in the English message the CLI prints', () => {
        const result = validateModel(withCustom({ ...USAGE, id: 'winRate' }));
        expect(result.ok ? [] : result.issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
            'customSignals[0].id: "winRate" is already the id of a catalog signal'
        ]);
    });
});

/**
 * The model validator on `customSignals`: the issue's example passes as written, and each
 * mistake an admin can make is refused with a code, params and a message naming the setting.
 */
import defaultModelJson from '../../../config/default-model.json';
import { defaultModel, validateModel, type ModelIssue } from '../../model';
import { MAX_CUSTOM_SIGNALS } from '../customSetting';
import { USAGE_SIGNAL } from '../../../test/support/customSignals';

function withCustom(...signals: unknown[]): unknown {
    return { ...structuredClone(defaultModelJson), customSignals: signals };
}

function issuesOf(raw: unknown): Pick<ModelIssue, 'path' | 'code' | 'params'>[] {
    const result = validateModel(raw);
    return result.ok ? [] : result.issues.map(({ path, code, params }) => ({ path, code, params }));
}

describe('custom signals in the model', () => {
    it('accepts the documented example and keeps every setting', () => {
        const result = validateModel(withCustom(USAGE_SIGNAL));
        expect(result.ok).toBe(true);
        if (result.ok) expect(result.model.customSignals).toEqual([USAGE_SIGNAL]);
    });

    it('defaults enabled to true, the filter to none, and a count needs no value field', () => {
        const rest: Record<string, unknown> = { ...USAGE_SIGNAL, id: 'meetings', aggregate: 'count' };
        for (const key of ['enabled', 'filter', 'valueField']) Reflect.deleteProperty(rest, key);
        const result = validateModel(withCustom(rest));
        expect(result.ok && result.model.customSignals?.[0]).toMatchObject({
            enabled: true,
            filter: {},
            valueField: null,
            aggregate: 'count'
        });
    });

    it('reads back a validated count signal as it was written (a pushed model, read from the org)', () => {
        const rest: Record<string, unknown> = { ...USAGE_SIGNAL, id: 'meetings', aggregate: 'count' };
        Reflect.deleteProperty(rest, 'valueField');
        const first = validateModel(withCustom(rest));
        if (!first.ok) throw new Error('the count signal should be valid');
        const again = validateModel(JSON.parse(JSON.stringify(first.model)));
        expect(again.ok && again.model).toEqual(first.model);
    });

    it('leaves a model without custom signals as it was', () => {
        expect('customSignals' in defaultModel()).toBe(false);
    });

    it('lets a pillar be carried by custom signals alone', () => {
        const raw = withCustom(USAGE_SIGNAL) as { signals: Record<string, { enabled: boolean }> };
        for (const s of Object.values(raw.signals)) s.enabled = false;
        expect(validateModel(raw).ok).toBe(true);
    });

    const cases: [string, unknown[], Pick<ModelIssue, 'path' | 'code' | 'params'>][] = [
        [
            'an id of the catalog',
            [{ ...USAGE_SIGNAL, id: 'winRate' }],
            { path: 'customSignals[0].id', code: 'signalIdTaken', params: { id: 'winRate' } }
        ],
        [
            'an id used twice',
            [USAGE_SIGNAL, { ...USAGE_SIGNAL, label: 'Again' }],
            { path: 'customSignals[1].id', code: 'signalIdTaken', params: { id: 'productUsage' } }
        ],
        [
            'an id the CSV gives another column, whatever its case',
            [{ ...USAGE_SIGNAL, id: 'model' }],
            { path: 'customSignals[0].id', code: 'signalIdTaken', params: { id: 'model' } }
        ],
        [
            'a pillar’s id',
            [{ ...USAGE_SIGNAL, id: 'capability' }],
            { path: 'customSignals[0].id', code: 'signalIdTaken', params: { id: 'capability' } }
        ],
        [
            'an id with spaces',
            [{ ...USAGE_SIGNAL, id: 'product usage' }],
            { path: 'customSignals[0].id', code: 'signalIdFormat', params: { got: 'product usage' } }
        ],
        [
            'an unknown pillar',
            [{ ...USAGE_SIGNAL, pillar: 'happiness' }],
            {
                path: 'customSignals[0].pillar',
                code: 'notPillar',
                params: { got: '"happiness"', allowed: 'understanding, reliability, capability, fairness' }
            }
        ],
        [
            'a flat scale',
            [{ ...USAGE_SIGNAL, scale: { bad: 5, good: 5 } }],
            { path: 'customSignals[0].scale', code: 'scaleFlat', params: { value: 5 } }
        ],
        [
            'a scale without good',
            [{ ...USAGE_SIGNAL, scale: { bad: 5 } }],
            { path: 'customSignals[0].scale.good', code: 'required', params: { got: 'nothing' } }
        ],
        [
            'a missing object',
            [{ ...USAGE_SIGNAL, object: undefined }],
            { path: 'customSignals[0].object', code: 'required', params: { got: 'nothing' } }
        ],
        [
            'a missing date field',
            [{ ...USAGE_SIGNAL, dateField: '' }],
            { path: 'customSignals[0].dateField', code: 'required', params: { got: '""' } }
        ],
        [
            'an average without a value field',
            [{ ...USAGE_SIGNAL, valueField: undefined }],
            {
                path: 'customSignals[0].valueField',
                code: 'valueFieldNeeded',
                params: { aggregate: 'average' }
            }
        ],
        [
            'an object name that is no API name',
            [{ ...USAGE_SIGNAL, object: 'Product Usage' }],
            { path: 'customSignals[0].object', code: 'apiName', params: { got: 'Product Usage' } }
        ],
        [
            'a filter field that is no API name',
            [{ ...USAGE_SIGNAL, filter: { 'Type c': ['Seats'] } }],
            { path: 'customSignals[0].filter.Type c', code: 'apiName', params: { got: 'Type c' } }
        ],
        [
            'filter values that are no list',
            [{ ...USAGE_SIGNAL, filter: { Type__c: 'Seats' } }],
            { path: 'customSignals[0].filter.Type__c', code: 'notList', params: { got: '"Seats"' } }
        ],
        [
            'an unknown aggregate',
            [{ ...USAGE_SIGNAL, aggregate: 'median' }],
            {
                path: 'customSignals[0].aggregate',
                code: 'notAggregate',
                params: { got: '"median"', allowed: 'latest, average, sum, count, min, max' }
            }
        ],
        [
            'a negative weight',
            [{ ...USAGE_SIGNAL, weight: -1 }],
            { path: 'customSignals[0].weight', code: 'atLeast', params: { min: 0, value: -1 } }
        ],
        [
            'an unknown setting',
            [{ ...USAGE_SIGNAL, colour: 'red' }],
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
        const many = Array.from({ length: MAX_CUSTOM_SIGNALS + 1 }, (_, i) => ({
            ...USAGE_SIGNAL,
            id: `s${i}`
        }));
        expect(issuesOf(withCustom(...many))).toContainEqual({
            path: 'customSignals',
            code: 'atMost',
            params: { max: MAX_CUSTOM_SIGNALS, value: MAX_CUSTOM_SIGNALS + 1 }
        });
    });

    it('names the setting in the English message the CLI prints', () => {
        const result = validateModel(withCustom({ ...USAGE_SIGNAL, id: 'winRate' }));
        expect(result.ok ? [] : result.issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
            'customSignals[0].id: "winRate" is already the id of a catalog signal'
        ]);
    });
});

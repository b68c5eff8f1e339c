import { checkSegment, inSegment, segmentKey } from '../segment';

describe('segment setting', () => {
    it('accepts a field and its values', () => {
        expect(checkSegment({ field: 'Industry', values: ['Banking', 'Insurance'] })).toEqual({
            segment: { field: 'Industry', values: ['Banking', 'Insurance'] },
            issues: []
        });
    });

    const bad: [string, unknown, string[]][] = [
        ['not an object', 'Industry', ['segment:notObject']],
        ['a list', ['Industry'], ['segment:notObject']],
        [
            'a field that is no API name',
            { field: 'Industry; DROP', values: ['x'] },
            ['segment.field:accountFieldName']
        ],
        ['no field', { values: ['x'] }, ['segment.field:accountFieldName']],
        ['no values', { field: 'Industry', values: [] }, ['segment.values:segmentValuesEmpty']],
        [
            'values not a list',
            { field: 'Industry', values: 'Banking' },
            ['segment.values:segmentValuesEmpty']
        ],
        ['a blank value', { field: 'Industry', values: ['Banking', ' '] }, ['segment.values[1]:notText']],
        [
            'an unknown key',
            { field: 'Industry', values: ['x'], operator: 'in' },
            ['segment.operator:unknownKey']
        ]
    ];
    it.each(bad)('refuses %s', (_name, raw, expected) => {
        const result = checkSegment(raw);
        expect(result.segment).toBeUndefined();
        expect(result.issues.map((i) => `${i.path}:${i.code}`)).toEqual(expected);
        for (const issue of result.issues) expect(issue.message.length).toBeGreaterThan(10);
    });
});

describe('segment membership', () => {
    const segment = { field: 'Industry', values: ['Banking', 'Insurance '] };
    const account = (value: string | null | undefined) => ({
        id: '001A',
        name: 'Acme',
        ...(value === undefined ? {} : { segmentValues: { Industry: value } })
    });

    it('matches a value trimmed and in any case, as SOQL compares text', () => {
        expect(inSegment(segment, account('banking'))).toBe(true);
        expect(inSegment(segment, account(' Insurance'))).toBe(true);
        expect(segmentKey('  BaNk ')).toBe('bank');
    });

    it('leaves out other values, an empty field and an account read without segment fields', () => {
        expect(inSegment(segment, account('Retail'))).toBe(false);
        expect(inSegment(segment, account(null))).toBe(false);
        expect(inSegment(segment, account(undefined))).toBe(false);
        expect(inSegment(segment, { id: '001A', name: null, segmentValues: null })).toBe(false);
    });
});

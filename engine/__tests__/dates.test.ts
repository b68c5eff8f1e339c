import { formatDay, parseDay, parseInstant } from '../dates';

describe('dates', () => {
    it.each([
        ['2026-06-30T14:05:00.000Z', Date.UTC(2026, 5, 30, 14, 5)],
        ['2026-06-30T14:05:00.000+0000', Date.UTC(2026, 5, 30, 14, 5)],
        ['2026-06-30T14:05:00+02:00', Date.UTC(2026, 5, 30, 12, 5)],
        ['2026-06-30T14:05:00.123-0130', Date.UTC(2026, 5, 30, 15, 35, 0, 123)],
        ['2026-06-30T14:05Z', Date.UTC(2026, 5, 30, 14, 5)],
        ['2026-06-30', Date.UTC(2026, 5, 30)]
    ])('reads the datetime %s', (text, expected) => {
        expect(parseInstant(text)).toBe(expected);
    });

    it.each(['2026-02-30', '2026-13-01', '30/06/2026', 'yesterday', '2026-06-30T25:00:00Z', ''])(
        'rejects %p',
        (text) => {
            expect(parseDay(text)).toBeNull();
            expect(parseInstant(text)).toBeNull();
        }
    );

    it('round-trips days and takes the UTC day of a datetime given for a date', () => {
        const d = parseDay('2024-02-29');
        expect(d).not.toBeNull();
        expect(formatDay(d as number)).toBe('2024-02-29');
        expect(parseDay('2026-06-30T23:30:00-0100')).toBe(parseDay('2026-07-01'));
    });
});

import fc from 'fast-check';
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

describe('dates against the platform clock', () => {
    // The fast paths (char codes, civil-day arithmetic) must agree with Date everywhere.
    const instants = fc.integer({ min: Date.UTC(1800, 0, 1), max: Date.UTC(2400, 0, 1) });

    it('reads Data Loader and Bulk API datetimes exactly as Date does', () => {
        fc.assert(
            fc.property(instants, fc.integer({ min: -14 * 60, max: 14 * 60 }), (ms, offset) => {
                const iso = new Date(ms).toISOString();
                expect(parseInstant(iso)).toBe(ms);
                expect(parseInstant(iso.replace('Z', '+0000'))).toBe(ms);
                const local = new Date(ms + offset * 60_000).toISOString().slice(0, 23);
                const sign = offset < 0 ? '-' : '+';
                const abs = Math.abs(offset);
                const zone = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
                expect(parseInstant(`${local}${zone}`)).toBe(ms);
            }),
            { numRuns: 2000 }
        );
    });

    it('formats and parses every day as Date does', () => {
        fc.assert(
            fc.property(instants, (ms) => {
                const day = Math.floor(ms / 86_400_000);
                const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
                expect(formatDay(day)).toBe(iso);
                expect(parseDay(iso)).toBe(day);
            }),
            { numRuns: 2000 }
        );
    });
});

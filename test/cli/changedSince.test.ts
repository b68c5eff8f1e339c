/**
 * `--only-changed-since`: a plain date is midnight UTC; a datetime must say its zone. The
 * host's time zone never decides which accounts are rescored.
 */
import { readSince, UsageError } from '../../cli/args';
import { cli } from '../support/cli';

describe('--only-changed-since', () => {
    it('reads a date as midnight UTC and a zoned datetime as the instant it names', () => {
        expect(readSince('2026-06-01')).toBe('2026-06-01T00:00:00Z');
        expect(readSince('2026-06-01T08:00:00Z')).toBe('2026-06-01T08:00:00Z');
        expect(readSince('2026-06-01T10:00:00+02:00')).toBe('2026-06-01T08:00:00Z');
        expect(readSince('2026-06-01T03:00:00.250-0500')).toBe('2026-06-01T08:00:00.250Z');
    });

    it('refuses a datetime without a time zone, saying how to write one', () => {
        expect(() => readSince('2026-06-01T10:00')).toThrow(UsageError);
        expect(() => readSince('2026-06-01T10:00:00')).toThrow(
            /--only-changed-since: "2026-06-01T10:00:00" has no time zone; add Z for UTC/
        );
    });

    it('refuses dates that are not on the calendar instead of rolling them over', () => {
        expect(() => readSince('2026-02-30T00:00:00Z')).toThrow(
            /is not a date YYYY-MM-DD or an ISO datetime/
        );
        expect(() => readSince('2026-02-30')).toThrow(UsageError);
        expect(() => readSince('2026-06-01T24:00:00Z')).toThrow(UsageError);
        expect(() => readSince('June 1')).toThrow(UsageError);
    });

    it('stops the CLI with exit code 2 before connecting, whatever the host time zone', () => {
        for (const TZ of ['UTC', 'America/New_York', 'Asia/Kolkata']) {
            const run = cli(
                [
                    'score',
                    '--instance-url',
                    'http://127.0.0.1:9',
                    '--access-token',
                    'not-a-real-token',
                    '--only-changed-since',
                    '2026-06-01T10:00'
                ],
                { TZ }
            );
            expect(run.status).toBe(2);
            expect(run.stderr).toMatch(/--only-changed-since: "2026-06-01T10:00" has no time zone/);
            expect(run.stdout).toBe('');
        }
    });
});

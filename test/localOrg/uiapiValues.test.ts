/** Display values as the UI API formats them for an en_US user in GMT (pure functions). */
import { displayCurrency, displayDate, displayDateTime } from '../../tools/localOrg/uiapi/fieldValues';

describe('display values', () => {
    it.each([
        ['2026-06-30', '6/30/2026'],
        ['2026-01-05', '1/5/2026']
    ])('date %s → %s', (day, expected) => {
        expect(displayDate(day)).toBe(expected);
    });

    it.each([
        ['2026-06-30T00:05:00.000Z', '6/30/2026 12:05 AM'],
        ['2026-06-30T11:59:00.000Z', '6/30/2026 11:59 AM'],
        ['2026-06-30T12:00:00.000Z', '6/30/2026 12:00 PM'],
        ['2026-12-31T23:09:59.999Z', '12/31/2026 11:09 PM']
    ])('datetime %s → %s', (instant, expected) => {
        expect(displayDateTime(instant)).toBe(expected);
    });

    it.each([
        [1234.5, 2, '$1,234.50'],
        [-1234.5, 2, '-$1,234.50'],
        [350_000_000, 0, '$350,000,000'],
        [0, 2, '$0.00']
    ])('currency %d with scale %i → %s', (amount, scale, expected) => {
        expect(displayCurrency(amount, scale)).toBe(expected);
    });
});

import { DEFAULT_ALERTS, type Band } from '../../../engine/model';
import { alertSubject } from '../../../records/alertSubject';
import { decideAlerts, sustainedDrop, type BandRun, type ExistingAlert } from '../alertRule';

const BANDS: Band[] = [
    { name: 'At Risk', min: 0 },
    { name: 'Fragile', min: 40 },
    { name: 'Steady', min: 60 },
    { name: 'Trusted', min: 80 }
];
const SETTINGS = { ...DEFAULT_ALERTS, enabled: true };

/** Runs newest first from bands oldest first, one day apart, ending the day before `today`. */
function runs(...bands: (string | null)[]): BandRun[] {
    return bands.map((band, i) => ({ day: `2026-06-${String(10 + i).padStart(2, '0')}`, band })).reverse();
}
const TODAY = '2026-06-30';

describe('sustainedDrop', () => {
    it.each<[string, (string | null)[], string | null, number, string | null]>([
        ['a one-run dip alerts nobody', ['Steady'], 'Fragile', 2, null],
        [
            'two runs below the settled band are a drop',
            ['Steady', 'Fragile'],
            'Fragile',
            2,
            'Steady→Fragile@2026-06-11'
        ],
        ['a dip that came back is no drop', ['Steady', 'Fragile', 'Steady'], 'Fragile', 2, null],
        [
            'a band still low after the drop is no new drop',
            ['Steady', 'Fragile', 'Fragile'],
            'Fragile',
            2,
            null
        ],
        [
            'falling further inside the window names today’s band',
            ['Trusted', 'Steady'],
            'Fragile',
            2,
            'Trusted→Fragile@2026-06-11'
        ],
        ['one run suffices when so set', ['Steady'], 'Fragile', 1, 'Steady→Fragile@2026-06-30'],
        ['three runs are needed when so set', ['Steady', 'Fragile'], 'Fragile', 3, null],
        [
            'three runs below are a drop',
            ['Steady', 'Fragile', 'Fragile'],
            'Fragile',
            3,
            'Steady→Fragile@2026-06-11'
        ],
        ['a provisional run breaks the streak', ['Steady', null], 'Fragile', 2, null],
        ['no band today is no drop', ['Steady', 'Fragile'], null, 2, null],
        ['a band the model no longer has settles nothing', ['Gold', 'Fragile'], 'Fragile', 2, null],
        ['a rise is no drop', ['Fragile', 'Steady'], 'Steady', 2, null]
    ])('%s', (_name, before, today, sustainRuns, expected) => {
        const drop = sustainedDrop(BANDS, { day: TODAY, band: today }, runs(...before), sustainRuns);
        expect(drop && `${drop.from}→${drop.to}@${drop.since}`).toBe(expected);
    });
});

describe('decideAlerts', () => {
    const drop = { from: 'Steady', to: 'Fragile', since: '2026-06-11' };
    const subject = alertSubject(SETTINGS, drop);
    const alert = (s: string, closed: boolean): ExistingAlert => ({
        id: '00T1',
        subject: s,
        closed,
        description: 'd'
    });

    it('names the drop in the subject', () => {
        expect(subject).toBe('Trust drop: Steady → Fragile (since 2026-06-11)');
    });

    it('creates the alert of a sustained drop once', () => {
        const today = { day: TODAY, band: 'Fragile' };
        expect(decideAlerts(SETTINGS, BANDS, today, runs('Steady', 'Fragile'), [])).toEqual([
            { kind: 'create', drop, subject }
        ]);
        // Re-running the day, or resuming it, finds the Task by its subject, open or closed.
        for (const closed of [false, true])
            expect(
                decideAlerts(SETTINGS, BANDS, today, runs('Steady', 'Fragile'), [alert(subject, closed)])
            ).toEqual([]);
    });

    it('creates nothing while another alert of the account is open and the band is still low', () => {
        const open = alert('Trust drop: Trusted → Steady (since 2026-05-01)', false);
        const today = { day: TODAY, band: 'Fragile' };
        expect(decideAlerts(SETTINGS, BANDS, today, runs('Steady', 'Fragile'), [open])).toEqual([]);
    });

    it('closes the open alert once the band is back at the band it dropped from', () => {
        const open = alert(subject, false);
        for (const band of ['Steady', 'Trusted'])
            expect(
                decideAlerts(SETTINGS, BANDS, { day: TODAY, band }, runs('Fragile', 'Fragile'), [open])
            ).toEqual([{ kind: 'close', alert: open, band }]);
        expect(decideAlerts(SETTINGS, BANDS, { day: TODAY, band: null }, runs('Fragile'), [open])).toEqual(
            []
        );
    });

    it('treats a drop after a recovery as a new drop', () => {
        const old = alert('Trust drop: Steady → Fragile (since 2026-05-01)', true);
        const today = { day: TODAY, band: 'Fragile' };
        expect(decideAlerts(SETTINGS, BANDS, today, runs('Steady', 'Fragile'), [old])).toEqual([
            { kind: 'create', drop, subject }
        ]);
    });

    it('reads the band an alert fell from by the longest band name it starts with', () => {
        const bands: Band[] = [
            { name: 'At', min: 0 },
            { name: 'At Risk', min: 30 },
            { name: 'Fine', min: 60 }
        ];
        const open = alert('Trust drop: At Risk → At (since 2026-05-01)', false);
        // Today "At Risk" again: recovered to the band it fell from, not just above "At".
        expect(decideAlerts(SETTINGS, bands, { day: TODAY, band: 'At Risk' }, [], [open])).toHaveLength(1);
        expect(decideAlerts(SETTINGS, bands, { day: TODAY, band: 'At' }, [], [open])).toEqual([]);
    });
});

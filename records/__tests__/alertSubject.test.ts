import { DEFAULT_ALERTS, type AlertSettings, type Band } from '../../engine/model';
import { alertSubject, alertSubjectLike, alertSubjectPrefix, readAlertSubject } from '../alertSubject';

const BANDS: Band[] = [
    { name: 'At Risk', min: 0 },
    { name: 'Fragile', min: 40 },
    { name: 'Steady', min: 60 },
    { name: 'Trusted', min: 80 }
];
const SETTINGS: AlertSettings = { ...DEFAULT_ALERTS, enabled: true };

describe('alert subjects', () => {
    it('names the drop, both bands and the first low day', () => {
        const subject = alertSubject(SETTINGS, { from: 'Steady', to: 'Fragile', since: '2026-06-11' });
        expect(subject).toBe('Trust drop: Steady → Fragile (since 2026-06-11)');
        expect(subject.startsWith(alertSubjectPrefix(SETTINGS))).toBe(true);
    });

    it('reads back every drop it writes', () => {
        for (const from of BANDS)
            for (const to of BANDS) {
                const drop = { from: from.name, to: to.name, since: '2026-01-31' };
                expect(readAlertSubject(SETTINGS, BANDS, alertSubject(SETTINGS, drop))).toEqual(drop);
            }
    });

    it('takes the longest band a subject starts with', () => {
        const bands = [...BANDS, { name: 'Steady → Up', min: 70 }];
        const drop = { from: 'Steady → Up', to: 'Fragile', since: '2026-06-11' };
        expect(readAlertSubject(SETTINGS, bands, alertSubject(SETTINGS, drop))).toEqual(drop);
    });

    it('keeps the band dropped from when the end was edited by hand', () => {
        expect(readAlertSubject(SETTINGS, BANDS, 'Trust drop: Steady → Fragile, call the sponsor')).toEqual({
            from: 'Steady',
            to: null,
            since: null
        });
    });

    it('reads nothing from another text, another prefix or a band the model no longer has', () => {
        expect(readAlertSubject(SETTINGS, BANDS, 'Call back about the renewal')).toBeNull();
        expect(
            readAlertSubject(SETTINGS, BANDS, 'trust drop: Steady → Fragile (since 2026-06-11)')
        ).toBeNull();
        expect(
            readAlertSubject(SETTINGS, BANDS, 'Trust drop: Solid → Fragile (since 2026-06-11)')
        ).toBeNull();
    });

    it('matches the prefix literally in a LIKE pattern', () => {
        expect(alertSubjectLike(SETTINGS)).toBe('Trust drop: %');
        expect(alertSubjectLike({ ...SETTINGS, subject: '100% _trust_ \\ drop' })).toBe(
            '100\\% \\_trust\\_ \\\\ drop: %'
        );
    });
});

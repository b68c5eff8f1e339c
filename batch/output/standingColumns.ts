/**
 * What the CSV and the table add about an account's standing beyond its own score: the roll-up
 * of the accounts below a parent, and an override a person set over the computed band.
 *
 * The CSV's new columns come after every column it had, so a script that reads the earlier
 * columns by position reads the same values. Every cell goes through csvCell where it is
 * written (an override's reason is typed by a person; band names by an admin).
 */
import type { TrustResult } from '../../engine/result';

/** Appended to the CSV header, in this order. */
export const STANDING_CSV_HEADER = [
    'RollupScore',
    'RollupBand',
    'RollupChildren',
    'RollupLowestAccountId',
    'RollupLowestScore',
    'RollupWeightBasis',
    'ComputedBand',
    'OverrideReason',
    'OverrideExpiresOn',
    'OverrideRecordId'
];

/**
 * The cells for STANDING_CSV_HEADER. `ComputedBand` is the band the score earns, filled on
 * every account, so a sheet can compare it with `Band` (the override's while one is in force).
 */
export function standingCsvCells(r: TrustResult): (string | number | null)[] {
    const rollup = r.rollup;
    const override = r.override;
    return [
        rollup ? rollup.score : null,
        rollup ? rollup.band : null,
        rollup ? rollup.children : null,
        rollup?.lowest ? rollup.lowest.accountId : null,
        rollup?.lowest ? rollup.lowest.score : null,
        rollup ? rollup.weightBasis : null,
        override ? override.computedBand : r.band,
        override ? override.reason : null,
        override ? override.expiresOn : null,
        override ? override.recordId : null
    ];
}

/** Appended to the band of an overridden account in the table; the footnote says what it means. */
export const OVERRIDE_MARK = '*';

export const OVERRIDE_FOOTNOTE =
    '* band set by an override in force; explain <accountId> gives its reason, its expiry and the band the score earns.';

export const ROLLUP_HEADER = 'Roll-up';

export const ROLLUP_FOOTNOTE =
    'Roll-up: weighted mean score of every account below a parent, with how many in brackets.';

/** The table's roll-up cell: "62.4 (5)", "— (2)" when none below has a score, '' on an account without children. */
export function rollupCell(r: Pick<TrustResult, 'rollup'>): string {
    if (!r.rollup) return '';
    const score = r.rollup.score === null ? '—' : r.rollup.score.toFixed(1);
    return `${score} (${r.rollup.children})`;
}

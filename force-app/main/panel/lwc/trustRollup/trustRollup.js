import { LightningElement, api } from 'lwc';
import { formatCount, formatDayText, formatLabel, formatScore, isPlainClick } from 'c/trustPanelUtils';
import HEADING from '@salesforce/label/c.TL_Rollup_Heading';
import HELP from '@salesforce/label/c.TL_Rollup_Help';
import SCORE from '@salesforce/label/c.TL_Rollup_Score';
import NO_SCORE from '@salesforce/label/c.TL_Rollup_No_Score';
import CHILDREN from '@salesforce/label/c.TL_Rollup_Children';
import CHILDREN_ONE from '@salesforce/label/c.TL_Rollup_Children_One';
import AS_OF from '@salesforce/label/c.TL_Rollup_As_Of';
import BASIS_CONTRACT_VALUE from '@salesforce/label/c.TL_Rollup_Basis_Contract_Value';
import BASIS_MIXED from '@salesforce/label/c.TL_Rollup_Basis_Mixed';
import BASIS_EQUAL from '@salesforce/label/c.TL_Rollup_Basis_Equal';
import LOWEST_HEADING from '@salesforce/label/c.TL_Rollup_Lowest_Heading';
import MORE from '@salesforce/label/c.TL_Rollup_More';
import NO_BAND_BELOW from '@salesforce/label/c.TL_Rollup_No_Band_Below';
import READING from '@salesforce/label/c.TL_Rollup_Reading';
import READ_FAILED from '@salesforce/label/c.TL_Rollup_Read_Failed';
import PARTIAL from '@salesforce/label/c.TL_Rollup_Partial';

/** The roll-up's weight basis (engine/rollup.ts `WeightBasis`) in words. */
const BASIS_TEXT = {
    contractValue: BASIS_CONTRACT_VALUE,
    mixed: BASIS_MIXED,
    equal: BASIS_EQUAL
};

/**
 * Presentational: on a parent account, the trust of the accounts below it as the batch rolled
 * it up (score and band, how many accounts, what the mean is weighted by, the run's day) and
 * links to the accounts below in the lowest band. Shows nothing without a roll-up. Opening an
 * account is the container's job (`openrecord`).
 *
 * @fires TrustRollup#openrecord detail `{ recordId }`
 */
export default class TrustRollup extends LightningElement {
    /** The stored roll-up, `{ score, band, children, weightBasis }` (c/trustEngine `latestBatchRollup`), or null. */
    @api rollup = null;
    /** Day (yyyy-mm-dd) of the batch run that computed it, or null. */
    @api asOf = null;
    /**
     * The accounts below in the lowest band (c/trustEngine `lowestBandAccounts`):
     * `{ band, accounts: [{ accountId, name, score, url }], more }`; null until read.
     */
    @api lowest = null;
    /** True while the accounts below are being read. */
    @api reading = false;
    /** True when they could not be read. */
    @api failed = false;
    /** The caps `{ levels, accounts }` when the reading stopped at one (the hierarchy goes on), else null. */
    @api cut = null;

    label = {
        heading: HEADING,
        help: HELP,
        noBandBelow: NO_BAND_BELOW,
        reading: READING,
        readFailed: READ_FAILED
    };

    get hasRollup() {
        return Boolean(this.rollup) && this.rollup.children > 0;
    }

    get scoreText() {
        const score = formatScore(this.rollup?.score);
        return score === null ? NO_SCORE : formatLabel(SCORE, score);
    }

    get band() {
        return this.rollup?.band ?? null;
    }

    get childrenText() {
        const count = this.rollup?.children;
        return count === 1 ? CHILDREN_ONE : formatLabel(CHILDREN, formatCount(count));
    }

    get basisText() {
        return BASIS_TEXT[this.rollup?.weightBasis] ?? null;
    }

    get asOfText() {
        return this.asOf ? formatLabel(AS_OF, formatDayText(this.asOf)) : null;
    }

    get showLowest() {
        return !this.reading && !this.failed && Boolean(this.lowest);
    }

    get hasLowestBand() {
        return Boolean(this.lowest?.band);
    }

    get lowestHeading() {
        return formatLabel(LOWEST_HEADING, this.lowest?.band);
    }

    get accounts() {
        return (this.lowest?.accounts ?? []).map((account) => ({
            ...account,
            href: account.url ?? '#',
            scoreText: formatScore(account.score)
        }));
    }

    get moreText() {
        return this.lowest?.more > 0 ? formatLabel(MORE, formatCount(this.lowest.more)) : null;
    }

    get cutText() {
        return this.cut ? formatLabel(PARTIAL, this.cut.levels, formatCount(this.cut.accounts)) : null;
    }

    openRecord(event) {
        // Ctrl/Cmd/Shift-click and middle-click open the link's URL as the browser does.
        if (!isPlainClick(event)) return;
        event.preventDefault();
        this.dispatchEvent(
            new CustomEvent('openrecord', { detail: { recordId: event.currentTarget.dataset.recordId } })
        );
    }
}

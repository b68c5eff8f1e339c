import { LightningElement, api } from 'lwc';
import { receiptCoverage } from 'c/trustEngine';
import {
    SIGNAL_NAMES,
    formatDateTimeText,
    formatDayText,
    formatLabel,
    formatPercent,
    formatPoints,
    formatScore
} from 'c/trustPanelUtils';
import SCORE from '@salesforce/label/c.TL_Panel_Score';
import SCORE_OUT_OF from '@salesforce/label/c.TL_Panel_Score_Out_Of';
import BAND from '@salesforce/label/c.TL_Panel_Band';
import CONFIDENCE from '@salesforce/label/c.TL_Panel_Confidence';
import CHANGE_SINCE from '@salesforce/label/c.TL_Panel_Change_Since';
import CHANGE_SINCE_PREVIOUS from '@salesforce/label/c.TL_Panel_Change_Since_Previous';
import FIRST_SCORE from '@salesforce/label/c.TL_Panel_First_Score';
import CHANGE from '@salesforce/label/c.TL_Panel_Change';
import AS_OF from '@salesforce/label/c.TL_Panel_As_Of';
import MODEL_VERSION from '@salesforce/label/c.TL_Panel_Model_Version';
import MODEL from '@salesforce/label/c.TL_Panel_Model';
import BASED_ON from '@salesforce/label/c.TL_Panel_Based_On';
import BASED_ON_ONE from '@salesforce/label/c.TL_Panel_Based_On_One';
import WITHOUT_EVIDENCE from '@salesforce/label/c.TL_Panel_Without_Evidence';
import SCORED_BY_BATCH from '@salesforce/label/c.TL_Panel_Scored_By_Batch';
import SCORED_BY_PANEL from '@salesforce/label/c.TL_Panel_Scored_By_Panel';
import GAUGE_ALT from '@salesforce/label/c.TL_Panel_Gauge_Alt';
import NO_SCORE from '@salesforce/label/c.TL_Panel_Empty_Title';
import NOT_SAVED from '@salesforce/label/c.TL_Panel_Not_Saved';
import DETAIL_JOIN from '@salesforce/label/c.TL_Panel_Detail_Join';
import PROVISIONAL from '@salesforce/label/c.TL_Panel_Provisional';
import PROVISIONAL_MISSING from '@salesforce/label/c.TL_Panel_Provisional_Missing';
import PROVISIONAL_THIN from '@salesforce/label/c.TL_Panel_Provisional_Thin';

/** Length of the gauge's half circle (radius 42). */
const ARC_LENGTH = Math.PI * 42;
const TONE_CLASS = {
    error: 'slds-theme_error',
    warning: 'slds-theme_warning',
    success: 'slds-theme_success',
    neutral: ''
};

/**
 * Presentational: one receipt's headline. The score on a half-circle gauge and as a number,
 * the band as a coloured badge that always carries its word (or "Provisional", with the
 * evidence still missing, when the score rests on too little to earn a band), the change
 * since the previous receipt, the confidence in words and when, how and with which model it
 * was scored.
 * Computes nothing about the score itself; it formats what the receipt says.
 */
export default class TrustGauge extends LightningElement {
    /** The receipt to show: a `StoredReceipt` from `c/trustEngine` (stored or just recalculated). */
    @api receipt;
    /** The band's tone from `bandTone` (`error`, `warning`, `neutral`, `success`): the badge and gauge colour. */
    @api bandTone = 'neutral';
    /** `yyyy-mm-dd` of the receipt the change is measured against, when the panel has it. */
    @api previousAsOf;
    /** True while the receipt is a recalculation not stored yet. */
    @api unsaved = false;

    label = {
        score: SCORE,
        band: BAND,
        confidence: CONFIDENCE,
        change: CHANGE,
        model: MODEL,
        notSaved: NOT_SAVED
    };

    get hasScore() {
        return typeof this.receipt?.score === 'number';
    }

    get scoreText() {
        return formatLabel(SCORE_OUT_OF, formatScore(this.receipt.score));
    }

    get noScoreText() {
        return NO_SCORE;
    }

    /** A score on too little evidence for a band: shown, but marked as such. */
    get isProvisional() {
        return this.hasScore && this.receipt?.provisional === true;
    }

    get band() {
        return this.isProvisional ? PROVISIONAL : (this.receipt?.band ?? null);
    }

    /** Which evidence a band still needs: the signals without any, by name. */
    get provisionalText() {
        const missing = receiptCoverage(this.receipt).signalsWithoutEvidence;
        if (missing.length === 0) return PROVISIONAL_THIN;
        return formatLabel(PROVISIONAL_MISSING, missing.map((s) => SIGNAL_NAMES[s] ?? s).join(', '));
    }

    get badgeClass() {
        if (this.isProvisional) return 'slds-badge slds-badge_lightest band provisional-badge';
        return `slds-badge band ${TONE_CLASS[this.bandTone] ?? ''}`.trim();
    }

    get gaugeClass() {
        return `gauge gauge_${TONE_CLASS[this.bandTone] === undefined ? 'neutral' : this.bandTone}`;
    }

    get gaugeAlt() {
        return formatLabel(GAUGE_ALT, formatScore(this.receipt.score), this.band ?? '');
    }

    get dashArray() {
        const share = Math.min(100, Math.max(0, this.receipt.score)) / 100;
        return `${(share * ARC_LENGTH).toFixed(2)} ${ARC_LENGTH.toFixed(2)}`;
    }

    get changeText() {
        const change = this.receipt?.change;
        if (typeof change !== 'number') return FIRST_SCORE;
        const points = formatPoints(change);
        return this.previousAsOf
            ? formatLabel(CHANGE_SINCE, points, formatDayText(this.previousAsOf))
            : formatLabel(CHANGE_SINCE_PREVIOUS, points);
    }

    get changeClass() {
        const change = this.receipt?.change;
        if (typeof change !== 'number' || Math.round(change * 10) === 0) return 'slds-item_detail change';
        return `slds-item_detail change ${change > 0 ? 'slds-text-color_success' : 'slds-text-color_error'}`;
    }

    get confidenceText() {
        const coverage = receiptCoverage(this.receipt);
        const parts = [formatPercent(this.receipt.confidence ?? 0)];
        if (this.receipt.drivers?.length || coverage.records > 0) {
            parts.push(coverage.records === 1 ? BASED_ON_ONE : formatLabel(BASED_ON, coverage.records));
        }
        if (coverage.signalsWithoutEvidence.length > 0) {
            const names = coverage.signalsWithoutEvidence.map((s) => SIGNAL_NAMES[s] ?? s).join(', ');
            parts.push(formatLabel(WITHOUT_EVIDENCE, names));
        }
        return joinDetails(parts);
    }

    get asOfText() {
        return formatLabel(AS_OF, formatDayText(this.receipt.asOf));
    }

    get scoredText() {
        const when = formatDateTimeText(this.receipt.scoredAt);
        if (!when) return null;
        return formatLabel(this.receipt.source === 'Panel' ? SCORED_BY_PANEL : SCORED_BY_BATCH, when);
    }

    /** The day the score is for and when and how it was computed, joined by a label. */
    get scoredLine() {
        return joinDetails([this.asOfText, this.scoredText].filter(Boolean));
    }

    get modelText() {
        if (!this.receipt.modelName) return null;
        return formatLabel(MODEL_VERSION, this.receipt.modelName, this.receipt.modelVersion ?? '');
    }
}

/** Details side by side, joined pairwise by a label so a translation sets order and separator. */
function joinDetails(parts) {
    return parts.reduce((line, part) => formatLabel(DETAIL_JOIN, line, part));
}

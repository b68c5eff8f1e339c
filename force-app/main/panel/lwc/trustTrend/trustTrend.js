import { LightningElement, api } from 'lwc';
import { formatDayText, formatLabel, formatScore, trendGeometry } from 'c/trustPanelUtils';
import TREND from '@salesforce/label/c.TL_Panel_Trend';
import TREND_EMPTY from '@salesforce/label/c.TL_Panel_Trend_Empty';
import DESCRIPTION from '@salesforce/label/c.TL_Trend_Description';
import MODEL_CHANGED from '@salesforce/label/c.TL_Trend_Model_Changed';
import LEGEND from '@salesforce/label/c.TL_Trend_Legend';
import COLUMN_DATE from '@salesforce/label/c.TL_Trend_Column_Date';
import COLUMN_SCORE from '@salesforce/label/c.TL_Trend_Column_Score';
import COLUMN_BAND from '@salesforce/label/c.TL_Trend_Column_Band';
import COLUMN_MODEL from '@salesforce/label/c.TL_Trend_Column_Model';
import MODEL_VERSION from '@salesforce/label/c.TL_Panel_Model_Version';
import NO_EVIDENCE from '@salesforce/label/c.TL_Panel_No_Signal_Evidence';

/**
 * Presentational: the last receipts as a small line chart (0–100, oldest on the left), a
 * dashed line where the model version changed, and the same data as a table for screen
 * readers. A receipt without a score breaks the line rather than dropping it to zero.
 */
export default class TrustTrend extends LightningElement {
    /** `StoredReceipt`s, newest first (as the panel query returns them). */
    @api receipts = [];
    /** How many receipts to draw, newest first; 12 by default. */
    @api limit = 12;

    label = {
        trend: TREND,
        empty: TREND_EMPTY,
        legend: LEGEND,
        date: COLUMN_DATE,
        score: COLUMN_SCORE,
        band: COLUMN_BAND,
        model: COLUMN_MODEL
    };

    get geometry() {
        return trendGeometry(this.receipts, this.limit);
    }

    /** A line needs two receipts; one receipt is not a trend. */
    get hasTrend() {
        return (this.receipts ?? []).slice(0, this.limit).length >= 2;
    }

    get viewBox() {
        const g = this.geometry;
        return `0 0 ${g.width} ${g.height}`;
    }

    get gridLines() {
        const g = this.geometry;
        return g.gridLines.map((line) => ({
            ...line,
            x1: g.left,
            x2: g.width - g.right,
            labelX: g.left - 4,
            labelY: line.y + 3
        }));
    }

    get modelChanges() {
        const g = this.geometry;
        return g.modelChanges.map((change) => ({
            ...change,
            y1: g.top,
            y2: g.plotBottom,
            text: formatLabel(
                MODEL_CHANGED,
                change.receipt.modelName ?? '',
                change.receipt.modelVersion ?? '',
                formatDayText(change.receipt.asOf)
            )
        }));
    }

    get hasModelChanges() {
        return this.geometry.modelChanges.length > 0;
    }

    get description() {
        const points = this.geometry.points;
        const rows = this.geometry.points.length;
        if (rows === 0) return TREND_EMPTY;
        const first = points[0].receipt;
        const last = points[rows - 1].receipt;
        const text = formatLabel(
            DESCRIPTION,
            (this.receipts ?? []).slice(0, this.limit).length,
            formatDayText(first.asOf),
            formatDayText(last.asOf),
            formatScore(first.score),
            formatScore(last.score)
        );
        return [text, ...this.modelChanges.map((change) => change.text)].join(' ');
    }

    /** The chart's data as table rows, oldest first like the chart. */
    get rows() {
        return (this.receipts ?? [])
            .slice(0, this.limit)
            .reverse()
            .map((receipt) => ({
                key: receipt.id,
                date: formatDayText(receipt.asOf),
                score: formatScore(receipt.score) ?? NO_EVIDENCE,
                band: receipt.band ?? '',
                model: receipt.modelName
                    ? formatLabel(MODEL_VERSION, receipt.modelName, receipt.modelVersion ?? '')
                    : ''
            }));
    }
}

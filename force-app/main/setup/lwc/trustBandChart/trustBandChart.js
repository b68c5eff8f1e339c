import { LightningElement, api } from 'lwc';
import { LABELS, formatLabel } from 'c/trustSetupLabels';

const GROUP = 96;
const BAR = 36;
const PLOT_TOP = 16;
const PLOT_HEIGHT = 120;
const HEIGHT = PLOT_TOP + PLOT_HEIGHT + 24;

/**
 * Presentational: accounts per band now and with the draft, as paired bars (SVG drawn from
 * data, no DOM manipulation) and, for screen readers, the same numbers as a list.
 */
export default class TrustBandChart extends LightningElement {
    /** One entry per band, lowest band first: { name, before, after } account counts. */
    @api rows;

    label = LABELS;

    get viewBox() {
        return `0 0 ${Math.max(1, (this.rows ?? []).length) * GROUP} ${HEIGHT}`;
    }

    get bars() {
        const rows = this.rows ?? [];
        const max = Math.max(1, ...rows.map((r) => Math.max(r.before, r.after)));
        const baseline = PLOT_TOP + PLOT_HEIGHT;
        const bar = (count, x) => {
            const height = Math.round((count / max) * PLOT_HEIGHT);
            return {
                x,
                y: baseline - height,
                height,
                textY: baseline - height - 4,
                textX: x + BAR / 2,
                count
            };
        };
        return rows.map((r, i) => ({
            key: r.name,
            name: r.name,
            labelX: i * GROUP + GROUP / 2,
            labelY: HEIGHT - 6,
            before: bar(r.before, i * GROUP + 10),
            after: bar(r.after, i * GROUP + 12 + BAR),
            barWidth: BAR
        }));
    }

    get descriptions() {
        return (this.rows ?? []).map((r) => ({
            key: r.name,
            text: formatLabel(LABELS.WhatIf_Chart_Row, r.name, r.before, r.after)
        }));
    }
}

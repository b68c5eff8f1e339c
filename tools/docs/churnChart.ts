/**
 * The README's chart of a backtest: churn rate per band over every window together, as an
 * SVG drawn from the backtest's JSON alone, so the picture can only show what `backtest`
 * printed. Band names come from an admin's model: every text is XML-escaped.
 */
import type { BacktestResult } from '../../records/backtest';

const WIDTH = 640;
const HEIGHT = 360;
const PLOT = { left: 70, right: 30, top: 60, bottom: 70 };
const COLORS = ['#ba0517', '#dd7a01', '#2e844a', '#0176d3', '#747474'];

export function escapeXml(text: string): string {
    return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const pct = (v: number): string => `${Math.round(v * 100)}%`;

export function churnChartSvg(result: BacktestResult): string {
    const o = result.overall;
    const bands = o.bands.filter((b) => b.accounts > 0);
    const top = Math.max(0.1, ...bands.map((b) => b.churnRate ?? 0), o.churnRate ?? 0);
    const scaleTop = Math.ceil(top * 10) / 10;
    const plotW = WIDTH - PLOT.left - PLOT.right;
    const plotH = HEIGHT - PLOT.top - PLOT.bottom;
    const y = (rate: number): number => PLOT.top + plotH * (1 - rate / scaleTop);
    const slot = plotW / Math.max(1, bands.length);
    const parts: string[] = [
        `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="Helvetica, Arial, sans-serif">`,
        `<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>`,
        `<text x="${PLOT.left}" y="28" font-size="17" font-weight="bold" fill="#181818">${escapeXml(
            `Churn rate by band — ${result.model.name} v${result.model.version}`
        )}</text>`,
        `<text x="${PLOT.left}" y="48" font-size="12" fill="#444444">${escapeXml(
            `${o.accounts} renewals in ${o.windows} window${o.windows === 1 ? '' : 's'} of ${result.horizonDays} days; AUC ${o.auc === null ? '—' : o.auc.toFixed(2)}`
        )}</text>`
    ];
    for (let k = 0; k <= 4; k++) {
        const rate = (scaleTop * k) / 4;
        const yy = y(rate).toFixed(1);
        parts.push(
            `<line x1="${PLOT.left}" x2="${WIDTH - PLOT.right}" y1="${yy}" y2="${yy}" stroke="#e5e5e5"/>`,
            `<text x="${PLOT.left - 8}" y="${yy}" font-size="11" text-anchor="end" dominant-baseline="middle" fill="#444444">${pct(rate)}</text>`
        );
    }
    bands.forEach((b, i) => {
        const rate = b.churnRate ?? 0;
        const x = PLOT.left + slot * i + slot * 0.2;
        const w = slot * 0.6;
        const yy = y(rate);
        const label = b.band ?? 'Provisional';
        parts.push(
            `<rect class="bar" x="${x.toFixed(1)}" y="${yy.toFixed(1)}" width="${w.toFixed(1)}" height="${(PLOT.top + plotH - yy).toFixed(1)}" fill="${COLORS[Math.min(i, COLORS.length - 1)]}"><title>${escapeXml(`${label}: ${b.churned} of ${b.accounts} churned`)}</title></rect>`,
            `<text x="${(x + w / 2).toFixed(1)}" y="${(yy - 6).toFixed(1)}" font-size="13" font-weight="bold" text-anchor="middle" fill="#181818">${pct(rate)}</text>`,
            `<text x="${(x + w / 2).toFixed(1)}" y="${HEIGHT - PLOT.bottom + 20}" font-size="13" text-anchor="middle" fill="#181818">${escapeXml(label)}</text>`,
            `<text x="${(x + w / 2).toFixed(1)}" y="${HEIGHT - PLOT.bottom + 38}" font-size="11" text-anchor="middle" fill="#444444">${escapeXml(`${b.churned} of ${b.accounts}`)}</text>`
        );
    });
    if (o.churnRate !== null) {
        const yy = y(o.churnRate).toFixed(1);
        parts.push(
            `<line x1="${PLOT.left}" x2="${WIDTH - PLOT.right}" y1="${yy}" y2="${yy}" stroke="#181818" stroke-dasharray="5 4"/>`,
            `<text x="${WIDTH - PLOT.right}" y="${(Number(yy) - 6).toFixed(1)}" font-size="11" text-anchor="end" fill="#181818">${escapeXml(`base rate ${pct(o.churnRate)}`)}</text>`
        );
    }
    parts.push('</svg>');
    return `${parts.join('\n')}\n`;
}

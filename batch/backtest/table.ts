/** The backtest for people: churn by band as bars, the AUC in words, deciles and signals. */
import { SIGNAL_LABELS, type SignalId } from '../../engine/catalog';
import type { BacktestResult, BacktestWindow, BandOutcome, OverrideOutcome } from '../../records/backtest';
import { MIN_OUTCOMES } from '../../records/backtest';
import { backtestMessages as m } from './messages';

const BAR_WIDTH = 20;

/** Names come from a model an admin typed: no control character reaches the terminal. */
export function printable(text: string): string {
    return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
}

export function bar(rate: number | null): string {
    const filled = rate === null ? 0 : Math.round(rate * BAR_WIDTH);
    return '█'.repeat(filled) + '░'.repeat(BAR_WIDTH - filled);
}

function bandLines(bands: readonly BandOutcome[], lowest: string | null, lift: number | null): string[] {
    const label = (b: BandOutcome): string => printable(b.band ?? m.provisionalBand);
    const width = Math.max(...bands.map((b) => label(b).length));
    return bands.map(
        (b) =>
            `    ${m.bandLine(label(b).padEnd(width), bar(b.churnRate), b.churnRate, b.churned, b.accounts)}` +
            (b.band === lowest && lift !== null ? m.lift(lift) : '')
    );
}

function signalLabel(id: string): string {
    return printable(SIGNAL_LABELS[id as SignalId] ?? id);
}

function overrideLines(o: OverrideOutcome): string[] {
    const lines = [`  ${m.overrides(o.accounts, o.churned)}`];
    if (o.closerTo === null || o.overrideBandError === null || o.computedBandError === null)
        lines.push(`    ${m.overridesNotCompared}`);
    else lines.push(`    ${m.overridesCloser(o.closerTo, o.overrideBandError, o.computedBandError)}`);
    return lines;
}

function windowLines(w: BacktestWindow, lowest: string | null): string[] {
    const lines = [
        m.window(w.asOf, w.until, w.incomplete),
        `  ${m.judged(w.accounts, w.renewed, w.downsells, w.churned, w.leftOut)}`
    ];
    if (w.unscored > 0) lines.push(`  ${m.unscored(w.unscored)}`);
    if (w.provisional > 0) lines.push(`  ${m.provisional(w.provisional)}`);
    if (w.tooFewOutcomes) lines.push(`  ${m.tooFew(w.accounts, MIN_OUTCOMES)}`);
    lines.push(`  ${w.auc === null ? m.noAuc(w.renewed) : m.auc(w.auc)}`);
    if (w.accounts === 0) return lines;
    lines.push(`  ${m.bandsHeading(w.churnRate)}`, ...bandLines(w.bands, lowest, w.lowestBandLift));
    lines.push(`  ${m.decilesHeading}`);
    for (const d of w.deciles)
        lines.push(`    ${m.decileLine(d.decile, d.minScore, d.maxScore, d.accounts, d.renewalRate)}`);
    const signals = Object.entries(w.signals).filter(([, v]) => v.accounts > 0);
    if (signals.length > 0) {
        const width = Math.max(...signals.map(([id]) => signalLabel(id).length));
        lines.push(`  ${m.signalsHeading}`);
        for (const [id, v] of signals)
            lines.push(`    ${m.signalLine(signalLabel(id).padEnd(width), v.auc, v.accounts)}`);
    }
    if (w.overrides) lines.push(...overrideLines(w.overrides));
    return lines;
}

export function backtestTable(result: BacktestResult, lowestBandName: string | null): string {
    const lines = [
        m.heading(
            printable(result.model.name),
            result.model.version,
            result.horizonDays,
            result.newestRecord
        ),
        ''
    ];
    for (const w of result.windows) lines.push(...windowLines(w, lowestBandName), '');
    const o = result.overall;
    if (result.windows.length > 1) {
        lines.push(m.overall(o.windows, o.accounts, o.renewed, o.churned));
        if (o.tooFewOutcomes) lines.push(m.tooFew(o.accounts, MIN_OUTCOMES));
        lines.push(o.auc === null ? m.noAuc(o.renewed) : m.auc(o.auc));
        if (o.lowestBand !== null && o.lowestBandChurnRate !== null)
            lines.push(m.lowestBand(printable(o.lowestBand), o.lowestBandChurnRate, o.lowestBandLift));
        lines.push('');
    }
    return lines.join('\n');
}

/** The backtest for people: churn by band as bars, the AUC in words, deciles and signals. */
import { isSignalId, SIGNAL_LABELS } from '../../engine/catalog';
import type { TrustModel } from '../../engine/model';
import { signalLabel } from '../../engine/signalLabel';
import type { BacktestWindow, BandOutcome, OverrideOutcome } from '../../records/backtest';
import { MIN_OUTCOMES } from '../../records/backtest';
import { backtestMessages as m } from './messages';
import type { ModelBacktest, SegmentedBacktest } from './report';

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

/** A signal's name: the catalog's, or the label the first model holding the custom signal gives it. */
function labelIn(models: readonly TrustModel[], id: string): string {
    if (isSignalId(id)) return SIGNAL_LABELS[id];
    for (const model of models) {
        const label = signalLabel(model, id);
        if (label !== id) return printable(label);
    }
    return printable(id);
}

function overrideLines(o: OverrideOutcome): string[] {
    const lines = [`  ${m.overrides(o.accounts, o.churned)}`];
    if (o.closerTo === null || o.overrideBandError === null || o.computedBandError === null)
        lines.push(`    ${m.overridesNotCompared}`);
    else lines.push(`    ${m.overridesCloser(o.closerTo, o.overrideBandError, o.computedBandError)}`);
    return lines;
}

function windowLines(w: BacktestWindow, lowest: string | null, models: readonly TrustModel[]): string[] {
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
        const label = (id: string): string => labelIn(models, id);
        const width = Math.max(...signals.map(([id]) => label(id).length));
        lines.push(`  ${m.signalsHeading}`);
        for (const [id, v] of signals)
            lines.push(`    ${m.signalLine(label(id).padEnd(width), v.auc, v.accounts)}`);
    }
    if (w.overrides) lines.push(...overrideLines(w.overrides));
    return lines;
}

function modelLine(b: ModelBacktest): string {
    const segment = b.segment ? m.segment(printable(b.segment.field), b.segment.values.map(printable)) : null;
    const o = b.overall;
    return m.byModelLine(printable(b.model.name), b.model.version, segment, o.accounts, o.churned, o.auc);
}

/**
 * The backtest for people. `models`: the models that scored, in priority order, for the names
 * of their custom signals; with several, each model's own accounts close the report.
 */
export function backtestTable(
    result: SegmentedBacktest,
    lowestBandName: string | null,
    models: readonly TrustModel[] = []
): string {
    const lines = [
        m.heading(
            printable(result.model.name),
            result.model.version,
            result.horizonDays,
            result.newestRecord
        ),
        ''
    ];
    for (const w of result.windows) lines.push(...windowLines(w, lowestBandName, models), '');
    const o = result.overall;
    if (result.windows.length > 1) {
        lines.push(m.overall(o.windows, o.accounts, o.renewed, o.churned));
        if (o.tooFewOutcomes) lines.push(m.tooFew(o.accounts, MIN_OUTCOMES));
        lines.push(o.auc === null ? m.noAuc(o.renewed) : m.auc(o.auc));
        if (o.lowestBand !== null && o.lowestBandChurnRate !== null)
            lines.push(m.lowestBand(printable(o.lowestBand), o.lowestBandChurnRate, o.lowestBandLift));
        lines.push('');
    }
    if (result.models) lines.push(m.byModelHeading, ...result.models.map(modelLine), '');
    return lines.join('\n');
}

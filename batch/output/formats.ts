/**
 * The three output formats of `trust-ledger score`. JSON and CSV stream account by account;
 * the table keeps one small row per account because it is sorted.
 */
import { styleText } from 'node:util';
import { PILLAR_IDS, SIGNAL_IDS } from '../../engine/catalog';
import { signalLabel } from '../../engine/signalLabel';
import type { TrustModel } from '../../engine/model';
import type { TrustResult } from '../../engine/result';
import type { OutputTarget } from './atomicFile';
import type { DryRunJson } from './dryRunJson';
import { csvCell } from './csvCell';
import { customSignalIds, MODEL_CSV_HEADER, modelCsvCells, modelOfResult } from './modelColumns';
import {
    OVERRIDE_FOOTNOTE,
    OVERRIDE_MARK,
    ROLLUP_FOOTNOTE,
    ROLLUP_HEADER,
    rollupCell,
    STANDING_CSV_HEADER,
    standingCsvCells
} from './standingColumns';
import { inertModel, inertText } from './terminalText';

export type OutputFormat = 'table' | 'json' | 'csv';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['table', 'json', 'csv'];

/** Top-level fields after `accounts` that only the end of a run knows (a dry run's alerts). */
export interface OutputTrailer {
    dryRun?: DryRunJson;
}

export interface ResultSink {
    add(result: TrustResult): Promise<void>;
    /** The trailer goes into the JSON after `accounts`; the CSV and the table leave it to the summary. */
    finish(trailer?: OutputTrailer): Promise<void>;
}

export interface SinkContext {
    asOf: string;
    /** The default model: its name heads the output. */
    model: TrustModel;
    /** Every model of the run, in priority order (models per segment); absent: `model` alone. */
    models?: readonly TrustModel[];
    target: OutputTarget;
    color: boolean;
}

/**
 * docs/architecture.md's JSON: `{ asOf, model: {name, version}, accounts: [ … ] }`, streamed,
 * then the trailer's fields, if any.
 */
export function jsonSink({ asOf, model, target }: SinkContext): ResultSink {
    let first = true;
    let buffer = `{"asOf":${JSON.stringify(asOf)},"model":${JSON.stringify({ name: model.name, version: model.version })},"accounts":[`;
    return {
        async add(result) {
            buffer += `${first ? '\n' : ',\n'}${JSON.stringify(result)}`;
            first = false;
            if (buffer.length > 1 << 16) {
                await target.write(buffer);
                buffer = '';
            }
        },
        async finish(trailer = {}) {
            const after = Object.entries(trailer)
                .map(([key, value]) => `,${JSON.stringify(key)}:${JSON.stringify(value)}`)
                .join('');
            await target.write(`${buffer}${first ? '' : '\n'}]${after}}\n`);
        }
    };
}

/** The CSV's header when no model has custom signals; their columns follow it (csvHeader). */
export const CSV_HEADER = [
    'AccountId',
    'AccountName',
    'Score',
    'Band',
    'Confidence',
    ...PILLAR_IDS,
    ...SIGNAL_IDS,
    'TopDriver',
    'TopDriverImpact',
    ...STANDING_CSV_HEADER,
    ...MODEL_CSV_HEADER
];

/** The whole header of a run's CSV: the fixed columns, the model's, then each custom signal's id. */
export function csvHeader(models: readonly TrustModel[]): string[] {
    return [...CSV_HEADER, ...customSignalIds(models)];
}

export function csvSink({ target, model, models = [model] }: SinkContext): ResultSink {
    const custom = customSignalIds(models);
    let buffer = `${csvHeader(models).join(',')}\n`;
    return {
        async add(r) {
            const top = r.drivers[0];
            const cells = [
                r.accountId,
                r.accountName,
                r.score,
                r.band,
                r.confidence,
                ...PILLAR_IDS.map((p) => r.pillars[p]),
                ...SIGNAL_IDS.map((s) => r.signals[s].score),
                top ? top.summary : null,
                top ? top.impact : null,
                ...standingCsvCells(r),
                ...modelCsvCells(r),
                ...custom.map((id) => r.signals[id]?.score ?? null)
            ];
            buffer += `${cells.map(csvCell).join(',')}\n`;
            if (buffer.length > 1 << 16) {
                await target.write(buffer);
                buffer = '';
            }
        },
        async finish() {
            await target.write(buffer);
        }
    };
}

type BandColor = 'red' | 'yellow' | 'cyan' | 'green';
/** Band colours by rank from the lowest band; the band word is always printed too. */
const BAND_COLORS: BandColor[] = ['red', 'yellow', 'cyan', 'green'];

/**
 * The colour of a band by its rank among its own model's bands: with models per segment the
 * same word may rank differently, and each account is coloured by the model that scored it.
 */
function bandColor(model: TrustModel, band: string | null): BandColor | null {
    if (band === null) return null;
    const rank = Math.max(
        0,
        model.bands.findIndex((b) => b.name === band)
    );
    const scaled = Math.round((rank / Math.max(1, model.bands.length - 1)) * (BAND_COLORS.length - 1));
    return BAND_COLORS[scaled] ?? 'cyan';
}

/** What the band column says for a provisional score (it has no band). */
export const PROVISIONAL_LABEL = 'provisional';

interface TableRow {
    id: string;
    name: string;
    score: number | null;
    band: string | null;
    /** The band's colour under the account's own model; null without a band. */
    color: BandColor | null;
    provisional: boolean;
    /** The band shown is an override's. */
    overridden: boolean;
    /** The roll-up cell, '' without children. */
    rollup: string;
    confidence: number;
    pillars: (number | null)[];
    driver: string;
}

function truncate(text: string, width: number): string {
    return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}

/**
 * A terminal table, lowest trust first (the accounts that need attention), unscored last.
 * Names, ids and band names are record text, made inert before they are measured and padded.
 */
export function tableSink({
    model: recordModel,
    models: recordModels = [recordModel],
    target,
    color,
    asOf
}: SinkContext): ResultSink {
    const model = inertModel(recordModel);
    // Each row is read with the model that scored it; record text made inert once per model.
    const inert = new Map(recordModels.map((m) => [m, inertModel(m)]));
    const ownModel = (r: TrustResult): TrustModel =>
        inert.get(modelOfResult(recordModels, recordModel, r)) ?? model;
    const rows: TableRow[] = [];
    // `color` already says whether the output takes colour (a terminal, NO_COLOR unset): the
    // stream given may not be process.stdout, which styleText would otherwise judge by.
    const paint = (hue: BandColor | null, text: string): string =>
        color && hue !== null ? styleText(hue, text, { validateStream: false }) : text;
    return {
        async add(r) {
            const top = r.drivers[0];
            const own = ownModel(r);
            const band = r.band === null ? null : inertText(r.band);
            rows.push({
                id: inertText(r.accountId),
                name: inertText(r.accountName ?? ''),
                score: r.score,
                band,
                color: bandColor(own, band),
                provisional: r.provisional,
                overridden: r.override !== undefined,
                rollup: inertText(rollupCell(r)),
                confidence: r.confidence,
                pillars: PILLAR_IDS.map((p) => r.pillars[p]),
                driver: top
                    ? `${top.impact >= 0 ? '+' : '−'}${Math.abs(top.impact).toFixed(1)} ${inertText(signalLabel(own, top.signal))}`
                    : 'no evidence yet'
            });
        },
        async finish() {
            rows.sort(
                (a, b) =>
                    (a.score ?? 1e9) - (b.score ?? 1e9) ||
                    a.name.localeCompare(b.name) ||
                    (a.id < b.id ? -1 : 1)
            );
            const overrides = rows.some((r) => r.overridden);
            // Every model's bands, the default's first: the band column and the counts cover them all.
            const bandNames = [
                ...new Set([model, ...inert.values()].flatMap((m) => m.bands.map((b) => b.name)))
            ];
            const bandWidth = Math.max(
                'not scored'.length,
                PROVISIONAL_LABEL.length,
                ...bandNames.map((b) => b.length + (overrides ? OVERRIDE_MARK.length : 0))
            );
            // A provisional score is shown, marked, and counted apart from the bands.
            const bandText = (r: TableRow): string =>
                r.provisional ? PROVISIONAL_LABEL : (r.band ?? 'not scored');
            // An overridden band is marked where it is shown, and counted with its band.
            const bandCell = (r: TableRow): string => `${bandText(r)}${r.overridden ? OVERRIDE_MARK : ''}`;
            // The roll-up column is there only when some account has accounts below it.
            const rollups = rows.some((r) => r.rollup !== '');
            const rollupWidth = Math.max(ROLLUP_HEADER.length, ...rows.map((r) => r.rollup.length));
            const rollupCol = (text: string): string => (rollups ? `${text.padEnd(rollupWidth)}  ` : '');
            const nameWidth = Math.min(34, Math.max(7, ...rows.map((r) => r.name.length)));
            const num = (v: number | null): string => (v === null ? '—' : v.toFixed(1)).padStart(5);
            const header = `${'Account'.padEnd(nameWidth)}  ${'Id'.padEnd(18)}  Score  ${'Band'.padEnd(bandWidth)}  Conf  Under  Relia  Capab  Fair   ${rollupCol(ROLLUP_HEADER)}Top driver`;
            const lines = [
                `Trust scores as of ${asOf} — ${modelsHeading(model, [...inert.values()])} — ${rows.length} accounts`,
                header,
                '-'.repeat(header.length)
            ];
            for (const r of rows) {
                const band = paint(r.color, bandCell(r).padEnd(bandWidth));
                lines.push(
                    `${truncate(r.name, nameWidth).padEnd(nameWidth)}  ${r.id.padEnd(18)}  ${num(r.score)}  ${band}  ${`${Math.round(r.confidence * 100)}%`.padStart(4)}  ${r.pillars.map(num).join('  ')}  ${rollupCol(r.rollup)}${r.driver}`
                );
            }
            const counts = new Map<string, number>();
            // A band's word in the counts takes the colour of the first row that shows it.
            const hues = new Map<string, BandColor | null>();
            for (const r of rows) {
                counts.set(bandText(r), (counts.get(bandText(r)) ?? 0) + 1);
                if (!r.provisional && r.band !== null && !hues.has(r.band)) hues.set(r.band, r.color);
            }
            const summary = [...bandNames, PROVISIONAL_LABEL, 'not scored']
                .filter((b) => counts.has(b))
                .map((b) => `${paint(hues.get(b) ?? null, b)}: ${counts.get(b)}`)
                .join('  ');
            lines.push('', `Bands — ${summary}`);
            if (overrides) lines.push(OVERRIDE_FOOTNOTE);
            if (rollups) lines.push(ROLLUP_FOOTNOTE);
            lines.push('');
            await target.write(lines.join('\n'));
        }
    };
}

/** The table's heading names the model, or every model in the order accounts are matched. */
function modelsHeading(model: TrustModel, models: readonly TrustModel[]): string {
    if (models.length <= 1) return `model ${model.name} v${model.version}`;
    return `models ${models.map((m) => `${m.name} v${m.version}`).join(', ')} (by segment, in that order)`;
}

export function makeSink(format: OutputFormat, context: SinkContext): ResultSink {
    return format === 'json' ? jsonSink(context) : format === 'csv' ? csvSink(context) : tableSink(context);
}

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
    model: TrustModel;
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
    ...STANDING_CSV_HEADER
];

export function csvSink({ target }: SinkContext): ResultSink {
    let buffer = `${CSV_HEADER.join(',')}\n`;
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
                ...standingCsvCells(r)
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

/** What the band column says for a provisional score (it has no band). */
export const PROVISIONAL_LABEL = 'provisional';

interface TableRow {
    id: string;
    name: string;
    score: number | null;
    band: string | null;
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
export function tableSink({ model: recordModel, target, color, asOf }: SinkContext): ResultSink {
    const model = inertModel(recordModel);
    const rows: TableRow[] = [];
    const bandRank = new Map(model.bands.map((b, i) => [b.name, i]));
    const paint = (band: string | null, text: string): string => {
        if (!color || band === null) return text;
        const rank = bandRank.get(band) ?? 0;
        const scaled = Math.round((rank / Math.max(1, model.bands.length - 1)) * (BAND_COLORS.length - 1));
        return styleText(BAND_COLORS[scaled] ?? 'cyan', text);
    };
    return {
        async add(r) {
            const top = r.drivers[0];
            rows.push({
                id: inertText(r.accountId),
                name: inertText(r.accountName ?? ''),
                score: r.score,
                band: r.band === null ? null : inertText(r.band),
                provisional: r.provisional,
                overridden: r.override !== undefined,
                rollup: inertText(rollupCell(r)),
                confidence: r.confidence,
                pillars: PILLAR_IDS.map((p) => r.pillars[p]),
                driver: top
                    ? `${top.impact >= 0 ? '+' : '−'}${Math.abs(top.impact).toFixed(1)} ${inertText(signalLabel(model, top.signal))}`
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
            const bandWidth = Math.max(
                'not scored'.length,
                PROVISIONAL_LABEL.length,
                ...model.bands.map((b) => b.name.length + (overrides ? OVERRIDE_MARK.length : 0))
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
                `Trust scores as of ${asOf} — model ${model.name} v${model.version} — ${rows.length} accounts`,
                header,
                '-'.repeat(header.length)
            ];
            for (const r of rows) {
                const band = paint(r.band, bandCell(r).padEnd(bandWidth));
                lines.push(
                    `${truncate(r.name, nameWidth).padEnd(nameWidth)}  ${r.id.padEnd(18)}  ${num(r.score)}  ${band}  ${`${Math.round(r.confidence * 100)}%`.padStart(4)}  ${r.pillars.map(num).join('  ')}  ${rollupCol(r.rollup)}${r.driver}`
                );
            }
            const counts = new Map<string, number>();
            for (const r of rows) counts.set(bandText(r), (counts.get(bandText(r)) ?? 0) + 1);
            const unbanded = new Set([PROVISIONAL_LABEL, 'not scored']);
            const summary = [...model.bands.map((b) => b.name), PROVISIONAL_LABEL, 'not scored']
                .filter((b) => counts.has(b))
                .map((b) => `${paint(unbanded.has(b) ? null : b, b)}: ${counts.get(b)}`)
                .join('  ');
            lines.push('', `Bands — ${summary}`);
            if (overrides) lines.push(OVERRIDE_FOOTNOTE);
            if (rollups) lines.push(ROLLUP_FOOTNOTE);
            lines.push('');
            await target.write(lines.join('\n'));
        }
    };
}

export function makeSink(format: OutputFormat, context: SinkContext): ResultSink {
    return format === 'json' ? jsonSink(context) : format === 'csv' ? csvSink(context) : tableSink(context);
}

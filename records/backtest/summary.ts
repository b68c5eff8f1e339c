/**
 * Per-window numbers of a backtest from the judged accounts: churn by band, the lowest
 * band's lift, calibration by score decile, and each signal's own AUC. Pure, so the setup
 * page and the CLI compute them the same way.
 */
import type { TrustModel } from '../../engine/model';
import { rankAuc } from './auc';
import {
    MIN_OUTCOMES,
    type BandOutcome,
    type BacktestOverall,
    type DecileOutcome,
    type JudgedAccount,
    type SignalOutcome
} from './types';

const rate = (part: number, whole: number): number | null => (whole > 0 ? round4(part / whole) : null);

function round4(value: number): number {
    return Math.round(value * 10_000) / 10_000;
}

/** Churn per band in the model's order (lowest first), then provisional accounts when there are any. */
export function bandOutcomes(judged: readonly JudgedAccount[], model: TrustModel): BandOutcome[] {
    const counts = new Map<string | null, { accounts: number; churned: number }>();
    for (const band of model.bands) counts.set(band.name, { accounts: 0, churned: 0 });
    for (const a of judged) {
        const key = a.provisional ? null : a.band;
        let c = counts.get(key);
        if (!c) counts.set(key, (c = { accounts: 0, churned: 0 }));
        c.accounts++;
        if (!a.renewed) c.churned++;
    }
    const out: BandOutcome[] = [];
    for (const [band, c] of counts) {
        if (band === null && c.accounts === 0) continue;
        out.push({ band, accounts: c.accounts, churned: c.churned, churnRate: rate(c.churned, c.accounts) });
    }
    // Provisional last, whatever order accounts came in.
    return out.sort((a, b) => (a.band === null ? 1 : 0) - (b.band === null ? 1 : 0));
}

/**
 * Accounts sorted by score (then id) cut into ten groups of (nearly) equal size; the
 * observed renewal rate per group is the calibration of the score.
 */
export function decileOutcomes(judged: readonly JudgedAccount[]): DecileOutcome[] {
    const sorted = judged
        .slice()
        .sort(
            (a, b) =>
                a.score - b.score || (a.accountId < b.accountId ? -1 : a.accountId > b.accountId ? 1 : 0)
        );
    const n = sorted.length;
    const out: DecileOutcome[] = [];
    for (let d = 0; d < 10; d++) {
        const from = Math.ceil((d * n) / 10);
        const to = Math.ceil(((d + 1) * n) / 10);
        if (to <= from) continue;
        const group = sorted.slice(from, to);
        const renewed = group.filter((a) => a.renewed).length;
        const sum = group.reduce((s, a) => s + a.score, 0);
        out.push({
            decile: d + 1,
            accounts: group.length,
            minScore: (group[0] as JudgedAccount).score,
            maxScore: (group[group.length - 1] as JudgedAccount).score,
            meanScore: Math.round((sum / group.length) * 10) / 10,
            renewed,
            churned: group.length - renewed,
            renewalRate: round4(renewed / group.length)
        });
    }
    return out;
}

/** Each signal's AUC over the judged accounts where it had evidence: which evidence predicts here. */
export function signalOutcomes(
    judged: readonly JudgedAccount[],
    signalIds: readonly string[]
): Record<string, SignalOutcome> {
    const out: Record<string, SignalOutcome> = {};
    for (const id of signalIds) {
        const items: { score: number; renewed: boolean }[] = [];
        for (const a of judged) {
            const score = a.signals[id];
            if (score !== null && score !== undefined) items.push({ score, renewed: a.renewed });
        }
        out[id] = { accounts: items.length, auc: roundAuc(rankAuc(items)) };
    }
    return out;
}

export function roundAuc(auc: number | null): number | null {
    return auc === null ? null : round4(auc);
}

export interface JudgedSummary {
    accounts: number;
    renewed: number;
    churned: number;
    downsells: number;
    provisional: number;
    tooFewOutcomes: boolean;
    auc: number | null;
    churnRate: number | null;
    lowestBandLift: number | null;
    bands: BandOutcome[];
}

/** The numbers shared by a window and the whole run. */
export function summariseJudged(judged: readonly JudgedAccount[], model: TrustModel): JudgedSummary {
    const renewed = judged.filter((a) => a.renewed).length;
    const churned = judged.length - renewed;
    const bands = bandOutcomes(judged, model);
    const churnRate = rate(churned, judged.length);
    const lowest = lowestBand(bands, model);
    return {
        accounts: judged.length,
        renewed,
        churned,
        downsells: judged.filter((a) => a.downsell).length,
        provisional: judged.filter((a) => a.provisional).length,
        tooFewOutcomes: judged.length < MIN_OUTCOMES,
        auc: roundAuc(rankAuc(judged)),
        churnRate,
        lowestBandLift:
            lowest && lowest.churnRate !== null && churnRate !== null && churnRate > 0
                ? Math.round((lowest.churnRate / churnRate) * 100) / 100
                : null,
        bands
    };
}

/** The model's lowest band (the first, starting at 0) as counted. */
export function lowestBand(bands: readonly BandOutcome[], model: TrustModel): BandOutcome | null {
    const name = model.bands[0]?.name;
    return bands.find((b) => b.band === name) ?? null;
}

/** Every judged account of every window pooled: the figure stored on the model and reported. */
export function summariseOverall(
    windows: readonly (readonly JudgedAccount[])[],
    model: TrustModel
): BacktestOverall {
    const all = windows.flat();
    const s = summariseJudged(all, model);
    const lowest = lowestBand(s.bands, model);
    return {
        windows: windows.length,
        accounts: s.accounts,
        renewed: s.renewed,
        churned: s.churned,
        downsells: s.downsells,
        auc: s.auc,
        churnRate: s.churnRate,
        lowestBand: model.bands[0]?.name ?? null,
        lowestBandChurnRate: lowest?.churnRate ?? null,
        lowestBandLift: s.lowestBandLift,
        tooFewOutcomes: s.tooFewOutcomes,
        bands: s.bands
    };
}

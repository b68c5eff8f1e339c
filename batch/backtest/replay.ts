/**
 * Replays the org's history in memory: the evidence is read once (a CSV export, or an org's
 * chunks as `score` reads them) and every as-of day is scored from that copy, so a backtest
 * of twelve windows costs no more API calls than one. Only accounts with an outcome in a
 * window are scored for it; baselines are computed per window over every account, exactly
 * as `score --as-of` computes them.
 */
import { BASELINE_EVIDENCE, type OrgBaselines } from '../../engine/baselines';
import type { AccountEvidence, Day } from '../../engine/evidence';
import type { TrustModel } from '../../engine/model';
import { chooseModel, singleModelSet, type ModelSet } from '../../engine/modelSet';
import { scoreAccount } from '../../engine/score';
import { SetBaselineAccumulator } from '../../engine/setBaselines';
import { dayOfInstant } from '../../engine/dates';
import { renewalOutcome, type JudgedAccount } from '../../records/backtest';
import type { EvidenceKind, ExportStore } from '../exports/exportStore';
import { accountModel } from '../run/accountModel';

/** Where the evidence lives: one staged export, or an org's chunks (see batch/org/chunks). */
export interface EvidenceChunks {
    accounts: number;
    each(visit: (store: ExportStore, offset: number) => Promise<void>): Promise<void>;
}

export function singleStore(store: ExportStore): EvidenceChunks {
    return { accounts: store.accounts, each: (visit) => visit(store, 0) };
}

export interface ReplayOptions {
    chunks: EvidenceChunks;
    /** The default model (the only one without segments). */
    model: TrustModel;
    /** Models per segment: each account replayed with its own model and that model's baselines. */
    models?: ModelSet;
    horizonDays: number;
    /** The as-of days to replay, once the newest record is known (it may refuse them). */
    windows: (newest: Day | null) => Day[];
    onProgress?: (stage: string, done: number, total: number) => void;
}

/** What one window judged of the accounts one model scores. */
export interface JudgedGroup {
    judged: JudgedAccount[];
    leftOut: number;
    unscored: number;
}

export interface ReplayWindow extends JudgedGroup {
    asOf: Day;
    /** The default model's. */
    baselines: OrgBaselines;
    /** Each model's, with models per segment; absent: the default's scores every account. */
    byModel?: ReadonlyMap<TrustModel, OrgBaselines>;
    /** With several models: each model's accounts apart, in the order of `Replay.models`. */
    perModel?: JudgedGroup[];
}

export interface Replay {
    newest: Day | null;
    windows: ReplayWindow[];
    /** The models in priority order, when several scored (models per segment). */
    models?: readonly TrustModel[];
}

const NONE = 0;
const RENEWED = 1;
const DOWNSELL = 2;
const CHURNED = 3;

const NEWEST_EVIDENCE: ReadonlySet<EvidenceKind> = new Set([
    'opportunities',
    'cases',
    'commitments',
    'references'
]);

/**
 * The newest day a record is dated. Open opportunities' close dates and promises' due dates
 * are plans, not records of something that happened, so they do not count.
 */
export function newestDay(e: AccountEvidence, current: Day | null): Day | null {
    let newest = current ?? Number.NEGATIVE_INFINITY;
    const day = (d: Day | null): void => {
        if (d !== null && d > newest) newest = d;
    };
    const instant = (i: number | null): void => day(i === null ? null : dayOfInstant(i));
    for (const o of e.opportunities) {
        instant(o.createdDate);
        if (o.isClosed) day(o.closeDate);
    }
    for (const c of e.cases) {
        instant(c.createdDate);
        instant(c.closedDate);
    }
    for (const c of e.commitments) {
        day(c.promisedOn);
        day(c.deliveredOn);
    }
    for (const r of e.references) day(r.requestedOn);
    return Number.isFinite(newest) ? newest : null;
}

export async function replay(options: ReplayOptions): Promise<Replay> {
    const { chunks, model, models, horizonDays } = options;
    const set = models ?? singleModelSet(model);
    const progress = options.onProgress ?? (() => undefined);
    const total = chunks.accounts;

    let newest: Day | null = null;
    await chunks.each(async (store) => {
        for (let i = 0; i < store.accounts; i++)
            newest = newestDay(store.evidenceFor(i, NEWEST_EVIDENCE), newest);
    });
    const days = options.windows(newest);

    // Baselines of every window and each account's outcomes, in one pass over the evidence.
    const accumulators = days.map((d) => new SetBaselineAccumulator(set, d));
    const outcomes = days.map(() => new Uint8Array(total));
    // With several models, which one scores each account (its index in the set): the backtest
    // reports each model's accounts apart too. A set holds far fewer than 256 models.
    const several = set.models.length > 1;
    const modelIndex = several ? new Uint8Array(total) : null;
    const baselineKinds = new Set(BASELINE_EVIDENCE);
    await chunks.each(async (store, offset) => {
        for (let i = 0; i < store.accounts; i++) {
            const evidence = store.evidenceFor(i, baselineKinds);
            // What a renewal is follows the account's own model's mappings.
            const own = chooseModel(set, evidence.account);
            if (modelIndex) modelIndex[offset + i] = set.models.indexOf(own);
            for (let w = 0; w < days.length; w++) {
                (accumulators[w] as SetBaselineAccumulator).add(evidence);
                const outcome = renewalOutcome(evidence.opportunities, own, days[w] as Day, horizonDays);
                if (outcome === null) continue;
                (outcomes[w] as Uint8Array)[offset + i] =
                    outcome.kind === 'churned' ? CHURNED : outcome.downsell ? DOWNSELL : RENEWED;
            }
            if ((offset + i) % 4096 === 0) progress('outcomes and baselines', offset + i, total);
        }
    });
    const windows: ReplayWindow[] = days.map((asOf, w) => {
        const byModel = (accumulators[w] as SetBaselineAccumulator).result();
        return {
            asOf,
            baselines: byModel.get(set.fallback) as OrgBaselines,
            byModel,
            judged: [],
            leftOut: 0,
            unscored: 0,
            ...(several ? { perModel: set.models.map(() => ({ judged: [], leftOut: 0, unscored: 0 })) } : {})
        };
    });

    // Score each account once per window it has an outcome in, from one copy of its evidence.
    await chunks.each(async (store, offset) => {
        for (let i = 0; i < store.accounts; i++) {
            const position = offset + i;
            let evidence: AccountEvidence | null = null;
            for (let w = 0; w < windows.length; w++) {
                const window = windows[w] as ReplayWindow;
                const group = window.perModel?.[(modelIndex as Uint8Array)[position] as number];
                const outcome = (outcomes[w] as Uint8Array)[position] as number;
                if (outcome === NONE) {
                    window.leftOut++;
                    if (group) group.leftOut++;
                    continue;
                }
                evidence ??= store.evidenceFor(i);
                const own = accountModel({ model, models, ...window }, evidence);
                // The backtest judges scores only: no path to the next band to find.
                const result = scoreAccount(evidence, own.model, own.baselines, window.asOf, {
                    nextBand: false
                });
                if (result.score === null) {
                    window.unscored++;
                    if (group) group.unscored++;
                    continue;
                }
                const signals: Record<string, number | null> = {};
                for (const [id, signal] of Object.entries(result.signals)) signals[id] = signal.score;
                const judged: JudgedAccount = {
                    accountId: result.accountId,
                    score: result.score,
                    band: result.override ? result.override.computedBand : result.band,
                    ...(result.override ? { override: result.override.band } : {}),
                    // Set by engines that mark thin evidence; absent means every account has a band.
                    provisional: (result as { provisional?: boolean }).provisional === true,
                    renewed: outcome !== CHURNED,
                    downsell: outcome === DOWNSELL,
                    signals
                };
                window.judged.push(judged);
                group?.judged.push(judged);
            }
            if (position % 4096 === 0) progress('scoring past days', position, total);
        }
    });
    return { newest, windows, ...(several ? { models: set.models } : {}) };
}

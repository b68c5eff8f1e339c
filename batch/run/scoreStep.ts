/**
 * The score step: every account of the source, in order, scored with the run's model and
 * baselines and handed to each sink in turn (tallies, output, receipts). A chunk may narrow
 * the accounts (only those whose evidence changed) and tell each one's previous score.
 */
import type { TrustResult } from '../../engine/result';
import type { Rollup } from '../../engine/rollup';
import { scoreWithOwnModel, type AccountModels } from './accountModel';
import { CATALOG_EVIDENCE, type ExportStore } from '../exports/exportStore';
import { CustomNumbers, customNumbersWanted } from '../exports/customNumbers';
import type { AccountRange } from '../org/chunks';
import type { ScoreSource } from './source';

export interface ScoredAccount {
    result: TrustResult;
    /** Position in the source (Id order for an org): how far a checkpoint may move. */
    position: number;
    /** The score before the as-of day, or null. */
    previous: number | null;
    /** False when the Account already holds a score of a later day (a backfill must not overwrite it). */
    mayUpdateAccount: boolean;
}

/** Where scored accounts go: a tally, a JSON/CSV/table output, the org's receipts. */
export interface ScoreSink {
    /**
     * True when it reads only the numbers and words of each result (scores, bands, pillars,
     * signal scores, drivers' summaries and impacts), never the signals' evidence items, the
     * drivers' record ids nor the path to the next band: a CSV, the table, a tally. A run whose
     * sinks are all such scores without making those parts, which is cheaper: no record's
     * impact is worked out (ScoreOptions.driverRecords).
     */
    readonly scoresOnly?: boolean;
    add(scored: ScoredAccount): Promise<void>;
    /** Called once every account went through (not after a stop). */
    finish(): Promise<void>;
}

/** What a source knows about the accounts of one chunk before they are scored. */
export interface ChunkContext {
    /** Whether the account at this ordinal of the chunk is scored at all. */
    includes(ordinal: number): boolean;
    previous(ordinal: number): number | null;
    mayUpdateAccount(ordinal: number): boolean;
}

/** Every account scored, none scored before: an export folder. */
export const EVERY_ACCOUNT: ChunkContext = {
    includes: () => true,
    previous: () => null,
    mayUpdateAccount: () => false
};

export interface ScoreStepOptions extends AccountModels {
    asOfDay: number;
    sinks: readonly ScoreSink[];
    /** Roll-ups by parent account Id (rollupStep.ts), added to those accounts' results. */
    rollups?: ReadonlyMap<string, Rollup>;
    /** Reads what the chunk's accounts need (previous scores, which changed); default: all, none before. */
    prepare?: (store: ExportStore, range: AccountRange | null) => Promise<ChunkContext>;
    /** Told the position after every account whose position has none of the `progressMask` bits. */
    onProgress?: (done: number, total: number) => void;
    progressMask?: number;
    /** Custom objects' rows from which their signals are worked out on a worker (customNumbers.ts). */
    customWorkerFromRows?: number;
}

/** How a run scores when every sink reads scores only: no evidence item kept, no driver's records named, no next band. */
const SCORES_ONLY = Object.freeze({ maxEvidencePerSignal: 0, nextBand: false, driverRecords: false });

/** Scores the source into the sinks; returns how many accounts were scored. */
export async function scoreStep(source: ScoreSource, options: ScoreStepOptions): Promise<number> {
    const { asOfDay, sinks, onProgress } = options;
    const mask = options.progressMask ?? 0x3ff;
    let scored = 0;
    const scoring = sinks.every((sink) => sink.scoresOnly === true) ? SCORES_ONLY : undefined;
    await source.each(async (store, offset, range) => {
        const chunk = options.prepare ? await options.prepare(store, range) : EVERY_ACCOUNT;
        // Scores only, under one model: the custom signals are worked out on another core.
        const custom =
            scoring &&
            !options.models &&
            customNumbersWanted(store, options.model, options.customWorkerFromRows)
                ? CustomNumbers.start(store, options.model, asOfDay)
                : null;
        try {
            for (let i = 0; i < store.accounts; i++) {
                if (!chunk.includes(i)) continue;
                const position = offset + i;
                const known = custom ? await custom.at(i) : undefined;
                const result = known
                    ? scoreWithOwnModel(options, store.evidenceFor(i, CATALOG_EVIDENCE), asOfDay, {
                          ...SCORES_ONLY,
                          customOutcomes: known
                      })
                    : scoreWithOwnModel(options, store.evidenceFor(i), asOfDay, scoring);
                const rollup = options.rollups?.get(result.accountId);
                if (rollup) result.rollup = rollup;
                const scoredAccount: ScoredAccount = {
                    result,
                    position,
                    previous: chunk.previous(i),
                    mayUpdateAccount: chunk.mayUpdateAccount(i)
                };
                scored++;
                for (const sink of sinks) await sink.add(scoredAccount);
                if (onProgress && (position & mask) === 0) onProgress(position, source.accounts);
            }
        } finally {
            await custom?.close();
        }
    });
    return scored;
}

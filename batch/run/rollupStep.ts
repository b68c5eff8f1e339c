/**
 * The roll-up step: the roll-up of every parent account (engine/rollup.ts), known before the
 * score step so each parent's result carries it, whatever order the accounts are scored and
 * streamed out in.
 *
 * A roll-up needs only the accounts that have a parent: each is scored here once more and
 * kept as a few numbers (Id, parent Id, score, contract value), never as evidence, so memory
 * is bounded by the accounts in hierarchies. A run without any ParentId costs one pass over
 * the account records and scores nothing twice. A ParentId naming an account not in the
 * source (not exported, not visible) is a link with no parent in scope: the child is scored
 * as usual and rolls up nowhere; nothing is left out of its own result.
 */
import { contractValue } from '../../engine/contractValue';
import type { EvidenceKind } from '../exports/exportStore';
import { bandFor } from '../../engine/model';
import { chooseModel } from '../../engine/modelSet';
import { computeRollups, HierarchyCycleError, type Rollup, type RollupMember } from '../../engine/rollup';
import { scoreAccount } from '../../engine/score';
import { accountModel, type AccountModels } from './accountModel';
import { InputError } from '../../cli/inputError';
import { messages } from '../../cli/messages';
import type { ScoreSource } from './source';

/**
 * With models per segment, each child is scored by its own model and each parent's roll-up is
 * banded by the parent's own model (models may name and place their bands differently).
 */
export interface RollupStepOptions extends AccountModels {
    asOfDay: number;
}

/** A ParentId cycle in the source: bad input, the accounts named. */
export class HierarchyCycleInputError extends InputError {
    constructor(readonly accounts: string[]) {
        super(messages.hierarchyCycle(accounts));
    }
}

/**
 * The run's roll-ups by parent account Id, and the ParentId links they were computed from, so
 * a run that rescores only some accounts can tell which roll-ups above them it must refresh.
 */
export class RunRollups extends Map<string, Rollup> {
    constructor(
        rollups: Iterable<[string, Rollup]>,
        /** Parent by account Id, for every account of the source that has one. */
        private readonly parents: ReadonlyMap<string, string>
    ) {
        super(rollups);
    }

    /** The accounts above this one, nearest first, whether the source holds them or not. */
    ancestorsOf(accountId: string): string[] {
        const above: string[] = [];
        // computeRollups refused any cycle; the check only keeps a bad link from looping here.
        for (let at = this.parents.get(accountId); at !== undefined && !above.includes(at);) {
            above.push(at);
            at = this.parents.get(at);
        }
        return above;
    }
}

/** A child's roll-up contribution is its score alone: no path to the next band, no evidence items, no records named. */
const SCORE_ONLY = Object.freeze({ nextBand: false, maxEvidencePerSignal: 0, driverRecords: false });

/** Roll-ups by parent account Id; empty when no account of the source has a parent. */
export async function rollupStep(source: ScoreSource, options: RollupStepOptions): Promise<RunRollups> {
    const { model: rollupModel, asOfDay } = options;
    const members: RollupMember[] = [];
    await source.each(async (store) => {
        for (let i = 0; i < store.accounts; i++) {
            const parentId = store.parentId(i);
            if (parentId === null) continue;
            const evidence = store.evidenceFor(i);
            const { model, baselines } = accountModel(options, evidence);
            members.push({
                accountId: evidence.account.id,
                parentId,
                score: scoreAccount(evidence, model, baselines, asOfDay, SCORE_ONLY).score,
                weight: contractValue(evidence, model, asOfDay)
            });
        }
    });
    if (members.length === 0) return new RunRollups([], new Map());
    try {
        const parents = new Map(members.map((m) => [m.accountId, m.parentId as string]));
        const rollups = computeRollups(members, rollupModel);
        if (options.models && options.models.models.length > 1)
            await bandByOwnModel(source, options, rollups);
        return new RunRollups(rollups, parents);
    } catch (error) {
        if (error instanceof HierarchyCycleError) throw new HierarchyCycleInputError(error.accounts);
        throw error;
    }
}

/** No evidence, only the account record: what a segment is matched on. */
const ACCOUNT_ONLY: ReadonlySet<EvidenceKind> = new Set();

/**
 * Re-bands each parent's roll-up with the model that scores the parent itself, so the band
 * beside its roll-up reads on the same scale as its own band. One more pass over the account
 * records, only with several models and only when some account has a parent.
 */
async function bandByOwnModel(
    source: ScoreSource,
    options: RollupStepOptions,
    rollups: Map<string, Rollup>
): Promise<void> {
    const set = options.models;
    if (!set) return;
    await source.each(async (store) => {
        for (let i = 0; i < store.accounts; i++) {
            const rollup = rollups.get(store.accountId(i));
            if (!rollup) continue;
            const own = chooseModel(set, store.evidenceFor(i, ACCOUNT_ONLY).account);
            if (own !== options.model) rollup.band = bandFor(own, rollup.score);
        }
    });
}

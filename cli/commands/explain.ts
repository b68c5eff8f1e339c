/**
 * `explain <accountId>`: one account's receipt in words, by the model that scores it (the
 * first whose segment holds it, with models per segment). From a folder, baselines come from
 * the whole export; from an org, from the models' stored baselines when a batch run has
 * stored them (then only the records of this account and the accounts below it are read),
 * else from the whole org. A parent's receipt carries the roll-up of the accounts
 * below it, computed as `score` computes it.
 */
import type { Connection } from '@jsforce/jsforce-node';
import { BASELINE_EVIDENCE, type OrgBaselines } from '../../engine/baselines';
import { singleModelSet, type ModelSet } from '../../engine/modelSet';
import { SetBaselineAccumulator } from '../../engine/setBaselines';
import { tableSettingsOf } from '../../records/evidenceFields';
import { explainResult } from '../../engine/explain';
import { ExportStore } from '../../batch/exports/exportStore';
import { connect, OrgApi, type ConnectOptions } from '../../batch/org';
import { readActiveModels, type ActiveModels } from '../../batch/org/modelStore';
import { accountsWhere, subtreeOf } from '../../batch/org/accountSubtree';
import { OrgSource } from '../../batch/org/orgSource';
import { accountModel, scoreWithOwnModel, type AccountModels } from '../../batch/run/accountModel';
import { prepareOfflineRun } from '../../batch/run/offlineScore';
import { rollupStep } from '../../batch/run/rollupStep';
import { storeSource } from '../../batch/run/source';
import { inertModel, inertResult } from '../../batch/output/terminalText';
import type { TrustModel } from '../../engine/model';
import type { TrustResult } from '../../engine/result';
import { UsageError, type AsOf, type ModelChoice } from '../args';
import { messages } from '../messages';

/** One account's receipt: in words for the terminal, and as the object the score JSON holds. */
export interface Explained {
    text: string;
    json: { asOf: string; model: { name: string; version: number }; account: TrustResult };
}

function explained(result: TrustResult, model: TrustModel, asOf: AsOf, text: string): Explained {
    const { name, version } = model;
    return { text, json: { asOf: asOf.text, model: { name, version }, account: result } };
}

export async function explainFromFolder(
    accountId: string,
    folder: string,
    asOf: AsOf,
    models: ModelChoice,
    options: { skipUnknownParents?: boolean } = {}
): Promise<Explained> {
    const run = await prepareOfflineRun({ folder, ...models, asOf: asOf.day, ...options });
    const ordinal = run.store.findAccount(accountId);
    if (ordinal < 0) throw new UsageError(messages.accountNotFound(accountId));
    const evidence = run.store.evidenceFor(ordinal);
    // With models per segment, the account's own model and its baselines explain it.
    const scoring = { ...models, ...run };
    const { model } = accountModel(scoring, evidence);
    const result = await scoreWithRollup(run.store, ordinal, scoring, asOf);
    return explained(
        result,
        model,
        asOf,
        explainResult(inertResult(result), inertModel(model), { asOf: asOf.text })
    );
}

/** The account's result, with the roll-up of the accounts below it when it has any. */
async function scoreWithRollup(
    store: ExportStore,
    ordinal: number,
    scoring: AccountModels,
    asOf: AsOf
): Promise<TrustResult> {
    const result = scoreWithOwnModel(scoring, store.evidenceFor(ordinal), asOf.day);
    const rollups = await rollupStep(storeSource(store), { ...scoring, asOfDay: asOf.day });
    const rollup = rollups.get(result.accountId);
    return rollup ? { ...result, rollup } : result;
}

const SALESFORCE_ID = /^[A-Za-z0-9]{15}(?:[A-Za-z0-9]{3})?$/;

export async function explainFromOrg(
    accountId: string,
    connection: ConnectOptions | Connection,
    asOf: AsOf
): Promise<Explained> {
    if (!SALESFORCE_ID.test(accountId)) throw new UsageError(messages.badAccountId(accountId));
    const conn = 'request' in connection ? connection : await connect(connection);
    const api = new OrgApi(conn);
    const active = await readActiveModels(api);
    // Models per segment when the org has several active: each is read for, and may score, the account.
    const models = active.records.length > 1 ? active.set : undefined;
    const settings = models ? tableSettingsOf(models) : active.fallback.model;
    const stored = active.fallback.storedBaselines;
    const subtree = stored !== null ? await subtreeOf(api, accountId) : null;
    const narrow = subtree !== null;
    const store = await ExportStore.fromSource(
        new OrgSource(
            api,
            narrow ? { bulk: false, where: accountsWhere(subtree, settings) } : { bulk: false }
        ),
        settings
    );
    const ordinal = store.findAccount(accountId);
    if (ordinal < 0) throw new UsageError(messages.accountNotInOrg(accountId));
    const scoring = orgScoring(store, active, models, asOf);
    const { model } = accountModel(scoring, store.evidenceFor(ordinal));
    const result = await scoreWithRollup(store, ordinal, scoring, asOf);
    const source = stored !== null ? messages.storedBaselines : messages.orgBaselines;
    const text = explainResult(inertResult(result), inertModel(model), { asOf: asOf.text });
    return explained(result, model, asOf, `${text}\n\n(${source})`);
}

/**
 * The models and baselines an org explains with, as its batch run scores: the baselines each
 * model stored (one without any takes the default's), or, when the org has none stored, each
 * model's computed over every account read.
 */
function orgScoring(
    store: ExportStore,
    active: ActiveModels,
    models: ModelSet | undefined,
    asOf: AsOf
): AccountModels {
    const model = active.fallback.model;
    const stored = active.fallback.storedBaselines;
    if (stored !== null) {
        const byModel = new Map(active.records.map((r) => [r.model, r.storedBaselines ?? stored]));
        return { model, baselines: stored, ...(models ? { models, byModel } : {}) };
    }
    const acc = new SetBaselineAccumulator(models ?? singleModelSet(model), asOf.day);
    const kinds = new Set(BASELINE_EVIDENCE);
    for (let i = 0; i < store.accounts; i++) acc.add(store.evidenceFor(i, kinds));
    const byModel = acc.result();
    return { model, baselines: byModel.get(model) as OrgBaselines, ...(models ? { models, byModel } : {}) };
}

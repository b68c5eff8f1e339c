/**
 * `explain <accountId>`: one account's receipt in words. From a folder, baselines come from
 * the whole export; from an org, from the active model's stored baselines when a batch run
 * has stored them (then only this account's records are read), else from the whole org.
 */
import type { Connection } from '@jsforce/jsforce-node';
import { BASELINE_EVIDENCE, BaselineAccumulator } from '../../engine/baselines';
import { explainResult } from '../../engine/explain';
import { scoreAccount } from '../../engine/score';
import { customExportObjects } from '../../batch/exports/exportSchema';
import { ExportStore } from '../../batch/exports/exportStore';
import { connect, OrgApi, type ConnectOptions } from '../../batch/org';
import { readActiveModel } from '../../batch/org/modelStore';
import { OrgSource } from '../../batch/org/orgSource';
import { prepareOfflineRun } from '../../batch/run/offlineScore';
import { inertModel, inertResult } from '../../batch/output/terminalText';
import type { TrustModel } from '../../engine/model';
import type { TrustResult } from '../../engine/result';
import { readModel, UsageError, type AsOf } from '../args';
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
    modelFile: string | undefined,
    options: { skipUnknownParents?: boolean } = {}
): Promise<Explained> {
    const model = readModel(modelFile);
    const run = await prepareOfflineRun({ folder, model, asOf: asOf.day, ...options });
    const ordinal = run.store.findAccount(accountId);
    if (ordinal < 0) throw new UsageError(messages.accountNotFound(accountId));
    const result = scoreAccount(run.store.evidenceFor(ordinal), model, run.baselines, asOf.day);
    return explained(
        result,
        model,
        asOf,
        explainResult(inertResult(result), inertModel(model), { asOf: asOf.text })
    );
}

const SALESFORCE_ID = /^[A-Za-z0-9]{15}(?:[A-Za-z0-9]{3})?$/;

/** SOQL conditions that read one account's evidence only, the model's custom signals' objects included. */
function oneAccount(accountId: string, model: TrustModel): (apiName: string) => string | null {
    const id = `'${accountId}'`;
    const where: Record<string, string> = {
        Account: `Id = ${id}`,
        Opportunity: `AccountId = ${id}`,
        OpportunityHistory: `Opportunity.AccountId = ${id}`,
        Case: `AccountId = ${id}`,
        CaseMilestone: `Case.AccountId = ${id}`,
        Contract: `AccountId = ${id}`,
        Trust_Commitment__c: `Account__c = ${id}`,
        Customer_Reference__c: `Account__c = ${id}`
    };
    for (const custom of customExportObjects(model)) where[custom.spec.apiName] = `${custom.parent} = ${id}`;
    return (apiName) => where[apiName] ?? null;
}

export async function explainFromOrg(
    accountId: string,
    connection: ConnectOptions | Connection,
    asOf: AsOf
): Promise<Explained> {
    if (!SALESFORCE_ID.test(accountId)) throw new UsageError(messages.badAccountId(accountId));
    const conn = 'request' in connection ? connection : await connect(connection);
    const api = new OrgApi(conn);
    const active = await readActiveModel(api);
    const narrow = active.storedBaselines !== null;
    const store = await ExportStore.fromSource(
        new OrgSource(
            api,
            narrow ? { bulk: false, where: oneAccount(accountId, active.model) } : { bulk: false }
        ),
        active.model
    );
    const ordinal = store.findAccount(accountId);
    if (ordinal < 0) throw new UsageError(messages.accountNotInOrg(accountId));
    let baselines = active.storedBaselines;
    if (baselines === null) {
        const acc = new BaselineAccumulator(active.model, asOf.day);
        const kinds = new Set(BASELINE_EVIDENCE);
        for (let i = 0; i < store.accounts; i++) acc.add(store.evidenceFor(i, kinds));
        baselines = acc.result();
    }
    const result = scoreAccount(store.evidenceFor(ordinal), active.model, baselines, asOf.day);
    const source = narrow ? messages.storedBaselines : messages.orgBaselines;
    const text = explainResult(inertResult(result), inertModel(active.model), { asOf: asOf.text });
    return explained(result, active.model, asOf, `${text}\n\n(${source})`);
}

/**
 * The evidence a backtest or calibration replays: a CSV export folder, or an org read once
 * the way `score` reads it (REST pages, or Bulk API 2.0 with --bulk or for large orgs).
 */
import path from 'node:path';
import type { Connection } from '@jsforce/jsforce-node';
import type { TrustModel } from '../../engine/model';
import type { ModelSet } from '../../engine/modelSet';
import { tableSettingsOf } from '../../records/evidenceFields';
import { ExportStore } from '../exports/exportStore';
import { connect, OrgApi, type ConnectOptions } from '../org';
import { bulkFromAccounts, countAccounts, openChunks } from '../org/chunks';
import { readActiveModels } from '../org/modelStore';
import { singleStore, type EvidenceChunks } from './replay';

export interface OpenedEvidence {
    chunks: EvidenceChunks;
    /** The default model (the only one without segments). */
    model: TrustModel;
    /** Models per segment, when several were given. */
    models?: ModelSet;
    /** The org's API (null for a folder). */
    api: OrgApi | null;
    /** The active Trust_Model__c when the model came from the org. */
    activeRecordId: string | null;
    /** Each active model's Trust_Model__c, when the models came from the org. */
    recordIds?: ReadonlyMap<TrustModel, string | null>;
    warnings: string[];
    close(): void;
}

export async function openFolder(
    folder: string,
    model: TrustModel,
    models?: ModelSet
): Promise<OpenedEvidence> {
    const store = await ExportStore.load(folder, models ? tableSettingsOf(models) : model);
    return {
        chunks: singleStore(store),
        model,
        models,
        api: null,
        activeRecordId: null,
        warnings: store.warnings.map((w) => `${w.file}: ${w.message}`),
        close: () => undefined
    };
}

export interface OrgEvidenceOptions {
    connection: ConnectOptions | Connection;
    /** The model to replay; default the org's active one. */
    model: TrustModel | null;
    /** Models per segment given with it (`model` their default). */
    models?: ModelSet;
    /**
     * Without `model`, replay every active model on the accounts it scores (a backtest), not
     * only the default one (calibrate, which learns one model's weights).
     */
    allActive?: boolean;
    bulk: boolean;
}

export async function openOrg(options: OrgEvidenceOptions): Promise<OpenedEvidence> {
    const conn = 'request' in options.connection ? options.connection : await connect(options.connection);
    const api = new OrgApi(conn);
    const all = await readActiveModels(api);
    const active = all.fallback;
    const fromOrg = options.model === null;
    const model = options.model ?? active.model;
    // Without --model, every active model replays the accounts it scores, as `score` does.
    const several = fromOrg && options.allActive === true && all.records.length > 1;
    const models = several ? all.set : options.models;
    const accounts = await countAccounts(api);
    const chunks = await openChunks(api, models ? tableSettingsOf(models) : model, {
        bulk: options.bulk || accounts >= bulkFromAccounts(),
        accounts,
        workDir: process.env.TRUST_LEDGER_STATE_DIR ?? path.join(process.cwd(), '.trust-ledger')
    });
    return {
        chunks: {
            accounts: chunks.accounts,
            each: (visit) => chunks.each((store, offset) => visit(store, offset))
        },
        model,
        models,
        api,
        activeRecordId: fromOrg ? active.recordId : null,
        ...(fromOrg ? { recordIds: new Map(all.records.map((r) => [r.model, r.recordId])) } : {}),
        warnings: [],
        close: () => chunks.close()
    };
}

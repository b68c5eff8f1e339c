/**
 * A jsforce connection (through {@link OrgApi}, so every call is retried and counted) in the
 * shape `records/modelVersion.ts` saves versions through: the same shape as the setup page's
 * `lightning/uiRecordApi`, so `model push` and the page share one save sequence.
 */
import type { ModelVersionApi, VersionRow } from '../../records/modelVersion';
import { storedModelSlot, TRUST_MODEL_OBJECT } from '../../records/modelVersion';
import type { OrgApi } from './orgApi';

interface VersionRecord {
    Id: string;
    Name: string;
    Definition__c: string | null;
    Version__c: number | null;
    Active__c: boolean;
    Baselines__c: string | null;
}

/** `Trust_Model__c` versions through the REST API; updates address that object only. */
export function modelVersionApi(api: OrgApi): ModelVersionApi {
    const sobjects = `/services/data/v${api.version}/sobjects`;
    return {
        async createRecord({ apiName, fields }) {
            const created = await api.post<{ id: string }>(`${sobjects}/${apiName}`, fields);
            return { id: created.id };
        },
        async updateRecord({ fields: { Id, ...changes } }) {
            // A single-record PATCH rejects on failure, where an sObject Collections update
            // would report it in a result that is easy to leave unread.
            await api.patch(`${sobjects}/${TRUST_MODEL_OBJECT}/${encodeURIComponent(Id)}`, changes);
        },
        async readVersions() {
            const rows: VersionRow[] = [];
            await api.queryAll<VersionRecord>(
                `SELECT Id, Name, Version__c, Active__c, Baselines__c, Definition__c FROM ${TRUST_MODEL_OBJECT} ORDER BY Version__c DESC`,
                (records) => {
                    for (const r of records)
                        rows.push({
                            recordId: r.Id,
                            version: r.Version__c ?? 0,
                            active: r.Active__c,
                            baselinesText: r.Baselines__c,
                            slot: storedModelSlot(r.Name, r.Definition__c)
                        });
                }
            );
            return rows;
        }
    };
}

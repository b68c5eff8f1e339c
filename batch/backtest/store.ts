/**
 * `backtest --store`: the result saved on the model's Trust_Model__c record, as JSON for the
 * setup page and as two numbers (AUC, lowest band's churn rate) for managers' reports.
 */
import type { BacktestResult } from '../../records/backtest';
import type { OrgApi } from '../org/orgApi';

/** Long text area limit of Backtest__c. */
export const BACKTEST_FIELD_LENGTH = 131_072;

/** The fields written; Percent fields hold 12.5 for 12.5%. */
export function backtestFields(
    result: BacktestResult,
    storedOn: string
): Record<string, string | number | null> {
    let json = JSON.stringify({ ...result, storedOn });
    if (json.length > BACKTEST_FIELD_LENGTH) {
        // Deciles and per-signal numbers of early windows are the first to go; the overall
        // figures and each window's headline numbers always fit.
        const slim = result.windows.map((w) => ({ ...w, deciles: [], signals: {} }));
        json = JSON.stringify({ ...result, windows: slim, storedOn, trimmed: true });
    }
    const o = result.overall;
    return {
        Backtest__c: json,
        Backtest_AUC__c: o.auc,
        Backtest_Lowest_Band_Churn__c:
            o.lowestBandChurnRate === null ? null : Math.round(o.lowestBandChurnRate * 10_000) / 100,
        Backtest_On__c: storedOn
    };
}

/** The Trust_Model__c of a version, or null. */
export async function modelRecordOfVersion(api: OrgApi, version: number): Promise<string | null> {
    const page = await api.query<{ Id: string }>(
        `SELECT Id FROM Trust_Model__c WHERE Version__c = ${Number(version)} ORDER BY CreatedDate DESC LIMIT 1`
    );
    return page.records[0]?.Id ?? null;
}

export async function storeBacktest(
    api: OrgApi,
    recordId: string,
    result: BacktestResult,
    storedOn: string
): Promise<void> {
    await api.patch(
        `/services/data/v${api.version}/sobjects/Trust_Model__c/${recordId}`,
        backtestFields(result, storedOn)
    );
}

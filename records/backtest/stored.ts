/**
 * A backtest as `backtest --store` left it in `Trust_Model__c.Backtest__c`, read back for the
 * setup page. Anything unreadable (an older or hand-edited text) is "no backtest", never an
 * error on the page.
 */
import type { BandOutcome } from './types';

export interface StoredBacktest {
    auc: number | null;
    accounts: number;
    churned: number;
    windows: number;
    horizonDays: number;
    storedOn: string | null;
    bands: BandOutcome[];
}

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

export function readStoredBacktest(text: string | null | undefined): StoredBacktest | null {
    if (!text) return null;
    let raw: unknown;
    try {
        raw = JSON.parse(text);
    } catch {
        return null;
    }
    const r = raw as { overall?: Record<string, unknown>; horizonDays?: unknown; storedOn?: unknown };
    const o = r?.overall;
    if (typeof o !== 'object' || o === null || !isNumber(o.accounts) || !Array.isArray(o.bands)) return null;
    const bands: BandOutcome[] = [];
    for (const b of o.bands as Record<string, unknown>[]) {
        if (typeof b !== 'object' || b === null || !isNumber(b.accounts) || !isNumber(b.churned)) continue;
        bands.push({
            band: typeof b.band === 'string' ? b.band : null,
            accounts: b.accounts,
            churned: b.churned,
            churnRate: isNumber(b.churnRate) ? b.churnRate : null
        });
    }
    return {
        auc: isNumber(o.auc) ? o.auc : null,
        accounts: o.accounts,
        churned: isNumber(o.churned) ? o.churned : 0,
        windows: isNumber(o.windows) ? o.windows : 0,
        horizonDays: isNumber(r.horizonDays) ? r.horizonDays : 0,
        storedOn: typeof r.storedOn === 'string' ? r.storedOn : null,
        bands
    };
}

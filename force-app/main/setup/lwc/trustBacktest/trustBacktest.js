import { LightningElement, api } from 'lwc';
import { LABELS, formatLabel } from 'c/trustSetupLabels';

const percent = (rate) => Math.round(rate * 100);

/**
 * Presentational: the active model's last stored backtest (`Trust_Model__c.Backtest__c`, as
 * `trust-ledger backtest --store` saved it), so an admin sees whether the score ranked past
 * renewals well before changing it: the AUC in words and the churn rate of each band as a bar.
 */
export default class TrustBacktest extends LightningElement {
    label = LABELS;

    /** The stored backtest read by `readStoredBacktest` (c/trustEngine), or null when there is none. */
    @api backtest;

    get hasBacktest() {
        return Boolean(this.backtest);
    }

    get aucText() {
        const auc = this.backtest?.auc;
        if (auc === null || auc === undefined) return LABELS.Backtest_Auc_None;
        return formatLabel(LABELS.Backtest_Auc, percent(auc), auc.toFixed(2));
    }

    get scopeText() {
        const b = this.backtest;
        return formatLabel(
            LABELS.Backtest_Scope,
            b.accounts,
            b.churned,
            b.windows,
            b.horizonDays,
            b.storedOn ?? ''
        );
    }

    get bands() {
        return (this.backtest?.bands ?? [])
            .filter((b) => b.accounts > 0)
            .map((b, index) => {
                const rate = b.churnRate ?? 0;
                return {
                    key: `${index}:${b.band ?? ''}`,
                    name: b.band ?? LABELS.Backtest_Provisional,
                    detail: formatLabel(LABELS.Backtest_Band_Churn, percent(rate), b.churned, b.accounts),
                    barStyle: `width: ${Math.round(Math.max(0, Math.min(1, rate)) * 1000) / 10}%`
                };
            });
    }
}

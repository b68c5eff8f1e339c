import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/trustSetupLabels';

/**
 * Presentational: the accounts a draft moves most — link to the account, score and band now
 * and with the draft, and the change.
 */
export default class TrustMovers extends LightningElement {
    /** Rows of { accountId, name, url, before, after, change, bandBefore, bandAfter }, largest move first. */
    @api movers;

    label = LABELS;

    get hasMovers() {
        return Array.isArray(this.movers) && this.movers.length > 0;
    }

    get rows() {
        return (this.movers ?? []).map((m) => ({
            ...m,
            bandBefore: m.bandBefore ?? LABELS.WhatIf_No_Score,
            bandAfter: m.bandAfter ?? LABELS.WhatIf_No_Score,
            hasBefore: m.before !== null,
            hasAfter: m.after !== null,
            hasChange: m.change !== null
        }));
    }
}

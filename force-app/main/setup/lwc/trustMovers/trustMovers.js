import { LightningElement, api } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import { LABELS } from 'c/trustSetupLabels';

/** The page reference of an account's record page (no hard-coded URL: Lightning, console and Experience sites differ). */
function accountPage(recordId) {
    return {
        type: 'standard__recordPage',
        attributes: { recordId, objectApiName: 'Account', actionName: 'view' }
    };
}

/**
 * Presentational: the accounts a draft moves most — link to the account, score and band now
 * and with the draft, and the change. Each link's `href` comes from `NavigationMixin.GenerateUrl`
 * (so copy-link and Ctrl/⌘-click work as on any link); a plain click navigates with
 * `NavigationMixin.Navigate` in the same tab (a console opens a subtab), so no "opens in a new
 * tab" is announced because none opens.
 */
export default class TrustMovers extends NavigationMixin(LightningElement) {
    label = LABELS;

    /** The URL of each account's record page, by account id, as GenerateUrl answers. */
    urls = {};

    moverList;
    connected = false;

    /** Rows of { accountId, name, before, after, change, bandBefore, bandAfter }, largest move first. */
    @api
    get movers() {
        return this.moverList;
    }
    set movers(value) {
        this.moverList = value;
        if (this.connected) this.generateUrls();
    }

    connectedCallback() {
        this.connected = true;
        this.generateUrls();
    }

    disconnectedCallback() {
        this.connected = false;
    }

    generateUrls() {
        for (const mover of this.moverList ?? []) {
            const id = mover.accountId;
            if (this.urls[id] !== undefined) continue;
            this.urls = { ...this.urls, [id]: null };
            this[NavigationMixin.GenerateUrl](accountPage(id)).then((url) => {
                this.urls = { ...this.urls, [id]: url };
            });
        }
    }

    get hasMovers() {
        return Array.isArray(this.moverList) && this.moverList.length > 0;
    }

    get rows() {
        return (this.moverList ?? []).map((m) => ({
            ...m,
            url: this.urls[m.accountId] ?? undefined,
            bandBefore: m.bandBefore ?? LABELS.WhatIf_No_Score,
            bandAfter: m.bandAfter ?? LABELS.WhatIf_No_Score,
            hasBefore: m.before !== null,
            hasAfter: m.after !== null,
            hasChange: m.change !== null
        }));
    }

    handleOpen(event) {
        // A modified or middle click is the browser's: it opens the generated href where the
        // admin asked (new tab or window), leaving the draft on this page untouched.
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        this[NavigationMixin.Navigate](accountPage(event.currentTarget.dataset.account));
    }
}

/**
 * The preview page's shell (container): the account picker, the Account record page with the
 * package's `trustPanel` where App Builder puts it, and the Trust Ledger Setup tab with
 * `trustSetup`. Routes are hash URLs (`#/record/Account/<id>`, `#/setup`), so a link generated
 * by `lightning/navigation` opens the same view. It also shows platform toasts and switches
 * the persona (rep or admin), which reloads the page, as signing in as another user would.
 */
import { LightningElement } from 'lwc';
import hosted from '../hosted/hosted';
import { previewGet } from '../transport/transport';

interface AccountRow {
    id: string;
    name: string;
    score: number | null;
    band: string | null;
    change: number | null;
    scoredOn: string | null;
}

interface Route {
    view: 'account' | 'setup' | 'record';
    recordId: string | null;
    objectApiName: string | null;
}

interface ToastView {
    key: number;
    title: string;
    message: string;
    className: string;
}

interface PreviewConfig {
    persona?: 'admin' | 'rep';
    orgLabel?: string;
}

interface BrowserWindow {
    location: { hash: string; search: string; pathname: string; assign(url: string): void };
    addEventListener(type: string, listener: () => void): void;
    removeEventListener(type: string, listener: () => void): void;
    open(url: string, target: string): unknown;
    setTimeout(callback: () => void, ms: number): number;
}

interface ValueEvent {
    detail: { value: string };
}

const browser = globalThis as unknown as BrowserWindow;
const TOAST_MS = 8000;

function config(): PreviewConfig {
    return (globalThis as { __TRUST_PREVIEW__?: PreviewConfig }).__TRUST_PREVIEW__ ?? {};
}

export function parseRoute(hash: string): Route {
    if (hash.startsWith('#/setup')) return { view: 'setup', recordId: null, objectApiName: null };
    const record = /^#\/record\/([^/]+)\/([^/?]+)/.exec(hash);
    if (record !== null) {
        const objectApiName = decodeURIComponent(record[1] as string);
        const recordId = decodeURIComponent(record[2] as string);
        const isAccount = objectApiName === 'Account' || recordId.startsWith('001');
        return { view: isAccount ? 'account' : 'record', recordId, objectApiName };
    }
    return { view: 'account', recordId: null, objectApiName: 'Account' };
}

function formatNumber(value: number | null): string {
    return value === null ? '—' : value.toFixed(1);
}

export default class App extends LightningElement {
    route: Route = parseRoute(browser.location.hash);
    accounts: AccountRow[] = [];
    accountsLoaded = false;
    loadError: string | null = null;
    toasts: ToastView[] = [];
    persona: 'admin' | 'rep' = config().persona === 'rep' ? 'rep' : 'admin';
    orgLabel = config().orgLabel ?? '';
    panelComponent = hosted.trustPanel ?? null;
    setupComponent = hosted.trustSetup ?? null;
    personaOptions = [
        { label: 'Sales rep', value: 'rep' },
        { label: 'Admin', value: 'admin' }
    ];

    private nextToastKey = 1;
    private readonly onHashChange = (): void => {
        this.route = parseRoute(browser.location.hash);
        this.selectDefaultAccount();
    };

    override connectedCallback(): void {
        browser.addEventListener('hashchange', this.onHashChange);
        void this.loadAccounts();
    }

    override disconnectedCallback(): void {
        browser.removeEventListener('hashchange', this.onHashChange);
    }

    get isSetup(): boolean {
        return this.route.view === 'setup';
    }

    get isOtherRecord(): boolean {
        return this.route.view === 'record';
    }

    get accountId(): string | null {
        return this.route.view === 'account' ? this.route.recordId : null;
    }

    get account(): AccountRow | null {
        return this.accounts.find((row) => row.id === this.accountId) ?? null;
    }

    get accountOptions(): Array<{ label: string; value: string; description: string }> {
        return this.accounts.map((row) => ({
            label: row.name,
            value: row.id,
            description: row.band === null ? 'Not scored yet' : `${row.band} · ${formatNumber(row.score)}`
        }));
    }

    get pickerPlaceholder(): string {
        return this.accountsLoaded ? 'Select an account' : 'Loading accounts…';
    }

    get accountsNote(): string {
        return this.accountsLoaded ? `${this.accounts.length} accounts in the local org` : '';
    }

    get accountDetails(): Array<{ label: string; value: string }> {
        const row = this.account;
        if (row === null) return [];
        return [
            { label: 'Account Name', value: row.name },
            { label: 'Account Id', value: row.id },
            { label: 'Current Trust Score', value: formatNumber(row.score) },
            { label: 'Current Trust Band', value: row.band ?? '—' },
            { label: 'Trust Score Change', value: formatNumber(row.change) },
            { label: 'Trust Scored On', value: row.scoredOn ?? '—' }
        ];
    }

    get accountHref(): string {
        return this.accountId === null ? '#/' : `#/record/Account/${this.accountId}`;
    }

    get accountTabClass(): string {
        return `slds-context-bar__item${this.isSetup ? '' : ' slds-is-active'}`;
    }

    get setupTabClass(): string {
        return `slds-context-bar__item${this.isSetup ? ' slds-is-active' : ''}`;
    }

    get accountCurrent(): string | null {
        return this.isSetup ? null : 'page';
    }

    get setupCurrent(): string | null {
        return this.isSetup ? 'page' : null;
    }

    handleAccount(event: ValueEvent): void {
        browser.location.hash = `#/record/Account/${event.detail.value}`;
    }

    handlePersona(event: ValueEvent): void {
        const persona = event.detail.value === 'rep' ? 'rep' : 'admin';
        browser.location.assign(`${browser.location.pathname}?as=${persona}${browser.location.hash}`);
    }

    handleNavigate(event: { detail: { url: string } }): void {
        const url = event.detail.url;
        if (url.startsWith('#')) browser.location.hash = url;
        else browser.open(url, '_blank');
    }

    handleToast(event: {
        detail: { title?: string; message?: string; variant?: string; mode?: string };
    }): void {
        const variant = event.detail.variant ?? 'info';
        const key = this.nextToastKey++;
        this.toasts = [
            ...this.toasts,
            {
                key,
                title: event.detail.title ?? '',
                message: event.detail.message ?? '',
                className: `slds-notify slds-notify_toast slds-theme_${variant}`
            }
        ];
        if (event.detail.mode !== 'sticky') browser.setTimeout(() => this.closeToast(key), TOAST_MS);
    }

    handleCloseToast(event: { currentTarget: { dataset: { key: string } } }): void {
        this.closeToast(Number(event.currentTarget.dataset.key));
    }

    private closeToast(key: number): void {
        this.toasts = this.toasts.filter((toast) => toast.key !== key);
    }

    private async loadAccounts(): Promise<void> {
        try {
            const response = await previewGet('/preview/accounts');
            const body = (await response.json()) as { accounts?: AccountRow[]; message?: string };
            if (!response.ok) throw new Error(body.message ?? `${response.status} ${response.statusText}`);
            this.accounts = body.accounts ?? [];
        } catch (error) {
            this.loadError = `Could not read the accounts of the local org: ${error instanceof Error ? error.message : String(error)}`;
        }
        this.accountsLoaded = true;
        this.selectDefaultAccount();
    }

    /** The plain page opens on the first account, as a user would land on one. */
    private selectDefaultAccount(): void {
        if (this.route.view === 'account' && this.route.recordId === null && this.accounts.length > 0) {
            const first = this.accounts[0] as AccountRow;
            this.route = { view: 'account', recordId: first.id, objectApiName: 'Account' };
        }
    }
}

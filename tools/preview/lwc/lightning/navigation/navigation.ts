/**
 * `lightning/navigation` for the preview. `NavigationMixin` gives a component
 * `[NavigationMixin.Navigate](pageReference)` and `[NavigationMixin.GenerateUrl](pageReference)`
 * as on the platform; the URLs are the preview page's own (`#/record/<Object>/<Id>` shows that
 * record, an Account's in the Trust panel; `#/setup` the setup page), and navigating sends a
 * `previewnavigate` event the shell acts on, as the Lightning Experience router would.
 * `CurrentPageReference` emits the page reference of the shell's current view.
 */

export interface PageReference {
    type: string;
    attributes?: Record<string, unknown>;
    state?: Record<string, unknown>;
}

export const NAVIGATE_EVENT = 'previewnavigate';
const Navigate = Symbol('Navigate');
const GenerateUrl = Symbol('GenerateUrl');

function text(value: unknown): string {
    return typeof value === 'string' ? value : '';
}

/** The preview URL (a hash route) of a page reference. */
export function urlOf(pageReference: PageReference): string {
    const attributes = pageReference.attributes ?? {};
    switch (pageReference.type) {
        case 'standard__recordPage':
        case 'standard__recordRelationshipPage': {
            const object = text(attributes.objectApiName);
            const id = text(attributes.recordId);
            return `#/record/${encodeURIComponent(object || 'Record')}/${encodeURIComponent(id)}`;
        }
        case 'standard__navItemPage':
        case 'standard__component':
            return '#/setup';
        case 'standard__objectPage':
            return `#/object/${encodeURIComponent(text(attributes.objectApiName))}`;
        case 'standard__webPage':
            return text(attributes.url) || '#/';
        default:
            return '#/';
    }
}

/** The page reference of a preview URL (the inverse of `urlOf` for the routes the shell has). */
export function pageReferenceOf(hash: string): PageReference {
    const record = /^#\/record\/([^/]+)\/([^/?]+)/.exec(hash);
    if (record !== null)
        return {
            type: 'standard__recordPage',
            attributes: {
                objectApiName: decodeURIComponent(record[1] as string),
                recordId: decodeURIComponent(record[2] as string),
                actionName: 'view'
            },
            state: {}
        };
    if (hash.startsWith('#/setup'))
        return { type: 'standard__navItemPage', attributes: { apiName: 'Trust_Ledger_Setup' }, state: {} };
    return { type: 'standard__namedPage', attributes: { pageName: 'home' }, state: {} };
}

interface EventHost {
    dispatchEvent(event: Event): boolean;
}

export function NavigationMixin<T>(Base: T): T {
    // TypeScript's mixin rule wants `any[]` constructor arguments; the base is a LightningElement subclass.
    const Host = Base as unknown as new () => EventHost;
    class Navigating extends Host {
        [Navigate](pageReference: PageReference, replace?: boolean): void {
            this.dispatchEvent(
                new CustomEvent(NAVIGATE_EVENT, {
                    bubbles: true,
                    composed: true,
                    detail: { pageReference, url: urlOf(pageReference), replace: replace === true }
                })
            );
        }

        [GenerateUrl](pageReference: PageReference): Promise<string> {
            return Promise.resolve(urlOf(pageReference));
        }
    }
    return Navigating as unknown as T;
}
NavigationMixin.Navigate = Navigate;
NavigationMixin.GenerateUrl = GenerateUrl;

type Emit = (value: PageReference) => void;

interface BrowserWindow {
    location?: { hash?: string };
    addEventListener?(type: string, listener: () => void): void;
    removeEventListener?(type: string, listener: () => void): void;
}

const browser = globalThis as unknown as BrowserWindow;

/** `@wire(CurrentPageReference)`: the shell's current route, again on every route change. */
export class CurrentPageReference {
    private readonly listener = (): void => this.emit(pageReferenceOf(currentHash()));

    constructor(private readonly emit: Emit) {}

    update(): void {}

    connect(): void {
        browser.addEventListener?.('hashchange', this.listener);
        this.listener();
    }

    disconnect(): void {
        browser.removeEventListener?.('hashchange', this.listener);
    }
}

function currentHash(): string {
    return browser.location?.hash ?? '';
}

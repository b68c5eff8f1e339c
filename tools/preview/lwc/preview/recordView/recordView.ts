/**
 * Where a `lightning/navigation` link to a record other than an Account lands in the preview
 * (fed by the preview server's `/preview/record`): the record's fields as the local org holds
 * them, in place of the record page an org would open. It reads the record from the route
 * (`#/record/<Object>/<Id>`) itself, so it needs no public properties.
 */
import { LightningElement } from 'lwc';
import { previewGet } from '../transport/transport';

interface BrowserWindow {
    location: { hash: string };
    addEventListener(type: string, listener: () => void): void;
    removeEventListener(type: string, listener: () => void): void;
}

const browser = globalThis as unknown as BrowserWindow;

interface FieldView {
    name: string;
    value: string;
}

export default class RecordView extends LightningElement {
    recordId: string | null = null;
    objectApiName: string | null = null;
    fields: FieldView[] = [];
    error: string | null = null;
    loadedFor: string | null = null;

    override get title(): string {
        return `${this.objectApiName ?? 'Record'} ${this.recordId ?? ''}`;
    }

    private readonly onHashChange = (): void => this.follow();

    override connectedCallback(): void {
        browser.addEventListener('hashchange', this.onHashChange);
        this.follow();
    }

    override disconnectedCallback(): void {
        browser.removeEventListener('hashchange', this.onHashChange);
    }

    private follow(): void {
        const match = /^#\/record\/([^/]+)\/([^/?]+)/.exec(browser.location.hash);
        if (match === null) return;
        this.objectApiName = decodeURIComponent(match[1] as string);
        this.recordId = decodeURIComponent(match[2] as string);
        if (this.recordId !== this.loadedFor) {
            this.loadedFor = this.recordId;
            void this.load(this.recordId);
        }
    }

    private async load(recordId: string): Promise<void> {
        const query = new URLSearchParams({ id: recordId, object: this.objectApiName ?? '' });
        try {
            const response = await previewGet(`/preview/record?${query.toString()}`);
            const body = (await response.json()) as { fields?: Record<string, unknown>; message?: string };
            if (!response.ok) throw new Error(body.message ?? response.statusText);
            this.fields = Object.entries(body.fields ?? {}).map(([name, value]) => ({
                name,
                value: value === null ? '—' : String(value)
            }));
            this.error = null;
        } catch (error) {
            this.error = error instanceof Error ? error.message : String(error);
        }
    }
}

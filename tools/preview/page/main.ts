/**
 * The preview bundle's entry: synthetic shadow first (the base components and SLDS expect
 * it, as in Lightning Experience), then the shell into `#root`.
 */
import '@lwc/synthetic-shadow';
import { createElement } from 'lwc';
import App from '../lwc/preview/app/app';

interface Page {
    getElementById(id: string): { appendChild(child: unknown): unknown } | null;
}

const root = (globalThis as unknown as { document: Page }).document.getElementById('root');
root?.appendChild(createElement('preview-app', { is: App }));

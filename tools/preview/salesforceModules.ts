/**
 * The `@salesforce/*` scoped modules a component may import, resolved at build time the way
 * the platform resolves them at deploy time:
 *
 * - `@salesforce/label/c.Name`: the label's value from the package's CustomLabels file; an
 *   unknown label fails the build, as it fails a deploy.
 * - `@salesforce/schema/Object[.Field]`: `{ objectApiName[, fieldApiName] }`.
 * - `@salesforce/customPermission/Name`, `@salesforce/userPermission/Name`: what the preview's
 *   persona toggle says (admin: true; rep: false), read from the page's config when the
 *   bundle loads, so switching persona reloads the page as a different user would.
 * - `@salesforce/user/Id`, `@salesforce/user/isGuest`: the local org's user.
 * - `@salesforce/i18n/*`, `@salesforce/client/*`: the values lightning-base-components ships
 *   for its own use (locale en-US, time zone America/Los_Angeles, …), so the package's
 *   components and the base components format alike; the base components' module map does
 *   not expose them to other namespaces.
 * - `@salesforce/apex/*`: refused; the package has no Apex.
 *
 * Labels of the base components' own namespaces (`@salesforce/label/LightningX.y`) are left
 * to lightning-base-components' module map.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'rollup';
import { elements, readXml, text } from '../metadata/xml';

const PREFIX = '\0salesforce:';

/** `window.__TRUST_PREVIEW__`, set by the page before the bundle runs (see `page/config`). */
const CONFIG = 'globalThis.__TRUST_PREVIEW__';

export function readLabelValues(labelsFile: string): Map<string, string> {
    const values = new Map<string, string>();
    for (const label of elements(readXml(labelsFile).element, 'labels')) {
        const name = text(label, 'fullName');
        if (name !== undefined) values.set(name, text(label, 'value') ?? '');
    }
    return values;
}

export class ScopedModuleError extends Error {
    override name = 'ScopedModuleError';
}

/** The module source for one `@salesforce/...` specifier, or null when it is not ours to answer. */
export function scopedModuleSource(specifier: string, labels: ReadonlyMap<string, string>): string | null {
    const label = /^@salesforce\/label\/c\.(\w+)$/.exec(specifier);
    if (label !== null) {
        const name = label[1] as string;
        const value = labels.get(name);
        if (value === undefined)
            throw new ScopedModuleError(`${specifier}: no custom label named ${name} in the package`);
        return `export default ${JSON.stringify(value)};`;
    }
    const schema = /^@salesforce\/schema\/(\w+)(?:\.([\w.]+))?$/.exec(specifier);
    if (schema !== null) {
        const id: Record<string, string> = { objectApiName: schema[1] as string };
        if (schema[2] !== undefined) id.fieldApiName = schema[2];
        return `export default ${JSON.stringify(id)};`;
    }
    const permission = /^@salesforce\/(customPermission|userPermission)\/\w+$/.exec(specifier);
    if (permission !== null) return `export default ((${CONFIG} || {}).persona || 'admin') === 'admin';`;
    if (specifier === '@salesforce/user/Id') return `export default (${CONFIG} || {}).userId;`;
    if (specifier === '@salesforce/user/isGuest') return 'export default false;';
    if (specifier.startsWith('@salesforce/apex'))
        throw new ScopedModuleError(
            `${specifier}: the package contains no Apex; read data through lightning/graphql`
        );
    return null;
}

/** `@salesforce/i18n/*` and `@salesforce/client/*` files of lightning-base-components, by specifier. */
export function baseComponentScopedModules(packageDir: string): Map<string, string> {
    const manifest = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as {
        lwc?: { modules?: Array<{ name?: string; path?: string }> };
    };
    const files = new Map<string, string>();
    for (const record of manifest.lwc?.modules ?? []) {
        if (record.name === undefined || record.path === undefined) continue;
        if (/^@salesforce\/(i18n|client)\//.test(record.name))
            files.set(record.name, path.join(packageDir, record.path));
    }
    return files;
}

/** Rollup plugin answering the specifiers `scopedModuleSource` knows, and the base components' i18n values. */
export function salesforceModules(labelsDir: string, baseComponentsDir: string): Plugin {
    let labels: Map<string, string> | undefined;
    let i18n = new Map<string, string>();
    const sources = new Map<string, string>();
    return {
        name: 'trust-ledger-salesforce-modules',
        buildStart() {
            labels = readLabelValues(path.join(labelsDir, 'CustomLabels.labels-meta.xml'));
            this.addWatchFile(path.join(labelsDir, 'CustomLabels.labels-meta.xml'));
            i18n = baseComponentScopedModules(baseComponentsDir);
        },
        resolveId(specifier) {
            if (!specifier.startsWith('@salesforce/')) return null;
            const file = i18n.get(specifier);
            if (file !== undefined) return file;
            const source = scopedModuleSource(specifier, labels ?? new Map());
            if (source === null) return null;
            sources.set(specifier, source);
            return PREFIX + specifier;
        },
        load(id) {
            if (!id.startsWith(PREFIX)) return null;
            return sources.get(id.slice(PREFIX.length)) ?? null;
        }
    };
}

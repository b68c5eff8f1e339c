/**
 * The package's custom labels, so the tests find buttons and messages by the text users see
 * without repeating it: a reworded label changes the page and the tests together.
 */
import path from 'node:path';
import { readLabelValues } from '../../../tools/preview/salesforceModules';
import { REPO } from './paths';

const values = readLabelValues(
    path.join(REPO, 'force-app', 'main', 'default', 'labels', 'CustomLabels.labels-meta.xml')
);

/** The label's value with `{0}`, `{1}` … filled in. */
export function label(name: string, ...args: string[]): string {
    const value = values.get(name);
    if (value === undefined) throw new Error(`no custom label ${name}`);
    return value.replace(/\{(\d+)\}/g, (whole, index: string) => args[Number(index)] ?? whole);
}

/** A pattern for a label with placeholders: each `{n}` matches anything. */
export function labelPattern(name: string): RegExp {
    const parts = label(name)
        .split(/\{\d+\}/)
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    return new RegExp(parts.join('.*'));
}

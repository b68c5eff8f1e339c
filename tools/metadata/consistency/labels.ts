/** Custom labels: every referenced label exists; names are unique and carry the TL_ prefix. */
import type { PackageMetadata } from '../package';
import type { Problem } from './problems';

export const LABEL_PREFIX = 'TL_';

export function checkLabels(pkg: PackageMetadata): Problem[] {
    const names = new Set<string>();
    const problems: Problem[] = [];
    for (const label of pkg.labels) {
        if (names.has(label.name))
            problems.push({ file: label.file, message: `duplicate label ${label.name}` });
        if (!label.name.startsWith(LABEL_PREFIX)) {
            problems.push({
                file: label.file,
                message: `label ${label.name} does not start with ${LABEL_PREFIX}`
            });
        }
        names.add(label.name);
    }
    for (const reference of pkg.labelReferences) {
        if (!names.has(reference.label)) {
            problems.push({ file: reference.file, message: `unknown custom label ${reference.label}` });
        }
    }
    return problems;
}

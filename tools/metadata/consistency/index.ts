/**
 * Cross-file consistency of the package: a pure function over a `PackageMetadata`, so tests can
 * break a copy on purpose and see the problem named with its file.
 */
import type { PackageMetadata } from '../package';
import { checkAnalytics } from './analytics';
import { checkExportSchema } from './exportSchema';
import { checkLabels } from './labels';
import { checkNavigation } from './navigation';
import { checkObjects } from './objects';
import type { Problem, Rule } from './problems';
import { checkSchemaReferences } from './schemaReferences';
import { checkPermissionSets } from './security';

export type { Problem, Rule } from './problems';
export { formatProblem } from './problems';
export { LABEL_PREFIX } from './labels';

export const RULES: readonly Rule[] = [
    checkPermissionSets,
    checkAnalytics,
    checkObjects,
    checkNavigation,
    checkLabels,
    checkSchemaReferences,
    checkExportSchema
];

export function checkConsistency(pkg: PackageMetadata): Problem[] {
    return RULES.flatMap((rule) => rule(pkg)).sort(
        (a, b) => a.file.localeCompare(b.file) || a.message.localeCompare(b.message)
    );
}

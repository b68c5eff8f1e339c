/**
 * Master-detail fields that do not allow reparenting (`<reparentableMasterDetail>` false, the
 * default): Salesforce lets a detail record name its master when it is created and refuses any
 * later save that moves it to another master. Writing the same master again is accepted, which
 * the batch's upserts by external id rely on (they send `Account__c` on every receipt).
 */
import { normalizeId } from './ids';
import { saveError, type SaveError } from './errors';
import type { LocalField, LocalObject } from './schema';
import type { Stored } from './values';

const sameId = (a: unknown, b: unknown): boolean => {
    if (typeof a !== 'string' || typeof b !== 'string') return a === b;
    return (normalizeId(a) ?? a) === (normalizeId(b) ?? b);
};

/** The error for each non-reparentable master-detail field this save would change. */
export function reparentingErrors(
    object: LocalObject,
    values: ReadonlyMap<LocalField, Stored>,
    existing: Readonly<Record<string, unknown>> | undefined
): SaveError[] {
    if (existing === undefined) return [];
    const errors: SaveError[] = [];
    for (const [field, value] of values) {
        if (field.spec.type !== 'MasterDetail' || field.spec.reparentable === true) continue;
        if (sameId(value, existing[field.name])) continue;
        errors.push(
            saveError(
                'FIELD_INTEGRITY_EXCEPTION',
                `${field.spec.label}: a ${object.label} cannot be moved to another ${field.spec.referenceTo ?? 'record'}; ${field.name} does not allow reparenting`,
                [field.name]
            )
        );
    }
    return errors;
}

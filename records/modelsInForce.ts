/**
 * Which stored model version scores one account, for a runtime that scores accounts one at a
 * time (the Trust panel): the versions in force (`activeModelVersions`), the set they make
 * (`modelSetOfVersions`), the account's segment values, and the engine's `chooseModel`. The
 * chosen version carries the baselines the batch would score the account with, so a
 * recalculated receipt matches the batch's.
 */
import type { ModelIssue } from '../engine/model';
import { chooseModel, segmentFields, type ModelSet } from '../engine/modelSet';
import type { GraphqlConnection } from './graphqlValues';
import { activeModelVersions, modelSetOfVersions, type ModelVersion } from './modelRecord';

/** Why no account may be scored with the versions in force, as the batch would refuse them. */
export type ModelsProblem =
    /** A version in force does not validate (`version.issues` say why). */
    | { kind: 'invalidVersion'; version: ModelVersion }
    /** The versions do not make a set: two defaults, no default, different contract lookups. */
    | { kind: 'set'; issues: ModelIssue[] };

export interface ModelsInForce {
    /** The versions in force, in the order accounts try them; the built-in default when none. */
    versions: ModelVersion[];
    /** The set they make, or null when there is a problem. */
    set: ModelSet | null;
    problem: ModelsProblem | null;
    /** The Account fields to read to choose an account's model; empty without segments. */
    segmentFields: string[];
}

/**
 * The versions in force of a `Trust_Model__c` connection of active versions. Any invalid
 * version is a problem for every account, as it is for the batch (which refuses to run): its
 * segment cannot be read, so no one can say which accounts it would have taken.
 */
export function modelsInForce(connection: GraphqlConnection | null | undefined): ModelsInForce {
    const versions = activeModelVersions(connection);
    const invalid = versions.find((v) => v.model === null);
    if (invalid)
        return {
            versions,
            set: null,
            problem: { kind: 'invalidVersion', version: invalid },
            segmentFields: []
        };
    const checked = modelSetOfVersions(versions);
    if (!checked.ok)
        return { versions, set: null, problem: { kind: 'set', issues: checked.issues }, segmentFields: [] };
    return { versions, set: checked.set, problem: null, segmentFields: segmentFields(checked.set) };
}

/** An account's segment values as read, and the segment fields the reading did not give. */
export interface SegmentReading {
    values: Record<string, string | null>;
    /** Fields absent from the record: the user cannot read them, or Account has no such field. */
    unread: string[];
}

/**
 * The segment values of a UI API record (`getRecord` with `optionalFields`): a field the user
 * cannot read is absent from `fields`, not an error. Values compare as text, as the batch
 * reads a segment field (records/evidenceFields.ts reads it as a picklist's text).
 */
export function segmentReading(
    record: { fields?: Record<string, { value?: unknown } | undefined> } | null | undefined,
    fields: readonly string[]
): SegmentReading {
    const values: Record<string, string | null> = {};
    const unread: string[] = [];
    for (const field of fields) {
        const cell = record?.fields?.[field];
        if (cell === undefined) {
            unread.push(field);
            values[field] = null;
        } else values[field] = cell.value === null || cell.value === undefined ? null : String(cell.value);
    }
    return { values, unread };
}

/**
 * The version that scores an account with these segment values (an unread field counts as
 * empty), or null when the versions in force have a problem. Its `baselines` are those the
 * batch scores the account with: the ones the last full run stored on this version, else the
 * default model's (as a changed-only run does for a model that has none stored yet).
 */
export function accountModelVersion(
    inForce: ModelsInForce,
    values: Readonly<Record<string, string | null>>
): ModelVersion | null {
    if (!inForce.set) return null;
    const set = inForce.set;
    const model = chooseModel(set, { id: '', name: '', segmentValues: values });
    const chosen = inForce.versions.find((v) => v.model === model) as ModelVersion;
    const fallback = inForce.versions.find((v) => v.model === set.fallback) as ModelVersion;
    if (chosen === fallback || chosen.hasStoredBaselines) return chosen;
    return { ...chosen, baselines: fallback.baselines };
}

/** The version a stored receipt names (its `Model__c`), when it is still in force. */
export function versionInForce(
    inForce: ModelsInForce,
    recordId: string | null | undefined
): ModelVersion | null {
    if (!recordId) return null;
    return inForce.versions.find((v) => v.recordId === recordId) ?? null;
}

/**
 * What a real org refuses or computes when records are written through the API, so that a
 * loader tested against the local org meets the same walls it meets in Salesforce:
 *
 * - Fields the platform derives are never writable: Opportunity IsWon/IsClosed (they follow
 *   StageName), Case and Task IsClosed (follow Status), Contract EndDate (StartDate + ContractTerm)
 *   and StatusCode (follows Status), Contact and User Name (FirstName + LastName).
 * - Audit fields (CreatedDate, CreatedById, LastModifiedDate, LastModifiedById) and Case
 *   ClosedDate can be set on insert only, and only by a user with "Set Audit Fields upon
 *   Record Creation" (`auditFields`); never on update or upsert.
 * - OpportunityHistory and CaseMilestone rows are written by the platform: inserting them
 *   fails with CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY; a milestone is completed by updating its
 *   CompletionDate, which is all an update may change. The Organization row is read-only.
 * - A contract is created in the Draft status category and activated by a later update.
 *
 * Only the API's writes go through these rules; the export import (`--data`) loads records
 * exactly as exported, derived fields included.
 */
import { saveError, type SaveError } from './errors';
import type { LocalField, LocalObject } from './schema';
import type { Stored } from './values';

export interface PlatformOptions {
    /** The API user has "Set Audit Fields upon Record Creation". */
    auditFields: boolean;
}

export type WriteKind = 'insert' | 'update' | 'upsert';

const NOT_WRITABLE_HINT =
    'Please check the security settings of this field and verify that it is read/write for your profile or permission set.';

/** Fields the platform computes from others. */
const DERIVED: Readonly<Record<string, readonly string[]>> = {
    Opportunity: ['IsWon', 'IsClosed'],
    Case: ['IsClosed'],
    Task: ['IsClosed'],
    Contract: ['EndDate', 'StatusCode'],
    Contact: ['Name'],
    User: ['Name']
};

/** Settable on insert with "Set Audit Fields upon Record Creation". */
const AUDIT_FIELDS = new Set(['CreatedDate', 'CreatedById', 'LastModifiedDate', 'LastModifiedById']);
const AUDIT_ONLY: Readonly<Record<string, readonly string[]>> = { Case: ['ClosedDate'] };

/** Standard objects the audit-field permission covers (custom objects are all covered). */
const AUDIT_OBJECTS = new Set(['Account', 'Case', 'Contact', 'Contract', 'Opportunity']);

/** Objects only the platform inserts; the fields an update may still change. */
const PLATFORM_ROWS: Readonly<Record<string, readonly string[]>> = {
    OpportunityHistory: [],
    CaseMilestone: ['CompletionDate'],
    Organization: []
};

/** Stage names of a new org's sales process that close an opportunity, and the one that wins it. */
export const CLOSED_STAGES: Readonly<Record<string, boolean>> = { 'closed won': true, 'closed lost': false };
/** Case statuses of a new org that close a case. */
export const CLOSED_CASE_STATUSES = new Set(['closed']);
/** Task statuses of a new org that close a task. */
export const CLOSED_TASK_STATUSES = new Set(['completed']);
/** Contract statuses of a new org by status category; any other value is counted as Activated. */
const CONTRACT_CATEGORIES: Readonly<Record<string, string>> = {
    draft: 'Draft',
    'in approval process': 'InApproval'
};

export const contractCategory = (status: string): string =>
    CONTRACT_CATEGORIES[status.toLowerCase()] ?? 'Activated';

const is = (object: LocalObject, names: Readonly<Record<string, readonly string[]>>, field: LocalField) =>
    (names[object.name] ?? []).includes(field.name);

export class PlatformRules {
    constructor(readonly options: PlatformOptions) {}

    private auditable(object: LocalObject, field: LocalField): boolean {
        if (!this.options.auditFields) return false;
        if (is(object, AUDIT_ONLY, field)) return true;
        return AUDIT_FIELDS.has(field.name) && (object.custom || AUDIT_OBJECTS.has(object.name));
    }

    objectCreateable(object: LocalObject): boolean {
        return PLATFORM_ROWS[object.name] === undefined;
    }

    objectUpdateable(object: LocalObject): boolean {
        return (PLATFORM_ROWS[object.name] ?? ['any']).length > 0;
    }

    /** What describe says: may a new record be given this field? */
    createable(object: LocalObject, field: LocalField): boolean {
        if (!this.objectCreateable(object) || is(object, DERIVED, field)) return false;
        if (this.auditable(object, field)) return true;
        return !field.readOnly && !is(object, AUDIT_ONLY, field);
    }

    updateable(object: LocalObject, field: LocalField): boolean {
        const platformRow = PLATFORM_ROWS[object.name];
        if (platformRow !== undefined) return platformRow.includes(field.name);
        return !field.readOnly && !is(object, DERIVED, field) && !is(object, AUDIT_ONLY, field);
    }

    /**
     * The errors an org gives before saving: the object cannot be written, fields cannot be,
     * or the contract is not created as a draft. `inserting` is false for an upsert that
     * matched (and for updates); audit fields are refused on every upsert, as in Salesforce.
     */
    check(
        object: LocalObject,
        kind: WriteKind,
        inserting: boolean,
        given: Map<LocalField, Stored>
    ): SaveError[] {
        if (inserting ? !this.objectCreateable(object) : !this.objectUpdateable(object))
            return [
                saveError(
                    'CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY',
                    `entity type cannot be ${inserting ? 'inserted' : 'updated'}: ${object.label}`
                )
            ];
        const refused = [...given.keys()].filter((field) =>
            kind === 'insert'
                ? !this.createable(object, field)
                : inserting
                  ? !this.createable(object, field) || this.auditable(object, field)
                  : !this.updateable(object, field)
        );
        if (refused.length > 0) {
            const names = refused.map((f) => f.name);
            return [
                saveError(
                    'INVALID_FIELD_FOR_INSERT_UPDATE',
                    `Unable to create/update fields: ${names.join(', ')}. ${NOT_WRITABLE_HINT}`,
                    names
                )
            ];
        }
        const status =
            object.name === 'Contract' ? given.get(object.field('Status') as LocalField) : undefined;
        if (inserting && typeof status === 'string' && contractCategory(status) !== 'Draft')
            return [
                saveError(
                    'FAILED_ACTIVATION',
                    'Choose a valid contract status and save your changes. Ask your admin for details.',
                    ['Status']
                )
            ];
        return [];
    }

    /**
     * Sets what the platform derives from the values being written, reading the rest of the
     * record from `existing` (undefined for a new record).
     */
    derive(
        object: LocalObject,
        values: Map<LocalField, Stored>,
        existing: Record<string, unknown> | undefined,
        now: string
    ): void {
        const field = (name: string): LocalField | undefined => object.field(name);
        const current = (name: string): unknown => {
            const f = field(name);
            if (f !== undefined && values.has(f)) return values.get(f);
            return existing?.[name] ?? null;
        };
        const set = (name: string, value: Stored): void => {
            const f = field(name);
            if (f !== undefined) values.set(f, value);
        };
        const changed = (name: string): boolean => {
            const f = field(name);
            return f !== undefined && values.has(f);
        };
        if (object.name === 'Opportunity' && changed('StageName')) {
            const won = CLOSED_STAGES[String(current('StageName') ?? '').toLowerCase()];
            set('IsClosed', won === undefined ? 0 : 1);
            set('IsWon', won === true ? 1 : 0);
        } else if (object.name === 'Case' && (changed('Status') || existing === undefined)) {
            const closed = CLOSED_CASE_STATUSES.has(String(current('Status') ?? '').toLowerCase());
            const wasClosed = existing?.IsClosed === 1;
            set('IsClosed', closed ? 1 : 0);
            if (!closed) set('ClosedDate', null);
            else if (!wasClosed && !changed('ClosedDate')) set('ClosedDate', now);
        } else if (object.name === 'Task' && (changed('Status') || existing === undefined)) {
            set('IsClosed', CLOSED_TASK_STATUSES.has(String(current('Status') ?? '').toLowerCase()) ? 1 : 0);
        } else if (object.name === 'Contract') {
            if (changed('Status')) set('StatusCode', contractCategory(String(current('Status') ?? 'Draft')));
            if (changed('StartDate') || changed('ContractTerm'))
                set('EndDate', contractEnd(current('StartDate'), current('ContractTerm')));
        } else if ((DERIVED[object.name] ?? []).includes('Name')) {
            // Contact and User: the compound name follows its parts.
            if (changed('FirstName') || changed('LastName'))
                set('Name', fullName(current('FirstName'), current('LastName')));
        }
    }
}

/** A compound Name as the platform builds it: "First Last", or the last name alone. */
export function fullName(first: unknown, last: unknown): string | null {
    const parts = [first, last].filter((p): p is string => typeof p === 'string' && p !== '');
    return parts.length === 0 ? null : parts.join(' ');
}

/**
 * The platform's EndDate. The demo loader works out the inverse on its own
 * (tools/demo/load/contractTerm.ts) rather than sharing this code, so a mistake in one
 * shows up as a mismatch in the loader's tests instead of agreeing with itself.
 *
 * StartDate plus ContractTerm months, less a day (a 12-month term from 2025-01-01 ends
 * 2025-12-31); a start on the 31st adds months to the end of shorter months, not past them.
 */
export function contractEnd(start: unknown, term: unknown): string | null {
    if (typeof start !== 'string' || typeof term !== 'number') return null;
    const [year, month, day] = start.split('-').map(Number) as [number, number, number];
    const lastDay = new Date(Date.UTC(year, month + term, 0)).getUTCDate();
    const end = Date.UTC(year, month - 1 + term, Math.min(day, lastDay)) - 86_400_000;
    return new Date(end).toISOString().slice(0, 10);
}

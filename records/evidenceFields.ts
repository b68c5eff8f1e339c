/**
 * The evidence field table: which fields of which objects the engine reads, and into which
 * property of its records (`engine/evidence.ts`). It is the one place a field is named; the
 * CSV export contract and its reader, the UI API GraphQL reader, the org path's queries, the
 * demo writer and the metadata checks are built from it or held to it by a test, so a new
 * field is one row here.
 *
 * Rows are in the column order of the CSV export contract (demo files and Data Loader
 * templates are written in that order). A model can add rows at run time (its renewal
 * contract lookup today); `evidenceTableFor` returns the table one model reads.
 */
import type { AccountEvidence } from '../engine/evidence';
import type { CustomSignalSetting } from '../engine/signals/customSetting';
import { segmentFields, type ModelSet } from '../engine/modelSet';

/**
 * What a field holds, as Salesforce types it. Readers parse by kind: `id` is the record's own
 * Id, `reference` a lookup to another record; `picklist` values repeat (stored once each),
 * `text` values rarely do.
 */
export type FieldKind =
    'id' | 'reference' | 'text' | 'picklist' | 'boolean' | 'number' | 'currency' | 'date' | 'datetime';

/**
 * How much of a field an export must carry: `key` a column with a value on every row,
 * `required` a column (empty cells allowed), `optional` read when the column is there.
 */
export type Presence = 'key' | 'required' | 'optional';

/** A property of `AccountEvidence`: the account itself or one list of its evidence. */
export type EvidenceKey = keyof AccountEvidence;

/** The engine record an evidence key holds. */
export type EvidenceRecordOf<K extends EvidenceKey> = AccountEvidence[K] extends readonly (infer R)[]
    ? R
    : AccountEvidence[K];

export interface EvidenceField<P extends string = string, F extends string = string> {
    /** API name of the field. */
    readonly field: F;
    /** The engine record's property it fills. */
    readonly property: P;
    readonly kind: FieldKind;
    readonly presence: Presence;
    /**
     * The lookup that makes a row evidence of its account: to the account itself, or to the
     * parent record (opportunity, case) that has one. Readers that link rows by it fill the
     * property from the linked record.
     */
    readonly owner: boolean;
    /** For a reference: the object it points to. */
    readonly to: string | null;
}

export interface EvidenceObject<K extends EvidenceKey = EvidenceKey> {
    /** API name of the object (and of its CSV file). */
    readonly object: string;
    /** Where its records go in `AccountEvidence`. */
    readonly evidence: K;
    readonly fields: readonly EvidenceField[];
    /**
     * Properties no field of the shared table fills: a model names their field (the renewal
     * contract lookup), and without one they are null.
     */
    readonly modelProperties: readonly string[];
}

interface FieldOptions {
    presence?: Presence;
    owner?: boolean;
}

function row<F extends string, P extends string>(
    field: F,
    property: P,
    kind: FieldKind,
    options: FieldOptions = {}
): EvidenceField<P, F> {
    return {
        field,
        property,
        kind,
        presence: options.presence ?? 'optional',
        owner: options.owner ?? false,
        to: null
    };
}

/** A lookup to `to`. */
function ref<F extends string, P extends string>(
    field: F,
    property: P,
    to: string,
    options: FieldOptions = {}
): EvidenceField<P, F> {
    return { ...row(field, property, 'reference', options), to };
}

const KEY: FieldOptions = { presence: 'key' };
const REQUIRED: FieldOptions = { presence: 'required' };
const OWNER: FieldOptions = { presence: 'required', owner: true };

/** The record Id, on every object. */
const idRow = row('Id', 'id', 'id', KEY);

function object<
    N extends string,
    K extends EvidenceKey,
    F extends readonly EvidenceField[],
    M extends string = never
>(
    name: N,
    evidence: K,
    fields: F,
    modelProperties: readonly M[] = []
): { object: N; evidence: K; fields: F; modelProperties: readonly M[] } {
    return { object: name, evidence, fields, modelProperties };
}

export const EVIDENCE_OBJECTS = [
    object(
        'Account',
        'account',
        [
            idRow,
            row('Name', 'name', 'text', REQUIRED),
            // Optional: an export without the column has no hierarchy, so no account has a roll-up.
            ref('ParentId', 'parentId', 'Account')
        ] as const,
        ['segmentValues' as const]
    ),
    object(
        'Opportunity',
        'opportunities',
        [
            idRow,
            ref('AccountId', 'accountId', 'Account', OWNER),
            // Optional: an empty Type already means new business, so an export without the column is all new business.
            row('Type', 'type', 'picklist'),
            row('IsClosed', 'isClosed', 'boolean', REQUIRED),
            row('IsWon', 'isWon', 'boolean', REQUIRED),
            row('CloseDate', 'closeDate', 'date', REQUIRED),
            row('CreatedDate', 'createdDate', 'datetime', KEY),
            row('StageName', 'stageName', 'picklist'),
            row('Amount', 'amount', 'currency'),
            ref('ContractId', 'contractId', 'Contract')
        ] as const,
        ['renewedContractId' as const]
    ),
    object('OpportunityHistory', 'opportunityHistory', [
        idRow,
        ref('OpportunityId', 'opportunityId', 'Opportunity', { presence: 'key', owner: true }),
        row('CloseDate', 'closeDate', 'date', REQUIRED),
        row('CreatedDate', 'createdDate', 'datetime', KEY),
        row('StageName', 'stageName', 'picklist')
    ] as const),
    object('Case', 'cases', [
        idRow,
        ref('AccountId', 'accountId', 'Account', OWNER),
        row('CreatedDate', 'createdDate', 'datetime', KEY),
        row('IsClosed', 'isClosed', 'boolean', REQUIRED),
        row('IsEscalated', 'isEscalated', 'boolean', REQUIRED),
        row('Priority', 'priority', 'picklist', REQUIRED),
        row('ClosedDate', 'closedDate', 'datetime'),
        row('Status', 'status', 'picklist'),
        row('Type', 'type', 'picklist'),
        row('Reason', 'reason', 'picklist'),
        row('Origin', 'origin', 'picklist')
    ] as const),
    object('CaseMilestone', 'caseMilestones', [
        idRow,
        ref('CaseId', 'caseId', 'Case', { presence: 'key', owner: true }),
        row('IsViolated', 'isViolated', 'boolean', REQUIRED),
        row('IsCompleted', 'isCompleted', 'boolean', REQUIRED),
        row('TargetDate', 'targetDate', 'datetime'),
        row('CompletionDate', 'completionDate', 'datetime')
    ] as const),
    object('Contract', 'contracts', [
        idRow,
        ref('AccountId', 'accountId', 'Account', OWNER),
        row('EndDate', 'endDate', 'date', REQUIRED),
        row('StartDate', 'startDate', 'date'),
        row('Status', 'status', 'picklist')
    ] as const),
    object('Trust_Commitment__c', 'commitments', [
        idRow,
        ref('Account__c', 'accountId', 'Account', OWNER),
        row('Status__c', 'status', 'picklist', REQUIRED),
        row('Due_On__c', 'dueOn', 'date', REQUIRED),
        row('Promised_On__c', 'promisedOn', 'date'),
        row('Delivered_On__c', 'deliveredOn', 'date'),
        row('Made_By_Team__c', 'madeByTeam', 'picklist'),
        ref('Opportunity__c', 'opportunityId', 'Opportunity'),
        row('Description__c', 'description', 'text')
    ] as const),
    object('Customer_Reference__c', 'references', [
        idRow,
        ref('Account__c', 'accountId', 'Account', OWNER),
        row('Status__c', 'status', 'picklist', REQUIRED),
        row('Requested_On__c', 'requestedOn', 'date', REQUIRED),
        row('Type__c', 'type', 'picklist'),
        row('Rating__c', 'rating', 'number'),
        ref('Contact__c', 'contactId', 'Contact')
    ] as const),
    object('Trust_Override__c', 'overrides', [
        idRow,
        ref('Account__c', 'accountId', 'Account', OWNER),
        row('Band__c', 'band', 'text', REQUIRED),
        row('Reason__c', 'reason', 'text', REQUIRED),
        row('Expires_On__c', 'expiresOn', 'date', REQUIRED),
        // When it was set is when it takes force, so every row needs it.
        row('CreatedDate', 'createdDate', 'datetime', KEY)
    ] as const)
] as const;

type TableObject = (typeof EVIDENCE_OBJECTS)[number];
type TablePropertiesOf<K extends EvidenceKey> =
    | Extract<TableObject, { evidence: K }>['fields'][number]['property']
    | Extract<TableObject, { evidence: K }>['modelProperties'][number];
/**
 * The table and the engine's record types fill exactly the same properties: a property
 * added to a record type without a row here (or a row naming no property) fails to compile.
 */
type Covers<K extends EvidenceKey> = [
    Exclude<keyof EvidenceRecordOf<K>, TablePropertiesOf<K>>,
    Exclude<TablePropertiesOf<K>, keyof EvidenceRecordOf<K>>
] extends [never, never]
    ? true
    : false;
/** Custom signals' rows come from the model (`customRowsFor`): their properties are API names. */
type CatalogKey = Exclude<EvidenceKey, 'custom'>;
const TABLE_COVERS_RECORDS: { [K in CatalogKey]: Covers<K> } = {
    account: true,
    opportunities: true,
    opportunityHistory: true,
    cases: true,
    caseMilestones: true,
    contracts: true,
    commitments: true,
    references: true,
    overrides: true
};
void TABLE_COVERS_RECORDS;

/** API names of the evidence objects, in table order. */
export type EvidenceObjectName = TableObject['object'];

/** API names of the fields the table reads from one object. */
export type EvidenceFieldName<N extends EvidenceObjectName> = Extract<
    TableObject,
    { object: N }
>['fields'][number]['field'];

export const EVIDENCE_OBJECT_NAMES: readonly EvidenceObjectName[] = EVIDENCE_OBJECTS.map((o) => o.object);

const BY_NAME = new Map<string, EvidenceObject>(EVIDENCE_OBJECTS.map((o) => [o.object, o]));
const BY_KEY = new Map<EvidenceKey, EvidenceObject>(EVIDENCE_OBJECTS.map((o) => [o.evidence, o]));

/** The table's row set for one object (by API name). */
export function evidenceObject(name: EvidenceObjectName): EvidenceObject {
    return BY_NAME.get(name) as EvidenceObject;
}

/** The table's row set for one evidence key of `AccountEvidence`. */
export function evidenceObjectFor<K extends EvidenceKey>(key: K): EvidenceObject<K> {
    return BY_KEY.get(key) as EvidenceObject<K>;
}

/** The lookup that makes a row evidence of its account (or of its parent record), if any. */
export function ownerField(object: EvidenceObject): EvidenceField | null {
    return object.fields.find((f) => f.owner) ?? null;
}

/** What of a model changes the table: the fields it names for model properties, its custom signals. */
export interface TableSettings {
    mappings: { renewalContractField: string | null };
    /** Optional: models without custom signals (and callers that ignore them) read the catalog only. */
    customSignals?: readonly CustomSignalSetting[];
    /** The Account fields segments name, when several models score together (modelSet.ts). */
    segmentFields?: readonly string[];
}

/**
 * What a set of models reads: their common renewal lookup, every segment's Account field, and
 * the custom signals of every model (each account is scored by one, so all their objects are read).
 */
export function tableSettingsOf(set: ModelSet): TableSettings {
    return {
        mappings: set.fallback.mappings,
        segmentFields: segmentFields(set),
        customSignals: set.models.flatMap((m) => m.customSignals ?? [])
    };
}

/**
 * The rows a model adds to the shared table: its renewal contract lookup on Opportunity
 * (a CPQ renewed-contract field, say), and the Account fields its segments name, columns
 * every export for that model must carry (a missing one is the export's error, not a segment
 * nobody is in).
 */
export function modelFieldRows(
    settings: TableSettings
): Partial<Record<EvidenceObjectName, EvidenceField[]>> {
    const rows: Partial<Record<EvidenceObjectName, EvidenceField[]>> = {};
    const field = settings.mappings.renewalContractField;
    if (field) rows.Opportunity = [ref(field, 'renewedContractId', 'Contract', REQUIRED)];
    const segments = settings.segmentFields ?? [];
    if (segments.length > 0)
        rows.Account = segments.map((f) => row(f, 'segmentValues', 'picklist', REQUIRED));
    return rows;
}

/**
 * One object row per object the model's custom signals read, in the order the signals first
 * name them: `Id` (property `id`), the account lookup (property `accountId`, the owner), then
 * the date, value and filter fields, each once, with the field's API name as its property (the
 * key of `CustomRecord.values`). Every one of them is a column the export must carry: a signal
 * cannot be scored without it. Several signals on one object share its row; the first names
 * the account lookup.
 */
export function customObjectRows(settings: TableSettings): EvidenceObject<'custom'>[] {
    const byObject = new Map<string, { fields: EvidenceField[]; names: Set<string> }>();
    for (const signal of settings.customSignals ?? []) {
        let entry = byObject.get(signal.object);
        if (!entry) {
            const owner = ref(signal.accountField, 'accountId', 'Account', OWNER);
            entry = { fields: [idRow, owner], names: new Set(['Id', signal.accountField]) };
            byObject.set(signal.object, entry);
        }
        const add = (field: string, kind: FieldKind): void => {
            if (entry.names.has(field)) return;
            entry.names.add(field);
            entry.fields.push(row(field, field, kind, REQUIRED));
        };
        // `date` reads datetimes too, as their UTC day (engine/dates.ts parseDay).
        add(signal.dateField, 'date');
        if (signal.valueField !== null && signal.aggregate !== 'count') add(signal.valueField, 'number');
        for (const field of Object.keys(signal.filter)) add(field, 'picklist');
    }
    return [...byObject].map(([object, { fields }]) => ({
        object,
        evidence: 'custom',
        fields,
        modelProperties: []
    }));
}

/** The custom signals that read one object, for messages that name them. */
export function signalsReading(settings: TableSettings, object: string): string[] {
    return (settings.customSignals ?? []).filter((s) => s.object === object).map((s) => s.id);
}

/** The table one model reads: the shared rows, then the rows the model adds, then its custom objects. */
export function evidenceTableFor(settings: TableSettings): EvidenceObject[] {
    const added = modelFieldRows(settings);
    const catalog: EvidenceObject[] = EVIDENCE_OBJECTS.map((o) => {
        const extra = added[o.object];
        return extra ? { ...o, fields: [...o.fields, ...extra] } : o;
    });
    return [...catalog, ...customObjectRows(settings)];
}

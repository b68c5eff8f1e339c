/**
 * Staged export rows → engine records, one account at a time, field by field from the
 * evidence field table and each read by its kind. The GraphQL reader (records/evidenceNode.ts)
 * reads the same table, so the CLI and the panel read every field alike.
 */
import type { AccountEvidence, CustomRecord } from '../../engine/evidence';
import type { EvidenceField, EvidenceKey, EvidenceObject } from '../../records/evidenceFields';
import { BooleanColumn, DayColumn, InternedColumn, NumberColumn, PackedTextColumn } from './columns';
import { CustomRecordReader } from './customRecords';
import type { ExportObjectName } from './exportSchema';
import type { StagedColumn } from './tableStager';

/** What the reader needs of a staged table (ExportStore's StagedTable). */
export interface ReadableTable {
    load: { columns: Map<string, StagedColumn> };
    grouping: { rowsOf(account: number): Int32Array };
    /** For child-of-child tables: the parent row (opportunity for history, case for milestones). */
    parentRow: Int32Array | null;
}

export type EvidenceListKey = Exclude<EvidenceKey, 'account'>;

type Read = (row: number) => unknown;

const NONE: Read = () => null;
const FALSE: Read = () => false;

/** A column read by the field's kind; a column the export lacks reads as empty. */
function columnRead(columns: Map<string, StagedColumn>, field: EvidenceField): Read {
    const col = columns.get(field.field);
    switch (field.kind) {
        case 'id':
        case 'reference':
        case 'text':
        case 'picklist':
            return col instanceof PackedTextColumn || col instanceof InternedColumn
                ? (row) => col.get(row)
                : NONE;
        case 'boolean':
            // An empty checkbox cell is false, as Salesforce stores it.
            return col instanceof BooleanColumn ? (row) => col.get(row) === true : FALSE;
        case 'number':
        case 'currency':
        case 'datetime':
            return col instanceof NumberColumn ? (row) => col.get(row) : NONE;
        case 'date':
            return col instanceof DayColumn ? (row) => col.get(row) : NONE;
    }
}

interface ObjectReader {
    key: EvidenceListKey;
    name: ExportObjectName;
    properties: string[];
    reads: Read[];
}

/** Column readers resolved once per export, then used for every account. */
export class EvidenceReader {
    private readonly objects: ObjectReader[] = [];
    private readonly custom: { object: EvidenceObject; reader: CustomRecordReader; table: ReadableTable }[] =
        [];
    private readonly accountReads: { id: Read; name: Read; parentId: Read };
    /** The Account fields segments name, each with its column read (none without segments). */
    private readonly segmentReads: [field: string, read: Read][];
    /** The account being read: the owner link of rows hanging from the account. */
    private current = '';
    /** Set once the custom objects' tables moved to another thread (ExportStore.takeCustomObjects). */
    private customMoved = false;

    constructor(
        private readonly tables: Record<ExportObjectName, ReadableTable>,
        table: readonly EvidenceObject[],
        customTables: ReadonlyMap<string, ReadableTable> = new Map()
    ) {
        const byName = new Map(table.map((o) => [o.object, o]));
        const account = byName.get('Account') as EvidenceObject;
        const field = (property: string): EvidenceField =>
            account.fields.find((f) => f.property === property) as EvidenceField;
        const accountColumns = tables.Account.load.columns;
        this.accountReads = {
            id: columnRead(accountColumns, field('id')),
            name: columnRead(accountColumns, field('name')),
            parentId: columnRead(accountColumns, field('parentId'))
        };
        this.segmentReads = account.fields
            .filter((f) => f.property === 'segmentValues')
            .map((f) => [f.field, columnRead(accountColumns, f)]);
        for (const o of table) {
            if (o.evidence === 'account') continue;
            if (o.evidence === 'custom') {
                const staged = customTables.get(o.object);
                if (staged)
                    this.custom.push({
                        object: o,
                        reader: new CustomRecordReader(o, staged.load.columns),
                        table: staged
                    });
                continue;
            }
            const name = o.object as ExportObjectName;
            const reads: Read[] = [];
            const properties: string[] = [];
            for (const f of o.fields) {
                properties.push(f.property);
                reads.push(f.owner ? this.ownerRead(name, f) : columnRead(tables[name].load.columns, f));
            }
            for (const p of o.modelProperties) {
                if (properties.includes(p)) continue;
                properties.push(p);
                reads.push(NONE);
            }
            this.objects.push({ key: o.evidence, name, properties, reads });
        }
    }

    /**
     * The owner link is not kept as a column (rows are linked, then grouped): it is the
     * account being read, or the Id of the parent row the row was linked to.
     */
    private ownerRead(name: ExportObjectName, field: EvidenceField): Read {
        if (field.to === 'Account') return () => this.current;
        const parent = field.to as ExportObjectName;
        const parentRow = this.tables[name].parentRow ?? new Int32Array(0);
        const parentIds = this.tables[parent].load.columns.get('Id');
        if (!(parentIds instanceof PackedTextColumn)) return () => '';
        return (row) => parentIds.get(parentRow[row] as number) as string;
    }

    /** The objects custom signals read, each with its field table rows and its staged table. */
    get customObjects(): readonly { object: EvidenceObject; table: ReadableTable }[] {
        return this.custom;
    }

    /** From now on no custom row is read: their columns are gone (ExportStore.takeCustomObjects). */
    retireCustomRows(): void {
        this.customMoved = true;
    }

    accountId(ordinal: number): string {
        return this.accountReads.id(ordinal) as string;
    }

    accountName(ordinal: number): string | null {
        return this.accountReads.name(ordinal) as string | null;
    }

    /** The account's `ParentId`, or null (none, or an export without the column). */
    parentId(ordinal: number): string | null {
        return this.accountReads.parentId(ordinal) as string | null;
    }

    /** The values of the Account fields segments name, by field. */
    private segmentValues(ordinal: number): Record<string, string | null> {
        const values: Record<string, string | null> = {};
        for (const [field, read] of this.segmentReads) values[field] = read(ordinal) as string | null;
        return values;
    }

    /** One account's evidence; with `only`, just those kinds (the others come back empty). */
    evidence(ordinal: number, only?: ReadonlySet<EvidenceListKey>): AccountEvidence {
        const id = this.accountId(ordinal);
        this.current = id;
        const account: Record<string, unknown> = {
            id,
            name: this.accountName(ordinal),
            parentId: this.parentId(ordinal)
        };
        if (this.segmentReads.length > 0) account.segmentValues = this.segmentValues(ordinal);
        const evidence: Record<string, unknown> = { account };
        for (const o of this.objects) {
            const list: Record<string, unknown>[] = [];
            evidence[o.key] = list;
            if (only && !only.has(o.key)) continue;
            const { properties, reads } = o;
            const n = properties.length;
            for (const row of this.tables[o.name].grouping.rowsOf(ordinal)) {
                const record: Record<string, unknown> = {};
                for (let f = 0; f < n; f++) record[properties[f] as string] = (reads[f] as Read)(row);
                list.push(record);
            }
        }
        if (this.custom.length > 0 && (!only || only.has('custom'))) {
            if (this.customMoved)
                throw new Error(
                    "the custom objects' rows were moved to the thread that works out the custom signals: this export no longer reads them"
                );
            evidence.custom = this.customRows(ordinal, id);
        }
        // The table is checked against the engine's record types when it compiles (evidenceFields.ts).
        return evidence as unknown as AccountEvidence;
    }

    /** The account's rows of each object its model's custom signals read. */
    private customRows(ordinal: number, accountId: string): Record<string, CustomRecord[]> {
        const out: Record<string, CustomRecord[]> = {};
        for (const { reader, table } of this.custom)
            out[reader.name] = reader.records(table.grouping.rowsOf(ordinal), accountId);
        return out;
    }
}

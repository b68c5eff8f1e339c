/**
 * A whole CSV export staged compactly and grouped by account, so accounts can be scored one
 * at a time with memory proportional to the rows (tens of bytes each), not to JS objects.
 */
import type { AccountEvidence } from '../../engine/evidence';
import { AccountGrouping, PackedTextColumn } from './columns';
import { toId18 } from '../../records/salesforceId';
import {
    EVIDENCE_OBJECTS,
    evidenceTableFor,
    ownerField,
    signalsReading,
    type EvidenceObject,
    type TableSettings
} from '../../records/evidenceFields';
import { EvidenceReader, type EvidenceListKey } from './evidenceReader';
import {
    EXPORT_OBJECT_NAMES,
    customExportObjects,
    modelColumns,
    type ExportObjectName
} from './exportSchema';
import { CsvInputError } from './errors';
import { IdIndex } from './idIndex';
import { parentRowsOf } from './parentRows';
import { CsvFolderSource } from './csvFolderSource';
import type { ExportSource } from './exportSource';
import { stageFolderInParallel, workerCount } from './parallelStage';
import { PARENT_COLUMN, stageTable, type StagedTableData } from './stageTable';
import type { StagedColumn } from './tableStager';

export interface TableLoad {
    /** How messages name this table (file name or object name). */
    file: string;
    present: boolean;
    rows: number;
    columns: Map<string, StagedColumn>;
}

export type EvidenceKind = EvidenceListKey;

export interface LoadWarning {
    file: string;
    message: string;
}

/** Rows of one file that are no account's evidence, and why. */
export interface UnlinkedRows {
    file: string;
    /** The column that links the rows (AccountId, Account__c, OpportunityId, CaseId). */
    column: string;
    /** The file the column points into. */
    parentFile: string;
    /** Rows whose link is empty, or whose parent record has no account. */
    noParent: number;
    /** Rows naming a record that is not in `parentFile`. */
    unknown: number;
    /** The first such row (0-based data row) and the id it names. */
    firstUnknown: { row: number; id: string } | null;
}

const rowsText = (n: number): string => `${n.toLocaleString('en-US')} row${n === 1 ? '' : 's'}`;

function noParentText(u: UnlinkedRows): string {
    const direct = u.column === 'AccountId' || u.column === 'Account__c';
    const why = direct
        ? `${u.noParent === 1 ? 'has' : 'have'} no ${u.column}`
        : `belong to records of ${u.parentFile} that have no account`;
    return `${rowsText(u.noParent)} ${why}: they are no account's evidence and were not scored`;
}

export function unknownParentText(u: UnlinkedRows): string {
    const first = u.firstUnknown ? ` (first: ${u.firstUnknown.id})` : '';
    return `${rowsText(u.unknown)} name${u.unknown === 1 ? 's' : ''} ${u.column} values that are not in ${u.parentFile}${first}`;
}

export interface LoadProgress {
    file: string;
    rows: number;
}

export interface StagedTable {
    load: TableLoad;
    grouping: AccountGrouping;
    /** For child-of-child tables: the parent row (opportunity for history, case for milestones). */
    parentRow: Int32Array | null;
}

/** Every kind of evidence but the custom signals' rows (worked out apart: customNumbers.ts). */
export const CATALOG_EVIDENCE: ReadonlySet<EvidenceKind> = new Set(
    EVIDENCE_OBJECTS.flatMap((o): EvidenceKind[] => (o.evidence === 'account' ? [] : [o.evidence]))
);

export class ExportStore {
    private constructor(
        readonly folder: string,
        readonly accounts: number,
        readonly tables: Record<ExportObjectName, StagedTable>,
        /** Rows that could not be linked to an account, per file (empty when every row was). */
        readonly unlinked: UnlinkedRows[],
        private readonly accountIndex: IdIndex,
        settings: TableSettings,
        /** The objects the model's custom signals read, by API name. */
        readonly customTables: ReadonlyMap<string, StagedTable> = new Map()
    ) {
        this.readers = new EvidenceReader(tables, evidenceTableFor(settings), customTables);
    }

    /**
     * What the linking left out, in words. Rows with an empty parent column belong to no account
     * (a deal or case without one is normal in Salesforce); rows naming a record the export does
     * not have are reported too — callers over a CSV export refuse those unless told to skip them.
     */
    get warnings(): LoadWarning[] {
        const out: LoadWarning[] = [];
        for (const u of this.unlinked) {
            if (u.noParent > 0) out.push({ file: u.file, message: noParentText(u) });
            if (u.unknown > 0) out.push({ file: u.file, message: unknownParentText(u) });
        }
        return out;
    }

    private readonly readers: EvidenceReader;

    /** Total staged rows over all files (accounts included). */
    get rows(): number {
        let n = 0;
        for (const t of Object.values(this.tables)) n += t.load.rows;
        for (const t of this.customTables.values()) n += t.load.rows;
        return n;
    }

    accountId(ordinal: number): string {
        return this.readers.accountId(ordinal);
    }

    accountName(ordinal: number): string | null {
        return this.readers.accountName(ordinal);
    }

    /** The account's `ParentId`, or null. */
    parentId(ordinal: number): string | null {
        return this.readers.parentId(ordinal);
    }

    /** Ordinal of an account id (15 or 18 characters), or -1. */
    findAccount(id: string): number {
        return this.accountIndex.get(toId18(id));
    }

    /**
     * Materialises one account's evidence (short-lived objects, collected young); with
     * `only`, just those kinds (the others come back empty).
     */
    evidenceFor(ordinal: number, only?: ReadonlySet<EvidenceKind>): AccountEvidence {
        return this.readers.evidence(ordinal, only);
    }

    /**
     * Moves the custom objects' tables out of the store, to the thread that works out the
     * custom signals (customNumbers.ts): a transfer costs nothing, a copy of a million rows
     * costs time and doubles their memory. From then on the store reads no custom row
     * (evidence asking for them throws); everything else reads as before.
     */
    takeCustomObjects(): { object: EvidenceObject; table: StagedTable }[] {
        const objects = this.customObjects;
        this.readers.retireCustomRows();
        return objects;
    }

    /** The objects the model's custom signals read: their rows of the field table and staged tables. */
    get customObjects(): { object: EvidenceObject; table: StagedTable }[] {
        return this.readers.customObjects.map(({ object }) => ({
            object,
            table: this.customTables.get(object.object) as StagedTable
        }));
    }

    *allEvidence(): Generator<AccountEvidence> {
        for (let i = 0; i < this.accounts; i++) yield this.evidenceFor(i);
    }

    /** Stages a CSV export folder. */
    /** Stages a CSV export folder, parsing files in parallel worker threads where there are cores. */
    static async load(
        folder: string,
        model: TableSettings,
        onProgress?: (p: LoadProgress) => void
    ): Promise<ExportStore> {
        const extra = modelColumns(model);
        const workers = workerCount(folder);
        if (workers > 1) {
            const staged = await stageFolderInParallel(
                folder,
                extra,
                workers,
                (file, rows) => onProgress?.({ file, rows }),
                customExportObjects(model)
            );
            return ExportStore.link(folder, staged.catalog, model, staged.custom);
        }
        return ExportStore.fromSource(new CsvFolderSource(folder), model, onProgress);
    }

    /** Stages every object of the export contract from a source, one after the other. */
    static async fromSource(
        source: ExportSource,
        model: TableSettings,
        onProgress?: (p: LoadProgress) => void
    ): Promise<ExportStore> {
        const extra = modelColumns(model);
        const staged = {} as Record<ExportObjectName, StagedTableData>;
        for (const name of EXPORT_OBJECT_NAMES) {
            const file = source.label(name);
            staged[name] = await stageTable(source, name, extra[name] ?? [], (rows) =>
                onProgress?.({ file, rows })
            );
        }
        const custom = new Map<string, StagedTableData>();
        for (const object of customExportObjects(model)) {
            const name = object.spec.apiName;
            const file = source.label(name);
            const progress = (rows: number): void => onProgress?.({ file, rows });
            custom.set(name, await stageTable(source, name, [], progress, object));
        }
        return ExportStore.link(source.description, staged, model, custom);
    }

    /**
     * Links staged tables: each row to its account (children through their parent record),
     * then groups rows by account. Works on packed ids only, no strings.
     */
    private static link(
        description: string,
        staged: Record<ExportObjectName, StagedTableData>,
        settings: TableSettings,
        customStaged: ReadonlyMap<string, StagedTableData> = new Map()
    ): ExportStore {
        requireCustomFiles(customStaged, settings);
        const idsOf = (name: ExportObjectName): PackedTextColumn =>
            staged[name].columns.get('Id') as PackedTextColumn;
        const indexOf = (name: ExportObjectName): IdIndex => {
            const index = new IdIndex(idsOf(name));
            for (let row = 0; row < staged[name].rows; row++) index.addRow(row);
            return index;
        };
        const account = staged.Account;
        const accounts = account.rows;
        const accountIndex = indexOf('Account');
        const accountOf = {} as Record<ExportObjectName, Int32Array>;
        const parentRows = {} as Partial<Record<ExportObjectName, Int32Array>>;
        const unlinked: UnlinkedRows[] = [];
        const report = (
            table: StagedTableData,
            parentFile: string,
            noParent: number,
            unknown: number,
            first: number,
            column = PARENT_COLUMN[table.object as ExportObjectName] as string
        ): void => {
            if (noParent === 0 && unknown === 0) return;
            const firstUnknown =
                first < 0 ? null : { row: first, id: (table.parentIds as PackedTextColumn).get(first) ?? '' };
            unlinked.push({ file: table.file, column, parentFile, noParent, unknown, firstUnknown });
        };
        /** Each row's account ordinal (-1 for none); `column` names the link in messages. */
        const accountRows = (table: StagedTableData, column?: string): Int32Array => {
            let noParent = 0;
            let unknown = 0;
            let first = -1;
            const ids = table.parentIds;
            const owners = parentRowsOf(accountIndex, ids, table.rows);
            for (let row = 0; row < table.rows; row++) {
                if ((owners[row] as number) >= 0) continue;
                if (!ids || ids.isNull(row)) noParent++;
                else {
                    unknown++;
                    if (first < 0) first = row;
                }
            }
            report(table, account.file, noParent, unknown, first, column);
            return owners;
        };
        const linkToAccounts = (name: ExportObjectName): void => {
            accountOf[name] = accountRows(staged[name]);
        };
        const linkToParents = (name: ExportObjectName, parent: ExportObjectName): void => {
            const table = staged[name];
            const parents = indexOf(parent);
            const owners = new Int32Array(table.rows);
            const rows = parentRowsOf(parents, table.parentIds, table.rows);
            const parentAccounts = accountOf[parent] as Int32Array;
            // Rows of a parent that belongs to no account follow it: they are no account's evidence.
            let noParent = 0;
            let unknown = 0;
            let first = -1;
            for (let row = 0; row < table.rows; row++) {
                const at = rows[row] as number;
                const ordinal = at < 0 ? -1 : (parentAccounts[at] as number);
                if (at < 0) {
                    unknown++;
                    if (first < 0) first = row;
                } else if (ordinal < 0) noParent++;
                owners[row] = ordinal;
            }
            report(table, staged[parent].file, noParent, unknown, first);
            accountOf[name] = owners;
            parentRows[name] = rows;
        };
        // Rows hanging from their account first: rows of a parent record follow the parent's account.
        const owners = EVIDENCE_OBJECTS.flatMap((o) => {
            const owner = ownerField(o);
            return owner ? [{ name: o.object, to: owner.to as ExportObjectName }] : [];
        });
        for (const { name } of owners.filter((o) => o.to === 'Account')) linkToAccounts(name);
        for (const { name, to } of owners.filter((o) => o.to !== 'Account')) linkToParents(name, to);

        const tables = {} as Record<ExportObjectName, StagedTable>;
        for (const name of EXPORT_OBJECT_NAMES) {
            const table = staged[name];
            const load: TableLoad = {
                file: table.file,
                present: table.present,
                rows: table.rows,
                columns: table.columns
            };
            tables[name] = {
                load,
                grouping: AccountGrouping.build(
                    name === 'Account' ? new Int32Array(0) : (accountOf[name] as Int32Array),
                    accounts
                ),
                parentRow: parentRows[name] ?? null
            };
        }
        // The custom signals' objects hang from their account lookup, as the table's rows say.
        const customTables = new Map<string, StagedTable>();
        const lookups = new Map(customExportObjects(settings).map((o) => [o.spec.apiName, o.parent]));
        for (const [name, table] of customStaged) {
            customTables.set(name, {
                load: { file: table.file, present: table.present, rows: table.rows, columns: table.columns },
                grouping: AccountGrouping.build(accountRows(table, lookups.get(name)), accounts),
                parentRow: null
            });
        }
        return new ExportStore(description, accounts, tables, unlinked, accountIndex, settings, customTables);
    }
}

/**
 * A custom signal cannot be scored from a file that is not there: unlike a catalog object
 * (a missing file is no evidence of that kind), the model asked for it by name.
 */
function requireCustomFiles(staged: ReadonlyMap<string, StagedTableData>, settings: TableSettings): void {
    for (const [name, table] of staged) {
        if (table.present) continue;
        const ids = signalsReading(settings, name).map((id) => `"${id}"`);
        const who =
            ids.length === 1
                ? `the custom signal ${ids[0]} reads`
                : `the custom signals ${ids.join(', ')} read`;
        throw new CsvInputError(table.file, null, null, `file not found: ${who} ${name} from it`);
    }
}

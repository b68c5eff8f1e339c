/**
 * Stages one object of the export on its own, with no other table needed: cells into
 * compact columns, the Id checked for duplicates, and the raw parent id (AccountId,
 * OpportunityId, CaseId …) kept packed for the linking pass. Tables can therefore be staged
 * in any order — or in parallel, in worker threads.
 */
import { EVIDENCE_OBJECTS, ownerField } from '../../records/evidenceFields';
import { toId18 } from '../../records/salesforceId';
import { linkText, type LinkCell } from './asciiCell';
import { PackedTextColumn, type ColumnState } from './columns';
import type { ExportSource } from './exportSource';
import {
    EXPORT_OBJECTS,
    type ColumnSpec,
    type CustomExportObject,
    type ExportObjectName
} from './exportSchema';
import { IdIndex } from './idIndex';
import { SortedIds } from './sortedIds';
import { RowProblem, TableStager, type StagedColumn } from './tableStager';
import { BooleanColumn, DayColumn, InternedColumn, NumberColumn } from './columns';

/** The column each object hangs from: its account, or its parent record (the table's owner lookup). */
export const PARENT_COLUMN = Object.fromEntries(
    EVIDENCE_OBJECTS.map((o) => [o.object, ownerField(o)?.field ?? null])
) as Record<ExportObjectName, string | null>;

export interface StagedTableData {
    /** An object of the export contract, or one a custom signal reads. */
    object: string;
    /** How messages name this table (file or object). */
    file: string;
    present: boolean;
    rows: number;
    columns: Map<string, StagedColumn>;
    /** Raw parent ids, row by row (null for Account). */
    parentIds: PackedTextColumn | null;
}

/**
 * Stages one object: of the export contract, or with `custom`, an object a custom signal
 * reads (its columns and account lookup come from the model's rows of the field table).
 */
export async function stageTable(
    source: ExportSource,
    object: string,
    extraColumns: ColumnSpec[] = [],
    onProgress?: (rows: number) => void,
    custom?: CustomExportObject
): Promise<StagedTableData> {
    const spec = custom ? custom.spec : EXPORT_OBJECTS[object as ExportObjectName];
    const parent = custom ? custom.parent : PARENT_COLUMN[object as ExportObjectName];
    const attempt = async (plain: boolean): Promise<StagedTableData | null> => {
        const parentIds = parent ? new PackedTextColumn() : null;
        let ids: IdIndex | SortedIds | null = null;
        const stager = new TableStager({
            spec,
            extraColumns,
            linkColumns: parent ? ['Id', parent] : ['Id'],
            dropColumns: parent ? [parent] : [],
            onRow: (row, links) => {
                const first = (ids as IdIndex | SortedIds).addRow(row);
                if (first >= 0) {
                    const id = linkText(links[0] as LinkCell);
                    throw new RowProblem('Id', `duplicate Id ${id} (first seen on row ${first + 1})`);
                }
                if (parentIds === null) return;
                const link = links[1] as LinkCell;
                // A method, not an imported function (compiled modules may read one through a
                // getter): this runs once per row of a million-row file.
                if (typeof link === 'string') parentIds.push(row, link ? toId18(link) : null);
                else link.pushId18(parentIds, row);
            },
            ...(onProgress ? { onProgress } : {})
        });
        const idColumn = stager.columns.get('Id') as PackedTextColumn;
        // The plain reader's files are read as exported, usually in Id order (sortedIds.ts).
        ids = plain ? new SortedIds(idColumn) : new IdIndex(idColumn);
        const present =
            plain && source.readPlainTable
                ? await source.readPlainTable(stager)
                : await source.readTable(stager);
        if (present === null) return null;
        return {
            object,
            file: source.label(spec.apiName),
            present,
            rows: stager.rows,
            columns: stager.columns,
            parentIds
        };
    };
    // A custom object's file is read by the plain reader first (plainCsv.ts: it makes strings
    // only of the cells the signals read); a file it does not read is staged through csv-parse.
    const plain = custom && source.readPlainTable ? await attempt(true) : null;
    return plain ?? ((await attempt(false)) as StagedTableData);
}

/** What crosses from a worker thread: every column as typed arrays (transferred, not copied). */
export interface StagedTableState {
    object: string;
    file: string;
    present: boolean;
    rows: number;
    columns: [string, ColumnState][];
    parentIds: ColumnState | null;
}

export function toState(table: StagedTableData): { state: StagedTableState; transfer: ArrayBuffer[] } {
    const transfer = new Set<ArrayBuffer>();
    const collect = (state: ColumnState): ColumnState => {
        for (const value of Object.values(state)) {
            if (ArrayBuffer.isView(value) && value.buffer instanceof ArrayBuffer) transfer.add(value.buffer);
        }
        return state;
    };
    const columns: [string, ColumnState][] = [...table.columns].map(([name, column]) => [
        name,
        collect(column.state())
    ]);
    const parentIds = table.parentIds ? collect(table.parentIds.state()) : null;
    return {
        state: {
            object: table.object,
            file: table.file,
            present: table.present,
            rows: table.rows,
            columns,
            parentIds
        },
        transfer: [...transfer]
    };
}

function columnFrom(state: ColumnState): StagedColumn {
    switch (state.kind) {
        case 'day':
            return DayColumn.from(state);
        case 'number':
            return NumberColumn.from(state);
        case 'boolean':
            return BooleanColumn.from(state);
        case 'interned':
            return InternedColumn.from(state);
        case 'packed':
            return PackedTextColumn.from(state);
    }
}

export function fromState(state: StagedTableState): StagedTableData {
    return {
        object: state.object,
        file: state.file,
        present: state.present,
        rows: state.rows,
        columns: new Map(state.columns.map(([name, column]) => [name, columnFrom(column)])),
        parentIds:
            state.parentIds && state.parentIds.kind === 'packed'
                ? PackedTextColumn.from(state.parentIds)
                : null
    };
}

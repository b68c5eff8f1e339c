/**
 * Stages one object's rows into compact columns, checking every cell against the export
 * schema. Sources (a CSV file, API query pages) push the header and then rows as text
 * cells; a problem comes back as a RowFailure that the source turns into an error naming
 * where it is (file and line, or record id).
 */
import type { ColumnKind, ColumnSpec, ObjectExportSpec } from './exportSchema';
import { BooleanColumn, DayColumn, InternedColumn, NumberColumn, PackedTextColumn } from './columns';
import { CELL_PARSERS, EXPECTED, INVALID } from './values';
import type { AsciiCell, LinkCell } from './asciiCell';

/**
 * INVALID, read once: a module's imports may be compiled to getters, a call per read, and
 * `rowOfValues` compares every cell of every row with it.
 */
const INVALID_CELL = INVALID;

export type StagedColumn = DayColumn | NumberColumn | BooleanColumn | InternedColumn | PackedTextColumn;

export function columnFor(spec: ColumnSpec): StagedColumn {
    switch (spec.kind) {
        case 'boolean':
            return new BooleanColumn();
        case 'number':
        case 'datetime':
            return new NumberColumn();
        case 'date':
            return new DayColumn();
        case 'id':
            return new PackedTextColumn();
        case 'text':
            // Free text whose values rarely repeat is packed; picklist values are interned.
            return spec.unique === true ? new PackedTextColumn() : new InternedColumn();
    }
}

/** A problem with one row, raised by a row hook; the source adds where it is. */
export class RowProblem extends Error {
    constructor(
        readonly column: string | null,
        readonly detail: string
    ) {
        super(detail);
    }
}

export interface RowFailure {
    /** 0-based data row (the header is not a row). */
    row: number;
    column: string | null;
    detail: string;
}

export interface StagerOptions {
    spec: ObjectExportSpec;
    /** Extra columns (e.g. the model's renewal contract lookup field). */
    extraColumns?: ColumnSpec[];
    /** Columns whose raw text the row hook needs (ids for linking); positions are resolved once. */
    linkColumns: string[];
    /**
     * Called per row after its cells are stored, with the link columns' raw cells in order:
     * text, or from the plain reader an ASCII cell's bytes (asciiCell.ts).
     */
    onRow: (row: number, links: readonly LinkCell[]) => void;
    /** Columns validated but not kept (e.g. AccountId once linked to an account ordinal). */
    dropColumns?: string[];
    onProgress?: (rows: number) => void;
}

interface PlannedColumn {
    name: string;
    at: number;
    kind: ColumnKind;
    notNull: boolean;
    push: (row: number, value: unknown) => void;
}

export class TableStager {
    readonly columns: Map<string, StagedColumn>;
    readonly specColumns: ColumnSpec[];
    rows = 0;
    private plan: PlannedColumn[] | null = null;
    private linkAt: number[] = [];
    private width = 0;
    private readonly links: LinkCell[] = [];

    constructor(private readonly options: StagerOptions) {
        this.specColumns = [...options.spec.columns, ...(options.extraColumns ?? [])];
        const dropped = new Set(options.dropColumns ?? []);
        this.columns = new Map(
            this.specColumns.filter((c) => !dropped.has(c.name)).map((c) => [c.name, columnFor(c)])
        );
    }

    get apiName(): string {
        return this.options.spec.apiName;
    }

    /**
     * Maps header names (API names, case-insensitive: Data Loader upper-cases them) to the
     * schema. Returns the required columns that are missing, if any.
     */
    header(cells: string[]): string[] {
        const positions = new Map<string, number>();
        cells.forEach((name, i) => positions.set(name.trim().toLowerCase(), i));
        const missing: string[] = [];
        const plan: PlannedColumn[] = [];
        const at = (name: string): number => positions.get(name.toLowerCase()) ?? -1;
        for (const col of this.specColumns) {
            const index = at(col.name);
            if (index < 0) {
                if (col.required) missing.push(col.name);
                continue;
            }
            const column = this.columns.get(col.name);
            const push = !column
                ? () => undefined
                : column instanceof PackedTextColumn && col.kind === 'id'
                  ? idPush(column)
                  : (column.push.bind(column) as (row: number, value: unknown) => void);
            plan.push({ name: col.name, at: index, kind: col.kind, notNull: col.notNull ?? false, push });
        }
        this.plan = plan;
        this.width = cells.length;
        this.linkAt = this.options.linkColumns.map(at);
        return missing;
    }

    /**
     * What `rowOfValues` expects, once the header is known: each planned column's cell
     * position and kind, in order, and the positions of the link columns (-1: not in the file).
     */
    cellPlan(): { columns: { at: number; kind: ColumnKind }[]; links: readonly number[] } {
        return { columns: (this.plan ?? []).map(({ at, kind }) => ({ at, kind })), links: this.linkAt };
    }

    /** Stages one row; returns what is wrong with it instead, staging nothing more. */
    row(cells: string[]): RowFailure | null {
        const plan = this.plan;
        const row = this.rows;
        if (plan === null) return { row, column: null, detail: 'a row came before the header' };
        if (cells.length !== this.width) {
            return {
                row,
                column: null,
                detail: `expected ${this.width} cells as in the header, found ${cells.length}`
            };
        }
        for (const p of plan) {
            const text = cells[p.at] as string;
            if (text === '' && p.notNull)
                return { row, column: p.name, detail: 'is empty; every row needs a value' };
            const value = CELL_PARSERS[p.kind](text);
            if (value === INVALID)
                return { row, column: p.name, detail: `${JSON.stringify(text)} is not ${EXPECTED[p.kind]}` };
            p.push(row, value);
        }
        const { links, linkAt } = this;
        for (let i = 0; i < linkAt.length; i++)
            links[i] = linkAt[i] === -1 ? '' : (cells[linkAt[i] as number] as string);
        return this.linked(row);
    }

    /**
     * Stages one row whose cells the caller parsed by kind (`values[i]` for the i-th column of
     * `cellPlan()`, as CELL_PARSERS would: null when empty, INVALID when not of its kind; an id
     * column's cell may be an AsciiCell, its text's bytes), with the link columns' cells. Any problem comes back without its cell's text: the plain reader
     * (plainCsv.ts) then stages the file again through `row`, which words it.
     */
    rowOfValues(values: readonly unknown[], linkCells: readonly LinkCell[]): RowFailure | null {
        const plan = this.plan;
        const row = this.rows;
        if (plan === null) return { row, column: null, detail: 'a row came before the header' };
        for (let i = 0; i < plan.length; i++) {
            const p = plan[i] as PlannedColumn;
            const value = values[i];
            if (value === INVALID_CELL || (value === null && p.notNull))
                return { row, column: p.name, detail: 'is not staged by the plain reader' };
            p.push(row, value);
        }
        const { links } = this;
        for (let i = 0; i < linkCells.length; i++) links[i] = linkCells[i] as LinkCell;
        return this.linked(row);
    }

    /** The row hook, then the row counts. */
    private linked(row: number): RowFailure | null {
        try {
            this.options.onRow(row, this.links);
        } catch (error) {
            if (error instanceof RowProblem) return { row, column: error.column, detail: error.detail };
            throw error;
        }
        this.rows = row + 1;
        if (this.options.onProgress && (this.rows & 0xffff) === 0) this.options.onProgress(this.rows);
        return null;
    }
}

/** An id column's push: a parsed id as text, or an AsciiCell's bytes in the form parseIdCell gives. */
function idPush(column: PackedTextColumn): (row: number, value: unknown) => void {
    return (row, value) => {
        // A type test, not `instanceof`: it reads no imported binding, once per row.
        if (typeof value === 'string' || value === null) column.push(row, value);
        else (value as AsciiCell).pushId18(column, row);
    };
}

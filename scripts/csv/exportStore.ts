/**
 * A whole CSV export staged compactly and grouped by account, so accounts can be scored one
 * at a time with memory proportional to the rows (tens of bytes each), not to JS objects.
 */
import type {
    AccountEvidence,
    CaseMilestoneRecord,
    CaseRecord,
    CommitmentRecord,
    ContractRecord,
    OpportunityHistoryRecord,
    OpportunityRecord,
    ReferenceRecord
} from '../../engine/evidence';
import type { TrustModel } from '../../engine/model';
import {
    AccountGrouping,
    BooleanColumn,
    DayColumn,
    InternedColumn,
    NumberColumn,
    PackedTextColumn
} from './columns';
import { toId18 } from '../../records/salesforceId';
import { EXPORT_OBJECT_NAMES, type ColumnSpec, type ExportObjectName } from './exportSchema';
import { IdIndex } from './idIndex';
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

export type EvidenceKind = Exclude<keyof AccountEvidence, 'account'>;

/** Column name under which the model's renewal contract lookup is staged. */
const RENEWED_CONTRACT = '__renewedContract';

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

function text(table: TableLoad, name: string): (row: number) => string | null {
    const col = table.columns.get(name) as StagedColumn | undefined;
    if (col instanceof PackedTextColumn || col instanceof InternedColumn) return (row) => col.get(row);
    return () => null;
}
function bool(table: TableLoad, name: string): (row: number) => boolean {
    const col = table.columns.get(name);
    return col instanceof BooleanColumn ? (row) => col.get(row) === true : () => false;
}
function num(table: TableLoad, name: string): (row: number) => number | null {
    const col = table.columns.get(name);
    return col instanceof NumberColumn ? (row) => col.get(row) : () => null;
}
function day(table: TableLoad, name: string): (row: number) => number | null {
    const col = table.columns.get(name);
    return col instanceof DayColumn ? (row) => col.get(row) : () => null;
}

export class ExportStore {
    private constructor(
        readonly folder: string,
        readonly accounts: number,
        readonly tables: Record<ExportObjectName, StagedTable>,
        /** Rows that could not be linked to an account, per file (empty when every row was). */
        readonly unlinked: UnlinkedRows[],
        private readonly accountIndex: IdIndex
    ) {
        this.readers = makeReaders(tables);
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

    private readonly readers: ReturnType<typeof makeReaders>;

    /** Total staged rows over all files (accounts included). */
    get rows(): number {
        let n = 0;
        for (const t of Object.values(this.tables)) n += t.load.rows;
        return n;
    }

    accountId(ordinal: number): string {
        return this.readers.accountId(ordinal);
    }

    accountName(ordinal: number): string | null {
        return this.readers.accountName(ordinal);
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

    *allEvidence(): Generator<AccountEvidence> {
        for (let i = 0; i < this.accounts; i++) yield this.evidenceFor(i);
    }

    /** Stages a CSV export folder. */
    /** Stages a CSV export folder, parsing files in parallel worker threads where there are cores. */
    static async load(
        folder: string,
        model: TrustModel,
        onProgress?: (p: LoadProgress) => void
    ): Promise<ExportStore> {
        const extra = extraColumns(model);
        const workers = workerCount(folder);
        if (workers > 1) {
            const staged = await stageFolderInParallel(folder, extra, workers, (file, rows) =>
                onProgress?.({ file, rows })
            );
            return ExportStore.link(folder, staged, model.mappings.renewalContractField);
        }
        return ExportStore.fromSource(new CsvFolderSource(folder), model, onProgress);
    }

    /** Stages every object of the export contract from a source, one after the other. */
    static async fromSource(
        source: ExportSource,
        model: TrustModel,
        onProgress?: (p: LoadProgress) => void
    ): Promise<ExportStore> {
        const extra = extraColumns(model);
        const staged = {} as Record<ExportObjectName, StagedTableData>;
        for (const name of EXPORT_OBJECT_NAMES) {
            const file = source.label(name);
            staged[name] = await stageTable(source, name, extra[name] ?? [], (rows) =>
                onProgress?.({ file, rows })
            );
        }
        return ExportStore.link(source.description, staged, model.mappings.renewalContractField);
    }

    /**
     * Links staged tables: each row to its account (children through their parent record),
     * then groups rows by account. Works on packed ids only, no strings.
     */
    private static link(
        description: string,
        staged: Record<ExportObjectName, StagedTableData>,
        renewalField: string | null
    ): ExportStore {
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
            first: number
        ): void => {
            const column = PARENT_COLUMN[table.object] as string;
            if (noParent === 0 && unknown === 0) return;
            const firstUnknown =
                first < 0 ? null : { row: first, id: (table.parentIds as PackedTextColumn).get(first) ?? '' };
            unlinked.push({ file: table.file, column, parentFile, noParent, unknown, firstUnknown });
        };
        const linkToAccounts = (name: ExportObjectName): void => {
            const table = staged[name];
            const owners = new Int32Array(table.rows);
            let noParent = 0;
            let unknown = 0;
            let first = -1;
            for (let row = 0; row < table.rows; row++) {
                const empty = !table.parentIds || table.parentIds.isNull(row);
                const ordinal = empty ? -1 : accountIndex.getFrom(table.parentIds as PackedTextColumn, row);
                if (empty) noParent++;
                else if (ordinal < 0) {
                    unknown++;
                    if (first < 0) first = row;
                }
                owners[row] = ordinal;
            }
            report(table, account.file, noParent, unknown, first);
            accountOf[name] = owners;
        };
        const linkToParents = (name: ExportObjectName, parent: ExportObjectName): void => {
            const table = staged[name];
            const parents = indexOf(parent);
            const owners = new Int32Array(table.rows);
            const rows = new Int32Array(table.rows);
            // Rows of a parent that belongs to no account follow it: they are no account's evidence.
            let noParent = 0;
            let unknown = 0;
            let first = -1;
            for (let row = 0; row < table.rows; row++) {
                const at = table.parentIds ? parents.getFrom(table.parentIds, row) : -1;
                const ordinal = at < 0 ? -1 : ((accountOf[parent] as Int32Array)[at] as number);
                if (at < 0) {
                    unknown++;
                    if (first < 0) first = row;
                } else if (ordinal < 0) noParent++;
                rows[row] = at;
                owners[row] = ordinal;
            }
            report(table, staged[parent].file, noParent, unknown, first);
            accountOf[name] = owners;
            parentRows[name] = rows;
        };
        for (const name of [
            'Opportunity',
            'Case',
            'Contract',
            'Trust_Commitment__c',
            'Customer_Reference__c'
        ] as const)
            linkToAccounts(name);
        linkToParents('OpportunityHistory', 'Opportunity');
        linkToParents('CaseMilestone', 'Case');

        if (renewalField) {
            // The model's renewal lookup is staged under a fixed name so readers need not know the field.
            const column = staged.Opportunity.columns.get(renewalField);
            if (column) staged.Opportunity.columns.set(RENEWED_CONTRACT, column);
        }
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
        return new ExportStore(description, accounts, tables, unlinked, accountIndex);
    }
}

/** Columns the model adds to the export: the renewal contract lookup field on Opportunity. */
function extraColumns(model: TrustModel): Partial<Record<ExportObjectName, ColumnSpec[]>> {
    const field = model.mappings.renewalContractField;
    return field ? { Opportunity: [{ name: field, kind: 'id', required: true }] } : {};
}

/** Column readers resolved once, then used for every account. */
function makeReaders(tables: Record<ExportObjectName, StagedTable>) {
    const a = tables.Account.load;
    const accountId = text(a, 'Id');
    const accountName = text(a, 'Name');

    const o = tables.Opportunity.load;
    const opp = {
        id: text(o, 'Id'),
        accountId: text(o, 'AccountId'),
        type: text(o, 'Type'),
        stage: text(o, 'StageName'),
        isClosed: bool(o, 'IsClosed'),
        isWon: bool(o, 'IsWon'),
        amount: num(o, 'Amount'),
        created: num(o, 'CreatedDate'),
        close: day(o, 'CloseDate'),
        contract: text(o, 'ContractId'),
        renewed: text(o, RENEWED_CONTRACT)
    };
    const h = tables.OpportunityHistory.load;
    const hist = {
        id: text(h, 'Id'),
        stage: text(h, 'StageName'),
        close: day(h, 'CloseDate'),
        created: num(h, 'CreatedDate')
    };
    const c = tables.Case.load;
    const cs = {
        id: text(c, 'Id'),
        accountId: text(c, 'AccountId'),
        isClosed: bool(c, 'IsClosed'),
        isEscalated: bool(c, 'IsEscalated'),
        priority: text(c, 'Priority'),
        status: text(c, 'Status'),
        type: text(c, 'Type'),
        reason: text(c, 'Reason'),
        origin: text(c, 'Origin'),
        created: num(c, 'CreatedDate'),
        closed: num(c, 'ClosedDate')
    };
    const m = tables.CaseMilestone.load;
    const ms = {
        id: text(m, 'Id'),
        isViolated: bool(m, 'IsViolated'),
        isCompleted: bool(m, 'IsCompleted'),
        target: num(m, 'TargetDate'),
        completion: num(m, 'CompletionDate')
    };
    const k = tables.Contract.load;
    const ct = {
        id: text(k, 'Id'),
        accountId: text(k, 'AccountId'),
        start: day(k, 'StartDate'),
        end: day(k, 'EndDate'),
        status: text(k, 'Status')
    };
    const t = tables.Trust_Commitment__c.load;
    const cm = {
        id: text(t, 'Id'),
        accountId: text(t, 'Account__c'),
        opportunity: text(t, 'Opportunity__c'),
        team: text(t, 'Made_By_Team__c'),
        promised: day(t, 'Promised_On__c'),
        due: day(t, 'Due_On__c'),
        delivered: day(t, 'Delivered_On__c'),
        status: text(t, 'Status__c'),
        description: text(t, 'Description__c')
    };
    const r = tables.Customer_Reference__c.load;
    const rf = {
        id: text(r, 'Id'),
        accountId: text(r, 'Account__c'),
        contact: text(r, 'Contact__c'),
        requested: day(r, 'Requested_On__c'),
        type: text(r, 'Type__c'),
        status: text(r, 'Status__c'),
        rating: num(r, 'Rating__c')
    };
    const historyParent = tables.OpportunityHistory.parentRow ?? new Int32Array(0);
    const milestoneParent = tables.CaseMilestone.parentRow ?? new Int32Array(0);

    function evidence(ordinal: number, only?: ReadonlySet<EvidenceKind>): AccountEvidence {
        const id = accountId(ordinal) as string;
        const none = new Int32Array(0);
        const rows = (name: ExportObjectName, kind: EvidenceKind): Int32Array =>
            only && !only.has(kind) ? none : tables[name].grouping.rowsOf(ordinal);
        const opportunities: OpportunityRecord[] = [];
        for (const i of rows('Opportunity', 'opportunities')) {
            opportunities.push({
                id: opp.id(i) as string,
                accountId: id,
                type: opp.type(i),
                stageName: opp.stage(i),
                isClosed: opp.isClosed(i),
                isWon: opp.isWon(i),
                amount: opp.amount(i),
                createdDate: opp.created(i),
                closeDate: opp.close(i),
                contractId: opp.contract(i),
                renewedContractId: opp.renewed(i)
            });
        }
        const opportunityHistory: OpportunityHistoryRecord[] = [];
        for (const i of rows('OpportunityHistory', 'opportunityHistory')) {
            opportunityHistory.push({
                id: hist.id(i) as string,
                opportunityId: opp.id(historyParent[i] as number) as string,
                stageName: hist.stage(i),
                closeDate: hist.close(i),
                createdDate: hist.created(i)
            });
        }
        const cases: CaseRecord[] = [];
        for (const i of rows('Case', 'cases')) {
            cases.push({
                id: cs.id(i) as string,
                accountId: id,
                isClosed: cs.isClosed(i),
                isEscalated: cs.isEscalated(i),
                priority: cs.priority(i),
                status: cs.status(i),
                type: cs.type(i),
                reason: cs.reason(i),
                origin: cs.origin(i),
                createdDate: cs.created(i),
                closedDate: cs.closed(i)
            });
        }
        const caseMilestones: CaseMilestoneRecord[] = [];
        for (const i of rows('CaseMilestone', 'caseMilestones')) {
            caseMilestones.push({
                id: ms.id(i) as string,
                caseId: cs.id(milestoneParent[i] as number) as string,
                isViolated: ms.isViolated(i),
                isCompleted: ms.isCompleted(i),
                targetDate: ms.target(i),
                completionDate: ms.completion(i)
            });
        }
        const contracts: ContractRecord[] = [];
        for (const i of rows('Contract', 'contracts')) {
            contracts.push({
                id: ct.id(i) as string,
                accountId: id,
                startDate: ct.start(i),
                endDate: ct.end(i),
                status: ct.status(i)
            });
        }
        const commitments: CommitmentRecord[] = [];
        for (const i of rows('Trust_Commitment__c', 'commitments')) {
            commitments.push({
                id: cm.id(i) as string,
                accountId: id,
                opportunityId: cm.opportunity(i),
                madeByTeam: cm.team(i),
                promisedOn: cm.promised(i),
                dueOn: cm.due(i),
                deliveredOn: cm.delivered(i),
                status: cm.status(i),
                description: cm.description(i)
            });
        }
        const references: ReferenceRecord[] = [];
        for (const i of rows('Customer_Reference__c', 'references')) {
            references.push({
                id: rf.id(i) as string,
                accountId: id,
                contactId: rf.contact(i),
                requestedOn: rf.requested(i),
                type: rf.type(i),
                status: rf.status(i),
                rating: rf.rating(i)
            });
        }
        return {
            account: { id, name: accountName(ordinal) },
            opportunities,
            opportunityHistory,
            cases,
            caseMilestones,
            contracts,
            commitments,
            references
        };
    }

    return { accountId: (i: number) => accountId(i) as string, accountName, evidence };
}

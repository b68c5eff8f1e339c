/**
 * Turns the export's rows into the records to create, object by object in dependency order,
 * fitted to what an org accepts:
 *
 * - record ids are the org's own, so every reference names its parent by the export's id
 *   (`refs`) and is filled in with the new id at write time;
 * - IsWon/IsClosed follow StageName, so the stage written is one that gives the exported flags;
 * - Case IsClosed follows Status, so a closed case without a status is written as Closed;
 * - EndDate follows StartDate + ContractTerm; a contract is created as a Draft and activated
 *   afterwards unless it was a draft in the export;
 * - CreatedDate and Case ClosedDate ride along and are written only where the user may set
 *   audit fields;
 * - Trust_Commitment__c needs a Name; Customer_Reference__c.Contact__c names contacts the
 *   export does not hold, so it is left empty.
 *
 * A reference to a record that is not in the export is bad input (exit 2, `file:line`).
 */
import { evidenceObject, ownerField } from '../../../records/evidenceFields';
import { CsvInputError } from '../../../batch/exports/errors';
import { contractDates } from './contractTerm';
import { selfReferenceWaves } from './hierarchyOrder';
import type { CellValue, ExportFolder, ExportRow } from './exportRows';

/** Objects the loader creates, parents first. */
export const LOAD_ORDER = [
    'Account',
    'Contract',
    'Opportunity',
    'Case',
    'Trust_Commitment__c',
    'Customer_Reference__c'
] as const;
export type LoadObject = (typeof LOAD_ORDER)[number];

/** Rows only the platform writes; the loader counts and skips them. */
export const NOT_LOADABLE = ['OpportunityHistory', 'CaseMilestone'] as const;

export interface Reference {
    object: LoadObject;
    sourceId: string;
}

export interface LoadItem {
    object: LoadObject;
    /** The record's id in the export (the key of the id map). */
    sourceId: string;
    file: string;
    line: number;
    /** Fields to write, before filtering by what the org lets this user create. */
    fields: Record<string, CellValue>;
    /** Reference fields, by the export's ids. */
    refs: Record<string, Reference>;
    /** Contract: activate after it is created. */
    activate: boolean;
}

export interface LoadPlan {
    items: Record<LoadObject, LoadItem[]>;
    notLoadable: Record<(typeof NOT_LOADABLE)[number], number>;
    /** Customer references whose Contact__c was left empty. */
    contactsDropped: number;
    /** Changes made to fit the platform, as `file:line: what`. */
    notes: string[];
}

/** The field each object hangs from; the id map is verified against it. */
/** The lookup each loaded object hangs from (the evidence field table's owner field). */
export const PARENT_FIELD = Object.fromEntries(
    LOAD_ORDER.map((object) => [object, ownerField(evidenceObject(object))?.field ?? null])
) as Record<LoadObject, string | null>;

const text = (value: CellValue | undefined): string | null =>
    value === null || value === undefined ? null : String(value);

/** Stage names of a new org's sales process. */
const CLOSED_STAGES = new Set(['closed won', 'closed lost']);

/** A stage whose IsWon/IsClosed are the exported ones, keeping the exported stage when it fits. */
export function stageFor(isClosed: boolean, isWon: boolean, given: string | null): string {
    if (isWon) return 'Closed Won';
    if (isClosed) return 'Closed Lost';
    return given !== null && !CLOSED_STAGES.has(given.toLowerCase()) ? given : 'Prospecting';
}

/** A commitment's Name (Text(80)): the first line of its description, else its status and due date. */
export function commitmentName(
    description: string | null,
    status: string | null,
    due: string | null
): string {
    const firstLine = description?.split(/\r?\n/)[0]?.trim() ?? '';
    const name = firstLine !== '' ? firstLine : `${status ?? 'Open'} commitment due ${due ?? 'unscheduled'}`;
    return name.length > 80 ? `${name.slice(0, 79)}…` : name;
}

class PlanBuilder {
    readonly plan: LoadPlan;
    private readonly ids: Record<LoadObject, Set<string>>;

    constructor(private readonly folder: ExportFolder) {
        this.ids = Object.fromEntries(
            LOAD_ORDER.map((object) => [object, new Set(folder[object].rows.map((r) => r.id))])
        ) as Record<LoadObject, Set<string>>;
        this.plan = {
            items: Object.fromEntries(LOAD_ORDER.map((o) => [o, []])) as unknown as Record<
                LoadObject,
                LoadItem[]
            >,
            notLoadable: {
                OpportunityHistory: folder.OpportunityHistory.rows.length,
                CaseMilestone: folder.CaseMilestone.rows.length
            },
            contactsDropped: 0,
            notes: []
        };
    }

    /** A reference to a record of the export; `required` references may not be empty. */
    private ref(
        object: LoadObject,
        row: ExportRow,
        column: string,
        target: LoadObject,
        required: boolean
    ): Reference | null {
        const file = this.folder[object].file;
        const id = text(row.values[column]);
        if (id === null) {
            if (required)
                throw new CsvInputError(file, row.line, column, 'is empty; the record needs a parent');
            return null;
        }
        if (!this.ids[target].has(id))
            throw new CsvInputError(file, row.line, column, `${id} is not in ${this.folder[target].file}`);
        return { object: target, sourceId: id };
    }

    /**
     * An account's ParentId. A parent outside the export (an export of part of an org) is not
     * an error, as it is not for scoring: the account is loaded without it, and a note says so.
     */
    private parentAccount(row: ExportRow): Reference | null {
        const id = text(row.values.ParentId);
        if (id === null) return null;
        if (this.ids.Account.has(id)) return { object: 'Account', sourceId: id };
        this.note('Account', row, `ParentId ${id} is not in Account.csv; loaded without a parent`);
        return null;
    }

    private add(
        object: LoadObject,
        row: ExportRow,
        fields: Record<string, CellValue>,
        refs: Record<string, Reference | null>,
        activate = false
    ): void {
        const present = Object.fromEntries(
            Object.entries(refs).filter((entry): entry is [string, Reference] => entry[1] !== null)
        );
        this.plan.items[object].push({
            object,
            sourceId: row.id,
            file: this.folder[object].file,
            line: row.line,
            fields,
            refs: present,
            activate
        });
    }

    private note(object: LoadObject, row: ExportRow, what: string): void {
        this.plan.notes.push(`${this.folder[object].file}:${row.line}: ${what}`);
    }

    build(): LoadPlan {
        const accountNames = new Map<string, string>();
        for (const row of this.folder.Account.rows) {
            const name = text(row.values.Name) ?? row.id;
            accountNames.set(row.id, name);
            this.add('Account', row, { Name: name }, { ParentId: this.parentAccount(row) });
        }
        // Parents before their children; a ParentId cycle is refused here, before any call.
        this.plan.items.Account = selfReferenceWaves(this.plan.items.Account).flat();
        for (const row of this.folder.Contract.rows) {
            const dates = contractDates(text(row.values.StartDate), text(row.values.EndDate));
            if (dates.note !== null) this.note('Contract', row, dates.note);
            const status = text(row.values.Status);
            const draft = status === null || /^draft$|^in approval/i.test(status);
            this.add(
                'Contract',
                row,
                { StartDate: dates.startDate, ContractTerm: dates.term, Status: 'Draft' },
                { AccountId: this.ref('Contract', row, 'AccountId', 'Account', true) },
                !draft
            );
        }
        for (const row of this.folder.Opportunity.rows) {
            const v = row.values;
            const given = text(v.StageName);
            const stage = stageFor(v.IsClosed === true, v.IsWon === true, given);
            if (given !== null && given !== stage)
                this.note(
                    'Opportunity',
                    row,
                    `StageName ${given} written as ${stage} to match IsWon/IsClosed`
                );
            const account = text(v.AccountId);
            const name =
                `${(account && accountNames.get(account)) ?? 'Opportunity'} — ${text(v.Type) ?? 'Deal'} ${text(v.CloseDate) ?? ''}`.trim();
            this.add(
                'Opportunity',
                row,
                {
                    Name: name.slice(0, 120),
                    Type: text(v.Type),
                    StageName: stage,
                    CloseDate: v.CloseDate ?? null,
                    Amount: v.Amount ?? null,
                    CreatedDate: v.CreatedDate ?? null
                },
                {
                    AccountId: this.ref('Opportunity', row, 'AccountId', 'Account', false),
                    ContractId: this.ref('Opportunity', row, 'ContractId', 'Contract', false)
                }
            );
        }
        for (const row of this.folder.Case.rows) {
            const v = row.values;
            const closed = v.IsClosed === true;
            this.add(
                'Case',
                row,
                {
                    Status: text(v.Status) ?? (closed ? 'Closed' : 'New'),
                    Priority: text(v.Priority),
                    IsEscalated: v.IsEscalated === true,
                    Type: text(v.Type),
                    Reason: text(v.Reason),
                    Origin: text(v.Origin),
                    CreatedDate: v.CreatedDate ?? null,
                    ClosedDate: closed ? (v.ClosedDate ?? null) : null
                },
                { AccountId: this.ref('Case', row, 'AccountId', 'Account', false) }
            );
        }
        for (const row of this.folder.Trust_Commitment__c.rows) {
            const v = row.values;
            this.add(
                'Trust_Commitment__c',
                row,
                {
                    Name: commitmentName(text(v.Description__c), text(v.Status__c), text(v.Due_On__c)),
                    Status__c: text(v.Status__c),
                    Due_On__c: v.Due_On__c ?? null,
                    Promised_On__c: v.Promised_On__c ?? null,
                    Delivered_On__c: v.Delivered_On__c ?? null,
                    Made_By_Team__c: text(v.Made_By_Team__c),
                    Description__c: text(v.Description__c)
                },
                {
                    Account__c: this.ref('Trust_Commitment__c', row, 'Account__c', 'Account', true),
                    Opportunity__c: this.ref(
                        'Trust_Commitment__c',
                        row,
                        'Opportunity__c',
                        'Opportunity',
                        false
                    )
                }
            );
        }
        for (const row of this.folder.Customer_Reference__c.rows) {
            const v = row.values;
            // The export contract has no Contact.csv, so a contact id cannot be remapped.
            if (text(v.Contact__c) !== null) this.plan.contactsDropped++;
            this.add(
                'Customer_Reference__c',
                row,
                {
                    Status__c: text(v.Status__c),
                    Requested_On__c: v.Requested_On__c ?? null,
                    Type__c: text(v.Type__c),
                    Rating__c: v.Rating__c ?? null
                },
                { Account__c: this.ref('Customer_Reference__c', row, 'Account__c', 'Account', true) }
            );
        }
        return this.plan;
    }
}

export function buildPlan(folder: ExportFolder): LoadPlan {
    return new PlanBuilder(folder).build();
}

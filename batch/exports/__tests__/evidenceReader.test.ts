import { EVIDENCE_OBJECT_NAMES, evidenceTableFor } from '../../../records/evidenceFields';
import { BooleanColumn, DayColumn, InternedColumn, NumberColumn, PackedTextColumn } from '../columns';
import { EvidenceReader, type ReadableTable } from '../evidenceReader';
import type { ExportObjectName } from '../exportSchema';
import type { StagedColumn } from '../tableStager';

/** A staged table whose rows all belong to account 0. */
function table(
    columns: Record<string, StagedColumn>,
    rows: number,
    parentRow: Int32Array | null = null
): ReadableTable {
    const all = Int32Array.from({ length: rows }, (_, i) => i);
    return {
        load: { columns: new Map(Object.entries(columns)) },
        grouping: { rowsOf: (account) => (account === 0 ? all : new Int32Array(0)) },
        parentRow
    };
}
function packed(...values: (string | null)[]): PackedTextColumn {
    const c = new PackedTextColumn();
    values.forEach((v, i) => c.push(i, v));
    return c;
}
function interned(...values: (string | null)[]): InternedColumn {
    const c = new InternedColumn();
    values.forEach((v, i) => c.push(i, v));
    return c;
}

function tables(
    extra: Partial<Record<ExportObjectName, ReadableTable>>
): Record<ExportObjectName, ReadableTable> {
    const out = {} as Record<ExportObjectName, ReadableTable>;
    for (const name of EVIDENCE_OBJECT_NAMES) out[name] = extra[name] ?? table({}, 0);
    return out;
}

const opportunityColumns = () => {
    const closed = new BooleanColumn();
    closed.push(0, true);
    closed.push(1, null);
    const close = new DayColumn();
    close.push(0, 20_000);
    close.push(1, null);
    const amount = new NumberColumn();
    amount.push(0, 1200);
    amount.push(1, null);
    return {
        Id: packed('006A', '006B'),
        IsClosed: closed,
        CloseDate: close,
        Amount: amount,
        Type: interned('Renewal', null),
        SBQQ__RenewedContract__c: packed('800A', null)
    };
};

describe('EvidenceReader', () => {
    const staged = tables({
        Account: table({ Id: packed('001A'), Name: packed('Acme') }, 1),
        Opportunity: table(opportunityColumns(), 2),
        OpportunityHistory: table({ Id: packed('008A') }, 1, Int32Array.of(1))
    });

    it('reads each column by its kind; a column the export lacks reads as empty', () => {
        const reader = new EvidenceReader(
            staged,
            evidenceTableFor({ mappings: { renewalContractField: null } })
        );
        const evidence = reader.evidence(0);
        expect(evidence.account).toEqual({ id: '001A', name: 'Acme', parentId: null });
        expect(evidence.opportunities).toEqual([
            {
                id: '006A',
                accountId: '001A',
                type: 'Renewal',
                isClosed: true,
                isWon: false,
                closeDate: 20_000,
                createdDate: null,
                stageName: null,
                amount: 1200,
                contractId: null,
                renewedContractId: null
            },
            expect.objectContaining({
                id: '006B',
                isClosed: false,
                closeDate: null,
                amount: null,
                type: null
            })
        ]);
    });

    it('fills the owner link from the linked account or parent row, and reads a model row by its field', () => {
        const reader = new EvidenceReader(
            staged,
            evidenceTableFor({ mappings: { renewalContractField: 'SBQQ__RenewedContract__c' } })
        );
        const evidence = reader.evidence(0);
        expect(evidence.opportunities.map((o) => o.renewedContractId)).toEqual(['800A', null]);
        expect(evidence.opportunityHistory).toEqual([
            { id: '008A', opportunityId: '006B', closeDate: null, createdDate: null, stageName: null }
        ]);
    });

    it('reads the Account fields segments name into segmentValues, by field', () => {
        const withSegments = tables({
            Account: table({ Id: packed('001A'), Name: packed('Acme'), Industry: interned('Banking') }, 1)
        });
        const reader = new EvidenceReader(
            withSegments,
            evidenceTableFor({
                mappings: { renewalContractField: null },
                segmentFields: ['Industry', 'Tier__c']
            })
        );
        expect(reader.evidence(0).account).toEqual({
            id: '001A',
            name: 'Acme',
            parentId: null,
            segmentValues: { Industry: 'Banking', Tier__c: null }
        });
    });

    it('leaves out the kinds not asked for', () => {
        const reader = new EvidenceReader(
            staged,
            evidenceTableFor({ mappings: { renewalContractField: null } })
        );
        const evidence = reader.evidence(0, new Set(['opportunityHistory']));
        expect(evidence.opportunities).toEqual([]);
        expect(evidence.opportunityHistory).toHaveLength(1);
        expect(evidence.cases).toEqual([]);
    });
});

/**
 * A custom object's staged rows read back as engine records: the Id, the value fields by their
 * kind in the table's order (the keys of `values`), a column the export lacks as empty.
 */
import { customObjectRows, type EvidenceField, type EvidenceObject } from '../../../records/evidenceFields';
import { BooleanColumn, DayColumn, InternedColumn, NumberColumn, PackedTextColumn } from '../columns';
import { CustomRecordReader } from '../customRecords';
import type { StagedColumn } from '../tableStager';
import { USAGE_SIGNAL } from '../../../test/support/customSignals';

const ACCOUNT = '001000000000001AAA';

function column<C extends { push(row: number, value: never): void }>(make: () => C, values: unknown[]): C {
    const c = make();
    values.forEach((v, row) => c.push(row, v as never));
    return c;
}
const packed = (...v: (string | null)[]) => column(() => new PackedTextColumn(), v);
const interned = (...v: (string | null)[]) => column(() => new InternedColumn(), v);
const numbers = (...v: (number | null)[]) => column(() => new NumberColumn(), v);
const days = (...v: (number | null)[]) => column(() => new DayColumn(), v);
const flags = (...v: (boolean | null)[]) => column(() => new BooleanColumn(), v);

const field = (name: string, kind: EvidenceField['kind'], owner = false): EvidenceField => ({
    field: name,
    property: name === 'Id' ? 'id' : owner ? 'accountId' : name,
    kind,
    presence: 'required',
    owner,
    to: owner ? 'Account' : null
});
const object = (fields: EvidenceField[]): EvidenceObject => ({
    object: 'Survey__c',
    evidence: 'custom',
    fields,
    modelProperties: []
});

describe('CustomRecordReader', () => {
    it('reads the rows asked for: the Id, then each value field by its kind, keys in the table order', () => {
        const [usage] = customObjectRows({
            mappings: { renewalContractField: null },
            customSignals: [USAGE_SIGNAL]
        });
        const columns = new Map<string, StagedColumn>([
            ['Id', packed('a00000000000001AAA', 'a00000000000002', 'a00000000000003AAA')],
            ['Week__c', days(20_000, null, 20_014)],
            ['Active_Users__c', numbers(12.5, 3, null)],
            ['Type__c', interned('Seats', 'API', null)]
        ]);
        const reader = new CustomRecordReader(usage as EvidenceObject, columns);
        expect(reader.name).toBe('Product_Usage__c');
        const records = reader.records(Int32Array.of(2, 0, 1), ACCOUNT);
        expect(records).toEqual([
            {
                id: 'a00000000000003AAA',
                accountId: ACCOUNT,
                values: { Week__c: 20_014, Active_Users__c: null, Type__c: null }
            },
            {
                id: 'a00000000000001AAA',
                accountId: ACCOUNT,
                values: { Week__c: 20_000, Active_Users__c: 12.5, Type__c: 'Seats' }
            },
            {
                id: 'a00000000000002',
                accountId: ACCOUNT,
                values: { Week__c: null, Active_Users__c: 3, Type__c: 'API' }
            }
        ]);
        for (const r of records)
            expect(Object.keys(r.values)).toEqual(['Week__c', 'Active_Users__c', 'Type__c']);
        expect(reader.records(new Int32Array(0), ACCOUNT)).toEqual([]);
    });

    it('reads every kind, a missing column as empty (a checkbox as false), past the first six fields', () => {
        const names = [
            'Text__c',
            'Pick__c',
            'Done__c',
            'Score__c',
            'Amount__c',
            'At__c',
            'On__c',
            'Gone__c',
            'Off__c'
        ];
        const reader = new CustomRecordReader(
            object([
                field('Id', 'id'),
                field('Account__c', 'reference', true),
                field('Text__c', 'text'),
                field('Pick__c', 'picklist'),
                field('Done__c', 'boolean'),
                field('Score__c', 'number'),
                field('Amount__c', 'currency'),
                field('At__c', 'datetime'),
                field('On__c', 'date'),
                field('Gone__c', 'number'),
                field('Off__c', 'boolean')
            ]),
            new Map<string, StagedColumn>([
                ['Id', packed('a01000000000001AAA', 'a01000000000002AAA', 'a01000000000003AAA')],
                ['Account__c', packed(ACCOUNT, ACCOUNT, ACCOUNT)],
                ['Text__c', packed('Zoë', null, 'ok')],
                ['Pick__c', interned('High', 'Low', null)],
                ['Done__c', flags(true, false, null)],
                ['Score__c', numbers(9, null, 0)],
                ['Amount__c', numbers(1200.5, 0, null)],
                ['At__c', numbers(1_780_000_000_000, null, 1)],
                ['On__c', days(null, 20_001, 20_002)]
            ])
        );
        const records = reader.records(Int32Array.of(0, 1, 2), ACCOUNT);
        expect(records.map((r) => r.id)).toEqual([
            'a01000000000001AAA',
            'a01000000000002AAA',
            'a01000000000003AAA'
        ]);
        for (const r of records) expect(Object.keys(r.values)).toEqual(names);
        expect(records.map((r) => r.values)).toEqual([
            {
                Text__c: 'Zoë',
                Pick__c: 'High',
                Done__c: true,
                Score__c: 9,
                Amount__c: 1200.5,
                At__c: 1_780_000_000_000,
                On__c: null,
                Gone__c: null,
                Off__c: false
            },
            {
                Text__c: null,
                Pick__c: 'Low',
                Done__c: false,
                Score__c: null,
                Amount__c: 0,
                At__c: null,
                On__c: 20_001,
                Gone__c: null,
                Off__c: false
            },
            {
                Text__c: 'ok',
                Pick__c: null,
                Done__c: false,
                Score__c: 0,
                Amount__c: null,
                At__c: 1,
                On__c: 20_002,
                Gone__c: null,
                Off__c: false
            }
        ]);
    });

    it('reads a column of another kind than the field says as empty, as the catalog reader does', () => {
        const reader = new CustomRecordReader(
            object([field('Id', 'id'), field('Score__c', 'number'), field('Pick__c', 'picklist')]),
            new Map<string, StagedColumn>([
                ['Id', interned('a01000000000001AAA')],
                ['Score__c', interned('9')],
                ['Pick__c', numbers(3)]
            ])
        );
        expect(reader.records(Int32Array.of(0), ACCOUNT)).toEqual([
            { id: 'a01000000000001AAA', accountId: ACCOUNT, values: { Score__c: null, Pick__c: null } }
        ]);
    });
});

import type { EvidenceField, FieldKind } from '../../../records/evidenceFields';
import { evidenceTableFor } from '../../../records/evidenceFields';
import { defaultModel } from '../../../engine/model';
import { INVALID } from '../../exports/values';
import { customObjectsOf, customValue } from '../customObjects';
import { productUsageRow } from '../../../test/support/customTable';

const field = (kind: FieldKind): EvidenceField => ({
    field: 'X__c',
    property: 'X__c',
    kind,
    presence: 'optional',
    owner: false,
    to: null
});
const JUNE_1 = Date.UTC(2026, 5, 1) / 86_400_000;

describe('customValue', () => {
    it.each<[FieldKind, string, unknown]>([
        ['number', '12.5', 12.5],
        ['currency', '-3', -3],
        ['number', '', null],
        ['number', 'twelve', INVALID],
        ['date', '2026-06-01', JUNE_1],
        // A datetime is the UTC day it falls on, wherever the run happens.
        ['date', '2026-06-01T23:59:59.000Z', JUNE_1],
        ['datetime', '2026-06-02T00:30:00.000+0100', JUNE_1],
        ['date', '2026-02-30', INVALID],
        ['date', '', null],
        ['boolean', 'true', true],
        ['boolean', 'false', false],
        ['boolean', 'maybe', INVALID],
        ['picklist', 'Seats', 'Seats'],
        ['text', '=HYPERLINK("x")', '=HYPERLINK("x")'],
        ['picklist', '', null]
    ])('reads a %s cell %j', (kind, text, expected) => {
        expect(customValue(field(kind), text)).toEqual(expected);
    });
});

describe('customObjectsOf', () => {
    it('picks the custom rows of a table, none from the catalog', () => {
        const table = evidenceTableFor(defaultModel());
        expect(customObjectsOf(table)).toEqual([]);
        expect(customObjectsOf([...table, productUsageRow()]).map((o) => o.object)).toEqual([
            'Product_Usage__c'
        ]);
    });
});

import { CsvInputError } from '../../../../batch/exports/errors';
import { selfReferenceWaves } from '../hierarchyOrder';
import type { LoadItem } from '../plan';

const account = (id: string, parent: string | null, line = 2): LoadItem => ({
    object: 'Account',
    sourceId: id,
    file: 'Account.csv',
    line,
    fields: { Name: id },
    refs: parent === null ? {} : { ParentId: { object: 'Account', sourceId: parent } },
    activate: false
});
const ids = (waves: LoadItem[][]): string[][] => waves.map((wave) => wave.map((item) => item.sourceId));

describe('selfReferenceWaves', () => {
    it('is one wave, in export order, when no record names another of its object', () => {
        const contract: LoadItem = {
            ...account('800A', null),
            object: 'Contract',
            refs: { AccountId: { object: 'Account', sourceId: 'A' } }
        };
        expect(ids(selfReferenceWaves([account('B', null), account('A', null)]))).toEqual([['B', 'A']]);
        expect(ids(selfReferenceWaves([contract]))).toEqual([['800A']]);
    });

    it('puts every account in a later wave than its parent, whatever the export order', () => {
        const items = [
            account('grandchild', 'child'),
            account('child', 'top'),
            account('other', null),
            account('top', null),
            account('sibling', 'top')
        ];
        expect(ids(selfReferenceWaves(items))).toEqual([
            ['other', 'top'],
            ['child', 'sibling'],
            ['grandchild']
        ]);
    });

    it('refuses a ParentId cycle, naming the file, line and accounts', () => {
        const items = [account('A', null), account('B', 'D', 3), account('C', 'B', 4), account('D', 'C', 5)];
        expect(() => selfReferenceWaves(items)).toThrow(CsvInputError);
        expect(() => selfReferenceWaves(items)).toThrow(/Account\.csv:3.*ParentId.*B → D → C → B/);
    });
});

import { defaultModel, InvalidModelError, type TrustModel } from '../../../engine/model';
import { readActiveModel, readActiveModels } from '../modelStore';
import type { OrgApi } from '../orgApi';

interface Row {
    Id: string;
    Name: string;
    Version__c: number;
    Priority__c: number | null;
    Definition__c: string;
    Baselines__c: string | null;
}

function row(version: number, model: TrustModel, priority: number | null = null): Row {
    return {
        Id: `a0C${version}`,
        Name: model.name,
        Version__c: version,
        Priority__c: priority,
        Definition__c: JSON.stringify({ ...model, version }),
        Baselines__c: JSON.stringify({ medianWonCycleDays: version, accounts: 10 })
    };
}

/** An org answering the active-models query with these rows, newest version first. */
function orgWith(rows: Row[]): OrgApi {
    const sorted = [...rows].sort((a, b) => b.Version__c - a.Version__c);
    return {
        query: async () => ({ records: sorted, totalSize: sorted.length, done: true })
    } as unknown as OrgApi;
}

const segment = (name: string, values: string[]): TrustModel => ({
    ...defaultModel(),
    name,
    segment: { field: 'Industry', values }
});

describe('the active models of an org', () => {
    it('reads the highest active version when two of the one model are active, as before segments', async () => {
        const active = await readActiveModel(orgWith([row(1, defaultModel()), row(2, defaultModel())]));
        expect([active.recordId, active.model.version, active.storedBaselines?.medianWonCycleDays]).toEqual([
            'a0C2',
            2,
            2
        ]);
        const all = await readActiveModels(orgWith([row(1, defaultModel()), row(2, defaultModel())]));
        expect(all.records.map((r) => r.recordId)).toEqual(['a0C2']);
    });

    it('orders the models with a segment by priority, empty last, then newest first', async () => {
        const all = await readActiveModels(
            orgWith([
                row(1, defaultModel()),
                row(2, segment('Banks', ['Banking']), 5),
                row(3, segment('Shops', ['Retail'])),
                row(4, segment('Energy', ['Energy']), 1),
                row(5, segment('Utilities', ['Utilities']), 5)
            ])
        );
        expect(all.set.models.map((m) => m.name)).toEqual([
            'Energy',
            'Utilities',
            'Banks',
            'Shops',
            'Default'
        ]);
        expect(all.fallback.recordId).toBe('a0C1');
        expect(all.set.fallback).toBe(all.fallback.model);
    });

    it('keeps only the newest active version of a segment model of one name', async () => {
        const all = await readActiveModels(
            orgWith([
                row(1, defaultModel()),
                row(2, segment('Banks', ['Banking'])),
                row(3, segment('Banks', ['Bank']))
            ])
        );
        expect(all.records.map((r) => r.recordId)).toEqual(['a0C3', 'a0C1']);
    });

    it('gives the shipped model to an org without an active one', async () => {
        const all = await readActiveModels(orgWith([]));
        expect(all.fallback).toEqual({
            model: defaultModel(),
            recordId: null,
            storedBaselines: null,
            priority: null
        });
    });

    it('refuses active models that all have a segment', async () => {
        await expect(
            readActiveModels(orgWith([row(2, segment('Banks', ['Banking']))]))
        ).rejects.toBeInstanceOf(InvalidModelError);
    });
});

import { defaultModel, type TrustModel } from '../../engine/model';
import { chooseModel } from '../../engine/modelSet';
import { activeModelVersions, modelSetOfVersions } from '../modelRecord';
import { modelSlot, versionsInForce } from '../modelSlot';

const base = defaultModel();
const segmentModel = (name: string, values: string[]): TrustModel => ({
    ...base,
    name,
    segment: { field: 'Industry', values }
});

interface Row {
    id: string;
    name: string;
    version: number;
    priority: number | null;
    segment?: boolean;
}
const keyOf = (row: Row) => ({
    slot: modelSlot({ name: row.name, segment: row.segment ? {} : undefined }),
    version: row.version,
    priority: row.priority
});

describe('versions in force', () => {
    it('keep the newest active version of each model and order them by priority, none set last', () => {
        const rows: Row[] = [
            { id: 'default-1', name: 'Default', version: 1, priority: null },
            { id: 'smb-2', name: 'SMB', version: 2, priority: 2, segment: true },
            { id: 'default-4', name: 'Default', version: 4, priority: null },
            { id: 'ent-3', name: 'Enterprise', version: 3, priority: 1, segment: true },
            { id: 'smb-5', name: 'SMB', version: 5, priority: 2, segment: true }
        ];
        expect(versionsInForce(rows, keyOf).map((r) => r.id)).toEqual(['ent-3', 'smb-5', 'default-4']);
    });

    it('break equal priorities by the newest version', () => {
        const rows: Row[] = [
            { id: 'a', name: 'A', version: 1, priority: 1, segment: true },
            { id: 'b', name: 'B', version: 2, priority: 1, segment: true }
        ];
        expect(versionsInForce(rows, keyOf).map((r) => r.id)).toEqual(['b', 'a']);
    });

    it('count a segment model and the default of the same name as two models', () => {
        const rows: Row[] = [
            { id: 'seg', name: 'Same', version: 2, priority: 1, segment: true },
            { id: 'def', name: 'Same', version: 1, priority: null }
        ];
        expect(versionsInForce(rows, keyOf).map((r) => r.id)).toEqual(['seg', 'def']);
    });
});

const node = (id: string, model: TrustModel, version: number, active: boolean, priority?: number) => ({
    Id: id,
    Name: { value: model.name },
    Version__c: { value: version },
    Active__c: { value: active },
    ...(priority === undefined ? {} : { Priority__c: { value: priority } }),
    Definition__c: { value: JSON.stringify({ ...model, version }) },
    Baselines__c: { value: null }
});
const connection = (nodes: Record<string, unknown>[]) => ({ edges: nodes.map((n) => ({ node: n })) });

describe('active model versions from the org', () => {
    const tech = segmentModel('Technology accounts', ['Technology']);
    const retail = segmentModel('Retail accounts', ['Retail']);

    it('give every model in force, a segment’s model by its priority, the default after', () => {
        const versions = activeModelVersions(
            connection([
                node('d2', base, 2, true),
                node('r3', retail, 3, true, 2),
                node('t4', tech, 4, true, 1),
                node('t1', tech, 1, false, 1),
                node('d5', base, 5, false)
            ])
        );
        expect(versions.map((v) => [v.recordId, v.slot, v.priority])).toEqual([
            ['t4', 'segment:Technology accounts', 1],
            ['r3', 'segment:Retail accounts', 2],
            ['d2', 'default', null]
        ]);
        const checked = modelSetOfVersions(versions);
        if (!checked.ok) throw new Error('expected a valid set');
        const industry = (value: string) => ({ id: 'a', name: null, segmentValues: { Industry: value } });
        expect(chooseModel(checked.set, industry('Retail')).name).toBe('Retail accounts');
        expect(chooseModel(checked.set, industry('Energy')).name).toBe(base.name);
    });

    it('fall back to the built-in default when nothing is active', () => {
        const versions = activeModelVersions(connection([node('d1', base, 1, false)]));
        expect(versions).toHaveLength(1);
        expect(versions[0]?.recordId).toBeNull();
        expect(versions[0]?.slot).toBe('default');
    });

    it('keep one default, the newest, whatever the names of the models without a segment', () => {
        const other = { ...base, name: 'Other default' };
        const versions = activeModelVersions(
            connection([node('d1', base, 1, true), node('o2', other, 2, true)])
        );
        expect(versions.map((v) => v.recordId)).toEqual(['o2']);
        expect(modelSetOfVersions(versions).ok).toBe(true);
    });

    it('leave an invalid version out of the set, its accounts falling to the default', () => {
        const tech = segmentModel('Technology accounts', ['Technology']);
        // It parses, so its segment names its slot, but a weight below zero fails validation.
        const bad = {
            ...tech,
            signals: { ...tech.signals, winRate: { ...tech.signals.winRate, weight: -1 } }
        };
        const broken = node('t2', bad, 2, true, 1);
        const versions = activeModelVersions(connection([broken, node('d1', base, 1, true)]));
        expect(versions.map((v) => [v.recordId, v.model === null])).toEqual([
            ['t2', true],
            ['d1', false]
        ]);
        const checked = modelSetOfVersions(versions);
        if (!checked.ok) throw new Error('expected a valid set');
        expect(checked.set.models).toHaveLength(1);
    });
});

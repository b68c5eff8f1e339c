/**
 * Custom objects over UI API GraphQL: the query built for one custom object of one account,
 * its nodes read by kind into `CustomRecord`s, and EvidencePager reading them after the
 * catalog's queries, leaving out an object the user cannot read.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse, print, type FieldNode, type SelectionSetNode } from 'graphql';
import { computeBaselines } from '../../engine/baselines';
import { parseDay } from '../../engine/dates';
import { parseModelJson } from '../../engine/model';
import { scoreAccount } from '../../engine/score';
import { customEvidenceObjects, customEvidenceQuery, readCustomNodes } from '../customEvidence';
import type { EvidenceField, EvidenceObject } from '../evidenceFields';
import { EvidencePager } from '../graphqlEvidence';
import { REPO } from '../../test/support/cli';
import { pageEvidence, readCsvOrg } from '../../test/support/graphqlFake';

const EXAMPLES = path.join(REPO, 'examples', 'custom-signals');
const recipes = parseModelJson(readFileSync(path.join(EXAMPLES, 'recipes-model.json'), 'utf8'));
const usageModel = parseModelJson(readFileSync(path.join(EXAMPLES, 'product-usage-model.json'), 'utf8'));
const [usage, survey, event] = customEvidenceObjects(recipes) as EvidenceObject<'custom'>[];
const ACCOUNT = '001000000000001AAA';

const fieldsOf = (set: SelectionSetNode | undefined): FieldNode[] =>
    (set?.selections ?? []).filter((s): s is FieldNode => s.kind === Kind.FIELD);
const child = (node: FieldNode | undefined, name: string): FieldNode | undefined =>
    fieldsOf(node?.selectionSet).find((f) => f.name.value === name);

const cell = (value: unknown) => ({ value, displayValue: null });
const page = (nodes: Record<string, unknown>[], endCursor: string | null = null, hasNextPage = false) => ({
    edges: nodes.map((node) => ({ node })),
    pageInfo: { hasNextPage, endCursor }
});

describe('customEvidenceQuery', () => {
    it('selects the Id and every field of the row, filtered by the account lookup and paged', () => {
        const doc = parse(customEvidenceQuery(usage as EvidenceObject<'custom'>));
        const op = doc.definitions[0];
        if (op?.kind !== Kind.OPERATION_DEFINITION) throw new Error('no operation');
        expect(op.variableDefinitions?.map((v) => `${v.variable.name.value}: ${print(v.type)}`)).toEqual([
            'accountId: ID',
            'pageSize: Int',
            'upperBound: Int',
            'after: String'
        ]);
        const query = child(fieldsOf(op.selectionSet)[0], 'query');
        const connection = child(query, 'Product_Usage__c');
        expect(connection).toBeDefined();
        expect(
            Object.fromEntries((connection?.arguments ?? []).map((a) => [a.name.value, print(a.value)]))
        ).toEqual({
            where: '{Account__c: {eq: $accountId}}',
            first: '$pageSize',
            upperBound: '$upperBound',
            after: '$after'
        });
        const node = child(child(connection, 'edges'), 'node');
        expect(fieldsOf(node?.selectionSet).map((f) => f.name.value)).toEqual([
            'Id',
            'Account__c',
            'Week__c',
            'Adoption__c',
            'Type__c'
        ]);
        expect(child(node, 'Week__c')?.selectionSet?.selections).toHaveLength(1);
        expect(child(node, 'Id')?.selectionSet).toBeUndefined();
        expect(fieldsOf(child(connection, 'pageInfo')?.selectionSet).map((f) => f.name.value)).toEqual([
            'hasNextPage',
            'endCursor'
        ]);
    });

    it('uses the lookup each object names (AccountId on a standard object)', () => {
        expect(customEvidenceQuery(event as EvidenceObject<'custom'>)).toContain(
            'Event(where: { AccountId: { eq: $accountId } }'
        );
    });

    it('refuses a name that is not an API name, so no text of a model becomes GraphQL', () => {
        const hostile = { ...(usage as EvidenceObject<'custom'>), object: 'Account { Name } x' };
        expect(() => customEvidenceQuery(hostile)).toThrow(/Not an API name/);
        const object = usage as EvidenceObject<'custom'>;
        const date = object.fields[2] as EvidenceField;
        const field = { ...object, fields: [...object.fields, { ...date, field: 'A}' }] };
        expect(() => customEvidenceQuery(field)).toThrow(/Not an API name: "A}"/);
    });
});

describe('readCustomNodes', () => {
    it('reads each field by its kind; dates and datetimes become their UTC day', () => {
        const records = readCustomNodes(survey as EvidenceObject<'custom'>, [
            {
                Id: 'a0D1',
                Account__c: cell(ACCOUNT),
                Answered_On__c: cell('2026-05-12'),
                NPS__c: cell(9),
                Survey_Type__c: cell('NPS'),
                CSAT__c: cell(null)
            },
            {
                Id: 'a0D2',
                Account__c: cell(ACCOUNT),
                Answered_On__c: cell('2026-05-13T23:30:00.000Z'),
                NPS__c: cell('7.5'),
                Survey_Type__c: cell('CSAT'),
                CSAT__c: cell(4)
            }
        ]);
        expect(records).toEqual([
            {
                id: 'a0D1',
                accountId: ACCOUNT,
                values: {
                    Answered_On__c: parseDay('2026-05-12'),
                    NPS__c: 9,
                    Survey_Type__c: 'NPS',
                    CSAT__c: null
                }
            },
            {
                id: 'a0D2',
                accountId: ACCOUNT,
                values: {
                    Answered_On__c: parseDay('2026-05-13'),
                    NPS__c: 7.5,
                    Survey_Type__c: 'CSAT',
                    CSAT__c: 4
                }
            }
        ]);
    });

    it('names the object, record and field of a value it cannot read', () => {
        expect(() =>
            readCustomNodes(usage as EvidenceObject<'custom'>, [
                { Id: 'a0C1', Account__c: cell(ACCOUNT), Week__c: cell('soon'), Adoption__c: cell(1) }
            ])
        ).toThrow(/Product_Usage__c a0C1: Week__c is "soon", expected a date/);
    });
});

describe('EvidencePager with custom objects', () => {
    const org = readCsvOrg(path.join(REPO, 'test', 'fixtures', 'small-org'));
    const accountId = org.rows.Account[0]?.Id as string;
    const objects = customEvidenceObjects(usageModel);
    const usageNode = (id: string, week: string, adoption: number) => ({
        Id: id,
        Account__c: cell(accountId),
        Week__c: cell(week),
        Adoption__c: cell(adoption),
        Type__c: cell('Seats')
    });

    it('reads the custom objects after the catalog, page by page, into the evidence', () => {
        const pager = new EvidencePager(accountId, 200, 20_000, objects);
        expect(pager.nextCustom).toBeNull();
        expect(pager.customQuery()).toBeNull();
        pageEvidence(org, pager);
        expect(pager.nextQuery).toBeNull();
        expect(pager.done).toBe(false);
        expect(pager.nextCustom).toBe('Product_Usage__c');
        expect(pager.customQuery()).toBe(customEvidenceQuery(objects[0] as EvidenceObject<'custom'>));
        expect(pager.variables()).toEqual({ accountId, pageSize: 200, upperBound: 20_000, after: null });
        expect(pager.add({ Product_Usage__c: page([usageNode('a0C1', '2026-06-01', 60)], 'c1', true) })).toBe(
            false
        );
        expect(pager.variables().after).toBe('c1');
        expect(pager.add({ Product_Usage__c: page([usageNode('a0C2', '2026-06-08', 70)], 'c2') })).toBe(true);
        expect(pager.complete).toBe(true);
        expect(() => pager.add({ Product_Usage__c: page([]) })).toThrow(/after every query was answered/);
        const evidence = pager.evidence();
        expect(evidence.custom?.Product_Usage__c?.map((r) => [r.id, r.values.Adoption__c])).toEqual([
            ['a0C1', 60],
            ['a0C2', 70]
        ]);
        expect(pager.recordCount).toBeGreaterThanOrEqual(2);
    });

    it('refuses a response without the custom connection', () => {
        const pager = new EvidencePager(accountId, 200, 20_000, objects);
        pageEvidence(org, pager);
        expect(() => pager.add({ Other__c: page([]) })).toThrow(/has no Product_Usage__c connection/);
    });

    it('leaves out an object the user cannot read: its signal is null, never a neutral 50', () => {
        const day = parseDay('2026-06-30') as number;
        const read = (readable: boolean) => {
            const pager = new EvidencePager(accountId, 200, 20_000, objects);
            pageEvidence(org, pager);
            if (readable) pager.add({ Product_Usage__c: page([usageNode('a0C1', '2026-06-01', 60)]) });
            else pager.unavailable('No access to Product_Usage__c');
            return pager;
        };
        const lost = read(false);
        expect(lost.done).toBe(true);
        expect(lost.complete).toBe(false);
        expect(lost.missing).toEqual([
            { object: 'Product_Usage__c', reason: 'No access to Product_Usage__c' }
        ]);
        const evidence = lost.evidence();
        expect(evidence.custom).toEqual({});
        const baselines = computeBaselines([evidence], usageModel, day);
        expect(scoreAccount(evidence, usageModel, baselines, day).signals.productUsage?.score).toBeNull();
        const seen = read(true).evidence();
        expect(scoreAccount(seen, usageModel, baselines, day).signals.productUsage?.score).not.toBeNull();
    });

    it('reports a custom object cut at the upper bound', () => {
        const pager = new EvidencePager(accountId, 200, 200, objects);
        pageEvidence(org, pager);
        const nodes = Array.from({ length: 200 }, (_v, i) => usageNode(`a0C${i}`, '2026-06-01', 50));
        pager.add({ Product_Usage__c: page(nodes, 'end') });
        expect(pager.truncated).toContain('Product_Usage__c');
    });
});

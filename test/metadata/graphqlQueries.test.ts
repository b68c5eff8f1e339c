import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse, visit } from 'graphql';
import { SIGNAL_FIELDS } from '../../engine/catalog';
import { checkGraphqlQuery, declaredVariables, gqlLiterals } from '../../tools/metadata/graphqlCheck';
import { loadOrgSchema } from '../../tools/metadata/schema';
import { componentRoots } from '../../tools/metadata/paths';
import { EVIDENCE_CONNECTIONS, EvidencePager, evidenceCursorVariable } from '../../records/graphqlEvidence';

const schema = loadOrgSchema();

/** Every component source file (not tests, not the generated engine bundle). */
function componentSources(): string[] {
    const files: string[] = [];
    for (const root of componentRoots())
        for (const bundle of readdirSync(root)) {
            const dir = path.join(root, bundle);
            if (!statSync(dir).isDirectory() || bundle === 'trustEngine') continue;
            for (const file of readdirSync(dir)) if (file.endsWith('.js')) files.push(path.join(dir, file));
        }
    return files;
}

const queries = componentSources().flatMap((file) =>
    gqlLiterals(readFileSync(file, 'utf8')).map((q) => ({ ...q, file: path.basename(file) }))
);

function literal(name: string): string {
    const found = queries.find((q) => q.name === name);
    if (!found) throw new Error(`no gql literal ${name}`);
    return found.text;
}

describe('UI API GraphQL queries of the components', () => {
    it('finds the shared queries', () => {
        expect(queries.map((q) => q.name)).toEqual(
            expect.arrayContaining([
                'PANEL_QUERY',
                'EVIDENCE_CORE_QUERY',
                'EVIDENCE_HISTORY_QUERY',
                'EVIDENCE_MILESTONE_QUERY'
            ])
        );
    });

    it.each(queries.map((q) => [`${q.file} ${q.name}`, q.text]))(
        '%s selects, filters and orders only by names the metadata has',
        (_name, text) => {
            expect(checkGraphqlQuery(text, schema)).toEqual([]);
        }
    );

    it('the core evidence query declares exactly the variables EvidencePager sends', () => {
        const declared = declaredVariables(literal('EVIDENCE_CORE_QUERY'));
        const sent = new EvidencePager('001000000000001AAA').variables();
        expect(Object.keys(declared).sort()).toEqual(Object.keys(sent).sort());
        for (const c of EVIDENCE_CONNECTIONS.filter((x) => x.query === 'core'))
            expect(declared[evidenceCursorVariable(c.key)]).toBe('String');
        expect(declared.upperBound).toBe('Int');
    });
});

describe('the supplementary evidence queries', () => {
    it.each([
        ['EVIDENCE_HISTORY_QUERY', 'opportunityHistory'],
        ['EVIDENCE_MILESTONE_QUERY', 'caseMilestones']
    ])('%s declares exactly the variables EvidencePager sends for its step', (name, step) => {
        const pager = new EvidencePager('001000000000001AAA');
        // Walk the pager to the step with empty answers.
        const empty = { edges: [], pageInfo: { hasNextPage: false, endCursor: null } };
        pager.add({
            Account: { edges: [{ node: { Id: '001000000000001AAA' } }] },
            Opportunity: empty,
            Case: empty,
            Contract: empty,
            Trust_Commitment__c: empty,
            Customer_Reference__c: empty,
            Trust_Override__c: empty
        });
        if (step === 'caseMilestones') pager.add({ OpportunityHistory: empty });
        expect(pager.nextQuery).toBe(step);
        expect(Object.keys(declaredVariables(literal(name))).sort()).toEqual(
            Object.keys(pager.variables()).sort()
        );
    });
});

describe("the what-if's queries", () => {
    /** The fields selected under a child connection of the query's Account nodes. */
    function childFields(text: string, relationship: string): string[] {
        const fields: string[] = [];
        let depth = -1;
        visit(parse(text), {
            Field: {
                enter(node) {
                    if (node.name.value === relationship) depth = 0;
                    else if (depth >= 0) {
                        depth++;
                        // edges (1) → node (2) → the record's fields (3).
                        if (depth === 3) fields.push(node.name.value);
                    }
                },
                leave(node) {
                    if (node.name.value === relationship) depth = -1;
                    else if (depth >= 0) depth--;
                }
            }
        });
        return fields;
    }

    it.each(['LATEST_RECEIPTS_QUERY', 'PREDICTIVE_CHECK_QUERY'])(
        '%s reads every signal score a receipt stores, so the draft can re-weight them all',
        (name) => {
            expect(childFields(literal(name), 'Trust_Scores__r')).toEqual(
                expect.arrayContaining(Object.values(SIGNAL_FIELDS))
            );
        }
    );

    it('PREDICTIVE_CHECK_QUERY reads what the backtest outcome rule needs of each deal', () => {
        expect(childFields(literal('PREDICTIVE_CHECK_QUERY'), 'Opportunities').sort()).toEqual(
            ['Amount', 'CloseDate', 'Id', 'IsClosed', 'IsWon', 'Type'].sort()
        );
    });
});

describe('the GraphQL checker itself', () => {
    const base = `query q($id: ID) { uiapi { query {
        Trust_Score__c(where: { Account__c: { eq: $id } }, orderBy: { As_Of__c: { order: DESC } }) {
            edges { node { Id Score__c { value } Model__r { Version__c { value } } } }
        } } } }`;

    it('accepts a correct query', () => {
        expect(checkGraphqlQuery(base, schema)).toEqual([]);
    });

    it.each([
        ['a misspelt field', base.replace('Score__c { value }', 'Scor__c { value }'), 'has no field Scor__c'],
        [
            'an unknown object',
            base.replace('Trust_Score__c(', 'Trust_Scores__c('),
            'no object Trust_Scores__c'
        ],
        [
            'a parent relationship that does not exist',
            base.replace('Model__r', 'Modl__r'),
            'no parent relationship Modl__r'
        ],
        [
            'a filter on a missing field',
            base.replace('Account__c: { eq', 'Acount__c: { eq'),
            'Acount__c to filter on'
        ],
        [
            'an unknown filter operator',
            base.replace('{ eq: $id }', '{ equals: $id }'),
            'is not a filter operator'
        ],
        [
            'ordering by a missing field',
            base.replace('As_Of__c: { order', 'AsOf__c: { order'),
            'AsOf__c to order by'
        ],
        ['an undeclared variable', base.replace('($id: ID)', ''), 'is used but not declared'],
        [
            'a child relationship that does not exist',
            base.replace('Score__c { value } Model__r', 'Scores__r { edges { node { Id } } } Model__r'),
            'no child relationship Scores__r'
        ],
        ['a syntax error', base.replace('edges {', 'edges {{'), 'Syntax Error']
    ])('reports %s', (_what, text, message) => {
        const problems = checkGraphqlQuery(text, schema);
        expect(problems.map((p) => p.message).join('\n')).toContain(message);
    });

    it('refuses variables in @include/@skip, which the LWC wire adapter does not support', () => {
        const text = base
            .replace('($id: ID)', '($id: ID, $on: Boolean!)')
            .replace('Trust_Score__c(', 'Trust_Score__c(');
        const withDirective = text.replace(
            ') {\n            edges',
            ') @include(if: $on) {\n            edges'
        );
        expect(checkGraphqlQuery(withDirective, schema).map((p) => p.message)).toContain(
            'uses a variable in @include; the LWC wire adapter does not support variables in directives'
        );
    });

    it('refuses interpolated gql literals (the platform needs static queries)', () => {
        expect(() => gqlLiterals('const Q = gql`query { ${x} }`;')).toThrow(/must not interpolate/);
    });
});

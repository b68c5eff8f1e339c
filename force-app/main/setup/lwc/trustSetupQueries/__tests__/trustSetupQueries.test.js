// The setup page's queries parsed with the reference GraphQL parser, and every field they
// select checked against the package's object metadata, so a renamed field fails here and
// not in an org.
import {
    LATEST_RECEIPTS_QUERY,
    MODEL_VERSIONS_QUERY,
    RECEIPTS_MAX_PAGES,
    RECEIPTS_PAGE_SIZE
} from 'c/trustSetupQueries';
import { SIGNAL_FIELDS } from 'c/trustEngine';

jest.mock('lightning/graphql', () => ({
    gql: (strings, ...values) => String.raw({ raw: strings }, ...values)
}));

const fs = require('fs');
const path = require('path');
const { parse, visit } = require('graphql');

const OBJECTS = path.join(__dirname, '../../../../default/objects');
function customFields(object) {
    const folder = path.join(OBJECTS, object, 'fields');
    if (!fs.existsSync(folder)) return [];
    return fs.readdirSync(folder).map((f) => f.replace('.field-meta.xml', ''));
}
const STANDARD = ['Id', 'Name', 'CreatedDate'];
const CHILD_RELATIONSHIPS = { Trust_Scores__r: 'Trust_Score__c' };

/** Record fields selected per object ({ object: Set(field) }); a connection's object is its name or the child relationship's. */
function selectedFields(document) {
    const byObject = {};
    const objects = [];
    visit(document, {
        Field: {
            enter(node) {
                const name = node.name.value;
                const current = objects[objects.length - 1];
                if (node.selectionSet?.selections.some((s) => s.name?.value === 'edges')) {
                    objects.push(CHILD_RELATIONSHIPS[name] ?? name);
                    return;
                }
                if (current && /^[A-Z]/.test(name)) (byObject[current] ??= new Set()).add(name);
                objects.push(current);
            },
            leave() {
                objects.pop();
            }
        }
    });
    return byObject;
}

describe('c-trust-setup-queries', () => {
    it.each([
        ['MODEL_VERSIONS_QUERY', MODEL_VERSIONS_QUERY],
        ['LATEST_RECEIPTS_QUERY', LATEST_RECEIPTS_QUERY]
    ])('%s parses and selects only fields the package defines', (name, query) => {
        const document = parse(query);
        for (const [object, fields] of Object.entries(selectedFields(document))) {
            const known = [...STANDARD, ...customFields(object)];
            for (const field of fields)
                expect(`${object}.${field}: ${known.includes(field)}`).toBe(`${object}.${field}: true`);
        }
    });

    it('reads the latest receipt of every scored account, a full page at a time', () => {
        const document = parse(LATEST_RECEIPTS_QUERY);
        const variables = document.definitions[0].variableDefinitions.map((v) => v.variable.name.value);
        expect(variables).toEqual(['pageSize', 'upperBound', 'after']);
        expect(RECEIPTS_PAGE_SIZE).toBe(2000);
        const fields = selectedFields(document);
        expect([...fields.Trust_Score__c]).toEqual(
            expect.arrayContaining(['Score__c', 'Band__c', ...Object.values(SIGNAL_FIELDS)])
        );
        expect(LATEST_RECEIPTS_QUERY).toMatch(
            /Trust_Scores__r\(orderBy: \{ As_Of__c: \{ order: DESC \} \}, first: 1\)/
        );
        expect(LATEST_RECEIPTS_QUERY).toMatch(/pageInfo \{\s+hasNextPage\s+endCursor\s+\}/);
        // "Based on the first N of M scored accounts" needs M.
        expect(LATEST_RECEIPTS_QUERY).toMatch(/\}\s+totalCount\s+pageInfo \{/);
        expect(RECEIPTS_MAX_PAGES * RECEIPTS_PAGE_SIZE).toBe(1000000);
        const relationship = fs.readFileSync(
            path.join(OBJECTS, 'Trust_Score__c/fields/Account__c.field-meta.xml'),
            'utf8'
        );
        expect(relationship).toContain('<relationshipName>Trust_Scores</relationshipName>');
    });

    it('reads every model version with what saving a new one copies, and its priority', () => {
        const fields = selectedFields(parse(MODEL_VERSIONS_QUERY));
        expect([...fields.Trust_Model__c].sort()).toEqual(
            [
                'Active__c',
                'Backtest__c',
                'Baselines__c',
                'CreatedDate',
                'Definition__c',
                'Id',
                'Name',
                'Notes__c',
                'Priority__c',
                'Version__c'
            ].sort()
        );
    });
});

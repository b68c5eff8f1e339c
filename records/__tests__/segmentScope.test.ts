import { parse } from 'graphql';
import { defaultModel, type TrustModel } from '../../engine/model';
import { validateModelSet } from '../../engine/modelSet';
import { accountsScoredBy, isSegmentPage, segmentValuesFromPage, segmentValuesQuery } from '../segmentScope';

const base = defaultModel();
const segmentModel = (name: string, field: string, values: string[]): TrustModel => ({
    ...base,
    name,
    segment: { field, values }
});

describe('the segment values query', () => {
    it('selects each field once beside Id, paged like the latest receipts, and parses', () => {
        const text = segmentValuesQuery(['Industry', 'Tier__c']);
        expect(text).toContain('edges { node { Id Industry { value } Tier__c { value } } }');
        expect(text).toContain('first: $pageSize upperBound: $upperBound after: $after');
        expect(text).toContain('pageInfo { hasNextPage endCursor }');
        expect(() => parse(text)).not.toThrow();
    });

    it('refuses anything but an API name, so nothing a record holds becomes GraphQL', () => {
        expect(() => segmentValuesQuery(['Industry } evil { x'])).toThrow(/not an Account field API name/);
        expect(() => segmentValuesQuery([''])).toThrow();
    });
});

describe('a page of segment values', () => {
    const connection = {
        edges: [
            { node: { Id: '001A', Industry: { value: 'Technology' }, Tier__c: { value: null } } },
            { node: { Id: '001B', Industry: { value: 'Retail' }, Tier__c: { value: 'Gold' } } }
        ],
        pageInfo: { hasNextPage: true, endCursor: 'c1' }
    };

    it('reads each account’s values and where the next page starts', () => {
        expect(segmentValuesFromPage(connection, ['Industry', 'Tier__c'])).toEqual({
            accounts: [
                { id: '001A', segmentValues: { Industry: 'Technology', Tier__c: null } },
                { id: '001B', segmentValues: { Industry: 'Retail', Tier__c: 'Gold' } }
            ],
            hasNextPage: true,
            endCursor: 'c1'
        });
    });

    it('is told apart from a page of receipts or of the predictive check', () => {
        expect(isSegmentPage({ Account: connection })).toBe(true);
        const receipts = { edges: [{ node: { Id: '001A', Trust_Scores__r: { edges: [] } } }] };
        expect(isSegmentPage({ Account: receipts })).toBe(false);
        expect(isSegmentPage({ Account: connection, Opportunity: {} })).toBe(false);
        expect(isSegmentPage(undefined)).toBe(false);
    });
});

describe('the accounts a model scores in its set', () => {
    const tech = segmentModel('Tech', 'Industry', ['Technology']);
    const gold = segmentModel('Gold', 'Tier__c', ['gold']);
    const checked = validateModelSet([gold, tech, base]);
    if (!checked.ok) throw new Error('valid set expected');
    const accounts = [
        { id: 'a', segmentValues: { Industry: 'Technology', Tier__c: null } },
        { id: 'b', segmentValues: { Industry: 'Technology', Tier__c: 'Gold' } },
        { id: 'c', segmentValues: { Industry: 'Retail', Tier__c: null } }
    ];

    it('are those its segment matches and no earlier segment takes', () => {
        expect([...accountsScoredBy(checked.set, tech, accounts)]).toEqual(['a']);
        expect([...accountsScoredBy(checked.set, gold, accounts)]).toEqual(['b']);
    });

    it('are, for the default, the accounts no segment matches', () => {
        expect([...accountsScoredBy(checked.set, base, accounts)]).toEqual(['c']);
    });
});

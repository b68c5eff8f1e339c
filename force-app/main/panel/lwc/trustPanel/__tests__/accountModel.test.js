// The account's own model as the panel knows it so far, without the DOM: choosing while the
// segment values are on their way, chosen once they are read, refused when the models in force
// have a problem, and what the panel shows meanwhile.
import { defaultModel, modelsInForce } from 'c/trustEngine';
import { NO_ACCOUNT_MODEL, accountModel, shownModel } from '../accountModel';

const base = defaultModel();
const node = (id, model, priority = null) => ({
    Id: id,
    Name: { value: model.name },
    Version__c: { value: 1 },
    Priority__c: { value: priority },
    Definition__c: { value: JSON.stringify(model) },
    Baselines__c: { value: null }
});
const banks = { ...base, name: 'Banks', segment: { field: 'Industry', values: ['Banking'] } };
const inForce = (...nodes) => modelsInForce({ edges: nodes.map((n) => ({ node: n })) });
const SEGMENTED = inForce(node('default', base), node('banks', banks, 1));
const answer = (fields, record) => ({ fields, record });

describe('accountModel', () => {
    it('chooses at once in an org without segments', () => {
        const state = accountModel(inForce(node('default', base)), null);
        expect(state).toMatchObject({ phase: 'chosen', version: { recordId: 'default' }, unread: [] });
    });

    it('waits for the segment values, and for an answer to the fields the models name now', () => {
        expect(accountModel(null, null)).toBe(NO_ACCOUNT_MODEL);
        expect(accountModel(SEGMENTED, null)).toBe(NO_ACCOUNT_MODEL);
        const stale = answer(['Tier__c'], { fields: { Tier__c: { value: 'Gold' } } });
        expect(accountModel(SEGMENTED, stale)).toBe(NO_ACCOUNT_MODEL);
    });

    it("chooses the segment's model from the record, and the default when a field is unreadable", () => {
        const banking = answer(['Industry'], { fields: { Industry: { value: 'Banking' } } });
        expect(accountModel(SEGMENTED, banking)).toMatchObject({
            phase: 'chosen',
            version: { recordId: 'banks' }
        });
        expect(accountModel(SEGMENTED, answer(['Industry'], { fields: {} }))).toMatchObject({
            phase: 'chosen',
            version: { recordId: 'default' },
            unread: ['Industry']
        });
        // A failed read reads nothing.
        expect(accountModel(SEGMENTED, answer(['Industry'], null)).unread).toEqual(['Industry']);
    });

    it('refuses every account when the models in force have a problem', () => {
        const onlySegments = inForce(node('banks', banks, 1));
        expect(accountModel(onlySegments, null)).toEqual({ phase: 'refused', version: null, unread: [] });
    });
});

describe('shownModel', () => {
    it("shows the receipt's model while choosing, if it is in force, and the chosen one after", () => {
        expect(shownModel(SEGMENTED, NO_ACCOUNT_MODEL, { modelId: 'banks' })?.name).toBe('Banks');
        expect(shownModel(SEGMENTED, NO_ACCOUNT_MODEL, { modelId: 'retired' })).toBeNull();
        expect(shownModel(SEGMENTED, NO_ACCOUNT_MODEL, null)).toBeNull();
        const chosen = accountModel(
            SEGMENTED,
            answer(['Industry'], { fields: { Industry: { value: 'Retail' } } })
        );
        expect(shownModel(SEGMENTED, chosen, { modelId: 'banks' })?.name).toBe(base.name);
        expect(
            shownModel(SEGMENTED, { phase: 'refused', version: null, unread: [] }, { modelId: 'banks' })
        ).toBeNull();
    });
});

import { modelVersionFromNode } from '../modelRecord';

describe('a stored model version that cannot be read', () => {
    const issues = (definition: string) =>
        modelVersionFromNode({ Id: 'a0C1', Definition__c: { value: definition } }).issues;

    it('codes an empty definition and one that is not JSON, for the components to word', () => {
        expect(issues('')).toEqual([
            { path: 'Definition__c', code: 'definitionEmpty', params: {}, message: 'is empty' }
        ]);
        expect(issues('{')).toEqual([
            {
                path: 'Definition__c',
                code: 'notJson',
                params: { detail: expect.any(String) },
                message: expect.stringMatching(/^is not valid JSON \(/)
            }
        ]);
    });
});
